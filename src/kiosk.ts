/** `<reper-kiosk>`: the full-screen lobby kiosk (with the hotline, finder, QR and quick exit). */
export * from './components/kiosk/kiosk.js';
