import { ContextProvider } from '@lit/context';
import { emit } from '../internal/emit.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { NATIONAL_DIRECTORY } from '../data/national.js';
import { directoryContext, type DirectoryState } from './context.js';
import { DirectoryError } from './errors.js';
import type { DirectoryErrorDetail, DirectoryLoadDetail } from './events.js';
import { type FeedBaseline, isExpired } from './freshness.js';

export interface DirectorySource {
  /** Feed URL; empty or null means the built-in national directory. */
  src?: string | null;
  /**
   * Space- or comma-separated Ed25519 public keys. Given (even empty) means signed feeds only: a
   * value with no usable key refuses every feed rather than accepting unsigned ones.
   */
  publicKey?: string | null;
}

/**
 * Loads the feed named by a host's `src` (checked against `public-key` when given) and provides it
 * to descendants through {@link directoryContext}. Until a feed loads, and when there is none,
 * descendants get the built-in national directory; when a later load fails, the last good
 * directory stays. The freshness rules hold per `src`: a feed older than the last good one, or
 * with another `id`, is refused, and an expired one is provided with `expired: true`. Fires
 * `reper-directory-load` and `reper-directory-error` on the host.
 *
 * The loader is imported on first use, so a page without `src` does not download it.
 */
export class DirectoryController implements ReactiveController {
  private readonly provider: ContextProvider<typeof directoryContext>;
  private state: DirectoryState = { directory: NATIONAL_DIRECTORY, source: 'built-in', status: 'idle' };
  private loading?: AbortController;
  private current = '';
  private etag?: string;
  /** The last good feed of the current `src` and keys: what a new one must not roll back. */
  private lastGood?: FeedBaseline;

  constructor(
    // EventTarget rather than HTMLElement: this module is also type-checked without DOM types (CLI tsconfig).
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly source: () => DirectorySource,
  ) {
    type Host = ConstructorParameters<typeof ContextProvider<typeof directoryContext>>[0];
    this.provider = new ContextProvider(host as unknown as Host, { context: directoryContext, initialValue: this.state });
    host.addController(this);
  }

  /** What descendants currently get. */
  get value(): DirectoryState {
    return this.state;
  }

  hostConnected(): void {
    this.sync();
  }

  hostUpdate(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.loading?.abort();
    this.loading = undefined;
    this.current = '';
  }

  /** Fetches the feed again (revalidating with its ETag); resolves when done, never rejects. */
  refresh(): Promise<void> {
    const { src, publicKey } = this.source();
    if (!src) return Promise.resolve();
    return this.load(src, publicKey);
  }

  private sync(): void {
    const { src, publicKey } = this.source();
    const id = src ? `${src}\n${publicKey ?? '\u0000unsigned'}` : '';
    if (id === this.current) return;
    this.current = id;
    this.etag = undefined;
    this.lastGood = undefined;
    this.loading?.abort();
    if (!src) {
      this.set({ directory: NATIONAL_DIRECTORY, source: 'built-in', status: 'idle' });
      return;
    }
    void this.load(src, publicKey);
  }

  private set(next: DirectoryState): void {
    this.state = next;
    this.provider.setValue(next, true);
    // A host that shows the directory itself (the finder with its own src) renders it again.
    this.host.requestUpdate();
  }

  private async load(src: string, publicKey: string | null | undefined): Promise<void> {
    this.loading?.abort();
    const abort = new AbortController();
    this.loading = abort;
    this.set({ ...this.state, status: 'loading', url: src });
    try {
      const { loadDirectory, parseKeyList } = await import('./loader.js');
      let keys: string[] = [];
      if (publicKey != null) {
        const parsed = parseKeyList(publicKey);
        if (parsed.keys.length === 0) {
          const why = parsed.problems.length ? parsed.problems.join('; ') : 'it is empty';
          throw new DirectoryError('signature', `public-key holds no usable Ed25519 key (${why}); no feed is accepted unsigned`, { url: src });
        }
        keys = parsed.keys;
      }
      const result = await loadDirectory(src, {
        publicKeys: keys,
        etag: this.lastGood ? this.etag : undefined,
        last: this.lastGood,
        signal: abort.signal,
      });
      if (abort.signal.aborted) return;
      let detail: DirectoryLoadDetail;
      if (result.status === 'not-modified') {
        const expired = isExpired(this.state.directory);
        this.set({ ...this.state, status: 'ready', error: undefined, url: src, expired });
        detail = { directory: this.state.directory, url: src, notModified: true, etag: this.etag, expired };
      } else {
        this.etag = result.etag;
        this.lastGood = { id: result.directory.id, generatedAt: result.directory.generatedAt };
        this.set({ directory: result.directory, source: 'feed', status: 'ready', url: src, fetchedAt: result.fetchedAt, expired: result.expired });
        detail = { directory: result.directory, url: src, notModified: false, etag: result.etag, expired: result.expired };
      }
      emit(this.host, 'reper-directory-load', detail);
    } catch (caught) {
      if (abort.signal.aborted) return;
      const error =
        caught instanceof DirectoryError
          ? caught
          : new DirectoryError('network', (caught as Error)?.message ?? 'could not load the feed', { url: src, cause: caught });
      // Keep what descendants already show: the last good feed, or the built-in national lines.
      this.set({ ...this.state, status: 'error', error, url: src });
      const detail: DirectoryErrorDetail = {
        url: src,
        kind: error.kind,
        message: error.message,
        problems: error.problems,
        problemCount: error.problemCount,
        error,
        showing: this.state.source,
      };
      emit(this.host, 'reper-directory-error', detail);
    } finally {
      if (this.loading === abort) this.loading = undefined;
    }
  }
}
