import { after } from '../internal/clock.js';
import { DirectoryError } from './errors.js';
import { type FeedBaseline, freshnessRefusal, isExpired } from './freshness.js';
import type { Directory } from './schema.js';
import { verifySignature } from './signature.js';
import { MAX_PROBLEMS, parseDirectoryAsync } from './validate.js';

// For the provider, which reads its `public-key` only when it loads a feed: key parsing is not
// downloaded by a page that loads none.
export { parseKeyList } from './signature.js';

export interface LoadOptions {
  /** Pinned base64 Ed25519 public keys; when given, `<url>.sig` must verify with one of them. */
  publicKeys?: readonly string[];
  /** ETag of the copy the caller already has; a 304 answer gives `{ status: 'not-modified' }`. */
  etag?: string;
  /** Give up after this many milliseconds (default 15 000). */
  timeoutMs?: number;
  /** Refuse feeds larger than this (default 5 MiB); the download stops at the limit. */
  maxBytes?: number;
  /** The last good copy: a feed generated earlier than it, or with another `id`, is refused. */
  last?: FeedBaseline;
  /** The directory id this place must show (the kiosk's `feedId`); another id is refused. */
  expectedId?: string;
  /** List at most this many validation problems in an `invalid` error (default 100). */
  maxProblems?: number;
  signal?: AbortSignal;
  /** A `fetch` to use instead of the global one (tests, service workers). */
  fetch?: typeof fetch;
}

export type LoadResult =
  | {
      status: 'updated';
      directory: Directory;
      etag?: string;
      /** Size of the feed in bytes. */
      bytes: number;
      fetchedAt: number;
      /** True when the feed is past its `expiresAt`: show it only with a "may be out of date" notice. */
      expired: boolean;
      /** The exact bytes that were verified and validated (the kiosk stores them as its last good copy). */
      body: Uint8Array<ArrayBuffer>;
      /** The signature text that verified them, when keys are pinned. */
      signature?: string;
    }
  | { status: 'not-modified' };

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
/** A base64 Ed25519 signature is 88 characters; anything much longer is not one. */
export const MAX_SIGNATURE_BYTES = 1024;
export const DEFAULT_TIMEOUT_MS = 15_000;

/** `feed.json?v=2` → `feed.json.sig?v=2`: the signature sits next to the feed. */
export function signatureUrl(url: string): string {
  // No DOM types here: this module is also type-checked for Node (the CLI's tsconfig).
  const base = (globalThis as { location?: { href: string } }).location?.href;
  const u = new URL(url, base);
  u.pathname += '.sig';
  return u.href;
}

/**
 * Reads a body as it streams and stops (cancelling the download) as soon as it passes `maxBytes`,
 * whatever its headers say: the one reader for every feed and signature, so that a server that
 * streams without end, or announces a huge body, costs no more than the limit.
 */
