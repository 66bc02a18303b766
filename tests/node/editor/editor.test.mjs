// The directory editor end to end, in Chromium, as a maintainer uses it: open the sample, fix a
// wrong phone, rename, mark checked, sign with a key from `reper keygen`, and check both
// downloaded files with the CLI; nothing leaves the page and the key is stored nowhere.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { useServerAndBrowser } from '../helpers/setup.mjs';
import { ROOT, SAMPLE, SAMPLE_PATH, chooseService, editorServer, openEditor, openFile, reper, textOf, typeInto, waitForDownloads } from './helpers.mjs';

const ctx = useServerAndBrowser(editorServer);
const today = () => new Date().toISOString().slice(0, 10);
const PHONE = '#f-services_0_phones_0_number';

test('open the sample, fix a phone, rename, mark checked, sign, and the CLI verifies both files', async () => {
  const { context, page, downloads, requests, errors } = await openEditor(ctx);
  const policy = (await fetch(`${ctx.server.url}/editor/`)).headers.get('content-security-policy');
  assert.match(policy, /require-trusted-types-for 'script'/, 'served as npm start serves it: Trusted Types enforced');
  await openFile(page, SAMPLE_PATH);
  assert.match(await textOf(page, '#overview-title'), /Support services in Cluj County/);
  assert.match(await textOf(page, '.sample'), /Sample data/);
  await chooseService(page, 'cj-sample-01');

  // A number that is not E.164: the problem shows beside the field, naming it, as the person types.
  await typeInto(page, PHONE, '0264 000 001');
  const problem = await textOf(page, `${PHONE}-problem`);
  assert.match(problem, /^Number \(\+40…, or a short number such as 112\): must be an E\.164 number/);
  assert.equal(await page.$eval(PHONE, (i) => i.getAttribute('aria-invalid')), 'true');
  assert.ok((await page.$eval(PHONE, (i) => i.getAttribute('aria-describedby'))).includes('-problem'));
  assert.match(await textOf(page, '.summary'), /1 problem/);
  assert.match(await textOf(page, '.services .item[aria-current="true"]'), /1 problem/);

  await typeInto(page, PHONE, '+40264000099');
  assert.equal(await page.$(`${PHONE}-problem`), null, 'the problem is gone once the number is right');
  assert.equal(await page.$eval(PHONE, (i) => i.getAttribute('aria-invalid')), 'false');
  assert.equal(await page.$('.summary'), null);

  await typeInto(page, '#f-services_0_name_ro', 'Linie de sprijin județeană – redenumită (exemplu)');
  await page.click('#checked-today');
  assert.equal(await page.$eval('#f-services_0_verifiedAt', (i) => i.value), today());

  // The review shows each changed field, old → new.
  const review = await textOf(page, '#review');
  assert.match(review, /0 added, 0 removed, 1 changed/);
  assert.match(review, /phones\[0\]\.number: “\+40264000001” → “\+40264000099”/);
  assert.match(review, /name\.ro: “Linie de sprijin județeană \(exemplu\)” → “Linie de sprijin județeană – redenumită \(exemplu\)”/);
  assert.match(review, new RegExp(`verifiedAt: “2026-10-15” → “${today()}”`));

  const keys = mkdtempSync(join(tmpdir(), 'reper-keys-'));
  assert.equal(reper(keys, 'keygen', 'maintainer').code, 0);
  const pem = readFileSync(join(keys, 'maintainer.key'), 'utf8');
  await (await page.$('#key')).uploadFile(join(keys, 'maintainer.key'));
  const before = Date.now();
  await page.click('#sign');
  const [json, sig] = await waitForDownloads(downloads, ['cluj-sample.json', 'cluj-sample.json.sig']);
  assert.match(await textOf(page, '.status'), /Signed and downloaded cluj-sample\.json and cluj-sample\.json\.sig/);

  const verify = reper(downloads, 'verify', 'cluj-sample.json', '--public-key', join(keys, 'maintainer.pub'));
  assert.equal(verify.code, 0, verify.stdout + verify.stderr);
  assert.equal(reper(downloads, 'validate', 'cluj-sample.json').code, 0);
  const feed = JSON.parse(readFileSync(json, 'utf8'));
  assert.equal(feed.services[0].phones[0].number, '+40264000099');
  assert.equal(feed.services[0].name.ro, 'Linie de sprijin județeană – redenumită (exemplu)');
  assert.equal(feed.services[0].verifiedAt, today());
  assert.ok(Date.parse(feed.generatedAt) >= before - 1000 && Date.parse(feed.generatedAt) <= Date.now(), 'generatedAt is now');
  assert.deepEqual({ ...feed, generatedAt: SAMPLE.generatedAt, services: feed.services.slice(1) }, { ...SAMPLE, services: SAMPLE.services.slice(1) }, 'nothing else changed');
  assert.match(readFileSync(sig, 'utf8'), /^[A-Za-z0-9+/]{86}==\n$/);

  // The key is in no storage, not in the page, and the key input has forgotten the file.
  const traces = await page.evaluate(async (body) => ({
    local: localStorage.length,
    session: sessionStorage.length,
    cookie: document.cookie,
    idb: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
    inPage: document.documentElement.outerHTML.includes(body),
    keyFiles: document.querySelector('#key').files.length,
  }), pem.split('\n')[1]);
  assert.deepEqual(traces, { local: 0, session: 0, cookie: '', idb: 0, caches: 0, inPage: false, keyFiles: 0 });

  // Nothing left the page: after it loaded, not one request (downloads are blob: URLs made here).
  assert.deepEqual(requests.filter((r) => r.afterLoad && !/^(blob|data):/.test(r.url)), []);
  assert.ok(requests.every((r) => r.url.startsWith(`${ctx.server.url}/editor/`) || r.url.startsWith('blob:') || r.url.startsWith('data:')), JSON.stringify(requests));
  assert.deepEqual(errors, []);
  await context.close();
});

