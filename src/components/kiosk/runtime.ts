/**
 * The kiosk's long-running duties, each small and stoppable: screen wake lock, nightly reload,
 * liveness watchdog and heartbeat. None of them records anything about the people who use it.
 */
import { wallTime, zonedTimeToDate } from '../../directory/hours.js';
import type { SuppressedMonth } from './counters.js';
import { after, every, nowMs } from '../../internal/clock.js';

/** Keeps the screen on; re-acquires the lock when the page becomes visible again. */
export class WakeLock {
  private sentinel?: { release(): Promise<void>; addEventListener?: (t: string, l: () => void) => void };
  private readonly onVisible = () => {
    if (document.visibilityState === 'visible') void this.acquire();
  };

  start(): void {
    document.addEventListener('visibilitychange', this.onVisible);
    void this.acquire();
  }

  stop(): void {
    document.removeEventListener('visibilitychange', this.onVisible);
    void this.sentinel?.release().catch(() => undefined);
    this.sentinel = undefined;
  }

  get held(): boolean {
    return this.sentinel !== undefined;
  }

  private async acquire(): Promise<void> {
    const wl = (navigator as Navigator & { wakeLock?: { request(type: 'screen'): Promise<WakeLock['sentinel']> } }).wakeLock;
    if (!wl || document.visibilityState !== 'visible') return;
    try {
      this.sentinel = await wl.request('screen');
      this.sentinel?.addEventListener?.('release', () => (this.sentinel = undefined));
    } catch {
      this.sentinel = undefined; // not allowed (no user activation yet, battery saver): try on next visibility
    }
  }
}

/** Milliseconds from `now` until the next `hour`:00 wall time in `timeZone` (DST-correct). */
export function msUntilHour(now: Date, hour: number, timeZone: string): number {
  const wall = wallTime(now, timeZone);
  for (let addDays = 0; addDays <= 2; addDays++) {
    const d = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + addDays));
    const at = zonedTimeToDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), hour * 60, timeZone);
    if (at.getTime() - now.getTime() >= 60_000) return at.getTime() - now.getTime();
  }
  return 24 * 3_600_000;
}

/**
 * Reloads the page when it was stuck (a timer that should fire every `tickMs` fired much later:
 * the main thread was blocked) or broken (the helpline is no longer on screen, or errors keep
 * coming). A crashed tab is the systemd unit's job: it restarts Chromium.
 */
export class Watchdog {
  private timer?: () => void;
  private last = 0;
  private errors: number[] = [];
  private missingSince?: number;
  private readonly onError = () => {
    const now = nowMs();
    this.errors = [...this.errors.filter((t) => now - t < 60_000), now];
    if (this.errors.length >= 20) this.reload('errors');
  };

  constructor(
    private readonly healthy: () => boolean,
    private readonly reload: (why: string) => void,
    private readonly tickMs = 10_000,
    private readonly stuckMs = 60_000,
  ) {}

  start(): void {
    this.last = nowMs();
    addEventListener('error', this.onError);
    addEventListener('unhandledrejection', this.onError);
    this.timer = every(this.tickMs, () => this.tick());
  }

  stop(): void {
    this.timer?.();
    removeEventListener('error', this.onError);
    removeEventListener('unhandledrejection', this.onError);
  }

  tick(now = nowMs()): void {
    const late = now - this.last - this.tickMs;
    this.last = now;
    if (late > this.stuckMs && document.visibilityState === 'visible') return this.reload('stuck');
    if (this.healthy()) this.missingSince = undefined;
    else if (this.missingSince === undefined) this.missingSince = now;
    else if (now - this.missingSince > 30_000) this.reload('blank');
  }
}

export interface HeartbeatBody {
  version: string;
  lastSync?: { status: string; at: number; errorKind?: string };
  etag?: string;
  uptimeSeconds: number;
  heapBytes?: number;
  /** With config `counters`: the monthly usage totals, counts under 5 as `"<5"`. */
  counters?: Record<string, SuppressedMonth>;
}

/**
 * POSTs the kiosk's health to `url` every `intervalMs`, backing off (doubling, up to an hour) while
 * the server does not answer. The body carries no information about anyone who used the kiosk.
 */
export class Heartbeat {
  private timer?: () => void;
  private delay: number;

  constructor(
    private readonly url: string,
    private readonly body: () => HeartbeatBody,
    private readonly intervalMs = 5 * 60_000,
  ) {
    this.delay = intervalMs;
  }

  start(): void {
    this.schedule(5_000);
  }

  stop(): void {
    this.timer?.();
  }

  async beat(): Promise<boolean> {
    try {
      const r = await fetch(this.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(this.body()),
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        cache: 'no-store',
      });
      this.delay = r.ok ? this.intervalMs : Math.min(this.delay * 2, 3_600_000);
      return r.ok;
    } catch {
      this.delay = Math.min(this.delay * 2, 3_600_000);
      return false;
    }
  }

  private schedule(ms: number): void {
    this.timer = after(ms, async () => {
      await this.beat();
      this.schedule(this.delay);
    });
  }
}

/** The JS heap in use, where Chromium reports it. */
export function heapBytes(): number | undefined {
  return (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize;
}
