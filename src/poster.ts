/** `<reper-poster>`: a printable A4/A3 helpline poster with a QR code (also defines `<reper-qr>`). */
export * from './components/poster/poster.js';