test('signing refuses an invalid directory and lists every problem; nothing is downloaded', async () => {
  const { context, page, downloads } = await openEditor(ctx);
  await openFile(page, SAMPLE_PATH);
  await chooseService(page, 'cj-sample-01');
  await typeInto(page, PHONE, '12');
  await typeInto(page, '#f-services_0_email', 'not-an-address');
  const keys = mkdtempSync(join(tmpdir(), 'reper-keys-'));
  reper(keys, 'keygen', 'k');
  await (await page.$('#key')).uploadFile(join(keys, 'k.key'));
  await page.click('#sign');
  const error = await textOf(page, '#publish-error');
  assert.match(error, /Not downloaded: 2 problems must be fixed first/);
  assert.match(error, /services\[0\]\.email: must be an e-mail address/);
  assert.match(error, /services\[0\]\.phones\[0\]\.number: must be an E\.164 number/);
  await page.click('#unsigned');
  assert.match(await textOf(page, '#publish-error'), /2 problems/);
  await new Promise((r) => setTimeout(r, 300));
  assert.deepEqual(readdirSync(downloads), []);
  await context.close();
});

test('a wrong key file is named as such, and an unsigned download is the same bytes the CLI validates', async () => {
  const { context, page, downloads } = await openEditor(ctx);
  await openFile(page, SAMPLE_PATH);
  const keys = mkdtempSync(join(tmpdir(), 'reper-keys-'));
  reper(keys, 'keygen', 'k');
  await (await page.$('#key')).uploadFile(join(keys, 'k.pub'));
  await page.click('#sign');
  // The key file is read asynchronously: the message appears once it has been read.
  await page.waitForSelector('#publish-error');
  assert.match(await textOf(page, '#publish-error'), /This is a public key \(\.pub\)\. Choose the private key \(\.key\)\./);
  await page.click('#sign');
  assert.match(await textOf(page, '#publish-error'), /Choose the private key \(\.key\) first/, 'the key is forgotten after every attempt');
  await page.click('#unsigned');
  const [json] = await waitForDownloads(downloads, ['cluj-sample.json']);
  assert.equal(reper(downloads, 'validate', 'cluj-sample.json').code, 0);
  assert.deepEqual({ ...JSON.parse(readFileSync(json, 'utf8')), generatedAt: SAMPLE.generatedAt }, SAMPLE);
  await context.close();
});

test('a file that is not a feed is refused with every reason; the directory on screen stays', async () => {
  const { context, page } = await openEditor(ctx);
  await openFile(page, SAMPLE_PATH);
  const dir = mkdtempSync(join(tmpdir(), 'reper-bad-'));
  writeFileSync(join(dir, 'broken.json'), '{"schema": "reper-directory/1", "services": [');
  writeFileSync(join(dir, 'other.json'), JSON.stringify({ schema: 'something-else', services: [1, {}] }));
  await (await page.$('#open-file')).uploadFile(join(dir, 'broken.json'));
  await page.waitForSelector('#open-error');
  assert.match(await textOf(page, '#open-error'), /broken\.json could not be opened\. The directory on screen has not changed\..*is not valid JSON/);
  await (await page.$('#open-file')).uploadFile(join(dir, 'other.json'));
  await page.waitForFunction(() => document.querySelector('#open-error')?.textContent.includes('other.json'));
  const error = await textOf(page, '#open-error');
  assert.match(error, /schema: must be "reper-directory\/1"/);
  assert.match(error, /services\[0\]: must be an object/);
  assert.match(await textOf(page, '#overview-title'), /Support services in Cluj County/, 'the last good directory stays');
  await context.close();
});

