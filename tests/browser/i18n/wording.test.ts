// Truthful wording: the operator of 0800 500 333 states that the line is free and open 24/7, and
// nothing about confidentiality or anonymity (docs/data/ro-helplines.md). No shipped string, in any
// language, variant or element, may promise either.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/hotline.js';
import '../../../src/poster.js';
import { LANGS } from '../../../src/internal/lang.js';
import type { Strings } from '../../../src/internal/strings.js';
import exit from '../../../src/locales/exit.js';
import finder from '../../../src/locales/finder.js';
import hotline from '../../../src/locales/hotline.js';
import kiosk from '../../../src/locales/kiosk.js';
import posterLocales from '../../../src/locales/poster.js';
import qrLocales from '../../../src/locales/qr.js';

const TABLES = { hotline, exit, finder, kiosk, poster: posterLocales, qr: qrLocales };

/** "confidential" and "anonymous" in ro, hu, en, uk. */
const UNVERIFIED = /confiden|bizalmas|névtelen|anonim|anonym|конфіденц|анонім/i;

function strings(table: Strings, path = ''): [string, string][] {
  return Object.entries(table).flatMap(([k, v]) => (typeof v === 'string' ? [[`${path}${k}`, v] as [string, string]] : strings(v, `${path}${k}.`)));
}

describe('truthful wording', () => {
  for (const [ns, table] of Object.entries(TABLES)) {
    it(`${ns}: no string in any language promises confidentiality or anonymity`, () => {
      for (const lang of LANGS) {
        for (const [key, text] of strings(table[lang])) expect(text, `${lang}/${ns}:${key}`).to.not.match(UNVERIFIED);
      }
    });
  }

  for (const lang of LANGS) {
    it(`hotline and poster as rendered in ${lang}, every variant and audience, neutral or not`, async () => {
      const el = await fixture(html`<div lang=${lang}>
        ${['banner', 'compact', 'card'].flatMap((v) => [
          html`<reper-hotline variant=${v}></reper-hotline>`,
          html`<reper-hotline variant=${v} neutral></reper-hotline>`,
          html`<reper-hotline variant=${v} audience="children"></reper-hotline>`,
        ])}
        <reper-poster langs="ro,hu,en,uk"></reper-poster>
        <reper-poster langs="ro,hu,en,uk" neutral></reper-poster>
      </div>`);
      const items = [...el.children] as (HTMLElement & { updateComplete: Promise<unknown> })[];
      await Promise.all(items.map((c) => c.updateComplete));
      for (const item of items) {
        const text = item.shadowRoot!.textContent!;
        expect(text, item.outerHTML).to.match(/24\/7|éjjel-nappal|цілодобово|zi și noapte|day and night|вдень і вночі|din orice rețea|any network/);
        expect(text, item.outerHTML).to.not.match(UNVERIFIED);
      }
    });
  }
});
