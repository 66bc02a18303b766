import { css } from 'lit';

export const finderStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_bg: var(--reper-finder-background, var(--reper-color-surface, #ffffff));
    --_fg: var(--reper-finder-color, var(--reper-color-text, #1d1b20));
    --_muted: var(--reper-color-text-muted, #4a4550);
    --_card: var(--reper-finder-result-background, var(--reper-color-surface, #ffffff));
    --_alt: var(--reper-color-surface-alt, #f4f1f8);
    --_accent: var(--reper-finder-accent, var(--reper-color-brand, #4a1f6e));
    --_on-accent: var(--reper-color-on-brand, #ffffff);
    --_link: var(--reper-color-link, #3b1a87);
    --_border: var(--reper-color-border, #8a8290);
    --_focus: var(--reper-color-focus-on-surface, #1d4ed8);
    --_notice: var(--reper-color-notice, #fff4ce);
    --_on-notice: var(--reper-color-on-notice, #3d2e00);
    --_danger: var(--reper-color-danger, #a4161a);
    --_radius: var(--reper-finder-radius, var(--reper-radius, 0.5rem));
    --_s: var(--reper-space-s, 0.5rem);
    --_m: var(--reper-space-m, 1rem);
    --_font: var(--reper-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    --_target: 2.75rem;
  }
  :host([hidden]) {
    display: none;
  }
  :host([layout='kiosk']) {
    --_target: 4rem;
  }
  * {
    box-sizing: border-box;
  }
  [part='base'] {
    font-family: var(--_font);
    font-size: var(--reper-font-size-m, 1rem);
    line-height: 1.45;
    color: var(--_fg);
    background: var(--_bg);
    overflow-wrap: anywhere;
  }
  .kiosk {
    font-size: var(--reper-finder-kiosk-font-size, 1.5rem);
    padding: var(--_m);
  }
  h2,
  h3,
  p,
  ul,
  dl,
  dd,
  fieldset {
    margin: 0;
  }
  ul {
    padding: 0;
    list-style: none;
  }
  .title {
    font-size: var(--reper-font-size-xl, 1.75rem);
    line-height: 1.2;
    margin-bottom: var(--_m);
  }
  .vh {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .notice {
    background: var(--_notice);
    color: var(--_on-notice);
    border: 2px solid currentColor;
    border-radius: var(--_radius);
    padding: var(--_s) var(--_m);
    font-weight: 700;
    margin-bottom: var(--_m);
  }
  form {
    display: grid;
    gap: var(--_m);
    margin-bottom: var(--_m);
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  label,
  legend {
    font-weight: 600;
  }
  .hint {
    color: var(--_muted);
    font-size: var(--reper-font-size-s, 0.95rem);
  }
  input[type='search'],
  select {
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    min-height: var(--_target);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.25em 0.6em;
    width: 100%;
  }
  fieldset.filters {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_s) var(--_m) var(--_m);
    display: grid;
    gap: var(--_s) var(--_m);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
  }
  .checks {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_m);
    grid-column: 1 / -1;
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-height: var(--_target);
    font-weight: 400;
    cursor: pointer;
  }
  .check input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  button {
    font: inherit;
    min-height: var(--_target);
    min-width: var(--_target);
    border-radius: var(--_radius);
    cursor: pointer;
    touch-action: manipulation;
  }
  .clear,
  .more {
    justify-self: start;
    background: var(--_bg);
    color: var(--_link);
    border: 2px solid currentColor;
    padding: 0.25em 1em;
    font-weight: 600;
  }
  a {
    color: var(--_link);
    text-underline-offset: 0.15em;
  }
  :is(a, button, input, select):focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .count {
    font-weight: 600;
    margin-bottom: var(--_s);
  }
  .results {
    display: grid;
    gap: var(--_m);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 22rem), 1fr));
  }
  .result article {
    height: 100%;
    background: var(--_card);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_m);
    display: grid;
    gap: var(--_s);
    align-content: start;
  }
  .name {
    font-size: var(--reper-font-size-l, 1.25rem);
    line-height: 1.25;
  }
  .org,
  .checked,
  .muted {
    color: var(--_muted);
  }
  .checked,
  .report {
    font-size: var(--reper-font-size-s, 0.95rem);
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
  }
  .tag {
    background: var(--_alt);
    color: var(--_fg);
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 0 0.6em;
    font-size: var(--reper-font-size-s, 0.95rem);
  }
  .tag.free {
    font-weight: 700;
  }
  .facts {
    display: grid;
    gap: 0.35rem;
  }
  .facts > div {
    display: grid;
    grid-template-columns: minmax(5.5rem, max-content) 1fr;
    gap: var(--_s);
  }
  dt {
    font-weight: 600;
  }
  .phones li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.4em;
  }
  .phone {
    display: inline-flex;
    align-items: center;
    min-height: var(--_target);
    font-size: 1.2em;
    font-weight: 700;
    white-space: nowrap;
  }
  .map {
    display: inline-flex;
    align-items: center;
    min-height: var(--_target);
    margin-inline-start: 0.4em;
  }
  .status {
    font-weight: 700;
    margin-inline-end: 0.4em;
  }
  .status.open {
    color: var(--reper-finder-open-color, light-dark(#1a6b32, #8fe0a6));
  }
  .note,
  .by-phone {
    display: block;
    font-style: italic;
  }
  .stale {
    display: inline-block;
    margin-inline-start: 0.4em;
    color: var(--_danger);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    padding: 0 0.4em;
  }
  .empty {
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_m);
    display: grid;
    gap: var(--_s);
  }
  .empty-title {
    font-weight: 700;
    font-size: var(--reper-font-size-l, 1.25rem);
  }
  .helpline-number {
    font-size: 1.5em;
    font-weight: 800;
    white-space: nowrap;
  }
  .more {
    margin-top: var(--_m);
  }

  /* Kiosk: big tiles, readable at 1 m, touch only. */
  .kiosk .title {
    font-size: 2.2em;
  }
  .kiosk h3 {
    font-size: 1em;
  }
  .kiosk .name {
    font-size: 1.2em;
  }
  .kiosk :is(.hint, .tag, .checked) {
    font-size: 0.8em;
  }
  .kiosk .phone {
    font-size: 1.3em;
  }
  .tiles {
    display: grid;
    gap: var(--_s);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13em), 1fr));
  }
  .tiles.places {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 9em), 1fr));
  }
  .tile {
    min-height: max(3rem, var(--_target));
    padding: 0.4em 0.6em;
    background: var(--_alt);
    color: var(--_fg);
    border: 2px solid var(--_border);
    text-align: start;
    line-height: 1.2;
  }
  .choose h3 {
    margin: 0;
    font-size: inherit;
  }
  .tile.group {
    width: 100%;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0 var(--_s);
    background: var(--_bg, transparent);
  }
  .tile.group::after {
    content: '▾';
    margin-inline-start: auto;
  }
  .tile.group[aria-expanded='true']::after {
    content: '▴';
  }
  .group-name {
    font-weight: 700;
  }
  .group-choice {
    color: var(--_muted, inherit);
  }
  .group-choice.chosen {
    color: inherit;
    font-weight: 700;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .tile.group + .tiles,
  .choose > .tiles {
    margin-top: var(--_s);
  }
  .tile[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
    border-color: var(--_accent);
    font-weight: 700;
  }
  .toggles {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_s);
  }
  .search-row {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_s);
  }
  .search-row .field {
    flex: 1 1 14em;
  }
  .take {
    border-top: 1px dashed var(--_border);
    padding-top: var(--_s);
    display: grid;
    justify-items: center;
    gap: var(--_s);
  }
  .take reper-qr {
    --reper-qr-label-font-size: var(--reper-font-size-m, 1rem);
  }
  .take-title {
    font-weight: 700;
  }
  .kiosk .results {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 26rem), 1fr));
  }
  @container (max-width: 30rem) {
    .facts > div {
      grid-template-columns: 1fr;
      gap: 0;
    }
  }
  /* Landscape kiosk screens: choices on the left, results on the right. */
  @container (min-width: 1400px) {
    .kiosk {
      display: grid;
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
      column-gap: var(--reper-space-xl, 2.5rem);
      align-items: start;
    }
    .kiosk > * {
      grid-column: 2;
    }
    .kiosk > .title {
      grid-column: 1 / -1;
    }
    .kiosk > form {
      grid-column: 1;
      grid-row: 2 / span 20;
    }
    .kiosk .results {
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 24rem), 1fr));
    }
  }
  @media (forced-colors: active) {
    .tile[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    .notice,
    .stale,
    .tag {
      border-color: CanvasText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
`;
