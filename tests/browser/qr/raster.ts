import jsQR from 'jsqr';

/**
 * Rasterises the SVG a `<reper-qr>` rendered, with the colours the browser computed for it, and
 * returns the pixels. `px` is the number of pixels per module.
 */
export async function rasterise(host: HTMLElement, px = 6): Promise<{ image: ImageData; side: number; px: number }> {
  const svgEl = host.shadowRoot?.querySelector('svg');
  if (!svgEl) throw new Error('no <svg> rendered');
  const side = svgEl.viewBox.baseVal.width;
  const clone = svgEl.cloneNode(true) as SVGSVGElement;
  for (const selector of ['rect', 'path']) {
    const source = svgEl.querySelector(selector);
    const target = clone.querySelector(selector);
    if (!source || !target) throw new Error(`no <${selector}> in the code`);
    target.setAttribute('fill', getComputedStyle(source).fill);
  }
  clone.setAttribute('width', String(side * px));
  clone.setAttribute('height', String(side * px));
  const blob = new Blob([new XMLSerializer().serializeToString(clone)], { type: 'image/svg+xml' });
  const url = URL.createObjectURL(blob);
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = side * px;
    canvas.height = side * px;
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('no 2D canvas');
    // A mid-grey page behind the code: only the code's own quiet zone can make it readable.
    ctx.fillStyle = '#808080';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0);
    return { image: ctx.getImageData(0, 0, canvas.width, canvas.height), side, px };
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Decodes the code with jsQR, an independent decoder. */
export async function decode(host: HTMLElement): Promise<string | undefined> {
  const { image } = await rasterise(host);
  const result = jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' });
  return result?.data;
}

/** Waits until the element stops re-rendering (the colour check may ask for one more update). */
export async function settle(el: HTMLElement & { updateComplete: Promise<boolean> }): Promise<void> {
  for (let i = 0; i < 5; i++) if (await el.updateComplete) return;
}
