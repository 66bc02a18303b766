import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/finder.js';
import type { ReperFinderElement } from '../../../src/finder.js';

const SRC = '/examples/data/cluj-sample.json';

describe('<reper-finder src public-key>', () => {
  it('shows its own feed when the signature matches a pinned key', async () => {
    const key = (await (await fetch('/examples/data/sample-signing.pub')).text()).trim();
    const wrap = await fixture(html`<div lang="en"></div>`);
    const loaded = oneEvent(wrap, 'reper-directory-load');
    const finder = document.createElement('reper-finder') as ReperFinderElement;
    finder.setAttribute('public-key', key);
    finder.setAttribute('src', SRC);
    wrap.append(finder);
    await loaded;
    await finder.updateComplete;
    expect(finder.directory.status).to.equal('sample');
    expect(finder.directory.services.length).to.equal(34);
  });

  it('refuses its own feed signed by another key and keeps the national lines', async () => {
    const other = 'A'.repeat(43) + '=';
    const wrap = await fixture(html`<div lang="en"></div>`);
    const failed = oneEvent(wrap, 'reper-directory-error');
    const finder = document.createElement('reper-finder') as ReperFinderElement;
    finder.setAttribute('public-key', other);
    finder.setAttribute('src', SRC);
    wrap.append(finder);
    const { detail } = await failed;
    expect(detail.kind).to.equal('signature');
    await finder.updateComplete;
    expect(finder.directory.status).to.equal('published');
    expect(finder.shadowRoot!.textContent).to.include('0800 500 333');
  });
});
