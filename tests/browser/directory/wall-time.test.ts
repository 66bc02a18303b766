import { expect } from '@open-wc/testing';
import { wallTime } from '../../../src/directory/hours.js';

// Wall time goes through Temporal where the browser has it (cheap), else Intl.DateTimeFormat:
// both must read the same time, daylight saving included.
describe('wallTime through Temporal', () => {
  it('wall time in a zone equals what Intl reads, on both sides of daylight-saving changes', () => {
    const instants = ['2026-03-29T00:59:00Z', '2026-03-29T01:00:00Z', '2026-10-25T00:59:00Z', '2026-10-25T01:00:00Z', '2026-11-28T10:00:00Z', '2026-03-08T07:30:00Z', '2024-02-29T23:30:00Z'];
    for (const zone of ['Europe/Bucharest', 'America/New_York', 'Asia/Kolkata', 'UTC']) {
      const intl = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', weekday: 'short', hour: 'numeric', minute: 'numeric' });
      for (const iso of instants) {
        const p = Object.fromEntries(intl.formatToParts(new Date(iso)).map((x) => [x.type, x.value]));
        const expected = {
          year: Number(p.year),
          month: Number(p.month),
          day: Number(p.day),
          weekday: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(p.weekday),
          minutes: (Number(p.hour) % 24) * 60 + Number(p.minute),
        };
        expect(wallTime(new Date(iso), zone), `${iso} in ${zone}`).to.deep.equal(expected);
      }
    }
    expect(() => wallTime(new Date(), 'Mars/Olympus_Mons')).to.throw(RangeError);
  });
});
