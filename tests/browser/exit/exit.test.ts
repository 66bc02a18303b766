import { expect, fixtureCleanup } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ContextProvider } from '@lit/context';
import '../../../src/exit.js';
import type { ReperExitElement, ReperExitEventDetail } from '../../../src/exit.js';
import { exitHandlerContext } from '../../../src/internal/context.js';
import { LANGS, type Lang } from '../../../src/internal/lang.js';
import { COVER_ATTR, DEFAULT_EXIT_HREF, coverDocument, safeDestination } from '../../../src/components/exit/leave.js';
import { createTracker, shortcutSubscriberCount, type ShortcutSubscriber } from '../../../src/components/exit/shortcut.js';
import ro from '../../../src/locales/ro/exit.json';
import hu from '../../../src/locales/hu/exit.json';
import en from '../../../src/locales/en/exit.json';
import uk from '../../../src/locales/uk/exit.json';

const LOCALES = { ro, hu, en, uk } as const;

/**
 * Every element here sits inside a host that provides the kiosk's exit handler, so an exit calls
 * the handler instead of navigating away from the test page. `exits` records the calls.
 */
interface Harness {
  host: HTMLDivElement;
  el: ReperExitElement;
  exits: ReperExitEventDetail[];
  handled: Element[];
}

const hosts: HTMLElement[] = [];

async function mount(markup: string, lang: Lang = 'ro'): Promise<Harness> {
  const host = document.createElement('div');
  host.lang = lang;
  const handled: Element[] = [];
  new ContextProvider(host, {
    context: exitHandlerContext,
    initialValue: (source: Element) => {
      handled.push(source);
      return true;
    },
  });
  const exits: ReperExitEventDetail[] = [];
  host.addEventListener('reper-exit', (e) => exits.push(e.detail));
  const template = document.createElement('template');
  template.innerHTML = markup;
  host.append(template.content);
  document.body.append(host);
  hosts.push(host);
  const el = host.querySelector('reper-exit')!;
  await el.updateComplete;
  return { host, el, exits, handled };
}

const shadow = (el: Element) => el.shadowRoot!;
const button = (el: Element) => shadow(el).querySelector<HTMLAnchorElement>('[part="button"]')!;
const live = (el: Element) => shadow(el).querySelector('[role="status"]')!.textContent!.trim();

async function press(key: string, times = 1) {
  for (let i = 0; i < times; i++) await sendKeys({ press: key });
}

afterEach(() => {
  for (const h of hosts.splice(0)) h.remove();
  fixtureCleanup();
});

describe('<reper-exit> rendering', () => {
  for (const lang of LANGS) {
    it(`shows its label in ${lang} and is accessible (button, info, neutral, skip link)`, async () => {
      const { el } = await mount(
        `<reper-exit info></reper-exit><reper-exit neutral></reper-exit><reper-exit variant="skiplink"></reper-exit>`,
        lang,
      );
      const [withInfo, neutral, skip] = [...el.parentElement!.querySelectorAll('reper-exit')];
      await Promise.all([neutral.updateComplete, skip.updateComplete]);
      expect(button(withInfo).textContent!.trim()).to.equal(LOCALES[lang].label);
      expect(button(neutral).textContent!.trim()).to.equal(LOCALES[lang].neutralLabel);
      expect(shadow(withInfo).querySelector('[part="base"]')!.getAttribute('lang')).to.equal(lang);
      expect(shadow(withInfo).querySelector('summary')!.textContent).to.equal(LOCALES[lang].infoSummary);
      for (const e of [withInfo, neutral, skip]) await expect(e).to.be.accessible();
    });
  }

  it('uses `label` instead of the translation', async () => {
    const { el } = await mount(`<reper-exit label="Vremea de azi"></reper-exit>`);
    expect(button(el).textContent!.trim()).to.equal('Vremea de azi');
  });

  it('links to href, with rel noreferrer, and falls back to the default for unsafe URLs', async () => {
    const { el } = await mount(`<reper-exit href="https://example.org/vreme"></reper-exit>`);
    expect(button(el).href).to.equal('https://example.org/vreme');
    expect(button(el).rel).to.contain('noreferrer');
    el.href = 'javascript:alert(1)';
    await el.updateComplete;
    expect(button(el).href).to.equal(DEFAULT_EXIT_HREF);
    el.href = 'http://example.org/';
    await el.updateComplete;
    expect(button(el).href).to.equal(DEFAULT_EXIT_HREF);
    // The scheme the URL parser sees, not the raw text: a tab inside it is dropped by the parser.
    for (const hidden of ['java\tscript:alert(1)', 'java\nscript:alert(1)', '\u0001javascript:alert(1)']) {
      el.href = hidden;
      await el.updateComplete;
      expect(button(el).href, JSON.stringify(hidden)).to.equal(DEFAULT_EXIT_HREF);
    }
    expect(safeDestination('/vreme', undefined)).to.equal(new URL('/vreme', location.href).href);
  });

  it('is a target of at least 48 × 48 px, full width at 320 px', async () => {
    const { host, el } = await mount(`<reper-exit></reper-exit>`);
    host.style.width = '320px';
    const r = button(el).getBoundingClientRect();
    expect(r.height).to.be.at.least(48);
    expect(r.width).to.be.greaterThan(280);
    host.style.width = '1000px';
    await new Promise((r) => requestAnimationFrame(r));
    const wide = button(el).getBoundingClientRect();
    expect(wide.width).to.be.at.least(48);
    expect(wide.width).to.be.lessThan(500);
  });

  it('keeps the skip link out of sight until it is focused', async () => {
    const { el } = await mount(`<reper-exit variant="skiplink"></reper-exit>`);
    expect(button(el).getBoundingClientRect().width).to.be.at.most(1);
    button(el).focus();
    expect(button(el).getBoundingClientRect().width).to.be.greaterThan(48);
    expect(button(el).getBoundingClientRect().height).to.be.at.least(48);
  });
});

