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
    /* The exit sizes itself to its container; give it a box in the bar, its label on one line. */
    position: static;
    flex: none;
    width: max-content;
    /* Its own inline-size containment would size it to nothing: here the label sets the width. */
    container-type: normal;
    --reper-exit-font-size: 1em;
  }
  .exit::part(button) {
    white-space: nowrap;
  }

  .main {
    min-height: 0;
    position: relative;
    /* The attract screen lays out inside this box: its height is the room between bar and footer. */
    container-type: size;
  }
  .attract {
    height: 100%;
    display: grid;
    place-items: center;
    padding: clamp(0.5rem, 3cqb, 2.5rem) clamp(0.75rem, 3cqi, 3rem);
    overflow: hidden;
    cursor: pointer;
  }
  .drift {
    width: min(100%, 60rem);
    max-height: 100%;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: clamp(0.5rem, 2.5cqb, 2.5rem);
    justify-items: stretch;
    align-items: center;
    text-align: center;
    /* Type follows the room there is: a 768 px landscape screen gets less than a portrait one. */
    font-size: clamp(0.75em, min(3.2cqb, 2.2cqi), 1.25em);
    --reper-hotline-number-size: clamp(2.2rem, min(11cqi, 11cqb), 8rem);
    animation: drift 240s ease-in-out infinite alternate;
  }
  .drift > reper-hotline {
    text-align: start;
  }
  .drift :is(p, .slide-title) {
    overflow-wrap: break-word;
    hyphens: auto;
  }
  @keyframes drift {
    from {
      transform: translate(-0.6vw, -0.5vh);
    }
    to {
      transform: translate(0.6vw, 0.5vh);
    }
  }
  .slide {
    display: grid;
    gap: clamp(0.4rem, 1.5cqb, 1rem);
    justify-items: center;
    min-width: 0;
  }
  .slide > reper-hotline {
    /* A card laid out in a shrink-to-fit box had no width at all: it fills the slide. */
    width: 100%;
    text-align: start;
  }
  .slide > reper-hotline::part(base) {
    max-width: none;
  }
  .slide reper-qr {
    --reper-qr-size: clamp(8rem, 34cqb, 20rem);
    --reper-qr-label-font-size: 1em;
  }
  .nowrap {
    white-space: nowrap;
  }
  .notice {
    font-weight: 700;
    padding: 0.5em 1em;
    border-radius: var(--reper-radius, 0.5rem);
    border: 2px solid var(--_brand);
    background: var(--_surface);
  }
  .touch-line {
    font-size: 1.1em;
    color: var(--_muted);
  }
  .touch-line:first-child {
    font-size: 1.7em;
    font-weight: 700;
    color: var(--_text);
  }
  .slide-title {
    font-size: 1.5em;
    font-weight: 700;
  }
  .privacy {
    color: var(--_muted);
  }
  .counting {
    margin-top: 0.5em;
    color: var(--_muted);
    font-size: 0.8em;
  }
  .counting p {
    margin: 0;
  }
  .status .export {
    font: inherit;
    margin-inline-start: 0.5em;
    padding: 0.3em 0.8em;
    min-height: 3rem;
    border: 2px solid var(--_text);
    border-radius: var(--reper-radius, 0.5rem);
    background: var(--_surface);
    color: var(--_text);
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
  .offline,
  .expired {
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

  .main,
  .status {
    grid-row: 2;
    grid-column: 1;
  }
  /* Over the screen's middle only: the top bar (and the quick exit in it) stays free. */
  .status {
    position: relative;
    z-index: 2;
    margin: 2%;
    overflow: auto;
    padding: calc(var(--_space) * 1.5);
    background: var(--_surface);
    border: 3px solid var(--_text);
    border-radius: var(--reper-radius, 0.5rem);
    font-size: 0.8em;
    user-select: text;
  }
  .status-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    margin-bottom: var(--_space);
  }
  .status .close {
    min-height: 4rem;
    min-width: 10rem;
    padding: 0.5em 1.5em;
    border: 0;
    background: var(--_brand);
    color: var(--_on-brand);
    font-weight: 700;
  }
  .status-head h2 {
    font-size: 1.3em;
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

  /* Outside opening hours: the helpline alone, on a dark and still screen. */
  .frame.dimmed {
    display: block;
    background: #121016;
    color: #d8d4dc;
  }
  .dim {
    height: 100%;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_space) * 2);
    padding: 5vmin;
  }
  .frame.dimmed reper-hotline {
    width: min(100%, 60rem);
  }
  .wake {
    font-size: 1.1em;
  }

  .operator h1 {
    font-size: 1.4em;
    margin-bottom: 0.5em;
  }
  .problems .path {
    font-weight: 700;
  }

  /* Landscape: the helpline on the left, the slide on the right, so nothing runs off the screen. */
  @container (min-aspect-ratio: 4 / 3) {
    .drift {
      width: min(100%, 110rem);
      grid-template-columns: minmax(0, 1.15fr) minmax(0, 1fr);
      grid-template-areas: 'hotline slide' 'notice slide' 'privacy privacy';
      column-gap: clamp(1rem, 3cqi, 4rem);
      --reper-hotline-number-size: clamp(2.2rem, min(7cqi, 13cqb), 8rem);
    }
    .drift > reper-hotline {
      grid-area: hotline;
    }
    .drift > reper-hotline {
      align-self: end;
    }
    .drift > .notice {
      grid-area: notice;
      align-self: start;
    }
    .drift > .slide {
      grid-area: slide;
    }
    .drift > .privacy {
      grid-area: privacy;
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
