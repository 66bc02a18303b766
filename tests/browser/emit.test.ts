import { expect } from '@open-wc/testing';
import { emit } from '../../src/internal/emit.js';
import type {} from '../../src/finder.js';

describe('emit(): the one way Reper events are fired', () => {
  it('reaches a listener on document from inside a shadow root, with its detail, not cancelable', () => {
    const host = document.createElement('div');
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    document.body.append(host);
    const heard: { event: CustomEvent; first: EventTarget | undefined }[] = [];
    const listener = (e: Event) => heard.push({ event: e as CustomEvent, first: e.composedPath()[0] });
    document.addEventListener('reper-search', listener);
    try {
      const detail = { results: 3, category: '', locality: '', audience: '' } as never;
      const event = emit(inner, 'reper-search', detail);
      expect(heard.length).to.equal(1);
      expect(heard[0].event === event).to.equal(true);
      expect(heard[0].event.detail === detail).to.equal(true);
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.cancelable).to.equal(false);
      expect(heard[0].first === inner, 'fired from the element inside the shadow root').to.equal(true);
    } finally {
      document.removeEventListener('reper-search', listener);
      host.remove();
    }
  });
});
