// `reper import-csv` / `export-csv` against what real spreadsheets and real people do to a CSV file:
// formula injection, short rows, wrong delimiters, broken quotes, stray bytes, phone numbers with
// the trunk in brackets, and files that are far too large. Runs the CLI as maintainers do.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';

const ROOT = resolve(import.meta.dirname, '../../..');
const CLI = resolve(ROOT, process.env.REPER_CLI ?? 'dist/cli/reper.js');
const SAMPLE = join(ROOT, 'examples/data/cluj-sample.json');

let dir;
before(() => {
  assert.ok(existsSync(CLI), `${CLI} is missing: run npm run build first`);
  dir = mkdtempSync(join(tmpdir(), 'reper-csv-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

const reper = (...args) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const file = (name) => join(dir, name);
const write = (name, value) => {
  writeFileSync(file(name), typeof value === 'string' || Buffer.isBuffer(value) ? value : JSON.stringify(value, null, 2));
  return file(name);
};
const sample = () => JSON.parse(readFileSync(SAMPLE, 'utf8'));
const ENVELOPE = { schema: 'reper-directory/1', id: 'csv-test', name: 'Test', publisher: { name: 'Test' }, region: 'Județul Cluj', generatedAt: '2026-11-01T00:00:00Z', locales: ['ro'], status: 'sample' };
const HEADER = 'id,name,categories,audiences,phone1.number,hours,free,verifiedAt';
const row = (id, phone = '+40264000001') => `${id},Centru ${id} (exemplu),counselling,adult-victim,${phone},24/7,yes,2026-10-01`;
/** Imports CSV text (or bytes); returns the CLI result. */
const importText = (name, body) => reper('import-csv', write(name, body), '--envelope', write('env.json', ENVELOPE));
/** The problem lines of a failed import. */
const problems = (r) => r.stderr.split('\n').filter((l) => l.startsWith('  '));

const PAYLOADS = [
  '=HYPERLINK("http://evil","x")',
  "=cmd|' /C calc'!A0",
  '=1+6',
  '@SUM(1+1)*cmd|\' /C calc\'!A0',
  '+1+1 (exemplu)',
  '-2+3 (exemplu)',
  "'=already quoted (exemplu)",
  "''@twice (exemplu)",
  "'plain apostrophe (exemplu)",
];

describe('formula cells', () => {
  it('export puts an apostrophe before every cell a spreadsheet would run, import gives the text back exactly', () => {
    const feed = sample();
    feed.services.forEach((s, i) => {
      if (i < PAYLOADS.length) s.name = { ro: PAYLOADS[i] };
    });
    feed.services[0].description = { ro: '=2+5' };
    feed.services[1].source = '-source';
    write('evil.json', feed);
    const e = reper('export-csv', file('evil.json'), '--out', file('evil.csv'), '--envelope', file('evil-env.json'));
    assert.equal(e.code, 0, e.stderr);
    const csv = readFileSync(file('evil.csv'), 'utf8').replace(/^\uFEFF/, '');
    const cells = csv.split('\r\n').flatMap((l) => l.split(','));
    // No cell of the file starts a formula, quoted or not.
    for (const c of cells) assert.doesNotMatch(c.replace(/^"/, ''), /^[=+\-@\t\r]/, `cell ${c} would run as a formula`);
    assert.match(csv, /,"'=HYPERLINK\(""http:\/\/evil"",""x""\)",/);
    assert.match(csv, /,'\+40264000001,/, 'phone numbers are kept as text');
    assert.match(csv, /,'plain apostrophe \(exemplu\),/, 'a cell that is not a formula is not changed');
    const i = reper('import-csv', file('evil.csv'), '--envelope', file('evil-env.json'));
    assert.equal(i.code, 0, i.stderr);
    assert.deepEqual(JSON.parse(i.stdout), feed);
  });

  it('a phone number typed with a leading apostrophe (to keep it as text) still works', () => {
    const r = importText('apos.csv', `${HEADER}\n${row('a-1', "'+40264000001")}\n${row('a-2', "'0264 000 002")}\n`);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout).services.map((s) => s.phones[0].number), ['+40264000001', '+40264000002']);
  });
});

describe('CSV errors name the line and the column', () => {
  it('a row missing its last cells', () => {
    const r = importText('short.csv', `${HEADER}\n${row('a-1')}\na-2,Centru 2 (exemplu),counselling,adult-victim\n`);
    assert.equal(r.code, 1);
    assert.deepEqual(problems(r), ['  line 3: has 4 cells but the header has 8 columns: phone1.number, hours, free, verifiedAt (columns E–H) are missing']);
  });

  it('a row with a cell too many', () => {
    const r = importText('long.csv', `${HEADER}\n${row('a-1')},46,77\n`);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /line 2: has 10 cells but the header has 8 columns \(a cell that contains commas must be in quotes\)/);
  });

  it('a delimiter Reper does not read is named', () => {
    const r = importText('pipe.csv', `${HEADER.replaceAll(',', '|')}\n${row('a-1').replaceAll(',', '|')}\n`);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /line 1: the header line cannot be split into columns: its cells are separated by vertical bars "\|"/);
    const none = importText('none.csv', 'id name categories\na-1 b c\n');
    assert.equal(none.code, 1);
    assert.match(none.stderr, /line 1: the header line cannot be split into columns: it has no comma, semicolon or tab/);
  });

  it('a line separated differently from the header says which delimiter it found', () => {
    const r = importText('mixed.csv', `${HEADER}\n${row('a-1')}\n${row('a-2').replaceAll(',', ';')}\n`);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /line 3: has 1 cell but the header has 8 columns: .* this line seems to be separated by semicolons, the header by commas/);
  });

  it('a quote that never closes is reported on the line where it opens', () => {
    const r = importText('unclosed.csv', `${HEADER}\n${row('a-1')}\na-2,"Centru ""2"" (exemplu),counselling,adult-victim,+40264000002,24/7,yes,2026-10-01\n${row('a-3')}\n${row('a-4')}\n`);
    assert.equal(r.code, 1);
    assert.deepEqual(problems(r), ['  line 3: a quoted cell starts here and its closing quote (") is missing; everything after it was read as one cell']);
  });

  it('a quote inside an unquoted cell, and text after a closing quote, name the column', () => {
    const stray = importText('stray.csv', `${HEADER}\n${row('a-1')}\na-2,Centru "2" (exemplu),counselling,adult-victim,+40264000002,24/7,yes,2026-10-01\n`);
    assert.equal(stray.code, 1);
    assert.match(stray.stderr, /line 3, column name: has a quote \(""?\) inside a cell that is not quoted/);
    const after = importText('after.csv', `${HEADER}\n"a-1"x,Centru (exemplu),counselling,adult-victim,+40264000002,24/7,yes,2026-10-01\n`);
    assert.equal(after.code, 1);
    assert.match(after.stderr, /line 2, column id: has text after the closing quote of a quoted cell/);
  });

  it('a line break inside a quoted cell does not shift the line numbers', () => {
    const r = importText('multiline.csv', `${HEADER}\n${row('a-1')}\n"a-2","Centru\n2 (exemplu)",counselling,adult-victim,+40264000002,24/7,maybe,2026-10-01\n`);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /line 3, column free: "maybe" is not yes\/no/);
  });

  it('a stray byte in a UTF-8 file is an error on its line, not a switch to Windows-1250', () => {
    const good = Buffer.from(`\uFEFF${HEADER}\n${row('a-1').replace('Centru', 'Asociația')}\n`, 'utf8');
    const bad = Buffer.concat([good, Buffer.from('a-2,Centru '), Buffer.from([0xe3]), Buffer.from(' (exemplu),counselling,adult-victim,+40264000002,24/7,yes,2026-10-01\n')]);
    const r = importText('stray-byte.csv', bad);
    assert.equal(r.code, 1);
    assert.doesNotMatch(r.stderr, /Windows-1250/);
    assert.deepEqual(problems(r), [
      '  line 3: byte 0xE3 after "a-2,Centru " is not UTF-8 (1 such byte in the file, which is otherwise UTF-8): the file was damaged or pasted from another encoding; fix the text and save it again as "CSV UTF-8"',
    ]);
  });
});

describe('phone numbers with the national trunk in brackets', () => {
  it('+40 (0)264 … is normalised; after another country code it is refused', () => {
    const ok = importText('trunk.csv', `${HEADER}\n${row('a-1', '+40 (0)264 123 456')}\n${row('a-2', '0040 (0) 264-123-457')}\n${row('a-3', '(0264) 123 458')}\n`);
    assert.equal(ok.code, 0, ok.stderr);
    assert.deepEqual(JSON.parse(ok.stdout).services.map((s) => s.phones[0].number), ['+40264123456', '+40264123457', '+40264123458']);
    const de = importText('trunk-de.csv', `${HEADER}\n${row('a-1', '+49 (0)30 1234567')}\n`);
    assert.equal(de.code, 1);
    assert.match(de.stderr, /line 2, column phone1\.number: "\+49 \(0\)30 1234567" has a national trunk "\(0\)" after \+49/);
  });
});

describe('size limit', () => {
  it('a file over 20 MB is refused before it is read, with its size', () => {
    const big = Buffer.alloc(21 * 1024 * 1024, 'a,');
    big.write(`${HEADER}\n`);
    const r = importText('big.csv', big);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /big\.csv cannot be imported/);
    assert.match(r.stderr, /is 21\.0 MB; the limit is 20\.0 MB/);
  });
});
