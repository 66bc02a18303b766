// A maintainer opens `reper export-csv` output in LibreOffice Calc, saves it as a spreadsheet,
// saves it back as CSV and runs `reper import-csv`: formula-like text must come back unchanged and
// phone numbers must still be phone numbers. LibreOffice runs headless (Debian's libreoffice-calc,
// installed by .ci/run) with its own profile in a temporary folder, importing with "evaluate
// formulas" and "detect special numbers" on, as the worst case.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';

const ROOT = resolve(import.meta.dirname, '../../..');
const CLI = resolve(ROOT, process.env.REPER_CLI ?? 'dist/cli/reper.js');
const SAMPLE = join(ROOT, 'examples/data/cluj-sample.json');
const SOFFICE = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim();
// In CI a missing LibreOffice is a failure; on a developer machine without it, a visible skip.
const skip = !SOFFICE && !process.env.CI ? 'soffice is not installed (.ci/run installs Debian libreoffice-calc)' : false;

let dir;
before(() => {
  assert.ok(existsSync(CLI), `${CLI} is missing: run npm run build first`);
  dir = mkdtempSync(join(tmpdir(), 'reper-lo-'));
});
after(() => dir && rmSync(dir, { recursive: true, force: true }));

const reper = (...args) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8' });

/** Field separator , · text delimiter " · UTF-8 · from line 1 · English · quoted as text off · detect special numbers on · … · evaluate formulas on. */
const CSV_IN = 'CSV:44,34,76,1,,1033,false,true,false,false,false,-1,true';
const CSV_OUT = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false';

function soffice(args) {
  assert.ok(SOFFICE, 'soffice is not installed (.ci/run installs Debian libreoffice-calc)');
  const r = spawnSync(SOFFICE, [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--norestore', ...args], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 120000,
  });
  assert.equal(r.status, 0, `soffice ${args.join(' ')}: ${r.stderr}`);
}

/** CSV → .ods (opened as a maintainer opens it) → CSV (saved back); returns the saved CSV path. */
function throughCalc(name) {
  const stem = name.replace(/\.csv$/, '');
  mkdirSync(join(dir, 'ods'), { recursive: true });
  mkdirSync(join(dir, 'back'), { recursive: true });
  soffice([`--infilter=${CSV_IN}`, '--convert-to', 'ods', '--outdir', join(dir, 'ods'), join(dir, name)]);
  soffice(['--convert-to', CSV_OUT, '--outdir', join(dir, 'back'), join(dir, 'ods', `${stem}.ods`)]);
  return join(dir, 'back', `${stem}.csv`);
}

const PAYLOADS = ['=HYPERLINK("http://evil","x")', "=cmd|' /C calc'!A0", '=1+6', '@SUM(1+1)', '+1+1 (exemplu)', '-2+3 (exemplu)', "'=already quoted (exemplu)"];

describe('CSV round trip through LibreOffice Calc', { skip }, () => {
  it('without neutralisation LibreOffice runs the cells (the check would catch a regression)', () => {
    writeFileSync(join(dir, 'raw.csv'), `id,name,phone\na-1,"=HYPERLINK(""http://evil"",""x"")",+40264000001\na-2,=1+6,+40264000002\n`);
    const back = readFileSync(throughCalc('raw.csv'), 'utf8');
    assert.match(back, /^a-1,x,40264000001$/m);
    assert.match(back, /^a-2,7,40264000002$/m);
  });

  it('export-csv → Calc → import-csv gives back the same feed, formula-like names and phone numbers included', () => {
    const feed = JSON.parse(readFileSync(SAMPLE, 'utf8'));
    PAYLOADS.forEach((p, i) => (feed.services[i].name = { ro: p }));
    writeFileSync(join(dir, 'evil.json'), JSON.stringify(feed));
    const e = reper('export-csv', 'evil.json', '--out', 'evil.csv', '--envelope', 'env.json');
    assert.equal(e.status, 0, e.stderr);
    const back = throughCalc('evil.csv');
    const i = reper('import-csv', back, '--envelope', 'env.json');
    assert.equal(i.status, 0, i.stderr);
    const imported = JSON.parse(i.stdout);
    assert.deepEqual(imported.services.slice(0, PAYLOADS.length).map((s) => s.name), PAYLOADS.map((p) => ({ ro: p })));
    assert.deepEqual(imported.services.flatMap((s) => s.phones.map((p) => p.number)), feed.services.flatMap((s) => s.phones.map((p) => p.number)));
    assert.deepEqual(imported, feed);
  });
});
