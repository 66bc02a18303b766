import { css } from 'lit';

export const qrStyles = css`
  :host {
    display: inline-block;
    vertical-align: top;
    max-width: 100%;
    /* The caption sits on the page's own background, so it takes the page's text colour. */
    color: var(--reper-qr-label-color, inherit);
    font-family: var(--reper-font-family, system-ui, sans-serif);
  }

  :host([hidden]) {
    display: none;
  }

  .base {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--reper-space-xs, 0.25rem);
    margin: 0;
    max-width: 100%;
  }

  svg {
    display: block;
    width: var(--_size, var(--reper-qr-size, 10rem));
    max-width: 100%;
    /* Set by the element when the width would give a module under 2 px: it wins over max-width. */
    min-width: var(--_min-size, 0);
    height: auto;
    aspect-ratio: 1;
    /* The code keeps its own colours in forced-colors mode and in print. */
    forced-color-adjust: none;
    print-color-adjust: exact;
    -webkit-print-color-adjust: exact;
  }

  .light {
    fill: var(--reper-qr-light, #fff);
  }

  .dark {
    fill: var(--reper-qr-dark, #000);
  }

  /* The theme's colours were too close or inverted: dark on light, always. */
  svg.safe .light {
    fill: #fff;
  }

  svg.safe .dark {
    fill: #000;
  }

  .label {
    font-size: var(--reper-qr-label-font-size, var(--reper-font-size-s, 0.875rem));
    line-height: 1.3;
    text-align: center;
    /* Break at spaces, hyphenate long words where the language allows; never mid-word at random. */
    overflow-wrap: break-word;
    hyphens: auto;
    max-width: var(--_size, var(--reper-qr-size, 10rem));
  }

  .nowrap {
    white-space: nowrap;
  }

  .error {
    margin: 0;
    padding: var(--reper-space-s, 0.5rem);
    border: 1px solid currentColor;
    font-size: var(--reper-font-size-s, 0.875rem);
    max-width: var(--_size, var(--reper-qr-size, 10rem));
  }
`;
