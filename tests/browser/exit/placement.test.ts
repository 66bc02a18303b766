import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { ContextProvider } from '@lit/context';
import '../../../src/exit.js';
import type { ReperExitElement } from '../../../src/exit.js';
import { exitHandlerContext } from '../../../src/internal/context.js';
import { LANGS } from '../../../src/internal/lang.js';

// Where the quick exit sits. These exits are never pressed (no handler would stop them leaving).

const added: Element[] = [];
const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

async function page(markup: string, { prepend = false } = {}): Promise<HTMLElement> {
  const root = document.createElement('div');
  root.innerHTML = markup;
  if (prepend) document.body.prepend(root);
  else document.body.append(root);
  added.push(root);
  await Promise.all([...root.querySelectorAll('reper-exit')].map((e) => e.updateComplete));
  await frame();
  return root;
}

const exitOf = (root: Element, i = 0) => root.querySelectorAll('reper-exit')[i] as ReperExitElement;
const button = (el: Element) => el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="button"]')!;

// A page as a CMS builds it: a header, then the content block the editor pasted the exit into.
const CMS_PAGE = `
  <header style="height:120px">Site name <a href="#">Home</a></header>
  <main><article>
    <p style="height:300px">Intro</p>
    <div class="wp-block-html"><reper-exit><a href="https://www.meteoromania.ro/" rel="noreferrer">Ieși rapid</a></reper-exit><p>0800 500 333</p></div>
    <p style="height:3000px">Long text</p>
    <p id="last">The last line of the page</p>
  </article></main>`;

afterEach(async () => {
  for (const r of added.splice(0)) r.remove();
  window.scrollTo(0, 0);
  await setViewport({ width: 800, height: 600 });
});

describe('<reper-exit> placement', () => {
  it('as the page’s first element it is a bar stuck to the top of the page', async () => {
    const root = await page(`<reper-exit></reper-exit><p style="height:4000px">Long text</p>`, { prepend: true });
    const el = exitOf(root);
    expect(el.hasAttribute('corner')).to.equal(false);
    window.scrollTo(0, 2500);
    await frame();
    const r = button(el).getBoundingClientRect();
    expect(r.top).to.be.within(0, 20);
    expect(getComputedStyle(document.documentElement).paddingBottom).to.equal('0px');
  });

  for (const width of [320, 1280]) {
    it(`pasted into a content block it stays in the viewport's bottom corner while the page scrolls (${width} px)`, async () => {
      await setViewport({ width, height: 640 });
      const root = await page(CMS_PAGE);
      const el = exitOf(root);
      expect(el.hasAttribute('corner')).to.equal(true);
      for (const y of [0, 1100, 2500]) {
        window.scrollTo(0, y);
        await frame();
        const r = button(el).getBoundingClientRect();
        expect(r.height, 'thumb-sized').to.be.at.least(48);
        expect(r.width).to.be.at.least(48);
        expect(r.width, 'a corner, not a bar').to.be.below(width / 2 + 40);
        expect(r.bottom).to.be.within(640 - 24, 640);
        expect(r.right).to.be.within(width - 24, width);
      }
    });
  }

  it('never hides the end of the page: the last line scrolls clear above it', async () => {
    await setViewport({ width: 320, height: 640 });
    const root = await page(CMS_PAGE);
    const el = exitOf(root);
    window.scrollTo(0, document.documentElement.scrollHeight);
    await frame();
    const last = root.querySelector('#last')!.getBoundingClientRect();
    expect(last.bottom).to.be.at.most(button(el).getBoundingClientRect().top);
  });

  it('a control reached with Tab is scrolled clear of it, not left underneath', async () => {
    await setViewport({ width: 320, height: 640 });
    const root = await page(`<header>Site</header>
      <a id="first" href="#a">First link</a><reper-exit shortcut="none"></reper-exit>
      <p style="height:700px">Text</p><a id="second" href="#b">Second link</a><p style="height:1500px">More</p>`);
    const el = exitOf(root);
    root.querySelector<HTMLAnchorElement>('#first')!.focus();
    await sendKeys({ press: 'Tab' }); // the exit itself
    expect(el.shadowRoot!.activeElement).to.equal(button(el));
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement!.id).to.equal('second');
    await frame();
    const link = document.activeElement!.getBoundingClientRect();
    expect(link.bottom).to.be.at.most(button(el).getBoundingClientRect().top);
    expect(link.top).to.be.at.least(0);
  });

  it('takes the room away when it is removed', async () => {
    const root = await page(CMS_PAGE);
    const room = () => parseFloat(getComputedStyle(document.documentElement).paddingBottom);
    expect(room()).to.be.at.least(48);
    expect(document.body.getAttribute('style')).to.equal(null);
    exitOf(root).remove();
    expect(room()).to.equal(0);
  });

  it('one corner per page: a second exit stays a bar in its container; skip links are not moved', async () => {
    const root = await page(`<header>Site</header>
      <reper-exit shortcut="none"></reper-exit><reper-exit shortcut="none"></reper-exit><reper-exit shortcut="none" variant="skiplink"></reper-exit>`);
    expect([0, 1, 2].map((i) => exitOf(root, i).hasAttribute('corner'))).to.deep.equal([true, false, false]);
  });

  it('scripts and styles before it do not count: it is still the first element', async () => {
    const root = await page(`<script type="application/json">{}</script><style></style><reper-exit shortcut="none"></reper-exit><p>Text</p>`, { prepend: true });
    expect(exitOf(root).hasAttribute('corner')).to.equal(false);
  });

  it('inside a kiosk (an exit handler) the host lays it out: no corner', async () => {
    const host = document.createElement('div');
    new ContextProvider(host, { context: exitHandlerContext, initialValue: () => true });
    host.innerHTML = '<p>Before</p><reper-exit shortcut="none"></reper-exit>';
    document.body.append(host);
    added.push(host);
    await exitOf(host).updateComplete;
    expect(exitOf(host).hasAttribute('corner')).to.equal(false);
  });

  for (const lang of LANGS) {
    it(`in the corner it is accessible (${lang}, with its info disclosure)`, async () => {
      const root = await page(`<header>Site</header><div lang="${lang}"><reper-exit info shortcut="none"></reper-exit></div>`);
      const el = exitOf(root);
      expect(el.hasAttribute('corner')).to.equal(true);
      await expect(el).to.be.accessible();
    });
  }
});
