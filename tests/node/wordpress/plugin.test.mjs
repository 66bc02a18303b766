// The WordPress plugin on a real WordPress (Debian's 6.1, the oldest the plugin supports): a site
// installed from scratch, the plugin installed from dist/wordpress/reper.zip and activated, a post
// saved through the REST API by an Editor who may not post unfiltered HTML (the case kses strips
// custom elements in) with every block, and the same as shortcodes. Then, in Chromium: the
// numbers in the server HTML, the elements upgraded, axe clean in ro/hu/en/uk, the finder on the
// configured feed, the quick exit leaving, and the block editor previews. REPER_SCREENSHOTS=1
// writes the guide's screenshots (docs/screenshots/wordpress-*.png).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { launchBrowser } from '../helpers/browser.mjs';
import { missing, startSite } from './site.mjs';

const why = missing();
const SHOTS = process.env.REPER_SCREENSHOTS === '1';
const LANGS = ['ro', 'hu', 'en', 'uk'];
const PATHWAY = existsSync('cdn/pathway.js');

const BLOCKS = [
  '<!-- wp:paragraph --><p>Dacă cineva îți face rău acasă, poți cere ajutor.</p><!-- /wp:paragraph -->',
  '<!-- wp:reper/exit {"info":true} /-->',
  '<!-- wp:reper/hotline {"variant":"card","audience":"children"} /-->',
  '<!-- wp:reper/finder {"reportChanges":true} /-->',
  '<!-- wp:reper/qr {"value":"tel:0800500333","label":"0800 500 333"} /-->',
  '<!-- wp:reper/pathway /-->',
].join('\n');
const SHORTCODES = [
  '<p>Dacă cineva îți face rău acasă, poți cere ajutor.</p>',
  '[reper_exit info]',
  '[reper_hotline variant="card" audience="children"]',
  '[reper_finder report-changes="1"]',
  '[reper_qr value="tel:0800500333" label="0800 500 333"]',
  '[reper_pathway]',
].join('\n\n');
// What kses does to the same elements pasted as HTML by this Editor: the reason for the blocks.
const PASTED = '<reper-hotline><a href="tel:0800500333">0800 500 333</a></reper-hotline>';

