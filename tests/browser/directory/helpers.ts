import { bytesToBase64 } from '../../../src/directory/signature.js';
import type { Directory } from '../../../src/directory/schema.js';

/** The Cluj sample feed, fetched from the test server (which serves the repository root). */
export async function sampleFeed(): Promise<Directory> {
  const res = await fetch('/examples/data/cluj-sample.json');
  return (await res.json()) as Directory;
}

export const clone = <T>(v: T): T => structuredClone(v);

/** A fresh Ed25519 key pair: the base64 raw public key and a signer over bytes. */
export async function keyPair(): Promise<{ publicKey: string; sign: (bytes: Uint8Array<ArrayBuffer>) => Promise<string> }> {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  return {
    publicKey: bytesToBase64(raw),
    sign: async (bytes) => bytesToBase64(new Uint8Array(await crypto.subtle.sign({ name: 'Ed25519' }, pair.privateKey, bytes))),
  };
}

/** A `fetch` stub that answers from a map of URL suffix → response factory and records requests. */
export function stubFetch(routes: Record<string, (init: RequestInit) => Response | Promise<Response>>) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fn = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = String(input);
    calls.push({ url, init });
    const key = Object.keys(routes)
      .sort((a, b) => b.length - a.length)
      .find((k) => url.endsWith(k));
    if (!key) return new Response('not found', { status: 404 });
    return routes[key](init);
  };
  return { fetch: fn as typeof fetch, calls };
}
