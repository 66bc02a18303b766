import { expect } from '@open-wc/testing';
import { isOpenAt, nextOpening, wallTime } from '../../../src/directory/hours.js';
import { isStale } from '../../../src/directory/freshness.js';
import type { Hours } from '../../../src/directory/schema.js';

const office: Hours = { weekly: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '08:00', closes: '16:00' }] };
const TZ = 'Europe/Bucharest';
const at = (iso: string) => new Date(iso);

describe('opening hours in Europe/Bucharest', () => {
  it('reads local wall time through Intl, winter (UTC+2) and summer (UTC+3)', () => {
    expect(wallTime(at('2026-03-27T06:30:00Z'), TZ)).to.include({ weekday: 4, minutes: 8 * 60 + 30 });
    expect(wallTime(at('2026-03-30T06:30:00Z'), TZ)).to.include({ weekday: 0, minutes: 9 * 60 + 30 });
  });

  it('is correct on both sides of the spring change (29 March 2026)', () => {
    // Friday before: 05:30 UTC is 07:30 local (closed), 06:30 UTC is 08:30 (open).
    expect(isOpenAt(office, at('2026-03-27T05:30:00Z'), TZ)).to.equal(false);
    expect(isOpenAt(office, at('2026-03-27T06:30:00Z'), TZ)).to.equal(true);
    // Monday after: 05:30 UTC is already 08:30 local.
    expect(isOpenAt(office, at('2026-03-30T04:30:00Z'), TZ)).to.equal(false);
    expect(isOpenAt(office, at('2026-03-30T05:30:00Z'), TZ)).to.equal(true);
    expect(isOpenAt(office, at('2026-03-30T12:59:00Z'), TZ)).to.equal(true);
    expect(isOpenAt(office, at('2026-03-30T13:00:00Z'), TZ)).to.equal(false);
  });

  it('is correct on both sides of the autumn change (25 October 2026)', () => {
    // Friday before (UTC+3): 05:30 UTC is 08:30 local.
    expect(isOpenAt(office, at('2026-10-23T05:30:00Z'), TZ)).to.equal(true);
    // Monday after (UTC+2): 05:30 UTC is 07:30 local.
    expect(isOpenAt(office, at('2026-10-26T05:30:00Z'), TZ)).to.equal(false);
    expect(isOpenAt(office, at('2026-10-26T06:00:00Z'), TZ)).to.equal(true);
    expect(isOpenAt(office, at('2026-10-26T13:59:00Z'), TZ)).to.equal(true);
  });

  it('follows the clock through the night of a change', () => {
    const night: Hours = { weekly: [{ days: ['su'], opens: '00:00', closes: '06:00' }] };
    expect(isOpenAt(night, at('2026-03-29T00:30:00Z'), TZ)).to.equal(true); // 02:30 EET
    expect(isOpenAt(night, at('2026-03-29T02:30:00Z'), TZ)).to.equal(true); // 05:30 EEST
    expect(isOpenAt(night, at('2026-03-29T03:30:00Z'), TZ)).to.equal(false); // 06:30 EEST
    expect(isOpenAt(night, at('2026-10-25T03:30:00Z'), TZ)).to.equal(true); // 05:30 EET
    expect(isOpenAt(night, at('2026-10-25T04:30:00Z'), TZ)).to.equal(false); // 06:30 EET
  });

  it('handles slots past midnight', () => {
    const evening: Hours = { weekly: [{ days: ['tu'], opens: '20:00', closes: '02:00' }] };
    expect(isOpenAt(evening, at('2026-03-31T22:30:00Z'), TZ)).to.equal(true); // Wed 01:30 EEST
    expect(isOpenAt(evening, at('2026-03-31T23:30:00Z'), TZ)).to.equal(false); // Wed 02:30
    expect(isOpenAt(evening, at('2026-03-31T16:59:00Z'), TZ)).to.equal(false); // Tue 19:59
  });

  it('says true for 24/7 and undefined (unknown) for a note only', () => {
    expect(isOpenAt({ open247: true }, at('2026-03-29T01:30:00Z'), TZ)).to.equal(true);
    expect(isOpenAt({ note: 'by appointment' }, at('2026-03-29T10:00:00Z'), TZ)).to.equal(undefined);
  });

  it('finds the next opening across a change', () => {
    expect(nextOpening(office, at('2026-03-28T12:00:00Z'), TZ)?.toISOString()).to.equal('2026-03-30T05:00:00.000Z');
    expect(nextOpening(office, at('2026-10-24T12:00:00Z'), TZ)?.toISOString()).to.equal('2026-10-26T06:00:00.000Z');
    expect(nextOpening(office, at('2026-03-27T04:00:00Z'), TZ)?.toISOString()).to.equal('2026-03-27T06:00:00.000Z');
    const open = at('2026-03-27T07:00:00Z');
    expect(nextOpening(office, open, TZ)).to.equal(open);
    expect(nextOpening({ note: 'x' }, open, TZ)).to.equal(undefined);
  });
});

describe('isStale', () => {
  const now = at('2026-11-28T10:00:00Z');
  it('is stale when reviewDue has passed', () => {
    expect(isStale({ verifiedAt: '2026-10-01', reviewDue: '2026-11-27' }, now)).to.equal(true);
    expect(isStale({ verifiedAt: '2026-10-01', reviewDue: '2026-11-28' }, now)).to.equal(false);
  });
  it('is stale when verified 12 or more months ago, or the given number of months', () => {
    expect(isStale({ verifiedAt: '2025-11-28' }, now)).to.equal(true);
    expect(isStale({ verifiedAt: '2025-11-29' }, now)).to.equal(false);
    expect(isStale({ verifiedAt: '2026-05-01' }, now, 6)).to.equal(true);
  });
});
