/**
 * `@page` rules only work in the document's own style sheets, never inside a shadow root, so the
 * poster adds one constructed sheet to the document while a poster is connected (CSSOM, allowed
 * under a strict CSP without `'unsafe-inline'`). Named pages keep the rest of a site's print
 * layout untouched: only the pages a poster sits on get its paper size and zero margins.
 */
const PRINT_CSS = `
@page reper-poster-a4 { size: A4 portrait; margin: 0; }
@page reper-poster-a3 { size: A3 portrait; margin: 0; }
@media print {
  html:has(reper-poster), html:has(reper-poster) body { margin: 0 !important; padding: 0 !important; }
}
`;

let sheet: CSSStyleSheet | undefined;
let users = 0;

export function attachPrintSheet(doc: Document = document): void {
  users++;
  if (users > 1) return;
  try {
    sheet ??= new CSSStyleSheet();
    sheet.replaceSync(PRINT_CSS);
    if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } catch {
    // No constructable style sheets: the poster still prints, with the browser's page setup.
  }
}

export function detachPrintSheet(doc: Document = document): void {
  users = Math.max(0, users - 1);
  if (users > 0 || !sheet) return;
  doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
}
