// Elements that show nothing before the exit: a page may start with them and still "start" with the exit.
const UNSEEN = /^(SCRIPT|STYLE|LINK)$/;

/** True when nothing a reader sees comes before `el` on its page, or in its shadow root (whose host lays it out). */
export function isFirstOnPage(el: Element): boolean {
  for (let node: Element | null = el; node && node !== document.body; node = node.parentElement) {
    for (let prev = node.previousElementSibling; prev; prev = prev.previousElementSibling) {
      if (!UNSEEN.test(prev.tagName)) return false;
    }
  }
  return true;
}

// Room below the page's end, so its last line scrolls above the corner button, and above a control
// focused with the keyboard (scroll-padding): the button's height, 48 px at least, and padding.
// Set on <html> (CSSOM, allowed under a strict CSP) while an exit holds the corner.
// One corner per page: a second exit in the corner would cover the first.
let holder: Element | undefined;

/**
 * Places a button exit in the corner (`corner` true) or not: reflects the `corner` attribute for the styles and,
 * while an exit holds the corner, gives the page room for it. `corner` false releases it.
 */
export function place(el: HTMLElement, corner: boolean): void {
  corner &&= holder ? holder === el : !isFirstOnPage(el);
  holder = corner ? el : holder === el ? undefined : holder;
  const style = document.documentElement.style;
  style.paddingBottom = style.scrollPaddingBottom = holder ? '5.5em' : '';
  el.toggleAttribute('corner', corner);
}
