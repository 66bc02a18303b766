import { css } from 'lit';

export const hotlineStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_bg: var(--reper-hotline-background, var(--reper-color-brand, #4a1f6e));
    --_fg: var(--reper-hotline-color, var(--reper-color-on-brand, #ffffff));
    --_accent: var(--reper-hotline-number-color, var(--reper-color-on-brand, #ffffff));
    --_radius: var(--reper-hotline-radius, var(--reper-radius, 0.5rem));
    --_space: var(--reper-space-m, 1rem);
    --_font: var(--reper-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    --_focus: var(--reper-color-focus, #ffbf47);
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  [part='base'] {
    font-family: var(--_font);
    font-size: var(--reper-font-size-m, 1rem);
    line-height: 1.4;
    color: var(--_fg);
    background: var(--_bg);
    padding: var(--_space) calc(var(--_space) * 1.25);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }
  p,
  ul {
    margin: 0;
  }
  a {
    color: inherit;
    text-underline-offset: 0.15em;
  }
  a:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
  .title {
    font-weight: 700;
    font-size: 1.15em;
  }
  .main {
    margin-top: 0.25em;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.5em;
  }
  .number {
    color: var(--_accent);
    font-weight: 800;
    font-size: var(--reper-hotline-number-size, clamp(1.75rem, 7cqi, 4.5rem));
    line-height: 1.15;
    letter-spacing: 0.02em;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .features {
    font-weight: 600;
  }
  .children {
    list-style: none;
    padding: 0;
    margin-top: 0.5em;
    display: grid;
    gap: 0.25em;
  }
  .line-number,
  .emergency a {
    font-weight: 800;
    font-size: 1.2em;
    white-space: nowrap;
  }
  .emergency {
    margin-top: 0.5em;
    font-weight: 600;
  }

  /* banner: full width, number large */
  .banner {
    display: grid;
    gap: 0.15em;
  }

  /* compact: one line in a header or footer */
  .compact {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.1em 0.6em;
    padding: calc(var(--_space) * 0.4) calc(var(--_space) * 0.75);
    font-size: var(--reper-font-size-s, 0.95rem);
  }
  .compact .number {
    font-size: 1.35em;
  }
  .compact .main,
  .compact .emergency,
  .compact .children {
    margin: 0;
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0 0.4em;
  }
  .compact .title {
    font-size: 1em;
  }

  /* card: a boxed block for a sidebar */
  .card {
    display: grid;
    gap: 0.35em;
    max-width: 36rem;
    background: var(--reper-hotline-card-background, var(--reper-color-surface, #ffffff));
    color: var(--reper-hotline-card-color, var(--reper-color-text, #1d1b20));
    border: 3px solid var(--_bg);
    --_focus: var(--reper-color-focus-on-surface, #1d4ed8);
  }
  .card .number {
    color: var(--reper-hotline-card-number-color, var(--reper-color-brand, #4a1f6e));
    font-size: clamp(1.75rem, 10cqi, 3rem);
  }

  /* em: relative to the element's own type size, so large kiosk type keeps one column. */
  @container (min-width: 52em) {
    .banner {
      grid-template-columns: minmax(16em, 1fr) auto;
      column-gap: calc(var(--_space) * 2);
      align-items: center;
    }
    .banner .main {
      grid-column: 2;
      grid-row: 1 / span 3;
      align-self: center;
      flex-direction: column;
      align-items: flex-end;
    }
    .banner .title,
    .banner .features,
    .banner .who,
    .banner .children,
    .banner .emergency {
      grid-column: 1;
    }
  }

  @media (forced-colors: active) {
    [part='base'] {
      border: 2px solid CanvasText;
      background: Canvas;
      color: CanvasText;
    }
    a {
      color: LinkText;
    }
  }

  @media print {
    [part='base'] {
      background: none !important;
      color: #000 !important;
      border: 2px solid #000;
    }
    .number,
    .card .number {
      color: #000 !important;
    }
    a {
      text-decoration: none;
    }
  }
`;
