/** An sRGB colour with 0–255 channels and 0–1 alpha. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

let probe: CanvasRenderingContext2D | null | undefined;

/**
 * Resolves any CSS colour the browser understands (`#123`, `rgb()`, `oklch()`, named colours) to
 * sRGB by painting one pixel. Returns undefined for a value that is not a colour.
 */
export function resolveColor(css: string): Rgba | undefined {
  const value = css.trim();
  if (!value) return undefined;
  if (probe === undefined) {
    probe = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  }
  if (!probe) return undefined;
  // Two different sentinels: an invalid value leaves fillStyle unchanged, a valid one replaces it.
  probe.fillStyle = '#010203';
  probe.fillStyle = value;
  const first = probe.fillStyle;
  probe.fillStyle = '#030201';
  probe.fillStyle = value;
  if (probe.fillStyle !== first) return undefined;
  probe.clearRect(0, 0, 1, 1);
  probe.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = probe.getImageData(0, 0, 1, 1).data;
  return { r, g, b, a: a / 255 };
}

/** WCAG 2 relative luminance of an opaque sRGB colour. */
export function luminance({ r, g, b }: Rgba): number {
  const lin = (c: number): number => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2 contrast ratio between two opaque colours, 1–21. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** The contrast a QR code's colours must have at least; below it the code is drawn black on white. */
export const MIN_QR_CONTRAST = 7;

/**
 * True when a theme's QR colours are safe to use: both opaque, the dark one darker than the light
 * one (inverted codes fail on many phones) and at least {@link MIN_QR_CONTRAST}:1 apart.
 */
export function qrColorsUsable(dark: Rgba | undefined, light: Rgba | undefined): boolean {
  if (!dark || !light) return false;
  if (dark.a < 1 || light.a < 1) return false;
  if (luminance(dark) >= luminance(light)) return false;
  return contrastRatio(dark, light) >= MIN_QR_CONTRAST;
}
