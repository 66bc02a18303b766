/**
 * Detached Ed25519 signatures over the exact bytes of a feed, checked with WebCrypto. Keys are
 * read by {@link parsePublicKey}; the signature is base64 of the 64-byte signature (what
 * `reper sign` writes to `<feed>.sig`).
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

/** DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410); the raw 32-byte key follows. */
const SPKI_PREFIX = [0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00];
const PEM_RE = /-----BEGIN PUBLIC KEY-----([\s\S]*?)-----END PUBLIC KEY-----/g;

const shown = (value: string) => JSON.stringify(value.length > 16 ? `${value.slice(0, 12)}…` : value);

/**
 * The one key parser of Reper (the website elements, the kiosk config, the CLI): an Ed25519 public
 * key as the raw 32 bytes, written in standard or URL-safe base64 (what `reper keygen` writes to
 * `<name>.pub`), or as the SubjectPublicKeyInfo that `openssl pkey -pubout` writes — PEM, or its
 * base64 without the armour. Throws a `TypeError` that says what is wrong with this key.
 */
export function parsePublicKey(value: string): Uint8Array<ArrayBuffer> {
  const pem = /-----BEGIN PUBLIC KEY-----([\s\S]*?)-----END PUBLIC KEY-----/.exec(value);
  const body = pem ? pem[1] : value;
  if (!pem && /-----BEGIN/.test(value)) throw new TypeError(`key ${shown(value)} is a PEM block but not a PUBLIC KEY`);
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = base64ToBytes(body);
  } catch {
    throw new TypeError(`public key ${shown(value)} is not base64`);
  }
  if (bytes.length === 44 && SPKI_PREFIX.every((b, i) => bytes[i] === b)) return bytes.slice(12);
  if (bytes.length === 44 || pem) throw new TypeError(`public key ${shown(value)} is not an Ed25519 key`);
  if (bytes.length !== 32) throw new TypeError(`public key ${shown(value)} is ${bytes.length} bytes, not 32`);
  return bytes;
}

/** A key in the one spelling used everywhere inside Reper: standard base64 of the raw 32 bytes. */
export function normalizePublicKey(value: string): string {
  return bytesToBase64(parsePublicKey(value));
}

/**
 * Splits a `public-key` attribute value: keys separated by spaces or commas, PEM blocks whole.
 * Returns the pieces as written; {@link parseKeyList} also checks them.
 */
export function splitKeys(value: string | null | undefined): string[] {
  const text = value ?? '';
  const pems = text.match(PEM_RE) ?? [];
  const rest = text.replace(PEM_RE, ' ');
  return [...pems, ...rest.split(/[\s,]+/).filter(Boolean)];
}

/**
 * Every key of a `public-key` value, normalised, and what is wrong with the others. A value that
 * is given but holds no usable key (`" , "`, a typo) must be treated as an error by the caller,
 * never as "no keys pinned".
 */
export function parseKeyList(value: string | null | undefined): { keys: string[]; problems: string[] } {
  const keys: string[] = [];
  const problems: string[] = [];
  for (const piece of splitKeys(value)) {
    try {
      const key = normalizePublicKey(piece);
      if (!keys.includes(key)) keys.push(key);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  return { keys, problems };
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
