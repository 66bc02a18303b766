import { Workbox } from 'workbox-window';
import type { TrustedScriptURL } from 'trusted-types/lib';

/** Why the kiosk could not make itself ready to start offline. */
export type OfflineProblemKind = 'insecure' | 'no-cache-storage' | 'no-service-worker' | 'register-failed';

export interface OfflineProblem {
  kind: OfflineProblemKind;
  /** The browser's own message, when it gave one (register-failed). */
  detail?: string;
}

/** The name of the Trusted Types policy that lets the kiosk register its worker. */
export const SW_POLICY = 'reper-kiosk-sw';

interface ScriptUrlPolicy {
  createScriptURL(url: string): TrustedScriptURL;
}
let policy: ScriptUrlPolicy | undefined;

/**
 * The worker URL as the page's Trusted Types rules want it: through the named policy
 * `reper-kiosk-sw`, which accepts only same-origin URLs, when the page enforces Trusted Types.
 */
export function workerScriptUrl(url: string): string | TrustedScriptURL {
  const tt = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: { createScriptURL(u: string): string }): ScriptUrlPolicy } })
    .trustedTypes;
  if (!tt) return url;
  policy ??= tt.createPolicy(SW_POLICY, {
    createScriptURL(u: string) {
      const parsed = new URL(u, document.baseURI);
      if (parsed.origin !== location.origin) throw new TypeError(`${SW_POLICY}: the service worker must be on this site, not ${parsed.origin}`);
      return parsed.href;
    },
  });
  return policy.createScriptURL(url);
}

/**
 * What stops offline start here, before trying: a page served over plain http from a name that
 * is not localhost gets no service worker and no Cache Storage from the browser.
 */
export function offlineProblems(): OfflineProblem[] {
  const problems: OfflineProblem[] = [];
  if (!globalThis.isSecureContext) problems.push({ kind: 'insecure' });
  if (typeof caches === 'undefined') problems.push({ kind: 'no-cache-storage' });
  if (!('serviceWorker' in navigator)) problems.push({ kind: 'no-service-worker' });
  return problems;
}

export interface ServiceWorkerHooks {
  /** A new version is installed and waits for `activateUpdate()`. */
  onWaiting(): void;
  /** Registration failed; the reason goes to the status panel and heartbeat. */
  onError(problem: OfflineProblem): void;
}

/**
 * The kiosk's Workbox service worker: registered through the Trusted Types policy, checked for
 * updates every `checkMs` (the interval stops with `stop()`), activated only when asked.
 */
export class KioskServiceWorker {
  private workbox?: Workbox;
  private timer?: ReturnType<typeof setInterval>;
  waiting = false;

  constructor(
    private readonly url: string,
    private readonly checkMs: number,
    private readonly hooks: ServiceWorkerHooks,
  ) {}

  start(): void {
    let wb: Workbox;
    try {
      wb = this.workbox = new Workbox(workerScriptUrl(new URL(this.url, document.baseURI).href));
    } catch (error) {
      this.hooks.onError({ kind: 'register-failed', detail: (error as Error).message });
      return;
    }
    wb.addEventListener('waiting', () => {
      this.waiting = true;
      this.hooks.onWaiting();
    });
    wb.addEventListener('controlling', (e) => {
      if (e.isUpdate) location.reload();
    });
    wb.register().catch((error: unknown) => this.hooks.onError({ kind: 'register-failed', detail: (error as Error)?.message ?? String(error) }));
    // Look for a new app version as often as for new data.
    this.timer = setInterval(() => void wb.update().catch(() => undefined), this.checkMs);
  }

  /** Lets the waiting version take over (it reloads the page when it controls it). */
  activateUpdate(): void {
    if (this.waiting) this.workbox?.messageSkipWaiting();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