describe('<reper-exit> triggers', () => {
  it('Shift × 3 exits once, with trigger shift3, and fires reper-exit', async () => {
    const { el, exits, handled } = await mount(`<reper-exit href="https://example.org/"></reper-exit>`);
    await press('Shift', 2);
    expect(exits).to.have.length(0);
    await press('Shift');
    expect(exits).to.deep.equal([{ href: 'https://example.org/', trigger: 'shift3' }]);
    expect(handled).to.deep.equal([el]);
  });

  it('either Shift key counts', async () => {
    const { exits } = await mount(`<reper-exit></reper-exit>`);
    await press('ShiftLeft');
    await press('ShiftRight');
    await press('ShiftLeft');
    expect(exits.map((e) => e.trigger)).to.deep.equal(['shift3']);
  });

  it('a Shift used as a modifier (Shift+A) does not count', async () => {
    const { exits } = await mount(`<reper-exit></reper-exit>`);
    await press('Shift', 2);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'KeyA' });
    await sendKeys({ up: 'Shift' });
    await press('Shift', 2);
    expect(exits).to.have.length(0);
    await press('Shift');
    expect(exits).to.have.length(1);
  });

  it('any other key resets the count', async () => {
    const { exits } = await mount(`<reper-exit></reper-exit>`);
    await press('Shift', 2);
    await press('KeyB');
    await press('Shift', 2);
    expect(exits).to.have.length(0);
  });

  it('works while typing in a text field', async () => {
    const { host, exits } = await mount(`<reper-exit></reper-exit><input aria-label="Mesaj" />`);
    host.querySelector('input')!.focus();
    await sendKeys({ type: 'Buna ziua' });
    await press('Shift', 3);
    expect(exits).to.have.length(1);
    expect(host.querySelector('input')!.value).to.equal('Buna ziua');
  });

  it('escape2: Escape twice exits; Shift does not', async () => {
    const { exits } = await mount(`<reper-exit shortcut="escape2"></reper-exit>`);
    await press('Shift', 3);
    expect(exits).to.have.length(0);
    await press('Escape');
    expect(exits).to.have.length(0);
    await press('Escape');
    expect(exits.map((e) => e.trigger)).to.deep.equal(['escape2']);
  });

  it('escape2 is ignored when the page handled Escape or focus is in a dialog, combobox, listbox or menu', async () => {
    const { host, exits } = await mount(`<reper-exit shortcut="escape2"></reper-exit>
      <input id="handled" aria-label="Căutare" />
      <div role="dialog" aria-label="Dialog"><button>OK</button></div>
      <input role="combobox" aria-label="Localitate" aria-expanded="false" />
      <div role="listbox" aria-label="Listă" tabindex="0"></div>
      <div role="menu" aria-label="Meniu" tabindex="0"></div>`);
    const handled = host.querySelector<HTMLInputElement>('#handled')!;
    handled.addEventListener('keydown', (e) => e.key === 'Escape' && e.preventDefault());
    handled.focus();
    await press('Escape', 2);
    for (const sel of ['[role=dialog] button', '[role=combobox]', '[role=listbox]', '[role=menu]']) {
      host.querySelector<HTMLElement>(sel)!.focus();
      await press('Escape', 2);
    }
    expect(exits).to.have.length(0);
  });

  it('shortcut="none" ignores the keyboard', async () => {
    const { exits } = await mount(`<reper-exit shortcut="none"></reper-exit>`);
    await press('Shift', 3);
    await press('Escape', 2);
    expect(exits).to.have.length(0);
  });

  it('a click on the button exits with trigger click', async () => {
    const { el, exits } = await mount(`<reper-exit></reper-exit>`);
    button(el).click();
    expect(exits.map((e) => e.trigger)).to.deep.equal(['click']);
  });

  it('the skip link exits from the keyboard (Tab, Enter)', async () => {
    const { el, exits } = await mount(`<reper-exit variant="skiplink"></reper-exit>`);
    button(el).focus();
    await press('Enter');
    expect(exits.map((e) => e.trigger)).to.deep.equal(['click']);
  });

  it('adds its window key listeners once for many elements, and removes them with the last', async () => {
    expect(shortcutSubscriberCount()).to.equal(0);
    const calls: string[] = [];
    const add = window.addEventListener;
    const remove = window.removeEventListener;
    window.addEventListener = function (this: Window, type: string, ...rest: unknown[]) {
      calls.push(`+${type}`);
      return (add as (...a: unknown[]) => void).call(this, type, ...rest);
    } as typeof window.addEventListener;
    window.removeEventListener = function (this: Window, type: string, ...rest: unknown[]) {
      calls.push(`-${type}`);
      return (remove as (...a: unknown[]) => void).call(this, type, ...rest);
    } as typeof window.removeEventListener;
    try {
      const { host } = await mount(`<reper-exit></reper-exit><reper-exit></reper-exit><reper-exit shortcut="escape2"></reper-exit>`);
      const keyCalls = () => calls.filter((c) => /key/.test(c));
      expect(keyCalls()).to.deep.equal(['+keydown', '+keydown', '+keyup']);
      host.remove();
      expect(keyCalls()).to.deep.equal(['+keydown', '+keydown', '+keyup', '-keydown', '-keydown', '-keyup']);
    } finally {
      window.addEventListener = add;
      window.removeEventListener = remove;
    }
  });

  it('one set of global listeners serves many elements: Shift × 3 exits once, for the first', async () => {
    const before = shortcutSubscriberCount();
    const { host, exits, handled } = await mount(`<reper-exit id="a"></reper-exit><reper-exit id="b"></reper-exit><reper-exit id="c"></reper-exit>`);
    expect(shortcutSubscriberCount()).to.equal(before + 3);
    await press('Shift', 3);
    expect(exits).to.have.length(1);
    expect(handled.map((e) => e.id)).to.deep.equal(['a']);
    host.remove();
    expect(shortcutSubscriberCount()).to.equal(before);
  });
});

