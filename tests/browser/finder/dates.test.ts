import { expect } from '@open-wc/testing';
import { DATE_WORDS } from '../../../src/components/finder/dates.js';
import { formatDay } from '../../../src/components/finder/result.js';
import { wallTime } from '../../../src/directory/hours.js';
import { LANGS } from '../../../src/internal/lang.js';

// The finder writes dates from its own tables (no Intl.DateTimeFormat on the page's first render):
// they must say exactly what the browser's Intl says, and wall times must match Intl's too.

describe('finder dates without Intl.DateTimeFormat', () => {
  for (const lang of LANGS) {
    it(`${lang}: every month in a long date, as Intl (dateStyle long) writes it`, () => {
      const intl = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
      for (let m = 0; m < 12; m++) {
        const iso = `2026-${String(m + 1).padStart(2, '0')}-${m === 1 ? '28' : '15'}`;
        expect(formatDay(iso, lang), iso).to.equal(intl.format(Date.parse(iso)));
      }
    });

    it(`${lang}: weekday names, short and long, Monday first, as Intl writes them`, () => {
      const short = new Intl.DateTimeFormat(lang, { weekday: 'short', timeZone: 'UTC' });
      const long = new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' });
      // 2024-01-01 was a Monday.
      expect(DATE_WORDS[lang].weekdaysShort).to.deep.equal([0, 1, 2, 3, 4, 5, 6].map((i) => short.format(Date.UTC(2024, 0, 1 + i))));
      expect(DATE_WORDS[lang].weekdays).to.deep.equal([0, 1, 2, 3, 4, 5, 6].map((i) => long.format(Date.UTC(2024, 0, 1 + i))));
    });
  }

  it('an unreadable date is shown as written', () => {
    expect(formatDay('not a date', 'ro')).to.equal('not a date');
  });

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
