import { css } from 'lit';

/*
 * The poster is laid out in container units (cqw) of its own width, so the same layout is a
 * faithful preview on a phone, fills an A4 sheet (210 mm wide) or an A3 one (297 mm) in print,
 * and A3 is exactly A4 scaled by √2.
 */
export const posterStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    width: min(100%, 210mm);
    page: reper-poster-a4;
    break-inside: avoid;
    /*
     * A poster is paper: its colours do not follow a site's screen theme (a dark theme would print
     * light text on a black sheet). Set the --reper-poster-* properties to brand it.
     */
    --_brand: var(--reper-poster-brand, #4a1f6e);
    --_on-brand: var(--reper-poster-on-brand, #ffffff);
    --_text: var(--reper-poster-color, #1d1b20);
    --_muted: var(--reper-poster-muted, #4a4550);
    --_paper: var(--reper-poster-background, #ffffff);
    --_danger: var(--reper-poster-danger, #a4161a);
    --_font: var(--reper-poster-font-family, var(--reper-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif));
    --_focus: var(--reper-poster-focus, #1d4ed8);
    /* Each poster starts a new sheet (ignored when it is the first thing printed). */
    break-before: page;
  }

  :host([size='A3' i]) {
    width: min(100%, 297mm);
    page: reper-poster-a3;
  }

  :host([hidden]) {
    display: none;
  }

  * {
    box-sizing: border-box;
  }

  .base {
    /*
     * Text sizes scale down as languages are added (--_k), and the element shrinks them a little
     * more (--_fit, set from script) if long names or overridden wording would still overflow.
     */
    --_k: 1;
    display: flex;
    flex-direction: column;
    justify-content: space-between;
    gap: 1.8cqw;
    width: 100%;
    aspect-ratio: 210 / 297;
    overflow: hidden;
    padding: 6cqw 6.5cqw 5cqw;
    background: var(--_paper);
    color: var(--_text);
    font-family: var(--_font);
    font-size: 3cqw;
    line-height: 1.25;
    border: 1px solid var(--reper-poster-border, #8a8290);
    print-color-adjust: exact;
    -webkit-print-color-adjust: exact;
  }

  .n2 {
    --_k: 0.8;
  }
  .n3 {
    --_k: 0.66;
  }
  .n4 {
    --_k: 0.58;
  }

  p,
  h2 {
    margin: 0;
  }

  a {
    color: inherit;
    text-decoration: none;
  }

  a:focus-visible {
    outline: 0.5cqw solid var(--_focus);
    outline-offset: 0.4cqw;
  }

  .lines > span {
    display: block;
  }

  /* Every language after the first is a little smaller and lighter, as on bilingual signs. */
  .lines > span + span {
    /* Never below about 12 pt on A4 (1cqw is 2.1 mm there). */
    font-size: max(0.82em, calc(1.95cqw * var(--_fit, 1)));
    font-weight: 400;
    color: var(--_muted);
    margin-top: 0.15em;
  }

  .institution {
    display: flex;
    align-items: center;
    gap: 3cqw;
    min-height: 0;
    font-size: calc(3.2cqw * var(--_fit, 1));
    font-weight: 600;
  }

  .institution.empty {
    display: none;
  }

  ::slotted([slot='logo']) {
    display: block;
    max-height: 11cqw;
    max-width: 36cqw;
    object-fit: contain;
  }

  .title {
    font-size: calc(max(6cqw * var(--_k), 2.3cqw) * var(--_fit, 1));
    font-weight: 800;
    line-height: 1.12;
    color: var(--_brand);
    padding-top: 1cqw;
  }

  .lead {
    font-size: calc(max(3.5cqw * var(--_k), 2.3cqw) * var(--_fit, 1));
  }

  .number {
    margin: 0.5cqw 0;
    /* Fits the widest common fallback (DejaVu Sans Bold: 7.7 em for the 12 characters). */
    font-size: 10.4cqw;
    font-weight: 800;
    line-height: 1;
    letter-spacing: -0.02em;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
    color: var(--_on-brand);
    background: var(--_brand);
    padding: 2.6cqw 2cqw;
    border-radius: 2cqw;
    text-align: center;
  }

  .features {
    font-size: calc(max(3.8cqw * var(--_k), 2.3cqw) * var(--_fit, 1));
    font-weight: 700;
  }

  .who {
    font-size: calc(max(3.5cqw * var(--_k), 2.3cqw) * var(--_fit, 1));
  }

  .pathway {
    font-size: calc(max(2.9cqw * var(--_k), 2.1cqw) * var(--_fit, 1));
    line-height: 1.3;
    border-top: 0.3cqw solid currentColor;
    padding-top: 1.5cqw;
  }

  .bottom {
    display: flex;
    align-items: flex-end;
    justify-content: space-between;
    gap: 4cqw;
  }

  .emergency {
    flex: 1 1 0;
    min-width: 0;
    border-left: 1.6cqw solid var(--_danger);
    padding-left: 3cqw;
  }

  .emergency .lines {
    font-size: calc(max(3.3cqw * var(--_k), 2.3cqw) * var(--_fit, 1));
    font-weight: 700;
  }

  .emergency-number {
    display: inline-block;
    margin-top: 1cqw;
    font-size: 12cqw;
    font-weight: 900;
    line-height: 1;
    color: var(--_danger);
  }

  .scan {
    flex: 0 0 auto;
    width: 34cqw;
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 1cqw;
    text-align: center;
  }

  .scan reper-qr {
    --reper-qr-size: 28cqw;
    display: block;
  }

  .scan .lines {
    font-size: calc(max(2.8cqw * var(--_k), 2.3cqw) * var(--_fit, 1));
  }

  .url {
    font-size: calc(2.4cqw * var(--_fit, 1));
    font-weight: 600;
    overflow-wrap: anywhere;
  }

  .operator {
    font-size: calc(1.9cqw * var(--_fit, 1));
    color: var(--_muted);
    border-top: 0.25cqw solid currentColor;
    padding-top: 1.4cqw;
  }

  .operator span + span::before {
    content: ' · ';
  }

  @media print {
    :host {
      width: 210mm;
    }
    :host([size='A3' i]) {
      width: 297mm;
    }
    .base {
      border: none;
    }
  }

  @media (forced-colors: active) {
    .number {
      border: 0.4cqw solid CanvasText;
    }
    .emergency {
      border-left-color: CanvasText;
    }
  }
`;