test('problems already in a feed are listed and can be fixed; a confidential location loses and locks its address', async () => {
  const bad = structuredClone(SAMPLE);
  bad.services[1].phones[0].number = '0264-bad';
  bad.publisher.email = 'nope';
  const dir = mkdtempSync(join(tmpdir(), 'reper-prob-'));
  writeFileSync(join(dir, 'with-problems.json'), JSON.stringify(bad, null, 2));
  const { context, page } = await openEditor(ctx);
  await openFile(page, join(dir, 'with-problems.json'));
  // The service with a problem comes first in the list and is opened first.
  assert.match(await textOf(page, '.services li:nth-child(2) .item'), new RegExp(`${bad.services[1].id}.*1 problem`));
  assert.match(await textOf(page, '.services li:first-child .item'), /Directory details.*1 problem/);
  assert.match(await textOf(page, '#f-services_1_phones_0_number-problem'), /must be an E\.164 number/);

  // Filters: only those with a confidential location.
  await page.select('#filter', 'confidential');
  const confidential = await page.$$eval('.services .item .id', (els) => els.map((e) => e.textContent));
  const expected = SAMPLE.services.filter((s) => s.location && s.location.confidentiality !== 'public').map((s) => s.id);
  assert.deepEqual(confidential.sort(), expected.sort());
  await page.select('#filter', 'all');
  await typeInto(page, '#search', 'Mociu');
  const found = await page.$$eval('.services .item .id', (els) => els.map((e) => e.textContent));
  assert.ok(found.includes('cj-sample-16') && found.length < 5, found.join());
  assert.match(await textOf(page, '.count'), new RegExp(`^${found.length} services$`));

  await chooseService(page, 'cj-sample-16');
  const index = SAMPLE.services.findIndex((s) => s.id === 'cj-sample-16');
  const street = `#f-services_${index}_location_address_street`;
  assert.equal(await page.$eval(street, (i) => i.value), SAMPLE.services[index].location.address.street);
  await page.select(`#f-services_${index}_location_confidentiality`, 'withheld');
  assert.deepEqual(await page.$eval(street, (i) => [i.value, i.disabled]), ['', true]);
  assert.deepEqual(await page.$eval(`#f-services_${index}_location_geo_lat`, (i) => [i.value, i.disabled]), ['', true]);
  assert.match(await textOf(page, '.locked'), /address and coordinates are removed/);
  assert.match(await textOf(page, '#review'), /location\.address: \{"street":"Strada Exemplu 16"/);
  await context.close();
});

test('add, duplicate and remove services (with undo); the envelope is edited in the same way', async () => {
  const { context, page } = await openEditor(ctx);
  await openFile(page, SAMPLE_PATH);
  await page.click('#add');
  const n = SAMPLE.services.length;
  await page.waitForFunction(() => document.querySelector('#form-title')?.textContent.includes('cluj-sample-new'));
  assert.match(await textOf(page, '.summary'), /problems/);
  await typeInto(page, `#f-services_${n}_name_ro`, 'Serviciu nou (exemplu)');
  assert.match(await textOf(page, '#review'), /Added\s*Serviciu nou \(exemplu\) cluj-sample-new/);

  await chooseService(page, 'cj-sample-02');
  await page.click('.form .actions button:first-child');
  await page.waitForFunction(() => document.querySelector('#form-title')?.textContent.includes('Edit:'));
  assert.equal(await page.$eval('#f-services_2_id', (i) => i.value), 'cj-sample-02-copy');
  await page.click('.form .actions .danger');
  assert.match(await textOf(page, '.status'), /Removed/);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'undo', 'focus moves to Undo');
  await page.click('#undo');
  assert.equal(await page.$eval('#f-services_2_id', (i) => i.value), 'cj-sample-02-copy');
  await page.click('.form .actions .danger');

  await page.evaluate(() => [...document.querySelectorAll('.services .item')][0].click());
  await typeInto(page, '#f-publisher_email', 'schimbari@example.org');
  assert.match(await textOf(page, '#review'), /publisher\.email: “sample@example\.org” → “schimbari@example\.org”/);
  if (await page.$('#use-expiry')) {
    await page.click('#use-expiry');
    assert.match(await page.$eval('#f-expiresAt', (i) => i.value), /^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
  }
  await context.close();
});

test('the page works offline once loaded, keeps the language on reload, and switches language in place', async () => {
  const { context, page, downloads } = await openEditor(ctx, { lang: '' });
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ro');
  assert.equal(await page.$eval('label[for="open-file"]', (l) => l.textContent.trim()), 'Deschide un director sau o foaie de calcul');
  await page.setOfflineMode(true);
  await openFile(page, SAMPLE_PATH);
  const entries = await page.evaluate(() => history.length);
  await page.click('.langs button[lang="en"]');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(await page.$eval('label[for="open-file"]', (l) => l.textContent.trim()), 'Open a directory or spreadsheet');
  assert.match(await textOf(page, '#overview-title'), /Support services/, 'the open directory stays');
  assert.equal(await page.evaluate(() => history.length), entries, 'no history entry');
  assert.match(page.url(), /\?lang=en$/);
  await page.click('#unsigned');
  await waitForDownloads(downloads, ['cluj-sample.json']);
  await page.setOfflineMode(false);
  await page.reload();
  await page.waitForSelector('#open-file');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await context.close();
});

test('"open from this address" makes that one request and nothing else', async () => {
  const { context, page, requests } = await openEditor(ctx);
  const url = `${ctx.server.url}/examples/data/cluj-sample.json`;
  await page.type('#open-url', url);
  await page.click('.url button[type="submit"]');
  await page.waitForSelector('#overview-title');
  assert.match(await textOf(page, '.status'), /Opened cluj-sample\.json: 34 services/);
  assert.deepEqual(requests.filter((r) => r.afterLoad && !r.url.startsWith('data:')).map((r) => r.url), [url]);
  await typeInto(page, '#open-url', `${ctx.server.url}/examples/data/missing.json`);
  await page.click('.url button[type="submit"]');
  await page.waitForSelector('#open-error');
  assert.match(await textOf(page, '#open-error'), /could not be read \(HTTP 404\)/);
  assert.match(await textOf(page, '#overview-title'), /Support services/);
  await context.close();
});

test('every control works from the keyboard: choose a service, edit, check today', async () => {
  const { context, page } = await openEditor(ctx);
  await openFile(page, SAMPLE_PATH);
  await page.focus('#add');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const item = await page.evaluate(() => document.activeElement?.querySelector('.id')?.textContent);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'form-title');
  assert.equal(await textOf(page, '.item[aria-current="true"] .id'), item);
  // Tab from the heading reaches the form's buttons and fields in order.
  const order = [];
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    order.push(await page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent.trim()));
  }
  assert.deepEqual(order.slice(0, 2), ['Duplicate', 'Remove']);
  assert.match(order[2], /^f-services_\d+_id$/);
  await page.focus('#checked-today');
  await page.keyboard.press('Enter');
  assert.equal(await page.$eval('[id$="_verifiedAt"]', (i) => i.value), today());
  // A problem in the summary at the top takes the keyboard to its field.
  const phone = await page.$eval('[id$="_phones_0_number"]', (i) => i.id);
  await typeInto(page, `#${phone}`, '07');
  await page.focus('.summary button');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), phone);
  await context.close();
});

