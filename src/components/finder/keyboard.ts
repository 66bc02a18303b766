import { html, type TemplateResult } from 'lit';

/** Letter rows of the on-screen keyboard: Latin letters plus Romanian and Hungarian ones. */
export const KEY_ROWS: readonly (readonly string[])[] = [
  ['q', 'w', 'e', 'r', 't', 'y', 'u', 'i', 'o', 'p'],
  ['a', 's', 'd', 'f', 'g', 'h', 'j', 'k', 'l'],
  ['z', 'x', 'c', 'v', 'b', 'n', 'm', '-'],
  ['ă', 'â', 'î', 'ș', 'ț'],
  ['á', 'é', 'í', 'ó', 'ö', 'ő', 'ú', 'ü', 'ű'],
];

export type KeyAction = { type: 'char'; char: string } | { type: 'backspace' } | { type: 'clear' };

export interface KeyboardStrings {
  label: string;
  space: string;
  backspace: string;
  clear: string;
}

/**
 * An on-screen keyboard for touch-only kiosks: plain buttons (no focus trap, no input element of
 * its own) that report key presses through `onKey`. Buttons keep focus where it is (pointerdown
 * is cancelled), so a tap does not move the screen reader's place.
 */
export function renderKeyboard(strings: KeyboardStrings, onKey: (action: KeyAction) => void): TemplateResult {
  const keep = (e: Event) => e.preventDefault();
  const key = (label: string, action: KeyAction, cls = '', name?: string) =>
    html`<button type="button" class="key ${cls}" aria-label=${name ?? label} @pointerdown=${keep} @click=${() => onKey(action)}>
      ${label}
    </button>`;
  return html`<div class="keyboard" part="keyboard" role="group" aria-label=${strings.label}>
    ${KEY_ROWS.map((row) => html`<div class="key-row">${row.map((c) => key(c, { type: 'char', char: c }))}</div>`)}
    <div class="key-row">
      ${key('⌫', { type: 'backspace' }, 'wide', strings.backspace)}
      ${key(strings.space, { type: 'char', char: ' ' }, 'space')}
      ${key('✕', { type: 'clear' }, 'wide', strings.clear)}
    </div>
  </div>`;
}
