/**
 * Query parameters that identify a campaign, an ad click or a mailing recipient. A code on a help
 * poster must not tell anyone where (or by whom) it was scanned.
 */
const TRACKING_EXACT = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'igshid',
  'igsh',
  'mc_eid',
  'mc_cid',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'vero_id',
  'oly_anon_id',
  'oly_enc_id',
  'rb_clickid',
  's_cid',
  'srsltid',
  'epik',
  'sc_cid',
  'wickedid',
]);

/** The tracking parameters in a URL (`utm_*`, `fbclid`, `gclid`, `mc_eid`, …); empty for anything else. */
export function trackingParams(value: string): string[] {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return [];
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return [];
  const found: string[] = [];
  for (const key of url.searchParams.keys()) {
    const k = key.toLowerCase();
    if ((k.startsWith('utm_') || k.startsWith('pk_') || k.startsWith('mtm_') || TRACKING_EXACT.has(k)) && !found.includes(key)) {
      found.push(key);
    }
  }
  return found;
}
