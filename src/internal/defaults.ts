/**
 * The time zone for "open now", schedules and the kiosk's nightly reload when none is configured:
 * Romania's, whatever the device's clock says. One constant for the provider, the kiosk, the
 * directory API and the CLI (a module without imports, so the light elements can use it).
 */
export const DEFAULT_TIME_ZONE = 'Europe/Bucharest';