async function readLimited(response: Response, maxBytes: number, url: string, what: string): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    void response.body?.cancel().catch(() => undefined);
    throw new DirectoryError('too-large', `${what} is ${declared} bytes, more than the limit of ${maxBytes}`, { url });
  }
  if (!response.body) {
    const whole = new Uint8Array(await response.arrayBuffer());
    if (whole.byteLength > maxBytes) throw new DirectoryError('too-large', `${what} is more than the limit of ${maxBytes} bytes`, { url });
    return whole;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let chunk: Awaited<ReturnType<typeof reader.read>>;
    try {
      chunk = await reader.read();
    } catch (error) {
      // The connection broke half-way: a network failure like any other, not a raw TypeError.
      throw new DirectoryError('network', `the connection broke while the ${what} was downloading`, { url, cause: error });
    }
    const { done, value } = chunk;
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      void reader.cancel().catch(() => undefined);
      throw new DirectoryError('too-large', `${what} is more than the limit of ${maxBytes} bytes`, { url });
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

/**
 * Fetches, optionally verifies, parses and validates a `reper-directory/1` feed.
 *
 * Requests send no cookies or referrer and bypass the HTTP cache (`cache: 'no-store'`, so the
 * browser keeps no copy); pass the previous `etag` to revalidate with `If-None-Match`. With
 * `publicKeys`, the detached signature `<url>.sig` is fetched and checked over the exact bytes
 * before the feed is parsed. If the conditional request fails at the network level (on another
 * origin, `If-None-Match` needs a CORS preflight that many static hosts refuse), it is sent once
 * more without the header. The feed and its signature stream through one size-limited reader.
 * Validation yields to the page every few milliseconds. The freshness rules (`last`,
 * `expectedId`; see `freshnessRefusal`) are applied to a valid feed; an expired one is returned
 * with `expired: true`. Fails with a {@link DirectoryError} whose `kind` is `network`, `timeout`,
 * `http`, `too-large`, `invalid` (with its problems), `signature`, `rollback` or `other-feed`.
 */
export async function loadDirectory(url: string, options: LoadOptions = {}): Promise<LoadResult> {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  let timedOut = false;
  const stopTimer = after(timeoutMs, () => {
    timedOut = true;
    controller.abort();
  });
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  if (options.signal?.aborted) controller.abort();
  const init = {
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
    cache: 'no-store',
    redirect: 'follow',
    signal: controller.signal,
  } as RequestInit;

  const request = async (target: string, headers?: Record<string, string>): Promise<Response> => {
    try {
      return await doFetch(target, headers ? { ...init, headers } : init);
    } catch (error) {
      if (timedOut) throw new DirectoryError('timeout', `no answer within ${timeoutMs} ms`, { url, cause: error });
      if (options.signal?.aborted) throw error;
      throw new DirectoryError('network', `could not reach ${target}`, { url, cause: error });
    }
  };

  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      if (timedOut && !(error instanceof DirectoryError && error.kind !== 'network')) {
        throw new DirectoryError('timeout', `no answer within ${timeoutMs} ms`, { url, cause: error });
      }
      throw error;
    }
  };

  try {
    return await guard(async () => {
      const headers = options.etag ? { 'If-None-Match': options.etag } : undefined;
      let response: Response;
      try {
        response = await request(url, headers);
      } catch (error) {
        // On another origin, If-None-Match makes the browser send a CORS preflight, which many
        // static hosts refuse: ask once more with a plain request (no preflight, full download)
        // rather than never update again.
        if (!headers || !(error instanceof DirectoryError) || error.kind !== 'network') throw error;
        response = await request(url);
      }
      if (response.status === 304) {
        void response.body?.cancel().catch(() => undefined);
        return { status: 'not-modified' } as const;
      }
      if (!response.ok) {
        void response.body?.cancel().catch(() => undefined);
        throw new DirectoryError('http', `server answered ${response.status} for the feed`, { url, status: response.status });
      }
      const bytes = await readLimited(response, maxBytes, url, 'feed');
      const keys = options.publicKeys?.filter(Boolean) ?? [];
      let signature: string | undefined;
      if (keys.length > 0) {
        const sigResponse = await request(signatureUrl(url));
        if (!sigResponse.ok) {
          void sigResponse.body?.cancel().catch(() => undefined);
          throw new DirectoryError('signature', `signature ${signatureUrl(url)} missing (HTTP ${sigResponse.status})`, { url });
        }
        const sigBytes = await readLimited(sigResponse, MAX_SIGNATURE_BYTES, url, 'signature');
        signature = new TextDecoder().decode(sigBytes);
        let valid: boolean;
        try {
          valid = await verifySignature(bytes, signature.trim(), keys);
        } catch (error) {
          throw new DirectoryError('signature', (error as Error).message, { url, cause: error });
        }
        if (!valid) throw new DirectoryError('signature', 'the feed signature does not match any pinned key', { url });
      }
      // The time limit is for the network; checking a large feed may take longer and is not "timeout".
      stopTimer();
      let result: Awaited<ReturnType<typeof parseDirectoryAsync>>;
      try {
        result = await parseDirectoryAsync(bytes, { maxProblems: options.maxProblems ?? MAX_PROBLEMS, signal: controller.signal });
      } catch (error) {
        if (controller.signal.aborted) throw error;
        // Whatever breaks while checking a feed is the feed's problem, never a "network" error.
        const reason = `could not be checked: ${(error as Error)?.message ?? String(error)}`;
        throw new DirectoryError('invalid', `feed ${reason}`, { url, problems: [{ path: '', reason }], cause: error });
      }
      if (!result.ok) {
        throw new DirectoryError('invalid', `feed has ${result.total} problem(s)`, { url, problems: result.problems, problemCount: result.total });
      }
      const refusal = freshnessRefusal(result.directory, { last: options.last, expectedId: options.expectedId });
      if (refusal) throw new DirectoryError(refusal.kind, refusal.reason, { url });
      const fetchedAt = Date.now();
      return {
        status: 'updated',
        directory: result.directory,
        etag: response.headers.get('etag') ?? undefined,
        bytes: bytes.byteLength,
        fetchedAt,
        expired: isExpired(result.directory, fetchedAt),
        body: bytes,
        signature,
      } as const;
    });
  } finally {
    stopTimer();
    options.signal?.removeEventListener('abort', onAbort);
  }
}
