/**
 * Detached Ed25519 signatures over the exact bytes of a feed, checked with WebCrypto. Keys are
 * base64 raw 32-byte public keys (what `reper keygen` writes to `<name>.pub`); the signature is
 * base64 of the 64-byte signature (what `reper sign` writes to `<feed>.sig`).
 */

/** Decodes base64 (standard or URL-safe, whitespace ignored); throws `TypeError` on bad input. */
export function base64ToBytes(value: string): Uint8Array<ArrayBuffer> {
  const clean = value.replace(/\s+/g, '').replace(/-/g, '+').replace(/_/g, '/');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) throw new TypeError('not base64');
  const padded = clean + '='.repeat((4 - (clean.length % 4)) % 4);
  const binary = atob(padded);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** A pinned key as given in `public-key` or a kiosk config; the error tells which one is malformed. */
export function parsePublicKey(value: string): Uint8Array<ArrayBuffer> {
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = base64ToBytes(value);
  } catch {
    throw new TypeError(`public key "${value.slice(0, 12)}…" is not base64`);
  }
  if (bytes.length !== 32) throw new TypeError(`public key "${value.slice(0, 12)}…" is ${bytes.length} bytes, not 32`);
  return bytes;
}

/** Splits a `public-key` attribute value (space- or comma-separated keys). */
export function splitKeys(value: string | null | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}

type Key = Awaited<ReturnType<typeof crypto.subtle.importKey>>;
const keyCache = new Map<string, Promise<Key>>();

function importKey(b64: string): Promise<Key> {
  let key = keyCache.get(b64);
  if (!key) {
    key = crypto.subtle.importKey('raw', parsePublicKey(b64), { name: 'Ed25519' }, false, ['verify']);
    keyCache.set(b64, key);
    key.catch(() => keyCache.delete(b64));
  }
  return key;
}

/**
 * True when `signature` (base64) is a valid Ed25519 signature of `bytes` by any of `publicKeys`.
 * Malformed keys are skipped; throws `TypeError` only when none of the keys is usable or the
 * signature is not 64 bytes of base64, so a configuration mistake is not reported as tampering.
 */
export async function verifySignature(
  bytes: Uint8Array<ArrayBuffer> | ArrayBuffer,
  signature: string,
  publicKeys: readonly string[],
): Promise<boolean> {
  let sig: Uint8Array<ArrayBuffer>;
  try {
    sig = base64ToBytes(signature);
  } catch {
    return false;
  }
  if (sig.length !== 64) return false;
  let usable = 0;
  let lastError: unknown;
  for (const b64 of publicKeys) {
    let key: Key;
    try {
      key = await importKey(b64);
    } catch (error) {
      lastError = error;
      continue;
    }
    usable++;
    if (await crypto.subtle.verify({ name: 'Ed25519' }, key, sig, bytes)) return true;
  }
  if (usable === 0) throw lastError instanceof Error ? lastError : new TypeError('no usable public key');
  return false;
}
