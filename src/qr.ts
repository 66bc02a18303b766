/** `<reper-qr>`: a QR code for a help page, a phone number or a short text. */
export * from './components/qr/qr.js';
export { qrShape, QUIET_ZONE, ECC_LEVELS } from './components/qr/matrix.js';
export { trackingParams } from './components/qr/tracking.js';
