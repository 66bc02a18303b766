// Hostile feeds: 10,000 generated malformed or mutated feeds through parseDirectory/validate, a few
// hundred through loadDirectory with an injected fetch (bad status, lying or huge bodies, broken
// streams, hangs, bad signatures), and a couple of hundred through <reper-provider>. Nothing may
// throw past the API, every refusal names where (a path, or "" for the whole document) and why,
// and the provider keeps showing the last good directory.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/provider.js';
import '../../../src/finder.js';
import type { ReperProviderElement } from '../../../src/provider.js';
import type { ReperFinderElement } from '../../../src/finder.js';
import { parseDirectory, type ValidationResult } from '../../../src/directory/validate.js';
import { loadDirectory } from '../../../src/directory/loader.js';
import { DirectoryError } from '../../../src/directory/errors.js';
import { PHONE_RE } from '../../../src/directory/constants.js';
import type { Directory } from '../../../src/directory/schema.js';
import type { DirectoryErrorDetail } from '../../../src/directory/events.js';
import { PAYLOADS } from '../../fixtures/payloads.mjs';
import { rng } from '../../fixtures/rng.mjs';
import { keyPair, sampleFeed } from '../directory/helpers.js';

type Rand = ReturnType<typeof rng>;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Path = (string | number)[];

const HOSTILE: Json[] = [
  null, 0, -1, 1.5, 1e308, -1e308, true, false, '', ' ', '\t\n', 'x'.repeat(5000), [], {}, [[[]]], [null], { ro: '' }, { '': 'x' },
  { '<b>': 'x' }, { __proto__: 'x' } as unknown as Json, { constructor: { prototype: {} } }, '2026-02-30', '2026-13-01', '25:00', '24:01',
  '+40', '+4026400000000000000', '0800 500 333', 'not-an-email', 'http://example.org', 'https://', 'https://example.org/ x',
  'mo', 'xx', 'public', 'withheld', 'intake-only', 'voice', 'published', 'sample', 'reper-directory/2', '\u0000', '\ud800', '\u202e',
  ...PAYLOADS.slice(0, 20),
];

function paths(value: Json, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  return out;
}
function get(value: Json, path: Path): Json {
  let node: Json = value;
  for (const seg of path) node = (node as Record<string | number, Json>)[seg];
  return node;
}

/** One to four structural mutations of a deep copy of `doc`. */
function mutate(doc: Json, r: Rand): Json {
  let out = structuredClone(doc);
  const n = 1 + Math.floor(r() * 4);
  for (let i = 0; i < n; i++) {
    const all = paths(out);
    const path = pick(r, all);
    const op = Math.floor(r() * 8);
    if (path.length === 0) {
      if (op < 2) out = pick(r, HOSTILE);
      continue;
    }
    const parent = get(out, path.slice(0, -1)) as Record<string | number, Json> | Json[];
    const key = path.at(-1)!;
    const current = (parent as Record<string | number, Json>)[key];
    switch (op) {
      case 0: // delete
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete (parent as Record<string, Json>)[key];
        break;
      case 1: // hostile value
      case 2:
        (parent as Record<string | number, Json>)[key] = structuredClone(pick(r, HOSTILE));
        break;
      case 3: // another node of the same document (type confusion)
        (parent as Record<string | number, Json>)[key] = structuredClone(get(out, pick(r, all)));
        break;
      case 4: // duplicate (arrays) or add an unknown field (objects)
        if (Array.isArray(parent)) parent.push(structuredClone(current));
        else (parent as Record<string, Json>)[pick(r, ['extra', 'Name', 'services ', '__proto__', 'constructor'])] = pick(r, HOSTILE);
        break;
      case 5: // wrap
        (parent as Record<string | number, Json>)[key] = r() < 0.5 ? [current] : { value: current };
        break;
      case 6: // stringify a scalar, or turn text into a number
        (parent as Record<string | number, Json>)[key] = typeof current === 'string' ? Number(current) || 0 : JSON.stringify(current) ?? '';
        break;
      default: // a payload where text was
        if (typeof current === 'string') (parent as Record<string | number, Json>)[key] = current + pick(r, PAYLOADS);
    }
  }
  return out;
}

