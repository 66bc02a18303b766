import { css, html, type TemplateResult } from 'lit';
import type { Lang } from '../../internal/lang.js';

type Rows = readonly (readonly string[])[];

const QWERTY: Rows = [
  ['q', 'w', 'e', 'r', 't', 'y', 'u', 'i', 'o', 'p'],
  ['a', 's', 'd', 'f', 'g', 'h', 'j', 'k', 'l'],
  ['z', 'x', 'c', 'v', 'b', 'n', 'm', '-'],
];

/**
 * Letter rows of the on-screen keyboard, per language: Romanian QWERTY with ă â î ș ț, Hungarian
 * QWERTZ with its nine accented vowels, English QWERTY, and the Ukrainian ЙЦУКЕН layout with all
 * 33 letters (ґ, є, і, ї included) and the apostrophe Ukrainian spelling uses (м’ята).
 */
export const KEY_ROWS: Readonly<Record<Lang, Rows>> = {
  ro: [...QWERTY, ['ă', 'â', 'î', 'ș', 'ț']],
  hu: [
    ['ö', 'ü', 'ó', 'ő', 'ú', 'ű'],
    ['q', 'w', 'e', 'r', 't', 'z', 'u', 'i', 'o', 'p'],
    ['a', 's', 'd', 'f', 'g', 'h', 'j', 'k', 'l', 'é', 'á'],
    ['í', 'y', 'x', 'c', 'v', 'b', 'n', 'm', '-'],
  ],
  en: QWERTY,
  uk: [
    ['й', 'ц', 'у', 'к', 'е', 'н', 'г', 'ш', 'щ', 'з', 'х', 'ї'],
    ['ф', 'і', 'в', 'а', 'п', 'р', 'о', 'л', 'д', 'ж', 'є', 'ґ'],
    ['я', 'ч', 'с', 'м', 'и', 'т', 'ь', 'б', 'ю', '’', '-'],
  ],
};

/** The keyboard's styles, adopted by the finder when this module loads (websites never need them). */
export const keyboardStyles = css`
  .keyboard {
    display: grid;
    gap: 0.4rem;
    margin-top: var(--_s);
    user-select: none;
  }
  .key-row {
    display: flex;
    gap: 0.4rem;
    justify-content: center;
  }
  .key {
    flex: 0 1 3.6rem;
    min-width: 3rem;
    min-height: 3.6rem;
    padding: 0;
    background: var(--_alt);
    color: var(--_fg);
    border: 2px solid var(--_border);
    font-size: 1.1em;
  }
  .key.wide {
    flex-basis: 6rem;
  }
  .key.space {
    flex: 1 1 20rem;
  }
  @container (max-width: 30rem) {
    .key {
      min-width: 0;
      flex-basis: 2.4rem;
    }
  }
`;

export type KeyAction = { type: 'char'; char: string } | { type: 'backspace' } | { type: 'clear' };

export interface KeyboardStrings {
  label: string;
  space: string;
  backspace: string;
  clear: string;
}

/**
 * An on-screen keyboard for touch-only kiosks in the language shown: plain buttons (no focus trap,
 * no input element of its own) that report key presses through `onKey`. Buttons keep focus where
 * it is (pointerdown is cancelled), so a tap does not move the screen reader's place.
 */
export function renderKeyboard(strings: KeyboardStrings, onKey: (action: KeyAction) => void, lang: Lang = 'ro'): TemplateResult {
  const keep = (e: Event) => e.preventDefault();
  const key = (label: string, action: KeyAction, cls = '', name?: string) =>
    html`<button type="button" class="key ${cls}" aria-label=${name ?? label} @pointerdown=${keep} @click=${() => onKey(action)}>
      ${label}
    </button>`;
  return html`<div class="keyboard" part="keyboard" role="group" aria-label=${strings.label} lang=${lang}>
    ${KEY_ROWS[lang].map((row) => html`<div class="key-row">${row.map((c) => key(c, { type: 'char', char: c }))}</div>`)}
    <div class="key-row">
      ${key('⌫', { type: 'backspace' }, 'wide', strings.backspace)}
      ${key(strings.space, { type: 'char', char: ' ' }, 'space')}
      ${key('✕', { type: 'clear' }, 'wide', strings.clear)}
    </div>
  </div>`;
}
