import { html, type TemplateResult } from 'lit';

/** A phone number or other digit group written with spaces: "0800 500 333", "+40 264 000 003". */
const DIGITS = /\+?\d[\d\u00a0 ]*\d/g;

/**
 * Text with every digit group in a `<span class="nowrap">`, so that a phone number never breaks
 * across lines ("0800 / 500 333"); the text itself is unchanged (same characters for copy and
 * screen readers). The caller's styles give `.nowrap` `white-space: nowrap`.
 */
export function keepNumbersTogether(text: string): (string | TemplateResult)[] {
  const out: (string | TemplateResult)[] = [];
  let last = 0;
  for (const m of text.matchAll(DIGITS)) {
    if (!/\s/.test(m[0])) continue; // nothing to break inside
    out.push(text.slice(last, m.index), html`<span class="nowrap">${m[0]}</span>`);
    last = m.index + m[0].length;
  }
  out.push(text.slice(last));
  return out;
}
