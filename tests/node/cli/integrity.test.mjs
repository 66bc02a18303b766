// The CLI side of feed integrity (issue 12), run as maintainers run it (after `npm run build`):
// huge invalid feeds are listed (capped, with the count), expiry and rollback are warned about,
// and `verify` reads every key form the website elements and the kiosk read.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';

const ROOT = resolve(import.meta.dirname, '../../..');
const CLI = resolve(ROOT, process.env.REPER_CLI ?? 'dist/cli/reper.js');
const SAMPLE = JSON.parse(readFileSync(join(ROOT, 'examples/data/cluj-sample.json'), 'utf8'));

let dir;
before(() => {
  assert.ok(existsSync(CLI), `${CLI} is missing: run npm run build first`);
  dir = mkdtempSync(join(tmpdir(), 'reper-integrity-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

const reper = (...args) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const write = (name, value) => {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return path;
};
const feed = (extra) => ({ ...structuredClone(SAMPLE), ...extra });

describe('reper validate on a huge invalid feed', () => {
  it('lists the first 1000 problems and counts the rest, with no "unexpected error"', () => {
    const bad = feed({ services: Array.from({ length: 31_000 }, (_, i) => ({ id: `s${i}`, name: 7, categories: ['nope'] })) });
    const r = reper('validate', write('huge.json', bad));
    assert.equal(r.code, 1);
    assert.doesNotMatch(r.stderr, /unexpected error|Maximum call stack/);
    const total = Number(/\((\d+) problems\)/.exec(r.stderr)?.[1]);
    assert.ok(total > 31_000 * 3, r.stderr.slice(0, 300));
    assert.equal(r.stderr.split('\n').filter((l) => /^ {2}services\[/.test(l)).length, 1000);
    assert.match(r.stderr, new RegExp(`… and ${total - 1000} more problems, not listed`));
  });

  it('--json gives the listed problems and the total', () => {
    const bad = feed({ services: Array.from({ length: 2000 }, (_, i) => ({ id: `s${i}` })) });
    const r = reper('validate', write('many.json', bad), '--json');
    assert.equal(r.code, 1);
    const out = JSON.parse(r.stdout);
    assert.equal(out.problems.length, 1000);
    assert.ok(out.total > 2000);
  });
});

describe('expiry and rollback warnings', () => {
  it('validate warns when the feed is past expiresAt (and still exits 0)', () => {
    const r = reper('validate', write('expired.json', feed({ generatedAt: '2024-01-01T00:00:00Z', expiresAt: '2024-06-01T00:00:00Z' })));
    assert.equal(r.code, 0);
    assert.match(r.stderr, /warning: the feed expired at 2024-06-01T00:00:00Z/);
    assert.match(r.stderr, /later generatedAt/);
    const fresh = reper('validate', write('fresh.json', feed({ expiresAt: '2999-01-01T00:00:00Z' })));
    assert.equal(fresh.stderr, '');
  });

  it('verify warns on expiry too', () => {
    const keys = reper('keygen', 'k');
    assert.equal(keys.code, 0);
    const path = write('expired-signed.json', feed({ generatedAt: '2024-01-01T00:00:00Z', expiresAt: '2024-06-01T00:00:00Z' }));
    assert.equal(reper('sign', path, '--key', 'k.key').code, 0);
    const r = reper('verify', path, '--public-key', 'k.pub');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /warning: the feed expired/);
  });

  it('diff warns when the new generatedAt is not later, and names another directory id', () => {
    const older = write('t1.json', feed({ generatedAt: '2026-01-01T00:00:00Z' }));
    const newer = write('t2.json', feed({ generatedAt: '2026-02-01T00:00:00Z' }));
    const back = reper('diff', newer, older);
    assert.equal(back.code, 0);
    assert.match(back.stderr, /would be refused .*earlier than the copy shown/);
    const same = reper('diff', older, write('t1b.json', feed({ generatedAt: '2026-01-01T00:00:00Z' })));
    assert.match(same.stderr, /same generatedAt/);
    assert.equal(reper('diff', older, newer).stderr, '');
    const other = reper('diff', older, write('other.json', feed({ id: 'alt', generatedAt: '2026-03-01T00:00:00Z' })));
    assert.match(other.stderr, /directory "alt"/);
    const json = JSON.parse(reper('diff', newer, older, '--json').stdout);
    assert.equal(json.warnings.length, 1);
  });
});

describe('reper verify reads every key form', () => {
  it('the base64 .pub, URL-safe base64, and the SPKI PEM openssl writes', () => {
    assert.equal(reper('keygen', 'pem', '--force').code, 0);
    const path = write('signed.json', feed({}));
    assert.equal(reper('sign', path, '--key', 'pem.key').code, 0);
    const b64 = readFileSync(join(dir, 'pem.pub'), 'utf8').trim();
    const der = Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), Buffer.from(b64, 'base64')]);
    const pem = createPublicKey({ key: der, format: 'der', type: 'spki' }).export({ type: 'spki', format: 'pem' }).toString();
    write('pem.pem', pem);
    const urlSafe = b64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    for (const key of ['pem.pub', urlSafe, 'pem.pem']) {
      const r = reper('verify', path, '--public-key', key);
      assert.equal(r.code, 0, `${key}: ${r.stderr}`);
    }
    const other = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();
    write('other.pem', other);
    assert.equal(reper('verify', path, '--public-key', 'other.pem').code, 1);
  });
});
