// qrcode's encoder alone, without its canvas and string renderers (about 1.6 KB less, min+gzip).
declare module 'qrcode/lib/core/qrcode.js' {
  import type { QRCode, QRCodeOptions } from 'qrcode';
  const core: { create(text: string, options?: QRCodeOptions): QRCode };
  export default core;
}
