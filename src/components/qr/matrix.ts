// The encoder only: qrcode's renderers are not needed, the SVG is drawn with lit.
import QRCode from 'qrcode/lib/core/qrcode.js';

/** Error-correction levels: about 7 %, 15 %, 25 % and 30 % of the code may be damaged. */
export type Ecc = 'L' | 'M' | 'Q' | 'H';
export const ECC_LEVELS: readonly Ecc[] = ['L', 'M', 'Q', 'H'];

/** The quiet zone (blank margin) around a code, in modules. ISO/IEC 18004 asks for at least 4. */
export const QUIET_ZONE = 4;

/** A QR symbol ready to draw: its side in modules (quiet zone included) and one SVG path. */
export interface QrShape {
  /** Modules per side of the symbol alone. */
  modules: number;
  /** Modules per side including the quiet zone on every side: the SVG viewBox. */
  side: number;
  /** SVG path data: one rectangle per horizontal run of dark modules. */
  d: string;
  /** The QR version (1–40) that was chosen for the value. */
  version: number;
}

/**
 * Encodes `value` and turns its module matrix into one SVG path. Horizontal runs of dark modules
 * are merged into single rectangles, which keeps the path short and leaves no hairline seams
 * between neighbouring modules when the code is scaled. Throws when the value does not fit in a
 * QR code at that level.
 */
export function qrShape(value: string, ecc: Ecc = 'M', quiet: number = QUIET_ZONE): QrShape {
  const code = QRCode.create(value, { errorCorrectionLevel: ecc });
  const { size } = code.modules;
  const q = Math.max(QUIET_ZONE, Math.floor(quiet));
  const parts: string[] = [];
  for (let r = 0; r < size; r++) {
    let c = 0;
    while (c < size) {
      if (!code.modules.get(r, c)) {
        c++;
        continue;
      }
      const start = c;
      while (c < size && code.modules.get(r, c)) c++;
      const run = c - start;
      parts.push(`M${start + q} ${r + q}h${run}v1h-${run}z`);
    }
  }
  return { modules: size, side: size + 2 * q, d: parts.join(''), version: code.version };
}
