import { DEFAULT_TIME_ZONE } from '../internal/defaults.js';
import { DAYS } from './constants.js';
import type { Day, Hours } from './schema.js';

/** Local wall-clock time in a time zone. `weekday` 0 = Monday … 6 = Sunday. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  weekday: number;
  /** Minutes since local midnight. */
  minutes: number;
}

export { DEFAULT_TIME_ZONE };

const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS: Record<string, number> = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      weekday: 'short',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The part of `Temporal` (where the platform has it) that gives a wall time in a zone. */
interface ZonedClock {
  Instant: {
    fromEpochMilliseconds(ms: number): {
      toZonedDateTimeISO(timeZone: string): { year: number; month: number; day: number; dayOfWeek: number; hour: number; minute: number };
    };
  };
}
const temporal = (globalThis as { Temporal?: ZonedClock }).Temporal;

/**
 * The wall-clock time at `date` in `timeZone` (IANA), so daylight saving follows the platform's
 * time-zone data. Through `Temporal` where the platform has it (about 0.5 ms), else
 * `Intl.DateTimeFormat`, whose first use loads the browser's date-formatting data (30–80 ms in
 * one go, counted as blocking time). Throws `RangeError` for an unknown zone or an invalid date.
 */
export function wallTime(date: Date, timeZone: string = DEFAULT_TIME_ZONE): WallTime {
  if (temporal) {
    const z = temporal.Instant.fromEpochMilliseconds(date.getTime()).toZonedDateTimeISO(timeZone);
    return { year: z.year, month: z.month, day: z.day, weekday: z.dayOfWeek - 1, minutes: z.hour * 60 + z.minute };
  }
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(date)) parts[p.type] = p.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    weekday: WEEKDAYS[parts.weekday] ?? 0,
    minutes: (Number(parts.hour) % 24) * 60 + Number(parts.minute),
  };
}

/** `HH:MM` → minutes since midnight (`24:00` → 1440). */
export function toMinutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

const dayIndex = (d: Day) => DAYS.indexOf(d);

/** Open / closed at a given wall time; `undefined` when the hours do not say (note only). */
export function isOpenAtWall(hours: Hours | undefined, wall: WallTime): boolean | undefined {
  if (!hours) return undefined;
  if (hours.open247) return true;
  if (!hours.weekly || hours.weekly.length === 0) return undefined;
  const today = wall.weekday;
  const yesterday = (today + 6) % 7;
  const t = wall.minutes;
  for (const slot of hours.weekly) {
    const o = toMinutes(slot.opens);
    const c = toMinutes(slot.closes);
    const days = slot.days.map(dayIndex);
    if (c > o) {
      if (days.includes(today) && t >= o && t < c) return true;
    } else if ((days.includes(today) && t >= o) || (days.includes(yesterday) && t < c)) {
      return true;
    }
  }
  return false;
}

/**
 * Whether a service with these hours is open at `date` in `timeZone` (default Europe/Bucharest),
 * correct across daylight-saving changes. `true` for 24/7; `undefined` when the hours are only a
 * note (unknown), so a UI can say nothing rather than something wrong.
 */
export function isOpenAt(hours: Hours | undefined, date: Date, timeZone: string = DEFAULT_TIME_ZONE): boolean | undefined {
  return isOpenAtWall(hours, wallTime(date, timeZone));
}

/**
 * Whether a service is open at a wall time: its own hours, or any of its phone lines (a shelter
 * closed to visitors whose line answers around the clock is open). `undefined` when nothing says.
 */
export function isServiceOpenAtWall(service: { hours: Hours; phones: readonly { hours?: Hours }[] }, wall: WallTime): boolean | undefined {
  const own = isOpenAtWall(service.hours, wall);
  if (own) return true;
  if (service.phones.some((p) => isOpenAtWall(p.hours, wall) === true)) return true;
  return own;
}

/** `isServiceOpenAtWall` at an instant in `timeZone` (default Europe/Bucharest). */
export function isServiceOpenAt(
  service: { hours: Hours; phones: readonly { hours?: Hours }[] },
  date: Date,
  timeZone: string = DEFAULT_TIME_ZONE,
): boolean | undefined {
  return isServiceOpenAtWall(service, wallTime(date, timeZone));
}

function offsetAt(ms: number, timeZone: string): number {
  const w = wallTime(new Date(ms), timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, 0, w.minutes);
  return asUtc - Math.floor(ms / 60_000) * 60_000;
}

/** The instant when the wall clock in `timeZone` shows the given local date and time. */
export function zonedTimeToDate(year: number, month: number, day: number, minutes: number, timeZone: string): Date {
  const guess = Date.UTC(year, month - 1, day, 0, minutes);
  const first = guess - offsetAt(guess, timeZone);
  const second = guess - offsetAt(first, timeZone);
  return new Date(second);
}

/**
 * The next instant, at or after `date`, when the service opens: `date` itself when it is open,
 * `undefined` for unknown hours or when nothing opens within the next 8 days.
 */
export function nextOpening(hours: Hours | undefined, date: Date, timeZone: string = DEFAULT_TIME_ZONE): Date | undefined {
  const wall = wallTime(date, timeZone);
  const open = isOpenAtWall(hours, wall);
  if (open === undefined) return undefined;
  if (open) return date;
  let best: Date | undefined;
  for (let k = 0; k <= 7; k++) {
    const weekday = (wall.weekday + k) % 7;
    const day = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + k));
    for (const slot of hours?.weekly ?? []) {
      if (!slot.days.some((d) => dayIndex(d) === weekday)) continue;
      const opens = toMinutes(slot.opens);
      if (k === 0 && opens <= wall.minutes) continue;
      const at = zonedTimeToDate(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), opens, timeZone);
      if (at.getTime() > date.getTime() && (!best || at < best)) best = at;
    }
    if (best) return best;
  }
  return best;
}

/** True when `timeZone` is an IANA zone this platform knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    if (temporal) temporal.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(timeZone);
    else formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}