/** Damage the text or bytes of a feed. */
function damage(text: string, r: Rand): string | Uint8Array<ArrayBuffer> {
  const at = Math.floor(r() * text.length);
  switch (Math.floor(r() * 8)) {
    case 0:
      return text.slice(0, at); // truncated download
    case 1:
      return text.slice(0, at) + pick(r, ['{', '}', '[', ']', '"', ',', ':', '\\', '\u0000', '\ud800', 'NaN', 'undefined', '//']) + text.slice(at);
    case 2:
      return text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 50));
    case 3:
      return pick(r, ['\ufeff\ufeff', '<html>', ')]}\'\n', 'null', '[]', '""', '\u0000']) + text;
    case 4: {
      const bytes = new TextEncoder().encode(text);
      bytes[Math.floor(r() * bytes.length)] = pick(r, [0xff, 0xfe, 0xc0, 0x80, 0xed, 0x00]);
      return bytes;
    }
    case 5: {
      // cut in the middle of a multi-byte character
      const bytes = new TextEncoder().encode(`${text.slice(0, at)}ș`);
      return bytes.slice(0, bytes.length - 1);
    }
    case 6:
      return pick(r, ['', ' ', '{}', '[]', 'true', '0', '"reper-directory/1"', '{"schema":"reper-directory/1"}', `${'['.repeat(50000)}${']'.repeat(50000)}`, `{"a":${'{"a":'.repeat(20000)}1${'}'.repeat(20001)}`]);
    default:
      return text.replace(/"/g, pick(r, ["'", '“', '\\"']));
  }
}

