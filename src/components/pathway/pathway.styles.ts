import { css } from 'lit';

export const pathwayStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_bg: var(--reper-pathway-background, var(--reper-color-surface, #ffffff));
    --_fg: var(--reper-pathway-color, var(--reper-color-text, #1d1b20));
    --_muted: var(--reper-color-text-muted, #4a4550);
    --_accent: var(--reper-pathway-accent, var(--reper-color-brand, #4a1f6e));
    --_first: var(--reper-pathway-first-background, var(--reper-color-surface-alt, #f4f1f8));
    --_line: var(--reper-color-border, #8a8290);
    --_link: var(--reper-color-link, #3b1a87);
    --_focus: var(--reper-color-focus-on-surface, #1d4ed8);
    --_space: var(--reper-space-m, 1rem);
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  .base {
    font-family: var(--reper-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    font-size: var(--reper-pathway-font-size, 1rem);
    line-height: 1.5;
    color: var(--_fg);
    background: var(--_bg);
    padding: var(--_space);
    border-radius: var(--reper-radius, 0.5rem);
    overflow-wrap: break-word;
  }
  h2,
  h3,
  h4,
  p,
  ul,
  ol {
    margin: 0;
  }
  h2 {
    font-size: 1.5em;
    line-height: 1.25;
    color: var(--_accent);
  }
  h3,
  h4 {
    font-size: 1.2em;
    line-height: 1.3;
  }
  h4 {
    font-size: 1.05em;
  }
  p,
  li {
    max-width: 42em;
  }
  .intro {
    margin-top: 0.5em;
  }
  a {
    color: var(--_link);
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .num {
    font-weight: 800;
    font-size: 1.2em;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .first {
    margin-top: var(--_space);
    padding: 0.75em 1em;
    background: var(--_first);
    border-left: 0.375em solid var(--_accent);
    border-radius: 0.25em;
    display: grid;
    gap: 0.5em;
  }
  .danger {
    font-weight: 600;
  }

  /* The steps: numbered circles joined by a line. */
  .steps {
    list-style: none;
    padding: 0;
    margin-top: calc(var(--_space) * 1.5);
    counter-reset: step;
  }
  .step {
    --_dot: 2em;
    counter-increment: step;
    position: relative;
    padding: 0 0 calc(var(--_space) * 1.5) calc(var(--_dot) + 1em);
    max-width: none;
  }
  .step::before {
    content: counter(step);
    position: absolute;
    left: 0;
    top: -0.1em;
    width: var(--_dot);
    height: var(--_dot);
    border-radius: 50%;
    display: grid;
    place-items: center;
    font-weight: 800;
    color: var(--_bg);
    background: var(--_accent);
    /* Transparent on screen; forced-colors mode (and print, below) draws it. */
    border: 2px solid transparent;
  }
  .step:not(:last-child)::after {
    content: '';
    position: absolute;
    left: calc(var(--_dot) / 2 - 1px);
    top: calc(var(--_dot) + 0.1em);
    bottom: 0.2em;
    border-left: 2px solid var(--_line);
  }
  .step > p,
  .branch > p,
  .law > p {
    margin-top: 0.35em;
  }
  .branches > ul {
    list-style: none;
    padding: 0;
    margin-top: 0.6em;
    display: grid;
    gap: 0.75em;
  }
  .branch {
    max-width: none;
    padding: 0.75em 1em;
    border: 1px solid var(--_line);
    border-radius: 0.375em;
  }
  .branch.imminent {
    border-width: 2px;
    border-color: var(--_accent);
  }
  @container (min-width: 44em) {
    .branches > ul {
      grid-template-columns: 1fr 1fr;
      align-items: start;
    }
  }

  /* Disclosures: real buttons with aria-expanded. */
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: 48px;
    margin-top: 0.25em;
    padding: 0.25em 0.75em 0.25em 0.5em;
    font: inherit;
    font-weight: 600;
    color: var(--_link);
    background: none;
    border: 0;
    border-radius: 0.25em;
    cursor: pointer;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    text-align: start;
    margin-left: -0.5em;
  }
  .toggle::before {
    content: '';
    width: 0.5em;
    height: 0.5em;
    border: solid currentColor;
    border-width: 0 0.15em 0.15em 0;
    transform: translateY(-0.15em) rotate(45deg);
  }
  .toggle[aria-expanded='true']::before {
    transform: translateY(0.1em) rotate(-135deg);
  }
  .detail {
    margin-top: 0.25em;
    padding-left: 1em;
    border-left: 2px solid var(--_line);
  }
  .detail ul,
  .find ul {
    padding-left: 1.25em;
    display: grid;
    gap: 0.35em;
  }
  .find {
    margin-top: 0.6em;
  }
  .find ul {
    list-style: none;
    padding: 0;
    margin-top: 0.35em;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .find button {
    min-height: 48px;
    padding: 0.4em 1em;
    font: inherit;
    font-weight: 600;
    color: var(--_accent);
    background: var(--_bg);
    border: 2px solid var(--_accent);
    border-radius: 999px;
    cursor: pointer;
  }
  .law {
    padding-top: var(--_space);
    border-top: 1px solid var(--_line);
  }
  .source {
    margin-top: var(--_space);
    font-size: 0.875em;
    color: var(--_muted);
  }
  /* Narrow (a phone): less indentation, so nested details keep a readable line length. */
  @container (max-width: 30em) {
    .base {
      padding: 0.75em 0.5em;
    }
    .step {
      --_dot: 1.6em;
      padding-left: 2.1em;
    }
    .branch {
      padding: 0.5em;
    }
    .detail {
      padding-left: 0;
      border-left: 0;
    }
    .detail ul {
      padding-left: 1.1em;
    }
  }
  @media print {
    .base {
      font-size: 9.5pt;
      line-height: 1.35;
      padding: 0;
      color: #000;
      background: none;
    }
    h2 {
      color: #000;
      font-size: 1.4em;
    }
    .first,
    .step::before {
      color: #000;
      background: none;
      border: 1.5pt solid #000;
    }
    .first {
      margin-top: 0.6em;
      padding: 0.4em 0.75em;
      gap: 0.2em;
    }
    .steps {
      margin-top: 0.8em;
    }
    .step {
      padding-bottom: 0.6em;
    }
    .toggle,
    .find {
      display: none;
    }
    .detail[hidden] {
      display: block;
    }
    .detail {
      margin-top: 0.3em;
    }
    .detail ul {
      gap: 0.15em;
    }
    .branch {
      padding: 0.4em 0.6em;
    }
    .branch,
    .first,
    h3,
    h4 {
      break-inside: avoid;
      break-after: avoid;
    }
    .branch,
    .first {
      break-after: auto;
    }
    .law {
      padding-top: 0.6em;
    }
    .source {
      margin-top: 0.6em;
    }
    a {
      color: #000;
      text-decoration: none;
    }
  }
`;
