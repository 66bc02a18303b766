import { expect } from '@open-wc/testing';
import { bytesToBase64, verifySignature } from '../../../src/directory/signature.js';
import { KeyFileError, pemToDer, signBytes } from '../../../src/editor/sign.js';

/** A fresh Ed25519 pair: the private key as the PKCS#8 PEM `reper keygen` writes, the public key as base64 raw. */
async function keyPair(): Promise<{ pem: string; pub: string }> {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  const der = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  const b64 = bytesToBase64(der).replace(/(.{64})/g, '$1\n');
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  return { pem: `-----BEGIN PRIVATE KEY-----\n${b64}\n-----END PRIVATE KEY-----\n`, pub: bytesToBase64(raw) };
}

const reasonOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e instanceof KeyFileError ? e.message : `not a KeyFileError: ${String(e)}`;
  }
  return 'no error';
};

describe('editor signing', () => {
  it('signs exactly the given bytes with a PKCS#8 PEM key; the signature verifies with its public key only for those bytes', async () => {
    const { pem, pub } = await keyPair();
    const bytes = new TextEncoder().encode('{"schema":"reper-directory/1"}\n');
    const sig = await signBytes(bytes, pem);
    expect(sig).to.match(/^[A-Za-z0-9+/]{86}==$/);
    expect(await verifySignature(bytes, sig, [pub])).to.equal(true);
    const other = new TextEncoder().encode('{"schema":"reper-directory/1"} \n');
    expect(await verifySignature(other, sig, [pub])).to.equal(false);
    expect(await verifySignature(bytes, sig, [(await keyPair()).pub])).to.equal(false);
  });

  it('names what is wrong with a file that is not the private key', async () => {
    const { pub } = await keyPair();
    expect(reasonOf(() => pemToDer(pub))).to.equal('keyIsPublic');
    expect(reasonOf(() => pemToDer('-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA\n-----END PUBLIC KEY-----'))).to.equal('keyIsPublic');
    expect(reasonOf(() => pemToDer('-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----'))).to.equal('keyNotPkcs8');
    expect(reasonOf(() => pemToDer('hello'))).to.equal('keyNotPem');
    let reason = 'no error';
    await signBytes(new Uint8Array([1]), '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----').catch((e) => (reason = (e as Error).message));
    expect(reason).to.equal('keyNotEd25519');
  });
});
