// The directory editor in every language it ships (ro, hu, en) at 1280 and 320 px: axe finds no
// violations before and after a directory is opened, with problems on screen, and nothing is
// wider than the window.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useServerAndBrowser } from '../helpers/setup.mjs';
import { SAMPLE_PATH, axe, chooseService, editorServer, openEditor, openFile, typeInto } from './helpers.mjs';

const ctx = useServerAndBrowser(editorServer);

const overflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

for (const width of [1280, 320]) {
  test(`axe-clean in ro, hu and en at ${width} px, with and without problems on screen`, async () => {
    const { context, page } = await openEditor(ctx, { width, height: 900 });
    for (const lang of ['ro', 'hu', 'en']) {
      await page.click(`.langs button[lang="${lang}"]`);
      assert.deepEqual(await axe(page), [], `empty editor, ${lang}, ${width} px`);
    }
    await openFile(page, SAMPLE_PATH);
    await chooseService(page, 'cj-sample-01');
    await typeInto(page, '#f-services_0_phones_0_number', '0264');
    await typeInto(page, '#f-services_0_website', 'http://example.org');
    await page.click('#f-services_0_hours_open247');
    await page.click('#sign');
    for (const lang of ['ro', 'hu', 'en']) {
      await page.click(`.langs button[lang="${lang}"]`);
      assert.deepEqual(await axe(page), [], `service with problems, ${lang}, ${width} px`);
      assert.ok((await overflow(page)) <= 0, `nothing wider than ${width} px (${lang})`);
    }
    await page.evaluate(() => [...document.querySelectorAll('.services .item')][0].click());
    assert.deepEqual(await axe(page), [], `directory details, ${width} px`);
    await context.close();
  });
}