describe('WordPress plugin', { skip: why ? `needs ${why}` : false, timeout: 300000 }, () => {
  /** @type {Awaited<ReturnType<typeof startSite>>} */
  let site;
  /** @type {import('puppeteer-core').Browser} */
  let browser;
  const posts = {};
  let editorAuth = '';

  const setSettings = (extra = {}) =>
    site.php(
      `update_option('reper_settings', ${phpArray({ feed_url: '/feed/cluj-sample.json', exit_href: '/neutral.html', lang: '', neutral: false, map_provider: 'osm', public_keys: '', ...extra })});`,
    );

  before(async () => {
    site = await startSite({
      files: {
        'feed/cluj-sample.json': readFileSync('examples/data/cluj-sample.json'),
        'neutral.html': '<!doctype html><html lang="ro"><title>Vremea</title><h1>Vremea</h1></html>',
      },
    });
    site.php(`update_option('WPLANG', 'ro_RO'); update_option('admin_email_lifespan', time() + YEAR_IN_SECONDS); $r = activate_plugin('reper/reper.php'); if (is_wp_error($r)) { fwrite(STDERR, $r->get_error_message()); exit(1); }`);
    setSettings();
    const editor = site.php(
      `$id = wp_insert_user(['user_login' => 'editor', 'user_pass' => 'editor-password-1', 'role' => 'editor', 'user_email' => 'editor@example.org']);
       [$pw] = WP_Application_Passwords::create_new_application_password($id, ['name' => 'test']);
       echo json_encode(['pw' => $pw, 'unfiltered' => user_can($id, 'unfiltered_html')]);`,
    );
    assert.equal(editor.unfiltered, false, 'this Editor may not post unfiltered HTML');
    editorAuth = 'Basic ' + Buffer.from(`editor:${editor.pw}`).toString('base64');
    for (const [kind, content] of Object.entries({ blocks: BLOCKS, shortcodes: SHORTCODES, pasted: PASTED, plain: '<p>Orarul școlii.</p>' })) {
      const res = await fetch(`${site.url}/?rest_route=/wp/v2/posts`, {
        method: 'POST',
        headers: { authorization: editorAuth, 'content-type': 'application/json' },
        body: JSON.stringify({ title: `Ajutor (${kind})`, status: 'publish', content }),
      });
      const body = await res.json();
      assert.equal(res.status, 201, JSON.stringify(body));
      posts[kind] = body;
    }
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    const log = site?.debugLog().split('\n').filter((l) => l.includes('plugins/reper/')) ?? [];
    await site?.close();
    assert.deepEqual(log, [], 'PHP warnings from the plugin');
  });

  const stored = async (kind) => {
    const res = await fetch(`${site.url}/?rest_route=/wp/v2/posts/${posts[kind].id}&context=edit`, { headers: { authorization: editorAuth } });
    return (await res.json()).content.raw;
  };

  test('kses strips custom elements this Editor pastes, and keeps every block and shortcode as saved', async () => {
    assert.doesNotMatch(await stored('pasted'), /<reper-hotline/);
    assert.equal(await stored('blocks'), BLOCKS);
    assert.equal(await stored('shortcodes'), SHORTCODES);
  });

  for (const kind of ['blocks', 'shortcodes']) {
    test(`${kind}: the server HTML has every element with its numbers callable without JavaScript, scripts from this site only`, async () => {
      const html = await (await fetch(posts[kind].link)).text();
      for (const tag of ['reper-exit', 'reper-hotline', 'reper-finder', 'reper-qr', 'reper-pathway']) {
        assert.match(html, new RegExp(`<${tag}[\\s>]`), tag);
      }
      const inside = (tag) => html.slice(html.indexOf(`<${tag}`), html.indexOf(`</${tag}>`));
      for (const tag of ['reper-hotline', 'reper-finder', 'reper-pathway']) {
        assert.match(inside(tag), /<a href="tel:0800500333">0800 500 333<\/a>/, `${tag} fallback`);
        assert.match(inside(tag), /<a href="tel:112">112<\/a>/, `${tag} fallback`);
      }
      assert.match(inside('reper-hotline'), /tel:119/);
      assert.match(inside('reper-exit'), /<a href="\/neutral.html" rel="noreferrer">Ieși rapid<\/a>/);
      assert.match(inside('reper-finder'), /src="\/feed\/cluj-sample.json"/);
      assert.match(inside('reper-finder'), /map-provider="osm"/);
      assert.match(html, /<html lang="ro-RO"/);
      const scripts = [...html.matchAll(/<script[^>]*src=["']([^"']+)["']/g)].map((m) => m[1]).filter((s) => s.includes('/reper/'));
      assert.deepEqual(
        scripts.map((s) => new URL(s).pathname.replace(/.*\/cdn\//, '')).sort(),
        ['exit.js', 'finder.js', 'hotline.js', ...(PATHWAY ? ['pathway.js'] : []), 'qr.js'],
      );
      for (const s of scripts) assert.equal(new URL(s).origin, site.url);
      assert.match(html, /<script type="module"[^>]*cdn\/hotline\.js/);
    });

    test(`${kind}: in Chromium every element is upgraded, the finder shows the configured feed, nothing leaves the site, axe is clean in ro, hu, en, uk`, async () => {
      const axe = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
      try {
        for (const lang of LANGS) {
          setSettings({ lang });
          const page = await browser.newPage();
          const requests = [];
          page.on('request', (r) => requests.push(r.url()));
          await page.setViewport({ width: lang === 'ro' ? 320 : 1280, height: 900 });
          await page.goto(posts[kind].link, { waitUntil: 'networkidle0' });
          const state = await page.evaluate(async () => {
            const tags = ['reper-exit', 'reper-hotline', 'reper-finder', 'reper-qr'];
            await Promise.all(tags.map((t) => customElements.whenDefined(t)));
            const finder = document.querySelector('reper-finder');
            for (let i = 0; i < 100 && !/\((exemplu|minta|sample|зразок)\)/.test(finder.shadowRoot.textContent); i++) await new Promise((r) => setTimeout(r, 100));
            return {
              upgraded: tags.filter((t) => document.querySelector(t)?.shadowRoot?.childElementCount),
              hotline: document.querySelector('reper-hotline').shadowRoot.textContent,
              finder: finder.shadowRoot.textContent,
              placed: document.querySelector('reper-exit').hasAttribute('corner') ? 'corner' : 'top',
              lang: document.querySelector('reper-hotline').getAttribute('lang'),
              cookie: document.cookie,
              storage: localStorage.length + sessionStorage.length,
            };
          });
          assert.deepEqual(state.upgraded, ['reper-exit', 'reper-hotline', 'reper-finder', 'reper-qr'], lang);
          assert.match(state.hotline, /0800 500 333/);
          assert.match(state.finder, /\((exemplu|minta|sample|зразок)\)/, `${lang}: the finder shows the sample feed's services`);
          assert.equal(state.placed, 'corner', 'the exit, inside the post, sits in the corner');
          assert.equal(state.lang, lang);
          assert.equal(state.cookie, '');
          assert.equal(state.storage, 0);
          assert.ok(requests.some((u) => u.endsWith('/feed/cluj-sample.json')), 'the configured feed was requested');
          assert.deepEqual(requests.filter((u) => !u.startsWith(site.url) && !u.startsWith('data:')), [], 'requests to other origins');
          await page.addScriptTag({ content: axe });
          const violations = await page.evaluate(async () => {
            // WordPress 6.1 adds a skip link to block themes outside any landmark: core's, not ours.
            const r = await window.axe.run({ exclude: [['.skip-link']] }, { resultTypes: ['violations'] });
            return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
          });
          assert.deepEqual(violations, [], `${lang}: axe`);
          if (SHOTS && kind === 'blocks' && (lang === 'ro' || lang === 'en')) {
            mkdirSync('docs/screenshots', { recursive: true });
            await page.screenshot({ path: `docs/screenshots/wordpress-front-${lang === 'ro' ? 320 : 1280}.png` });
          }
          await page.close();
        }
      } finally {
        setSettings();
      }
    });

    test(`${kind}: the quick exit leaves for the configured page, by click and by Shift × 3 while typing in the finder`, async () => {
      for (const how of ['click', 'shift3']) {
        const page = await browser.newPage();
        await page.goto(posts[kind].link, { waitUntil: 'networkidle0' });
        await page.waitForFunction(() => document.querySelector('reper-exit')?.shadowRoot?.querySelector('[part="button"]'));
        const before = await page.evaluate(() => history.length);
        if (how === 'click') {
          const button = await page.evaluateHandle(() => document.querySelector('reper-exit').shadowRoot.querySelector('[part="button"]'));
          await Promise.all([page.waitForNavigation(), /** @type {any} */ (button).click()]);
        } else {
          await page.waitForFunction(() => document.querySelector('reper-finder')?.shadowRoot?.querySelector('input[type="search"]'));
          const search = await page.evaluateHandle(() => document.querySelector('reper-finder').shadowRoot.querySelector('input[type="search"]'));
          await /** @type {any} */ (search).type('adapost');
          await Promise.all([page.waitForNavigation(), (async () => { for (let i = 0; i < 3; i++) await page.keyboard.press('Shift'); })()]);
        }
        assert.equal(new URL(page.url()).pathname, '/neutral.html', how);
        assert.equal(await page.evaluate(() => history.length), before, `${how}: no history entry added`);
        await page.close();
      }
    });
  }

  test('a post without a Reper block loads no Reper script', async () => {
    const html = await (await fetch(posts.plain.link)).text();
    assert.doesNotMatch(html, /plugins\/reper\//);
  });

  test('the block editor: an Editor can insert every Reper block, and the previews are the upgraded elements', async () => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await login(page, 'editor', 'editor-password-1');
    await page.goto(`${site.url}/wp-admin/post.php?post=${posts.blocks.id}&action=edit`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => window.wp?.data?.select('core/block-editor')?.getBlocks().length > 0, { timeout: 60000 });
    // The "welcome" guide would cover the screenshot.
    await page.evaluate(() => {
      const prefs = window.wp.data.dispatch('core/preferences');
      prefs?.set('core/edit-post', 'welcomeGuide', false);
    });
    const state = await page.evaluate(() => {
      const { select } = window.wp.data;
      const reper = window.wp.blocks.getBlockTypes().filter((b) => b.category === 'reper').map((b) => b.name).sort();
      return {
        reper,
        insertable: reper.filter((name) => select('core/block-editor').canInsertBlockType(name)),
        category: window.wp.blocks.getCategories().find((c) => c.slug === 'reper')?.title,
        title: window.wp.blocks.getBlockType('reper/exit').title,
      };
    });
    const all = ['reper/exit', 'reper/finder', 'reper/hotline', 'reper/pathway', 'reper/qr'];
    assert.deepEqual(state.reper, all);
    assert.deepEqual(state.insertable, all);
    assert.equal(state.category, 'Reper');
    assert.equal(state.title, 'Ieșire rapidă', 'block titles in the site language (ro_RO)');
    await page.waitForFunction(
      () => ['reper-exit', 'reper-hotline', 'reper-finder', 'reper-qr'].every((t) => document.querySelector(`.reper-editor-preview ${t}`)?.shadowRoot?.childElementCount),
      { timeout: 60000 },
    );
    const exit = await page.evaluate(() => {
      const e = document.querySelector('.reper-editor-preview reper-exit');
      return { shortcut: e.getAttribute('shortcut'), position: getComputedStyle(e).position };
    });
    assert.deepEqual(exit, { shortcut: 'none', position: 'relative' }, 'in the editor the exit neither listens for Shift nor leaves its block');
    // A click on the preview's exit does not leave the editor.
    await page.evaluate(() => document.querySelector('.reper-editor-preview reper-exit').shadowRoot.querySelector('[part="button"]').click());
    await new Promise((r) => setTimeout(r, 500));
    assert.match(page.url(), /post\.php/);
    if (SHOTS) {
      await page.evaluate(() => window.wp.data.dispatch('core/block-editor').selectBlock(window.wp.data.select('core/block-editor').getBlocks()[2].clientId));
      await new Promise((r) => setTimeout(r, 800));
      await page.screenshot({ path: 'docs/screenshots/wordpress-editor.png' });
    }
    await context.close();
  });

  test('settings: a bad value is refused with a message naming the field; the previous value stays', async () => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await login(page, 'admin', 'admin-password-1');
    await page.goto(`${site.url}/wp-admin/options-general.php?page=reper`, { waitUntil: 'networkidle0' });
    await page.$eval('#reper_feed_url', (e) => (e.value = 'http://feed.example/x.json'));
    await page.$eval('#reper_public_keys', (e) => (e.value = 'not-a-key'));
    await page.select('#reper_map_provider', 'none');
    await Promise.all([page.waitForNavigation(), page.click('#submit')]);
    const notices = await page.$$eval('.notice-error, .error', (n) => n.map((e) => e.textContent.trim()).join('\n'));
    assert.match(notices, /http:\/\/feed\.example\/x\.json/);
    assert.match(notices, /Chei publice/);
    const saved = site.php(`echo json_encode(get_option('reper_settings'));`);
    assert.equal(saved.feed_url, '/feed/cluj-sample.json');
    assert.equal(saved.public_keys, '');
    assert.equal(saved.map_provider, 'none', 'the valid field was saved');
    if (SHOTS) await page.screenshot({ path: 'docs/screenshots/wordpress-settings.png', fullPage: true });
    await context.close();
    setSettings();
  });

  async function login(page, user, password) {
    await page.goto(`${site.url}/wp-login.php`, { waitUntil: 'networkidle0' });
    await page.type('#user_login', user);
    await page.type('#user_pass', password);
    await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.click('#wp-submit')]);
  }
});

/** A PHP array literal for a flat object of strings and booleans. */
function phpArray(obj) {
  const v = (x) => (typeof x === 'boolean' ? String(x) : `'${String(x).replace(/[\\']/g, '\\$&')}'`);
  return `[${Object.entries(obj).map(([k, x]) => `'${k}' => ${v(x)}`).join(', ')}]`;
}