describe('<reper-exit> countdown announcements', () => {
  const cases: [Lang, string, string][] = [
    ['ro', 'Apăsați Shift încă de 2 ori pentru a ieși.', 'Apăsați Shift încă o dată pentru a ieși.'],
    ['hu', 'Nyomja meg még 2 alkalommal a következő billentyűt a kilépéshez: Shift.', 'Nyomja meg még egyszer a következő billentyűt a kilépéshez: Shift.'],
    ['en', 'Press Shift 2 more times to exit.', 'Press Shift once more to exit.'],
    ['uk', 'Натисніть Shift ще 2 рази, щоб вийти.', 'Натисніть Shift ще 1 раз, щоб вийти.'],
  ];
  for (const [lang, two, one] of cases) {
    it(`announces the presses left in a polite live region (${lang})`, async () => {
      const { el } = await mount(`<reper-exit></reper-exit>`, lang);
      const region = shadow(el).querySelector('[role="status"]')!;
      // role=status is a polite live region by definition (ARIA 1.2); an aria-live other than
      // polite would override it.
      expect(region.getAttribute('role')).to.equal('status');
      expect(region.getAttribute('aria-live')).to.be.oneOf([null, 'polite']);
      expect(live(el)).to.equal('');
      await press('Shift');
      await el.updateComplete;
      expect(live(el)).to.equal(two);
      await press('Shift');
      await el.updateComplete;
      expect(live(el)).to.equal(one);
      await press('KeyX');
      await el.updateComplete;
      expect(live(el)).to.equal('');
    });
  }

  it('announces the second Escape in escape2 mode', async () => {
    const { el } = await mount(`<reper-exit shortcut="escape2"></reper-exit>`, 'en');
    await press('Escape');
    await el.updateComplete;
    expect(live(el)).to.equal('Press Escape once more to exit.');
  });
});

