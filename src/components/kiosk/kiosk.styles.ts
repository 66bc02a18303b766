import { css } from 'lit';

export const kioskStyles = css`
  :host {
    display: block;
    position: fixed;
    inset: 0;
    overflow: hidden;
    --_bg: var(--reper-kiosk-background, var(--reper-color-surface-alt, #f4f1f8));
    --_surface: var(--reper-color-surface, #ffffff);
    --_text: var(--reper-color-text, #1d1b20);
    --_muted: var(--reper-color-text-muted, #4a4550);
    --_brand: var(--reper-color-brand, #4a1f6e);
    --_on-brand: var(--reper-color-on-brand, #ffffff);
    --_focus: var(--reper-color-focus-on-surface, #1d4ed8);
    --_space: var(--reper-space-m, 1rem);
    font-family: var(--reper-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    font-size: var(--reper-kiosk-font-size, clamp(18px, 2.3vmin, 34px));
    color: var(--_text);
    background: var(--_bg);
    /* A lobby screen: no text selection, no pinch zoom, no pull-to-refresh or swipe navigation. */
    user-select: none;
    -webkit-user-select: none;
    touch-action: pan-y;
    overscroll-behavior: none;
    -webkit-tap-highlight-color: transparent;
  }
  * {
    box-sizing: border-box;
  }
  h1,
  h2,
  p {
    margin: 0;
  }
  button {
    font: inherit;
    color: inherit;
    min-height: 3rem;
    min-width: 3rem;
    border-radius: var(--reper-radius, 0.5rem);
    cursor: pointer;
  }
  button:focus-visible {
    outline: 4px solid var(--_focus);
    outline-offset: 2px;
  }
  .frame {
    /* Elements inside read the kiosk's large type through the shared tokens. */
    --reper-font-size-m: 1em;
    --reper-font-size-s: 0.9em;
    --reper-hotline-number-size: clamp(2.5rem, 11cqi, 9rem);
    height: 100%;
    display: grid;
    grid-template-rows: auto 1fr auto;
  }
  .frame.loading,
  .frame.config-error {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    padding: calc(var(--_space) * 2);
    overflow: auto;
  }

  .topbar {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    padding: calc(var(--_space) * 0.6) var(--_space);
    background: var(--_surface);
    border-bottom: 2px solid var(--reper-color-border, #8a8290);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) * 0.5) var(--_space);
  }
  .corner {
    display: flex;
    text-align: start;
    align-items: center;
    gap: 0.5em;
    background: none;
    border: 0;
    padding: 0;
    font-weight: 700;
    cursor: default;
  }
  .corner img {
    max-height: 3rem;
    max-width: 8rem;
  }
  nav,
  .langs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .langs {
    justify-content: end;
  }
  .nav,
  .lang {
    background: var(--_surface);
    border: 2px solid var(--_brand);
    color: var(--_brand);
    padding: 0.4em 0.9em;
    font-weight: 600;
  }
  .nav[aria-current='page'],
  .lang[aria-pressed='true'] {
    background: var(--_brand);
    color: var(--_on-brand);
  }
  .exit {
    /* The exit sizes itself to its container; give it a box in the bar. */
    position: static;
    flex: none;
    width: 11em;
    --reper-exit-font-size: 1em;
  }

  .main {
    min-height: 0;
    position: relative;
  }
  .attract {
    height: 100%;
    display: flex;
    align-items: center;
    justify-content: center;
    padding: calc(var(--_space) * 2);
    cursor: pointer;
  }
  .drift {
    width: min(100%, 60rem);
    display: grid;
    gap: calc(var(--_space) * 2);
    justify-items: center;
    text-align: center;
    animation: drift 240s ease-in-out infinite alternate;
  }
  .drift > reper-hotline {
    width: 100%;
    text-align: start;
  }
  @keyframes drift {
    from {
      transform: translate(-1.2vw, -1vh);
    }
    to {
      transform: translate(1.2vw, 1vh);
    }
  }
  .slide {
    display: grid;
    gap: var(--_space);
    justify-items: center;
  }
  .touch-line {
    font-size: 1.2em;
    color: var(--_muted);
  }
  .touch-line:first-child {
    font-size: 2em;
    font-weight: 700;
    color: var(--_text);
  }
  .slide-title {
    font-size: 1.6em;
    font-weight: 700;
  }
  .privacy {
    color: var(--_muted);
  }

  .scroll {
    height: 100%;
    overflow-y: auto;
    overscroll-behavior: contain;
    padding: var(--_space);
    display: grid;
    align-content: start;
    gap: var(--_space);
  }
  .pathway-view reper-pathway {
    --reper-pathway-font-size: 1em;
    width: 100%;
    max-width: 56em;
    justify-self: center;
  }
  .resources h1 {
    font-size: 1.6em;
  }
  .resources {
    text-align: center;
    justify-items: center;
  }
  .cards {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: calc(var(--_space) * 2);
    --reper-qr-label-font-size: 1em;
  }

  .footer {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.5em;
    padding: calc(var(--_space) * 0.5) var(--_space);
    font-size: 0.8em;
    color: var(--_muted);
    background: var(--_surface);
    border-top: 1px solid var(--reper-color-border, #8a8290);
  }
  .sample,
  .offline {
    font-weight: 700;
    color: var(--reper-color-on-notice, #3d2e00);
    background: var(--reper-color-notice, #fff4ce);
    padding: 0 0.5em;
  }

  .idle-warning {
    position: absolute;
    inset: auto 0 4rem 0;
    margin: 0 auto;
    width: fit-content;
    max-width: 90%;
    padding: 0.8em 1.2em;
    border-radius: var(--reper-radius, 0.5rem);
    background: var(--reper-color-notice, #fff4ce);
    color: var(--reper-color-on-notice, #3d2e00);
    font-weight: 700;
    box-shadow: 0 4px 20px rgb(0 0 0 / 0.3);
  }

  .status {
    position: absolute;
    inset: 5%;
    overflow: auto;
    padding: calc(var(--_space) * 1.5);
    background: var(--_surface);
    border: 3px solid var(--_text);
    border-radius: var(--reper-radius, 0.5rem);
    font-size: 0.8em;
    user-select: text;
  }
  .status dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.3em 1em;
  }
  .status dt {
    font-weight: 700;
  }
  .status dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .status ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }

  .operator h1 {
    font-size: 1.4em;
    margin-bottom: 0.5em;
  }
  .problems code {
    font-weight: 700;
  }

  @media (orientation: landscape) {
    .drift {
      width: min(100%, 80rem);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .drift {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    .nav[aria-current='page'],
    .lang[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
