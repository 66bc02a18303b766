import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { parsePublicKey } from '../directory/signature.js';

/** DER prefix of an Ed25519 SubjectPublicKeyInfo; the raw 32-byte key follows. */
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** A new key pair: the private key as PKCS#8 PEM, the public key as base64 of its raw 32 bytes. */
export function generateKeys(): { privatePem: string; publicBase64: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicBase64: rawPublicKey(publicKey).toString('base64'),
  };
}

function rawPublicKey(key: KeyObject): Buffer {
  const der = key.export({ type: 'spki', format: 'der' });
  return der.subarray(der.length - 32);
}

/** Reads a private key file (PKCS#8 PEM as written by keygen). */
export function privateKeyFrom(pem: string): KeyObject {
  const key = createPrivateKey(pem);
  if (key.asymmetricKeyType !== 'ed25519') throw new TypeError(`is a ${key.asymmetricKeyType ?? 'unknown'} key, not Ed25519`);
  return key;
}

/** Base64 detached signature of exactly these bytes. */
export function signBytes(bytes: Uint8Array, key: KeyObject): string {
  return sign(null, bytes, key).toString('base64');
}

/** The public key (base64 raw) of a private key. */
export function publicOf(key: KeyObject): string {
  return rawPublicKey(createPublicKey(key)).toString('base64');
}

/**
 * True when `signature` verifies with the public key, read by the same parser as the website
 * elements and the kiosk (base64 or URL-safe base64 raw key, or SPKI PEM); throws `TypeError` on a
 * malformed key.
 */
export function verifyBytes(bytes: Uint8Array, signature: string, publicKey: string): boolean {
  const raw = parsePublicKey(publicKey.trim());
  const key = createPublicKey({ key: Buffer.concat([SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
  const sig = Buffer.from(signature.trim(), 'base64');
  if (sig.length !== 64) return false;
  return verify(null, bytes, key, sig);
}
