// `npm run poster` prints <reper-poster> to a PDF with the installed Chromium: exactly one page of
// the right paper size, in one and in four languages, at A4 and A3. Run after `npm run build`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
let dir;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'reper-poster-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

async function poster(args) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['scripts/poster.mjs', ...args], { timeout: 120_000 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Page objects (`/Type /Page`, not `/Pages`) and every page's MediaBox in points. */
function inspect(file) {
  const text = readFileSync(file).toString('latin1');
  const pages = (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
  const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [
    Number(m[3]) - Number(m[1]),
    Number(m[4]) - Number(m[2]),
  ]);
  return { pages, boxes, head: text.slice(0, 5) };
}

const MM = 72 / 25.4;
const PAPER = { A4: [210 * MM, 297 * MM], A3: [297 * MM, 420 * MM] };

for (const size of ['A4', 'A3']) {
  for (const langs of ['ro', 'ro,hu,en,uk']) {
    test(`${size} in ${langs}: one page of ${size}`, async () => {
      const out = join(dir, `${size}-${langs.replace(/,/g, '-')}.pdf`);
      const r = await poster(['--size', size, '--langs', langs, '--url', 'https://example.org/ajutor', '--out', out]);
      assert.equal(r.code, 0, r.stderr);
      const { pages, boxes, head } = inspect(out);
      assert.equal(head, '%PDF-');
      assert.equal(pages, 1, `${out} has ${pages} pages`);
      assert.equal(boxes.length, 1);
      assert.ok(Math.abs(boxes[0][0] - PAPER[size][0]) < 2, `width ${boxes[0][0]} pt`);
      assert.ok(Math.abs(boxes[0][1] - PAPER[size][1]) < 2, `height ${boxes[0][1]} pt`);
    });
  }
}

for (const langs of ['ro', 'ro,hu,en,uk']) {
  test(`with the short pathway (--pathway), ${langs}, neutral or not: still one A4 page`, async () => {
    for (const neutral of [[], ['--neutral']]) {
      const out = join(dir, `pathway-${langs.replace(/,/g, '-')}${neutral.length ? '-neutral' : ''}.pdf`);
      const r = await poster(['--size', 'A4', '--langs', langs, '--pathway', ...neutral, '--url', 'https://example.org/ajutor', '--out', out]);
      assert.equal(r.code, 0, r.stderr);
      const { pages } = inspect(out);
      assert.equal(pages, 1, `${out} has ${pages} pages`);
    }
  });
}

test('neutral wording, four languages, a long institution name and a logo still fit one A4 page', async () => {
  const logo = join(dir, 'logo.svg');
  writeFileSync(
    logo,
    '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100"><rect width="300" height="100" fill="#335"/></svg>',
  );
  const out = join(dir, 'neutral.pdf');
  const r = await poster([
    '--langs', 'uk,hu,en,ro', '--neutral', '--out', out, '--logo', logo,
    '--institution', 'Spitalul Clinic Județean de Urgență Exemplu — Ambulatoriul de specialitate (sample)',
  ]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(inspect(out).pages, 1);
  assert.match(r.stdout, /1 page/);
});

test('the page counter sees more than one page when there is more (the check can fail)', () => {
  const file = join(dir, 'two.pdf');
  writeFileSync(file, '%PDF-1.4\n1 0 obj << /Type /Pages /Count 2 >>\n2 0 obj << /Type /Page >>\n3 0 obj << /Type /Page >>\n');
  assert.equal(inspect(file).pages, 2);
});

test('usage errors exit 2 and write nothing', async () => {
  for (const args of [
    ['--size', 'A5'],
    ['--langs', 'ro,de'],
    ['--langs', 'ro,hu,en,uk,ro'],
    ['--url', 'http://example.org/'],
    ['--url', 'javascript:alert(1)'],
    ['--logo', join(dir, 'missing.png')],
    ['--bogus'],
  ]) {
    const out = join(dir, 'never.pdf');
    const r = await poster([...args, '--out', out]);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, /Usage: npm run poster/);
    assert.equal(existsSync(out), false);
  }
});