describe('shortcut tracker timing (simulated clock)', () => {
  function setup(shortcut: 'shift3' | 'escape2') {
    let now = 0;
    const log: string[] = [];
    const sub: ShortcutSubscriber = {
      shortcut: () => shortcut,
      progress: (n) => log.push(`left ${n}`),
      trigger: () => log.push('exit'),
    };
    const tracker = createTracker([sub], () => now);
    const key = (key: string, init: KeyboardEventInit = {}) => new KeyboardEvent('keydown', { key, ...init });
    const tapShift = () => {
      tracker.down(key('Shift', { shiftKey: true }));
      tracker.up(new KeyboardEvent('keyup', { key: 'Shift' }));
    };
    const tapEscape = () => {
      const e = key('Escape');
      tracker.down(e);
      tracker.escape(e);
    };
    return { tracker, log, tapShift, tapEscape, advance: (ms: number) => (now += ms), key };
  }

  it('Shift presses at most 5 s apart count; a longer pause starts again', () => {
    const { log, tapShift, advance } = setup('shift3');
    tapShift();
    advance(5000);
    tapShift();
    advance(5001);
    tapShift();
    expect(log).to.deep.equal(['left 2', 'left 1', 'left 2']);
    advance(4000);
    tapShift();
    advance(4000);
    tapShift();
    expect(log.at(-1)).to.equal('exit');
  });

  it('Shift with Ctrl, Alt or Meta held (Alt+Shift switches layout) does not count', () => {
    const { tracker, log } = setup('shift3');
    for (const mod of ['ctrlKey', 'altKey', 'metaKey']) {
      tracker.down(new KeyboardEvent('keydown', { key: 'Shift', [mod]: true }));
      tracker.up(new KeyboardEvent('keyup', { key: 'Shift' }));
    }
    expect(log).to.deep.equal([]);
  });

  it('a held Shift (key repeat) counts once', () => {
    const { tracker, log, key } = setup('shift3');
    tracker.down(key('Shift'));
    tracker.down(key('Shift', { repeat: true }));
    tracker.down(key('Shift', { repeat: true }));
    tracker.up(new KeyboardEvent('keyup', { key: 'Shift' }));
    expect(log).to.deep.equal(['left 2']);
  });

  it('Escape twice must fall within 1 s', () => {
    const { log, tapEscape, advance } = setup('escape2');
    tapEscape();
    advance(1001);
    tapEscape();
    expect(log).to.deep.equal(['left 1', 'left 1']);
    advance(1000);
    tapEscape();
    expect(log.at(-1)).to.equal('exit');
  });
});

describe('cover', () => {
  async function frameWith(body: string) {
    const frame = document.createElement('iframe');
    frame.title = 'test';
    frame.srcdoc = `<!doctype html><title>Ajutor</title><body>${body}</body>`;
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    document.body.append(frame);
    hosts.push(frame);
    await loaded;
    return { doc: frame.contentDocument!, win: frame.contentWindow! };
  }

  it('covers a document at once: overlay on top everywhere, body not rendered, title blank', async () => {
    const { doc, win } = await frameWith('<p style="font-size:40px">Conținut</p>');
    coverDocument(doc);
    const cover = doc.documentElement.querySelector(`[${COVER_ATTR}]`)!;
    expect(doc.title).to.equal('');
    expect(win.getComputedStyle(doc.body).display).to.equal('none');
    const hits = [
      [1, 1],
      [win.innerWidth / 2, win.innerHeight / 2],
      [win.innerWidth - 2, win.innerHeight - 2],
    ].map(([x, y]) => doc.elementFromPoint(x, y) === cover);
    expect(hits).to.deep.equal([true, true, true]);
    expect(win.getComputedStyle(cover).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
  });

  it('also hides an open modal dialog', async () => {
    const { doc } = await frameWith('<dialog>Dialog</dialog>');
    const dialog = doc.querySelector('dialog')!;
    dialog.showModal();
    expect(dialog.checkVisibility()).to.equal(true);
    coverDocument(doc);
    expect(dialog.checkVisibility()).to.equal(false);
    const cover = doc.documentElement.querySelector<HTMLElement>(`[${COVER_ATTR}]`)!;
    expect(cover.checkVisibility()).to.equal(true);
  });
});
