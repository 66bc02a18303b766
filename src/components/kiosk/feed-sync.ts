import { DirectoryError } from '../../directory/errors.js';
import { loadDirectory, signatureUrl } from '../../directory/loader.js';
import type { Directory } from '../../directory/schema.js';

/** What one sync attempt did; the detail of `reper-sync`. */
export interface SyncOutcome {
  /**
   * `updated`: a new good directory is shown; `not-modified`: the server said 304, nothing changed;
   * `restored`: the last good copy was read from Cache Storage (boot); `error`: refused or
   * unreachable — the previous directory stays.
   */
  status: 'updated' | 'not-modified' | 'restored' | 'error';
  /** For `error`: network, timeout, http, too-large, invalid, signature, or storage. */
  errorKind?: string;
  /** For `error`: a plain reason, with the first problems of an invalid feed. */
  reason?: string;
  etag?: string;
  /** When this attempt finished (ms since epoch). */
  at: number;
  /** When the shown directory was fetched from the server (ms since epoch). */
  fetchedAt?: number;
  /** True when the kiosk could not reach the feed server on this attempt. */
  offline: boolean;
}

const CACHE = 'reper-kiosk-feed/1';
const FETCHED_AT = 'x-reper-fetched-at';

/**
 * Keeps the kiosk's directory current. Every sync sends the ETag of the copy it has; a good new
 * feed (valid, and signed by a pinned key when keys are pinned) replaces the copy in Cache Storage
 * — the bytes and the signature, exactly as served — and anything else leaves the last good copy.
 * At boot the stored copy goes through the same signature check and validation before it is used.
 */
export class FeedSync {
  etag?: string;
  fetchedAt?: number;
  private inFlight?: Promise<SyncOutcome>;

  constructor(
    readonly feedUrl: string,
    readonly publicKeys: readonly string[],
    private readonly onDirectory: (directory: Directory, outcome: SyncOutcome) => void,
  ) {}

  /** Reads and re-verifies the stored copy, if any. */
  async restore(): Promise<SyncOutcome | undefined> {
    if (typeof caches === 'undefined') return undefined;
    try {
      const cache = await caches.open(CACHE);
      const stored = await cache.match(this.feedUrl);
      if (!stored) return undefined;
      const etag = stored.headers.get('etag') ?? undefined;
      const fetchedAt = Number(stored.headers.get(FETCHED_AT)) || undefined;
      const fromCache: typeof fetch = async (input) => {
        const hit = await cache.match(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
        return hit ?? new Response(null, { status: 404 });
      };
      const result = await loadDirectory(this.feedUrl, { publicKeys: this.publicKeys, fetch: fromCache });
      if (result.status !== 'updated') return undefined;
      this.etag = etag;
      this.fetchedAt = fetchedAt;
      const outcome: SyncOutcome = { status: 'restored', etag, at: Date.now(), fetchedAt, offline: false };
      this.onDirectory(result.directory, outcome);
      return outcome;
    } catch {
      // A stored copy that no longer verifies (keys rotated, storage damaged) is not used.
      return undefined;
    }
  }

  /** One sync; concurrent calls share the attempt in flight. */
  sync(): Promise<SyncOutcome> {
    this.inFlight ??= this.attempt().finally(() => (this.inFlight = undefined));
    return this.inFlight;
  }

  private async attempt(): Promise<SyncOutcome> {
    const captured = new Map<string, { bytes: ArrayBuffer; etag: string | null }>();
    // Keep the exact bytes of the feed and its signature, to store them once they are accepted.
    const recording: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (response.ok) {
        const bytes = await response.clone().arrayBuffer();
        const requested = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
        captured.set(requested, { bytes, etag: response.headers.get('etag') });
      }
      return response;
    };
    try {
      const result = await loadDirectory(this.feedUrl, { publicKeys: this.publicKeys, etag: this.etag, fetch: recording });
      if (result.status === 'not-modified') {
        return { status: 'not-modified', etag: this.etag, at: Date.now(), fetchedAt: this.fetchedAt, offline: false };
      }
      const feed = captured.get(this.feedUrl);
      const etag = result.etag ?? feed?.etag ?? undefined;
      this.etag = etag;
      this.fetchedAt = result.fetchedAt;
      await this.store(feed?.bytes, captured.get(signatureUrl(this.feedUrl))?.bytes, etag, result.fetchedAt).catch(() => undefined);
      const outcome: SyncOutcome = { status: 'updated', etag, at: Date.now(), fetchedAt: result.fetchedAt, offline: false };
      this.onDirectory(result.directory, outcome);
      return outcome;
    } catch (error) {
      const e = error instanceof DirectoryError ? error : undefined;
      const kind = e?.kind ?? 'network';
      const problems = e?.problems ?? [];
      const reason =
        problems.length > 0
          ? `${problems.length} problem(s): ${problems
              .slice(0, 5)
              .map((p) => `${p.path || '(document)'} ${p.reason}`)
              .join('; ')}${problems.length > 5 ? '; …' : ''}`
          : (error as Error)?.message ?? String(error);
      return {
        status: 'error',
        errorKind: kind,
        reason,
        etag: this.etag,
        at: Date.now(),
        fetchedAt: this.fetchedAt,
        offline: kind === 'network' || kind === 'timeout',
      };
    }
  }

  private async store(feed: ArrayBuffer | undefined, sig: ArrayBuffer | undefined, etag: string | undefined, fetchedAt: number) {
    if (typeof caches === 'undefined' || !feed) return;
    const cache = await caches.open(CACHE);
    const headers: Record<string, string> = { 'content-type': 'application/json', [FETCHED_AT]: String(fetchedAt) };
    if (etag) headers.etag = etag;
    await cache.put(this.feedUrl, new Response(feed, { headers }));
    const sigUrl = signatureUrl(this.feedUrl);
    if (sig) await cache.put(sigUrl, new Response(sig, { headers: { 'content-type': 'text/plain' } }));
    else await cache.delete(sigUrl);
  }
}
