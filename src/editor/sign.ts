/**
 * Signing in the browser with the private key `reper keygen` writes (`<name>.key`, Ed25519 in
 * PKCS#8 PEM). The key is imported as a non-extractable WebCrypto key, used once and dropped: it
 * is never written anywhere, and the caller forgets the file as soon as the signature is made.
 */
import { base64ToBytes, bytesToBase64 } from '../directory/signature.js';

/** A key file the editor cannot use, with a reason a maintainer can act on. */
export class KeyFileError extends Error {
  override readonly name = 'KeyFileError';
}

const PEM_RE = /-----BEGIN PRIVATE KEY-----([A-Za-z0-9+/=\s]+)-----END PRIVATE KEY-----/;

/** The DER bytes inside a PKCS#8 PEM file; throws `KeyFileError` on anything else. */
export function pemToDer(pem: string): Uint8Array<ArrayBuffer> {
  if (/-----BEGIN (ENCRYPTED |RSA |EC |OPENSSH )?PRIVATE KEY-----/.test(pem) && !PEM_RE.test(pem)) {
    throw new KeyFileError('keyNotPkcs8');
  }
  if (/-----BEGIN PUBLIC KEY-----/.test(pem) || /^\s*[A-Za-z0-9+/]{43}=\s*$/.test(pem)) throw new KeyFileError('keyIsPublic');
  const m = PEM_RE.exec(pem);
  if (!m) throw new KeyFileError('keyNotPem');
  try {
    return base64ToBytes(m[1]);
  } catch {
    throw new KeyFileError('keyNotPem');
  }
}

type Key = Awaited<ReturnType<typeof crypto.subtle.importKey>>;

/** Imports the private key of a `.key` file, non-extractable, for signing only. */
export async function importPrivateKey(pem: string): Promise<Key> {
  const der = pemToDer(pem);
  try {
    return await crypto.subtle.importKey('pkcs8', der, { name: 'Ed25519' }, false, ['sign']);
  } catch {
    throw new KeyFileError('keyNotEd25519');
  }
}

/** Base64 of the Ed25519 signature of exactly `bytes` (what `reper sign` writes to `.sig`). */
export async function signBytes(bytes: Uint8Array<ArrayBuffer>, pem: string): Promise<string> {
  const key = await importPrivateKey(pem);
  const sig = await crypto.subtle.sign({ name: 'Ed25519' }, key, bytes);
  return bytesToBase64(new Uint8Array(sig));
}
