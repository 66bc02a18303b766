import { expect } from '@open-wc/testing';
import type { ReperFinderElement } from '../../../src/finder.js';
import { $$, finder, text } from './helpers.js';

// The page's first Intl.DisplayNames makes the browser load its language names, 60–75 ms in one go
// on a phone. The finder names the languages services list most from its own table (held to
// Intl's output by dates.test.ts). This file runs in a page of its own, so no earlier test has
// made a DisplayNames already.
describe('<reper-finder> language names', () => {
  it('names the sample directory’s languages without making an Intl.DisplayNames', async () => {
    const Real = Intl.DisplayNames;
    const intl = Intl as { DisplayNames: typeof Real };
    let made = 0;
    intl.DisplayNames = class extends Real {
      constructor(...args: ConstructorParameters<typeof Real>) {
        super(...args);
        made++;
      }
    } as typeof Real;
    let el: ReperFinderElement;
    try {
      el = await finder({ lang: 'uk' });
    } finally {
      intl.DisplayNames = Real;
    }
    const options = $$<HTMLOptionElement>(el, '#f-language option').map(text);
    expect(options).to.include.members(['угорська', 'румунська', 'англійська', 'українська']);
    const facts = $$(el, '.result dd').map(text).join(' ');
    expect(facts).to.contain('угорська');
    expect(made, 'Intl.DisplayNames made').to.equal(0);
  });
});
