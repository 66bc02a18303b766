import { DirectoryError } from '../../directory/errors.js';
import { type FeedBaseline, isExpired } from '../../directory/freshness.js';
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
  /** For `error`: network, timeout, http, too-large, invalid, signature, rollback, other-feed, or storage. */
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
  /** True when the directory shown is past its `expiresAt` (it is shown as "may be out of date"). */
  expired: boolean;
  /** When the shown directory was produced (its `generatedAt`), if a feed is shown. */
  generatedAt?: string;
}

const CACHE = 'reper-kiosk-feed/1';
const FETCHED_AT = 'x-reper-fetched-at';

/**
 * Keeps the kiosk's directory current. Every sync sends the ETag of the copy it has; a good new
 * feed (valid, and signed by a pinned key when keys are pinned) replaces the copy in Cache Storage
 * — the bytes and the signature, exactly as served — and anything else leaves the last good copy.
 * At boot the stored copy goes through the same signature check and validation before it is used.
 * The freshness rules hold across reboots: a feed older than the copy shown, or of another
 * directory (or not the configured `feedId`), is refused; the feed and its signature are read
 * through the loader's size-limited reader only, so an endless server costs at most the limit.
 */
export class FeedSync {
  etag?: string;
  fetchedAt?: number;
  /** The directory shown, which a new feed must not roll back. */
  private shown?: Directory;
  private inFlight?: Promise<SyncOutcome>;

  constructor(
    readonly feedUrl: string,
    readonly publicKeys: readonly string[],
    private readonly onDirectory: (directory: Directory, outcome: SyncOutcome) => void,
    /** The directory id the kiosk must show (config `feedId`). */
    readonly feedId?: string,
  ) {}

  private get baseline(): FeedBaseline | undefined {
    return this.shown && { id: this.shown.id, generatedAt: this.shown.generatedAt };
  }

  private state(): Pick<SyncOutcome, 'expired' | 'generatedAt'> {
    return { expired: this.shown ? isExpired(this.shown) : false, generatedAt: this.shown?.generatedAt };
  }

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
      const result = await loadDirectory(this.feedUrl, { publicKeys: this.publicKeys, expectedId: this.feedId, fetch: fromCache });
      if (result.status !== 'updated') return undefined;
      this.etag = etag;
      this.fetchedAt = fetchedAt;
      this.shown = result.directory;
      const outcome: SyncOutcome = { status: 'restored', etag, at: Date.now(), fetchedAt, offline: false, ...this.state() };
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
    try {
      const result = await loadDirectory(this.feedUrl, {
        publicKeys: this.publicKeys,
        etag: this.etag,
        last: this.baseline,
        expectedId: this.feedId,
      });
      if (result.status === 'not-modified') {
        return { status: 'not-modified', etag: this.etag, at: Date.now(), fetchedAt: this.fetchedAt, offline: false, ...this.state() };
      }
      const etag = result.etag;
      this.etag = etag;
      this.fetchedAt = result.fetchedAt;
      this.shown = result.directory;
      // Exactly the bytes (and signature) that were verified and validated become the last good copy.
      await this.store(result.body, result.signature, etag, result.fetchedAt).catch(() => undefined);
      const outcome: SyncOutcome = { status: 'updated', etag, at: Date.now(), fetchedAt: result.fetchedAt, offline: false, ...this.state() };
      this.onDirectory(result.directory, outcome);
      return outcome;
    } catch (error) {
      const e = error instanceof DirectoryError ? error : undefined;
      // The loader classifies every feed failure; anything else is a fault of the kiosk, not "offline".
      const kind = e?.kind ?? 'internal';
      const problems = e?.problems ?? [];
      const count = e?.problemCount ?? problems.length;
      const reason =
        problems.length > 0
          ? `${count} problem(s): ${problems
              .slice(0, 5)
              .map((p) => `${p.path || '(document)'} ${p.reason}`)
              .join('; ')}${count > 5 ? '; …' : ''}`
          : (error as Error)?.message ?? String(error);
      return {
        status: 'error',
        errorKind: kind,
        reason,
        etag: this.etag,
        at: Date.now(),
        fetchedAt: this.fetchedAt,
        offline: kind === 'network' || kind === 'timeout',
        ...this.state(),
      };
    }
  }

  private async store(feed: Uint8Array<ArrayBuffer>, sig: string | undefined, etag: string | undefined, fetchedAt: number) {
    if (typeof caches === 'undefined') return;
    const cache = await caches.open(CACHE);
    const headers: Record<string, string> = { 'content-type': 'application/json', [FETCHED_AT]: String(fetchedAt) };
    if (etag) headers.etag = etag;
    await cache.put(this.feedUrl, new Response(feed, { headers }));
    const sigUrl = signatureUrl(this.feedUrl);
    if (sig) await cache.put(sigUrl, new Response(sig, { headers: { 'content-type': 'text/plain' } }));
    else await cache.delete(sigUrl);
  }
}
