import { css } from 'lit';

// One rule per line, for reading; the CDN build minifies the CSS in lit templates.
export const exitStyles = css`
:host{display:block;position:sticky;top:var(--reper-exit-top,0);z-index:var(--reper-exit-z-index,1000);container-type:inline-size}
:host([hidden]){display:none}
:host([variant=skiplink]){position:static}
:host([corner]){position:fixed;inset:auto 0 0 auto;container-type:normal}
.base{display:flex;flex-flow:row-reverse wrap;align-items:flex-start;gap:.5rem;padding:.5rem;font:var(--reper-exit-font-size,1rem)/1.3 var(--reper-font-family,system-ui,sans-serif);pointer-events:none}
.base>*{pointer-events:auto}
.neutral a{background:var(--reper-exit-background,#2f4454)}
a{display:inline-flex;justify-content:center;align-items:center;min-height:48px;padding:.6em 1.25em;border:2px solid #0000;border-radius:var(--reper-exit-radius,.375rem);background:var(--reper-exit-background,#a4262c);color:var(--reper-exit-color,#fff);font-weight:700;font-size:1.125em;text-align:center;text-decoration:none}
a:focus-visible{outline:3px solid var(--reper-exit-focus-color,#ffbf47);box-shadow:0 0 0 6px #000}
details{max-width:40rem;color:#1b1b1f;background:#fff;border:1px solid #6b6b73;padding:0 .5rem}
summary{padding:.6em 0}
.vh,.skiplink a:not(:focus){position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap;padding:0;border:0}
.skiplink a:focus{position:fixed;top:.5rem;left:.5rem;z-index:2147483646}
@container (max-width:36rem){.base{flex-direction:column;align-items:stretch}details{max-width:none}}
@media (forced-colors:active){a{border-color:LinkText}a:focus-visible{outline-color:Highlight}}
`;
