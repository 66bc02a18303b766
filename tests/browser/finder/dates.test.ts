import { expect } from '@open-wc/testing';
import { DATE_WORDS, LANGUAGE_CODES } from '../../../src/components/finder/dates.js';
import { formatDay, languageName } from '../../../src/components/finder/result.js';
import { LANGS } from '../../../src/internal/lang.js';

// The finder writes dates from its own tables (no Intl.DateTimeFormat on the page's first render):
// they must say exactly what the browser's Intl says (wall time: tests/browser/directory/wall-time.test.ts).

describe('finder dates and language names without Intl.DateTimeFormat or Intl.DisplayNames', () => {
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

  for (const lang of LANGS) {
    it(`${lang}: the common language names, as Intl.DisplayNames writes them`, () => {
      const intl = new Intl.DisplayNames([lang], { type: 'language', fallback: 'code' });
      for (const code of LANGUAGE_CODES) {
        const name = languageName(code, lang);
        expect(name, code).to.not.equal(code);
        // Where the browser's Intl has a name (Chromium has none for Romani), it is the same.
        if (intl.of(code) !== code) expect(name, code).to.equal(intl.of(code));
      }
      // Any other code is named by Intl.
      expect(languageName('fr', lang)).to.equal(intl.of('fr'));
      expect(languageName('ro-MD', lang)).to.equal(intl.of('ro-MD'));
    });
  }

  it('an unreadable date is shown as written', () => {
    expect(formatDay('not a date', 'ro')).to.equal('not a date');
  });
});