test('a spreadsheet opened, edited and downloaded round-trips through reper import-csv, formula-like text included', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'reper-csv-'));
  const feed = structuredClone(SAMPLE);
  feed.services[0].organization = '=HYPERLINK("https://example.org","Organizație exemplu")';
  writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed, null, 2));
  const { envelope } = { envelope: { ...feed, services: undefined } };
  delete envelope.services;
  writeFileSync(join(dir, 'envelope.json'), JSON.stringify(envelope));
  assert.equal(reper(dir, 'export-csv', 'feed.json', '--out', 'directory.csv').code, 0);

  const { context, page, downloads, requests } = await openEditor(ctx);
  await openFile(page, join(dir, 'directory.csv'));
  assert.match(await textOf(page, '.status'), /Opened the spreadsheet directory\.csv: 34 services\. Fill in the directory details/);
  assert.match(await textOf(page, '.sample'), /Sample data/, 'a spreadsheet alone gets the draft envelope, status sample');
  await chooseService(page, 'cj-sample-01');
  assert.equal(await page.$eval('#f-services_0_organization', (i) => i.value), feed.services[0].organization, 'formula-like text is shown as written');
  await typeInto(page, PHONE, '+40264000077');
  await page.click('#csv');
  const [csv] = await waitForDownloads(downloads, ['directory.csv']);
  assert.match(await textOf(page, '.status'), /Downloaded directory\.csv/);

  const imported = reper(downloads, 'import-csv', 'directory.csv', '--envelope', join(dir, 'envelope.json'), '--out', 'back.json');
  assert.equal(imported.code, 0, imported.stderr);
  const back = JSON.parse(readFileSync(join(downloads, 'back.json'), 'utf8'));
  const expected = structuredClone(feed.services);
  expected[0].phones[0].number = '+40264000077';
  assert.deepEqual(back.services, expected);
  assert.doesNotMatch(readFileSync(csv, 'utf8'), /(^|[,;])=HYPERLINK/m, 'the formula cell is neutralised in the download');

  // Opened over a directory, the spreadsheet replaces its services and the review shows the change.
  await openFile(page, SAMPLE_PATH);
  await (await page.$('#open-file')).uploadFile(csv);
  await page.waitForFunction(() => document.querySelector('.status')?.textContent.includes('replace those on screen'));
  const review = await textOf(page, '#review');
  assert.match(review, /0 added, 0 removed, 1 changed/);
  assert.match(review, /organization: “Organizație exemplu \(date de probă\)” → “=HYPERLINK/);
  assert.match(review, /phones\[0\]\.number: “\+40264000001” → “\+40264000077”/);
  assert.match(await textOf(page, '#overview-title'), /Support services in Cluj County/, 'the directory details stay');
  assert.deepEqual(requests.filter((r) => r.afterLoad && !/^(blob|data):/.test(r.url)), []);
  await context.close();
});

