import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LANGS } from '../../../src/internal/lang.js';
import type { ReperFinderElement } from '../../../src/finder.js';
import { $, $$, finder, text, typeQuery } from './helpers.js';

function focused(el: ReperFinderElement): Element | null {
  return el.shadowRoot!.activeElement;
}

/** Presses Tab until `done` or `max` presses; returns every element that got focus. */
async function tabThrough(el: ReperFinderElement, max: number, done: (e: Element) => boolean): Promise<Element[]> {
  const seen: Element[] = [];
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const f = focused(el);
    if (!f) break;
    seen.push(f);
    if (done(f)) break;
  }
  return seen;
}

describe('<reper-finder> accessibility', () => {
  for (const lang of LANGS) {
    for (const layout of ['list', 'kiosk'] as const) {
      it(`passes axe (${lang}, ${layout})`, async () => {
        const el = await finder({ lang, layout });
        expect($(el, '[part="base"]')!.getAttribute('lang')).to.equal(lang);
        await expect(el).to.be.accessible();
        if (layout === 'kiosk') {
          $<HTMLButtonElement>(el, '.kb-toggle')!.click();
          $$<HTMLButtonElement>(el, '.tile')[0].click();
          await el.updateComplete;
          await expect(el).to.be.accessible();
        }
        await typeQuery(el, 'zzqqxx');
        await expect(el).to.be.accessible();
      });
    }
  }

  it('reaches every filter, result link and "show more" with the keyboard alone', async () => {
    const el = await finder();
    $<HTMLInputElement>(el, '#q')!.focus();
    // A query that still leaves more than one page (every sample service is in Cluj County), so
    // that "show more" is there to reach.
    await sendKeys({ type: 'cluj' });
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#q')!.value).to.equal('cluj');
    const seen = await tabThrough(el, 400, (f) => f.classList.contains('more'));
    const ids = seen.map((e) => e.id).filter(Boolean);
    expect(ids).to.include.members(['f-audience', 'f-category', 'f-locality', 'f-language']);
    expect(seen.filter((e) => e instanceof HTMLInputElement && e.type === 'checkbox')).to.have.length(3);
    const links = seen.filter((e): e is HTMLAnchorElement => e instanceof HTMLAnchorElement);
    const tel = links.filter((a) => a.getAttribute('href')!.startsWith('tel:'));
    const maps = links.filter((a) => a.classList.contains('map'));
    expect(tel.length).to.be.greaterThan(5);
    expect(maps.length).to.be.greaterThan(3);
    for (const a of links) expect(a.href).to.match(/^(https:|tel:|mailto:)/);
    // Every rendered result's phone link was reached.
    expect(tel.length).to.equal($$(el, '.result a.phone').length);
    // More than 20 found, 20 shown: the tab order ends on "show more".
    expect(el.resultCount).to.be.greaterThan(20);
    expect(seen.at(-1)!.classList.contains('more')).to.equal(true);
  });

  it('changes a filter and toggles a checkbox from the keyboard', async () => {
    const el = await finder();
    const all = el.resultCount;
    $<HTMLInputElement>(el, '#q')!.focus();
    await tabThrough(el, 3, (f) => f.id === 'f-audience');
    expect(focused(el)!.id).to.equal('f-audience');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect($<HTMLSelectElement>(el, '#f-audience')!.value).to.equal('adult-victim');
    expect(el.resultCount).to.be.lessThan(all);
    const afterAudience = el.resultCount;
    await tabThrough(el, 6, (f) => f instanceof HTMLInputElement && f.type === 'checkbox');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.resultCount).to.be.lessThan(afterAudience);
    expect(text($(el, '.count'))).to.match(/\d/);
  });
});