/** What the contract promises of a result: refusals say where and why; acceptances are safe. */
function checkResult(result: ValidationResult, label: string): string[] {
  const bad: string[] = [];
  if (!result.ok) {
    if (!Array.isArray(result.problems) || result.problems.length === 0) bad.push(`${label}: refused with no problem`);
    for (const p of result.problems ?? []) {
      if (typeof p.path !== 'string') bad.push(`${label}: problem without a path: ${JSON.stringify(p)}`);
      if (typeof p.reason !== 'string' || !p.reason.trim() || /\[object |(?:^| )undefined(?: \(|$)/.test(p.reason)) {
        bad.push(`${label}: problem without a plain reason: ${JSON.stringify(p)}`);
      }
    }
    return bad;
  }
  const d = result.directory;
  const ids = new Set<string>();
  for (const s of d.services) {
    if (ids.has(s.id)) bad.push(`${label}: duplicate id ${s.id} accepted`);
    ids.add(s.id);
    if (s.location && s.location.confidentiality !== 'public' && (s.location.address || s.location.geo)) {
      bad.push(`${label}: the address of a ${s.location.confidentiality} location was accepted`);
    }
    if (s.website && !s.website.startsWith('https://')) bad.push(`${label}: website ${s.website} accepted`);
    for (const p of s.phones) if (!PHONE_RE.test(p.number)) bad.push(`${label}: phone ${p.number} accepted`);
  }
  return bad;
}

/** A small valid feed: three kinds of service from the sample (24/7 line, weekly hours, confidential shelter). */
async function smallFeed(): Promise<Directory> {
  const sample = await sampleFeed();
  const withWeekly = sample.services.find((s) => s.hours.weekly?.length && s.location?.address)!;
  const confidential = sample.services.find((s) => s.location && s.location.confidentiality !== 'public')!;
  return { ...sample, services: [sample.services[0], withWeekly, confidential] };
}

let uncaught: string[] = [];
const onError = (e: ErrorEvent) => uncaught.push(`error: ${e.message}`);
const onRejection = (e: PromiseRejectionEvent) => uncaught.push(`unhandled rejection: ${String(e.reason)}`);
before(() => {
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
});
after(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
});
beforeEach(() => {
  uncaught = [];
});
afterEach(() => {
  expect(uncaught, 'uncaught errors').to.deep.equal([]);
});

describe('hostile feeds through parseDirectory', () => {
  it('10,000 mutated or damaged feeds: no exception, every refusal has a path and a reason, nothing unsafe accepted', async function () {
    this.timeout(120_000);
    const base = (await smallFeed()) as unknown as Json;
    const baseText = JSON.stringify(base);
    expect(checkResult(parseDirectory(baseText), 'base')).to.deep.equal([]);
    expect(parseDirectory(baseText).ok).to.be.true;
    const r = rng(20261128);
    const failures: string[] = [];
    let refused = 0;
    const CASES = 10_000;
    for (let i = 0; i < CASES; i++) {
      const label = `case ${i}`;
      let input: string | Uint8Array<ArrayBuffer>;
      const kind = r();
      if (kind < 0.6) input = JSON.stringify(mutate(base, r)) ?? 'undefined';
      else if (kind < 0.9) input = damage(baseText, r);
      else input = damage(JSON.stringify(mutate(base, r)) ?? '', r);
      let result: ValidationResult;
      try {
        result = parseDirectory(input);
      } catch (error) {
        failures.push(`${label}: threw ${(error as Error)?.stack ?? error}`);
        continue;
      }
      if (!result.ok) refused++;
      failures.push(...checkResult(result, label));
      if (failures.length > 20) break;
    }
    expect(failures).to.deep.equal([]);
    // The generator must actually produce hostile feeds, not 10,000 copies of a valid one.
    expect(refused).to.be.greaterThan(CASES * 0.8);
  });
});

describe('hostile servers through loadDirectory (injected fetch)', () => {
  const KINDS = ['network', 'timeout', 'http', 'too-large', 'invalid', 'signature'];

  it('300 hostile answers: an updated directory or a DirectoryError with a kind, a message and problems', async function () {
    this.timeout(60_000);
    const base = (await smallFeed()) as unknown as Json;
    const baseText = JSON.stringify(base);
    const keys = await keyPair();
    const goodBytes = new TextEncoder().encode(baseText);
    const goodSig = await keys.sign(goodBytes);
    const r = rng(7);
    const failures: string[] = [];
    const outcomes = new Map<string, number>();
    for (let i = 0; i < 300; i++) {
      const signed = r() < 0.3;
      const scenario = Math.floor(r() * 10);
      const body: string | Uint8Array<ArrayBuffer> = scenario < 4 ? (r() < 0.5 ? JSON.stringify(mutate(base, r)) ?? '' : damage(baseText, r)) : baseText;
      const fetchStub = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
        const url = String(input);
        if (url.endsWith('.sig')) {
          const s = Math.floor(r() * 5);
          if (s === 0) return new Response(goodSig);
          if (s === 1) return new Response('not found', { status: 404 });
          if (s === 2) return new Response('A'.repeat(5000));
          if (s === 3) return new Response(pick(r, ['', '!!!!', goodSig.slice(1), `${goodSig}\u0000`]));
          throw new TypeError('Failed to fetch');
        }
        switch (scenario) {
          case 4:
            return new Response('oops', { status: pick(r, [204, 400, 401, 403, 404, 410, 418, 429, 500, 502, 503]) });
          case 5:
            throw new TypeError('Failed to fetch');
          case 6: // hangs until aborted
            return new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
          case 7: // declares a huge body
            return new Response(baseText, { headers: { 'content-length': String(50 * 1024 * 1024) } });
          case 8: // a stream that breaks half-way
            return new Response(
              new ReadableStream({
                start(c) {
                  c.enqueue(goodBytes.slice(0, 100));
                  c.error(new TypeError('network error'));
                },
              }),
            );
          case 9: // endless stream of bytes, no length
            return new Response(
              new ReadableStream({
                pull(c) {
                  c.enqueue(new Uint8Array(64 * 1024).fill(32));
                },
              }),
            );
          default:
            return new Response(body);
        }
      };
      try {
        const result = await loadDirectory(`https://feed.invalid/case-${i}.json`, {
          fetch: fetchStub as typeof fetch,
          publicKeys: signed ? [keys.publicKey] : [],
          timeoutMs: 50,
          maxBytes: 1024 * 1024,
        });
        outcomes.set(result.status, (outcomes.get(result.status) ?? 0) + 1);
        if (result.status !== 'updated') failures.push(`case ${i}: ${result.status} without an etag sent`);
        else failures.push(...checkResult({ ok: true, directory: result.directory }, `case ${i}`));
      } catch (error) {
        if (!(error instanceof DirectoryError)) {
          failures.push(`case ${i} (scenario ${scenario}): threw ${String(error)}`);
          continue;
        }
        outcomes.set(error.kind, (outcomes.get(error.kind) ?? 0) + 1);
        if (!KINDS.includes(error.kind)) failures.push(`case ${i}: unknown kind ${error.kind}`);
        if (!error.message.trim()) failures.push(`case ${i}: empty message`);
        if (error.kind === 'invalid') failures.push(...checkResult({ ok: false, problems: [...error.problems], total: error.problemCount }, `case ${i}`));
      }
    }
    expect(failures).to.deep.equal([]);
    // Every kind of failure was exercised.
    for (const kind of KINDS) expect(outcomes.get(kind) ?? 0, `${kind} (${JSON.stringify([...outcomes])})`).to.be.greaterThan(0);
  });
});