test('a spreadsheet that cannot be read is refused with its lines and columns; nothing changes', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'reper-csv-'));
  writeFileSync(join(dir, 'bad.csv'), 'id,name,free,colour\ns1,Un serviciu,maybe,red\n');
  const { context, page } = await openEditor(ctx);
  await openFile(page, SAMPLE_PATH);
  await (await page.$('#open-file')).uploadFile(join(dir, 'bad.csv'));
  await page.waitForSelector('#open-error');
  const error = await textOf(page, '#open-error');
  assert.match(error, /bad\.csv could not be opened/);
  assert.match(error, /column 4 "colour": unknown column/);
  assert.match(error, /line 2, column free: /);
  assert.match(await textOf(page, '#overview-title'), /Support services in Cluj County/);
  await context.close();
});

test('in Romanian (the default) the problem is explained in Romanian, beside the named field', async () => {
  const { context, page } = await openEditor(ctx, { lang: '' });
  await openFile(page, SAMPLE_PATH);
  await chooseService(page, 'cj-sample-01');
  await typeInto(page, PHONE, '0264 000 001');
  assert.equal(
    await textOf(page, `${PHONE}-problem`),
    'Număr (+40…, sau un număr scurt precum 112): trebuie să fie un număr în format internațional, precum +40264000001 (sau un număr scurt, precum 112)',
  );
  await context.close();
});

test('leaving with changes that were not downloaded asks first; after a download it does not', async () => {
  const leave = async (page) => {
    const dialog = new Promise((resolve) => {
      page.once('dialog', async (d) => {
        resolve(d.type());
        await d.accept();
      });
      setTimeout(() => resolve('none'), 1500);
    });
    await page.close({ runBeforeUnload: true });
    return dialog;
  };
  const first = await openEditor(ctx);
  await openFile(first.page, SAMPLE_PATH);
  await chooseService(first.page, 'cj-sample-01');
  await typeInto(first.page, PHONE, '+40264000055');
  assert.equal(await leave(first.page), 'beforeunload');
  await first.context.close();

  const second = await openEditor(ctx);
  await openFile(second.page, SAMPLE_PATH);
  await chooseService(second.page, 'cj-sample-01');
  await typeInto(second.page, PHONE, '+40264000055');
  await second.page.click('#unsigned');
  await waitForDownloads(second.downloads, ['cluj-sample.json']);
  assert.equal(await leave(second.page), 'none');
  await second.context.close();
});

test('the page also works opened from a folder on disk (file://), with no server', async () => {
  const context = await ctx.browser.createBrowserContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pathToFileURL(join(ROOT, 'editor/index.html')).href);
  await page.waitForSelector('#open-file');
  await openFile(page, SAMPLE_PATH);
  assert.match(await textOf(page, '#overview-title'), /Servicii de sprijin în județul Cluj/);
  assert.deepEqual(errors, []);
  await context.close();
});
