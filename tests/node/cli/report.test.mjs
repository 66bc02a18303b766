// `reper report`, run as a municipality runs it: `node dist/cli/reper.js report …` (after
// `npm run build`). The sample feed and generated feeds with planted gaps; the perpetrator-programme
// row; the CSV's documented columns; kiosk counters with "< 5"; bad counters files; the HTML
// printed to PDF says "sample data" on every page (pdftotext, Debian's poppler-utils) and is
// axe-clean in both languages.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { generateFeed } from '../../fixtures/generate-feed.mjs';
import { launchBrowser } from '../helpers/browser.mjs';

const ROOT = resolve(import.meta.dirname, '../../..');
const CLI = resolve(ROOT, process.env.REPER_CLI ?? 'dist/cli/reper.js');
const SAMPLE = join(ROOT, 'examples/data/cluj-sample.json');
const CATEGORIES = ['helpline', 'shelter', 'counselling', 'psychological', 'legal', 'medical', 'social-assistance', 'child-protection', 'police', 'perpetrator-programme', 'information'];

let dir;
before(() => {
  assert.ok(existsSync(CLI), `${CLI} is missing: run npm run build first`);
  dir = mkdtempSync(join(tmpdir(), 'reper-report-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

function reper(...args) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const write = (name, value) => {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return path;
};
const csvRows = (text) => parse(text.replace(/^\uFEFF/, ''), { columns: true });
const TODAY = ['--today', '2026-12-01'];

/** Gaps as "locality|category" from a CSV report. */
const gapsOf = (rows) => new Set(rows.filter((r) => r.section === 'gap').map((r) => `${r.subject}|${r.measure}`));

describe('reper report on the Cluj sample', () => {
  it('is listed in reper --help and has its own --help', () => {
    assert.match(reper('--help').stdout, /^ {2}report {2,}figures for the annual report/m);
    const h = reper('report', '--help');
    assert.equal(h.code, 0);
    assert.match(h.stdout, /^Usage: reper report <feed\.json> \[--counters kiosk-counters\.json …\]/);
  });

  it('HTML in Romanian: every kind of help with its count, the perpetrator programmes included, and the sample notice', () => {
    const r = reper('report', SAMPLE, ...TODAY);
    assert.equal(r.code, 0, r.stderr);
    const html = r.stdout;
    assert.match(html, /^<!doctype html>\n<html lang="ro">/);
    assert.match(html, /DATE DE PROBĂ — acest raport este făcut dintr-un director de probă/);
    assert.match(html, /<title>\[DATE DE PROBĂ\]/);
    // The sample has three services with the perpetrator-programme category (cj-sample-24…26).
    assert.match(html, /<th scope="row">Program pentru agresori \(schimbarea comportamentului\)<\/th><td class="n">3<\/td>/);
    assert.match(html, /<th scope="row">Adăpost \/ locuință protejată<\/th><td class="n">5<\/td>/);
    assert.doesNotMatch(html, /<script/i, 'no scripts');
    assert.doesNotMatch(html, /(src|href)="https?:/, 'nothing loaded from anywhere');
    // No address of a confidential location can appear: the feed has none, and the report prints no addresses.
    assert.doesNotMatch(html, /Strada Exemplu/);
  });

  it('CSV: the documented columns, every category row, freshness as of --today', () => {
    const r = reper('report', SAMPLE, '--format', 'csv', ...TODAY);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(r.stdout.startsWith('\uFEFFsection,subject,month,measure,label,value,note\r\n'), r.stdout.slice(0, 80));
    const doc = readFileSync(join(ROOT, 'docs/guides/annual-report.md'), 'utf8');
    for (const column of ['section', 'subject', 'month', 'measure', 'label', 'value', 'note']) {
      assert.match(doc, new RegExp(`^\\| \`${column}\` \\|`, 'm'), `docs/guides/annual-report.md documents the column ${column}`);
    }
    const rows = csvRows(r.stdout);
    for (const row of rows) assert.match(row.note, /date de probă/, `every row of a sample report says so: ${JSON.stringify(row)}`);
    for (const section of new Set(rows.map((x) => x.section))) {
      assert.match(doc, new RegExp(`\`${section}\``), `docs/guides/annual-report.md documents the section ${section}`);
    }
    const category = Object.fromEntries(rows.filter((x) => x.section === 'category').map((x) => [x.measure, Number(x.value)]));
    assert.deepEqual(Object.keys(category), CATEGORIES);
    assert.equal(category['perpetrator-programme'], 3);
    assert.equal(category.shelter, 5);
    const fresh = Object.fromEntries(rows.filter((x) => x.section === 'freshness' && x.subject === 'Reper – date de probă').map((x) => [x.measure, Number(x.value)]));
    // cj-sample-14 (2025-06-02) and cj-sample-25 (2024-09-30) are over 12 months old; cj-sample-16
    // (2026-02-10) is within 12 but not 6 months, and was due 2026-08-10.
    assert.deepEqual(fresh, { services: 34, 'verified-6-months': 31, 'verified-12-months': 32, stale: 2, 'past-review-due': 1 });
    const feed = Object.fromEntries(rows.filter((x) => x.section === 'feed').map((x) => [x.measure, x.value]));
    assert.equal(feed.generatedAt, '2026-11-20T09:00:00Z');
    assert.equal(feed.expiresAt, '2027-05-20T09:00:00Z');
    assert.equal(feed.status, 'sample');
    // Huedin has medical care and police but no shelter of its own: a gap; the county-wide shelters are noted.
    const gaps = gapsOf(rows);
    assert.ok(gaps.has('Huedin|shelter'));
    assert.ok(!gaps.has('Huedin|medical'));
    assert.ok(!gaps.has('Cluj-Napoca|legal'));
    assert.ok(![...gaps].some((g) => g.startsWith('Județul Cluj|')), 'the county is not a locality');
  });

  it('a place written in Hungarian is the same locality ("Bánffyhunyad" is Huedin)', () => {
    const feed = JSON.parse(readFileSync(SAMPLE, 'utf8'));
    feed.services.push({ ...feed.services[1], id: 'hu-named-shelter', areaServed: ['Bánffyhunyad'] });
    const rows = csvRows(reper('report', write('hu-named.json', feed), '--format', 'csv', ...TODAY).stdout);
    assert.ok(!gapsOf(rows).has('Huedin|shelter'));
    assert.ok(!rows.some((x) => x.subject === 'Bánffyhunyad'), 'no second row for the same place');
  });

  it('CSV: a text a spreadsheet would run as a formula is written as text', () => {
    const feed = JSON.parse(readFileSync(SAMPLE, 'utf8'));
    feed.services[5].organization = '=HYPERLINK("https://example.org","x")';
    const rows = csvRows(reper('report', write('formula.json', feed), '--format', 'csv', ...TODAY).stdout);
    const subjects = rows.filter((x) => x.section === 'freshness').map((x) => x.subject);
    assert.ok(subjects.includes(`'=HYPERLINK("https://example.org","x")`), subjects.join(' | '));
    assert.ok(!subjects.some((x) => /^[=+\-@]/.test(x)));
  });

  it('--lang en, --semicolon, --out', () => {
    const out = join(dir, 'en.csv');
    const r = reper('report', SAMPLE, '--lang', 'en', '--format', 'csv', '--semicolon', '--out', out, ...TODAY);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
    const text = readFileSync(out, 'utf8');
    assert.ok(text.startsWith('\uFEFFsection;subject;month;measure;label;value;note\r\n'));
    assert.match(text, /category;;;perpetrator-programme;Programme for perpetrators \(behaviour change\);3;sample data/);
    const html = reper('report', SAMPLE, '--lang', 'en', ...TODAY).stdout;
    assert.match(html, /<html lang="en">/);
    assert.match(html, /SAMPLE DATA — this report is made from a sample directory/);
  });

  it('usage errors exit 2 without a stack trace', () => {
    for (const args of [['--format', 'pdf'], ['--lang', 'hu'], ['--year', '26'], ['--today', 'yesterday'], ['--counters']]) {
      const r = reper('report', SAMPLE, ...args);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, /^reper: .*\nusage: reper report/);
    }
    assert.equal(reper('report').code, 2);
    assert.equal(reper('report', join(dir, 'missing.json')).code, 2);
  });

  it('an invalid feed exits 1 with every problem', () => {
    const feed = JSON.parse(readFileSync(SAMPLE, 'utf8'));
    feed.services[0].categories = ['therapy'];
    feed.services[1].verifiedAt = 'soon';
    const r = reper('report', write('bad-feed.json', feed));
    assert.equal(r.code, 1);
    assert.match(r.stderr, /services\[0\]\.categories\[0\]: unknown category "therapy"/);
    assert.match(r.stderr, /services\[1\]\.verifiedAt: must be an ISO date/);
    assert.doesNotMatch(r.stderr, /^\s+at /m);
  });
});

describe('reper report on generated feeds with planted gaps', () => {
  /** A 400-service feed where Huedin has no legal help and no service at all offers a perpetrator programme. */
  function planted() {
    const feed = generateFeed(400, 17);
    feed.status = 'published';
    for (const s of feed.services) {
      s.categories = s.categories.filter((c) => c !== 'perpetrator-programme');
      s.audiences = s.audiences.filter((a) => a !== 'perpetrator');
      if (s.areaServed.includes('Huedin')) s.categories = s.categories.filter((c) => c !== 'legal');
      if (s.categories.length === 0) s.categories = ['information'];
      if (s.audiences.length === 0) s.audiences = ['adult-victim'];
    }
    // Every other locality × kind has a service of its own, so that only planted gaps remain.
    const localities = [...new Set(feed.services.flatMap((s) => s.areaServed))];
    let n = 0;
    for (const locality of localities) {
      for (const category of CATEGORIES) {
        if (category === 'perpetrator-programme' || (locality === 'Huedin' && category === 'legal')) continue;
        if (feed.services.some((s) => s.areaServed.includes(locality) && s.categories.includes(category))) continue;
        feed.services.push({ ...feed.services[0], id: `fill-${n++}`, areaServed: [locality], categories: [category], location: { confidentiality: 'intake-only' } });
      }
    }
    // One county-wide shelter: counted apart, never as a locality.
    feed.services.push({ ...feed.services[0], id: 'county-shelter', areaServed: ['Județul Cluj'], categories: ['shelter'], location: { confidentiality: 'withheld' } });
    return { feed, localities };
  }

  it('finds exactly the planted gaps, and lists localities without any service from --localities', () => {
    const { feed, localities } = planted();
    const list = write('localities.txt', `# Localities of the county (test list)\n${localities.join('\n')}\nComuna Exemplu\n`);
    const r = reper('report', write('planted.json', feed), '--format', 'csv', '--localities', list, ...TODAY);
    assert.equal(r.code, 0, r.stderr);
    const rows = csvRows(r.stdout);
    const expected = new Set([
      ...localities.map((l) => `${l}|perpetrator-programme`),
      'Huedin|legal',
      ...CATEGORIES.map((c) => `Comuna Exemplu|${c}`),
    ]);
    assert.deepEqual([...gapsOf(rows)].sort(), [...expected].sort());
    const perp = rows.find((x) => x.section === 'category' && x.measure === 'perpetrator-programme');
    assert.equal(perp.value, '0', 'the perpetrator-programme row is there even when no service offers one');
    assert.equal(rows.find((x) => x.section === 'audience' && x.measure === 'perpetrator').value, '0');
    assert.equal(rows.find((x) => x.section === 'county-wide').value, '1');
    assert.equal(rows.find((x) => x.section === 'category-county-wide' && x.measure === 'shelter').value, '1');
    assert.equal(rows.find((x) => x.section === 'locality' && x.subject === 'Comuna Exemplu').value, '0');
    assert.ok(!rows.some((x) => x.subject === 'Județul Cluj'));
    assert.ok(rows.every((x) => !/date de probă/.test(x.note)), 'a published feed is not marked as sample');

    const html = reper('report', write('planted.json', feed), '--localities', list, ...TODAY).stdout;
    assert.match(html, /<th scope="row">Program pentru agresori \(schimbarea comportamentului\)<\/th><td class="n">0<\/td>/);
    assert.doesNotMatch(html, /DATE DE PROBĂ/);
  });

  it('counts 24/7, free and languages as the feed says', () => {
    const feed = generateFeed(500, 3);
    const r = reper('report', write('gen3.json', feed), '--format', 'csv', ...TODAY);
    assert.equal(r.code, 0, r.stderr);
    const rows = csvRows(r.stdout);
    const hours = Object.fromEntries(rows.filter((x) => x.section === 'hours-cost').map((x) => [x.measure, Number(x.value)]));
    assert.equal(hours.open247, feed.services.filter((s) => s.hours.open247).length);
    assert.equal(hours.free, feed.services.filter((s) => s.free).length);
    const hu = rows.find((x) => x.section === 'language' && x.measure === 'hu');
    assert.equal(Number(hu.value), feed.services.filter((s) => s.languages.includes('hu')).length);
    const stale = rows.find((x) => x.section === 'freshness' && x.subject === 'Reper test fixtures' && x.measure === 'stale');
    assert.equal(Number(stale.value), 0, 'the generator verifies everything in 2026');
  });
});

describe('reper report --counters', () => {
  const month = (over = {}) => ({ sessions: 0, finderOpens: 0, categories: {}, languages: {}, qrViews: 0, pathwayViews: 0, ...over });
  const hall = {
    schema: 'reper-kiosk-counters/1',
    kiosk: 'Spital exemplu — hol',
    exported: '2026-12-01',
    months: {
      '2025-12': month({ sessions: 40 }),
      '2026-10': month({ sessions: 12, finderOpens: 9, categories: { shelter: 6, legal: '<5' }, languages: { ro: 10, hu: '<5' }, qrViews: '<5' }),
      '2026-11': month({ sessions: '<5', finderOpens: '<5', languages: { ro: '<5' } }),
    },
  };
  const school = { schema: 'reper-kiosk-counters/1', kiosk: 'Școală exemplu', months: { '2026-11': month({ sessions: 7, finderOpens: 5, categories: { shelter: 5 }, languages: { uk: 7 } }) } };

  it('per kiosk and in total for --year, counts under 5 as "< 5", uncertain totals as a range', () => {
    const r = reper('report', SAMPLE, '--format', 'csv', '--year', '2026', '--counters', write('hall.json', hall), '--counters', write('school.json', school), ...TODAY);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /1 counter months are not in 2026/);
    const usage = csvRows(r.stdout).filter((x) => x.section.startsWith('usage'));
    const get = (kiosk, monthKey, measure, section = 'usage') => usage.find((x) => x.section === section && x.subject === kiosk && x.month === monthKey && x.measure === measure)?.value;
    assert.equal(get('Spital exemplu — hol', '2026-10', 'sessions'), '12');
    assert.equal(get('Spital exemplu — hol', '2026-10', 'qrViews'), '< 5');
    assert.equal(get('Spital exemplu — hol', '2026-11', 'sessions'), '< 5');
    assert.equal(get('Spital exemplu — hol', '2025-12', 'sessions'), undefined, 'months of other years are left out');
    // 12 + (1…4) sessions in the hall's year.
    assert.equal(get('Spital exemplu — hol', '2026', 'sessions'), '13–16');
    assert.equal(get('Școală exemplu', '2026', 'sessions'), '7');
    assert.equal(get('Toate chioșcurile', '2026', 'sessions'), '20–23');
    assert.equal(get('Toate chioșcurile', '2026', 'shelter', 'usage-category'), '11');
    assert.equal(get('Toate chioșcurile', '2026', 'legal', 'usage-category'), '< 5');
    assert.equal(get('Toate chioșcurile', '2026', 'hu', 'usage-language'), '< 5');
    for (const row of usage) assert.doesNotMatch(row.value, /^[1-4]$/, `no count under 5 is shown: ${JSON.stringify(row)}`);

    const html = reper('report', SAMPLE, '--year', '2026', '--counters', write('hall.json', hall), ...TODAY).stdout;
    assert.match(html, /<th scope="row">Spital exemplu — hol<\/th><td>2026-11<\/td><td class="n">&lt; 5<\/td>/);
  });

  it('without --counters the report says it has no usage figures', () => {
    assert.match(reper('report', SAMPLE, ...TODAY).stdout, /Nu s-au dat fișiere de contoare/);
  });

  it('bad counters files: exit 1, every problem with file and path, nothing written', () => {
    const out = join(dir, 'never.html');
    const bad = { schema: 'reper-kiosk-counters/1', kiosk: 'x', months: { '2026-13': month(), '2026-01': { ...month({ sessions: -1 }), queries: ['adapost'] } } };
    const r = reper('report', SAMPLE, '--out', out, '--counters', write('bad.json', bad), '--counters', write('broken.json', '{"schema":'), '--counters', write('other.json', { schema: 'x', months: {} }));
    assert.equal(r.code, 1);
    assert.doesNotMatch(r.stderr, /^\s+at /m);
    for (const line of [
      /bad\.json months\.2026-13: "2026-13" is not a month \(YYYY-MM\)/,
      /bad\.json months\.2026-01\.sessions: must be a whole number of 0 or more, or "<5"/,
      /bad\.json months\.2026-01\.queries: unknown field "queries"/,
      /broken\.json: is not valid JSON/,
      /other\.json schema: must be "reper-kiosk-counters\/1"/,
      /other\.json kiosk: is required/,
    ]) assert.match(r.stderr, line);
    assert.equal(existsSync(out), false);
  });
});

describe('the HTML report in Chromium', () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(() => browser?.close());

  it('printed to PDF, a long sample report says "sample data" on every page', async () => {
    const pdftotext = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' });
    assert.equal(pdftotext.error, undefined, 'pdftotext (Debian poppler-utils) is needed: .ci/run installs it');
    const feed = generateFeed(1500, 5);
    const html = reper('report', write('long.json', feed), ...TODAY).stdout;
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = join(dir, 'long.pdf');
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true }));
    await page.close();
    const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
    const pages = text.split('\f').filter((p) => p.trim());
    assert.ok(pages.length >= 3, `the report spans several pages (${pages.length})`);
    pages.forEach((p, i) => assert.match(p, /DATE DE PROBĂ/, `page ${i + 1} of ${pages.length} says so`));
    const sizes = [...readFileSync(pdf).toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Math.round(m[1]), Math.round(m[2])]);
    assert.deepEqual([...new Set(sizes.map(String))], ['595,842'], 'A4');
  });

  for (const lang of ['ro', 'en']) {
    it(`${lang}: axe-clean, fits 320 px and 1280 px without the page scrolling sideways`, async () => {
      const counters = write('c.json', { schema: 'reper-kiosk-counters/1', kiosk: 'Spital exemplu', months: { '2026-11': { sessions: 9, finderOpens: '<5', categories: { shelter: '<5' }, languages: { ro: 9 }, qrViews: 0, pathwayViews: 0 } } });
      const html = reper('report', SAMPLE, '--lang', lang, '--year', '2026', '--counters', counters, ...TODAY).stdout;
      const page = await browser.newPage();
      await page.setBypassCSP(true);
      for (const width of [320, 1280]) {
        await page.setViewport({ width, height: 900 });
        await page.setContent(html, { waitUntil: 'load' });
        await page.addScriptTag({ path: join(ROOT, 'node_modules/axe-core/axe.min.js') });
        const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`));
        assert.deepEqual(violations, [], `${lang} at ${width}px`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `${lang} at ${width}px scrolls sideways by ${overflow}px`);
        if (process.env.REPER_SHOTS) await page.screenshot({ path: join(process.env.REPER_SHOTS, `report-${lang}-${width}.png`), fullPage: true });
      }
      await page.close();
    });
  }
});