describe('hostile feeds through <reper-provider>', () => {
  const realFetch = window.fetch;
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('200 feed changes: the last good directory stays, every error says why, the finder never goes blank', async function () {
    this.timeout(60_000);
    const base = (await smallFeed()) as unknown as Json;
    const baseText = JSON.stringify(base);
    const r = rng(99);
    const bodies = new Map<string, () => Response>();
    window.fetch = async (input: RequestInfo | URL) => {
      const route = bodies.get(String(input));
      if (!route) throw new TypeError('Failed to fetch');
      return route();
    };
    bodies.set('https://feed.invalid/good.json', () => new Response(baseText));
    const provider = await fixture<ReperProviderElement>(html`<reper-provider><reper-finder></reper-finder></reper-provider>`);
    const finder = provider.querySelector<ReperFinderElement>('reper-finder')!;
    const load = oneEvent(provider, 'reper-directory-load');
    provider.src = 'https://feed.invalid/good.json';
    await load;
    let lastGood = provider.directoryState.directory;
    const failures: string[] = [];
    let errors = 0;
    for (let i = 0; i < 200; i++) {
      const url = `https://feed.invalid/case-${i}.json`;
      const scenario = r();
      if (scenario < 0.7) {
        const text = r() < 0.5 ? JSON.stringify(mutate(base, r)) ?? '' : damage(baseText, r);
        bodies.set(url, () => new Response(text));
      } else if (scenario < 0.8) bodies.set(url, () => new Response('', { status: pick(r, [404, 500, 503]) }));
      else if (scenario < 0.9) bodies.set(url, () => new Response('x', { headers: { 'content-length': String(50 * 1024 * 1024) } }));
      // else: no route, the fetch fails like a server that is down
      const done = Promise.race([
        oneEvent(provider, 'reper-directory-load').then(() => 'load' as const),
        oneEvent(provider, 'reper-directory-error').then((e) => e as CustomEvent<DirectoryErrorDetail>),
      ]);
      provider.src = url;
      const outcome = await done;
      await finder.updateComplete;
      if (outcome === 'load') {
        lastGood = provider.directoryState.directory;
      } else {
        errors++;
        const d = outcome.detail;
        if (!d.kind || !d.message?.trim()) failures.push(`case ${i}: error without a kind or message`);
        if (d.kind === 'invalid' && !d.problems.length) failures.push(`case ${i}: invalid without problems`);
        for (const p of d.problems) if (typeof p.path !== 'string' || !p.reason?.trim()) failures.push(`case ${i}: ${JSON.stringify(p)}`);
        if (d.showing !== 'feed') failures.push(`case ${i}: showing ${d.showing}`);
        if (provider.directoryState.directory !== lastGood) failures.push(`case ${i}: the last good directory was replaced`);
      }
      if (finder.directory !== lastGood) failures.push(`case ${i}: the finder does not show the last good directory`);
      if (finder.resultCount === 0) failures.push(`case ${i}: the finder went blank`);
      if (failures.length > 10) break;
    }
    expect(failures).to.deep.equal([]);
    expect(errors).to.be.greaterThan(150);
  });
});
