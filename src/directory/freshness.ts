import type { Service } from './schema.js';

const DAY_MS = 86_400_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Today's date as `YYYY-MM-DD` in UTC. */
function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` plus `months` calendar months (clamped to the month's last day). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return isoDay(target);
}

/** Why a service needs review, or `undefined` when it is fresh. */
export function staleReason(service: Pick<Service, 'verifiedAt' | 'reviewDue'>, now: Date, months = 12): string | undefined {
  const today = isoDay(now);
  // Data that skipped validation (a host's own context value) must not break rendering: a date
  // that cannot be read means nobody can say when the service was checked.
  if (!ISO_DAY.test(String(service.verifiedAt)) || Number.isNaN(Date.parse(service.verifiedAt))) {
    return `last verified on an unreadable date (${JSON.stringify(service.verifiedAt)})`;
  }
  if (service.reviewDue && service.reviewDue < today) return `review was due on ${service.reviewDue}`;
  const limit = addMonths(service.verifiedAt, months);
  if (limit <= today) {
    const days = Math.floor((Date.parse(today) - Date.parse(service.verifiedAt)) / DAY_MS);
    return `last verified on ${service.verifiedAt} (${days} days ago, more than ${months} month${months === 1 ? '' : 's'})`;
  }
  return undefined;
}

/**
 * True when a service must be checked again: its `reviewDue` date has passed, or it was last
 * verified `months` or more months ago (default 12).
 */
export function isStale(service: Pick<Service, 'verifiedAt' | 'reviewDue'>, now: Date = new Date(), months = 12): boolean {
  return staleReason(service, now, months) !== undefined;
}
