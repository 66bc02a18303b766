// Demo helper: ?theme=dark|high-contrast|neutral|municipality-example loads that theme file.
// An external file (not inline) so the demo pages run under script-src 'self'.
const theme = new URLSearchParams(location.search).get('theme');
const allowed = ['dark', 'high-contrast', 'neutral', 'municipality-example'];
if (theme && allowed.includes(theme)) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = `../themes/${theme}.css`;
  document.head.append(link);
  if (theme === 'dark') document.body.classList.add('dark');
}
for (const a of document.querySelectorAll('[data-theme-link]')) {
  if (a.getAttribute('data-theme-link') === (theme ?? '')) a.setAttribute('aria-current', 'page');
}
