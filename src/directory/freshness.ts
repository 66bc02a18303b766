import { nowMs } from '../internal/clock.js';
import type { Directory, Service } from './schema.js';

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

/** What a newer feed is compared with: the directory already shown (its last good copy). */
export interface FeedBaseline {
  id: string;
  generatedAt: string;
}

export interface FreshnessRules {
  /** The last good copy; a feed older than it, or with another `id`, is refused. */
  last?: FeedBaseline;
  /** The directory id this place must show (the kiosk's `feedId`). */
  expectedId?: string;
}

/**
 * The freshness rules of DESIGN.md ("Directory feed"), the one place they are written, used by the
 * loader (and so by `<reper-provider>`, the finder's own `src` and the kiosk) and by the CLI:
 *
 * - `other-feed`: the feed's `id` is not the pinned `expectedId`, or not the last good copy's
 *   (another directory signed with the same key, served at this URL);
 * - `rollback`: its `generatedAt` is earlier than the last good copy's (an old, validly signed
 *   feed served again). The same `generatedAt` is accepted: it is the same publication.
 *
 * Returns the refusal, or `undefined` when the feed may replace the last good copy.
 */
export function freshnessRefusal(
  feed: Pick<Directory, 'id' | 'generatedAt'>,
  rules: FreshnessRules,
): { kind: 'rollback' | 'other-feed'; reason: string } | undefined {
  if (rules.expectedId !== undefined && feed.id !== rules.expectedId) {
    return { kind: 'other-feed', reason: `the feed is directory "${feed.id}", not "${rules.expectedId}" as configured` };
  }
  const last = rules.last;
  if (!last) return undefined;
  if (feed.id !== last.id) {
    return { kind: 'other-feed', reason: `the feed is directory "${feed.id}", but the directory shown is "${last.id}"` };
  }
  if (Date.parse(feed.generatedAt) < Date.parse(last.generatedAt)) {
    return {
      kind: 'rollback',
      reason: `the feed was generated at ${feed.generatedAt}, earlier than the copy shown (${last.generatedAt}): an older feed is never shown again`,
    };
  }
  return undefined;
}

/**
 * True when the feed is past its `expiresAt` (by default now, on the elements' clock): it may be
 * shown only with a "may be out of date" notice.
 */
export function isExpired(feed: Pick<Directory, 'expiresAt'>, now: number | Date = nowMs()): boolean {
  if (!feed.expiresAt) return false;
  const at = Date.parse(feed.expiresAt);
  return !Number.isNaN(at) && at <= +now;
}
