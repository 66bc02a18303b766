// Dates (and the most common language names, below) in the finder's four languages, without
// Intl.DateTimeFormat: the first formatter a page creates makes the browser load its date data,
// 30–80 ms in one go on a phone (measured in Chromium), which Lighthouse counts as blocking time.
// These are the same strings Chromium's Intl gives (CLDR) for `dateStyle: 'long'`,
// `weekday: 'short'` and `weekday: 'long'` + `HH:mm`; tests/browser/finder/dates.test.ts holds them
// to Intl's output.
import type { Lang } from '../../internal/lang.js';

interface DateWords {
  months: readonly string[];
  /** Monday first. */
  weekdays: readonly string[];
  weekdaysShort: readonly string[];
  day: (day: number, month: string, year: number) => string;
}

export const DATE_WORDS: Record<Lang, DateWords> = {
  ro: {
    months: ['ianuarie', 'februarie', 'martie', 'aprilie', 'mai', 'iunie', 'iulie', 'august', 'septembrie', 'octombrie', 'noiembrie', 'decembrie'],
    weekdays: ['luni', 'marți', 'miercuri', 'joi', 'vineri', 'sâmbătă', 'duminică'],
    weekdaysShort: ['lun.', 'mar.', 'mie.', 'joi', 'vin.', 'sâm.', 'dum.'],
    day: (d, m, y) => `${d} ${m} ${y}`,
  },
  hu: {
    months: ['január', 'február', 'március', 'április', 'május', 'június', 'július', 'augusztus', 'szeptember', 'október', 'november', 'december'],
    weekdays: ['hétfő', 'kedd', 'szerda', 'csütörtök', 'péntek', 'szombat', 'vasárnap'],
    weekdaysShort: ['H', 'K', 'Sze', 'Cs', 'P', 'Szo', 'V'],
    day: (d, m, y) => `${y}. ${m} ${d}.`,
  },
  en: {
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    weekdaysShort: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
    day: (d, m, y) => `${m} ${d}, ${y}`,
  },
  uk: {
    months: ['січня', 'лютого', 'березня', 'квітня', 'травня', 'червня', 'липня', 'серпня', 'вересня', 'жовтня', 'листопада', 'грудня'],
    weekdays: ['понеділок', 'вівторок', 'середа', 'четвер', 'пʼятниця', 'субота', 'неділя'],
    weekdaysShort: ['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'нд'],
    day: (d, m, y) => `${d} ${m} ${y} р.`,
  },
};

/**
 * The names of the languages services in Romania list most, in the finder's four languages,
 * without Intl.DisplayNames: the page's first DisplayNames makes the browser load its language
 * names, 60–75 ms in one go on a phone (measured at 4× CPU). The names are CLDR's, as Intl gives
 * them (tests/browser/finder/dates.test.ts holds them to it); Chromium's Intl has no name for Romani
 * (`rom`) and shows the bare code, where this table gives CLDR's. Other codes are named by Intl.
 */
export const LANGUAGE_CODES = ['ro', 'hu', 'en', 'uk', 'de', 'rom'];
export const LANGUAGE_NAMES: Record<Lang, string> = {
  ro: 'română|maghiară|engleză|ucraineană|germană|romani',
  hu: 'román|magyar|angol|ukrán|német|roma',
  en: 'Romanian|Hungarian|English|Ukrainian|German|Romany',
  uk: 'румунська|угорська|англійська|українська|німецька|циганська',
};
