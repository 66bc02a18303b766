/**
 * The time zone for "open now", schedules and the kiosk's nightly reload when none is configured:
 * Romania's, whatever the device's clock says. One constant for the provider, the kiosk, the
 * finder, the directory API and the CLI. The base element (context.ts) does not import it: a
 * module the hotline and the quick exit shared with the directory API would be a chunk of its own
 * in their CDN bundles.
 */
export const DEFAULT_TIME_ZONE = 'Europe/Bucharest';
