import type { MapProvider } from '../../internal/context.js';
import { LONE_SURROGATE_RE, PHONE_RE, isHttpsUrl } from '../../directory/constants.js';
import type { Address, Phone } from '../../directory/schema.js';

/**
 * Every link the finder produces is built here, from validated feed fields, by a builder that
 * can only produce its own scheme (`tel:` from a checked number, `mailto:` from a checked address,
 * an `https:` URL or map search): nothing else ever reaches an `href`.
 */

const LONE_SURROGATES = new RegExp(LONE_SURROGATE_RE.source, 'g');

/** `tel:+40264000001` for a valid number, otherwise undefined. */
export function telHref(phone: Pick<Phone, 'number'>): string | undefined {
  return PHONE_RE.test(phone.number) ? `tel:${phone.number}` : undefined;
}

/**
 * How a phone number is written for people: the feed's `display`, or the E.164 number grouped
 * (`+40 264 000 001`, `+40 21 000 0000`, `+40 7xx xxx xxx`); short numbers (112, 116111) as given.
 */
export function phoneDisplay(phone: Pick<Phone, 'number' | 'display'>): string {
  if (phone.display) return phone.display;
  const n = phone.number;
  if (!n.startsWith('+')) return n.length === 6 ? `${n.slice(0, 3)} ${n.slice(3)}` : n;
  if (n.startsWith('+40') && n.length === 12) {
    const rest = n.slice(3);
    if (rest.startsWith('21') || rest.startsWith('31')) return `+40 ${rest.slice(0, 2)} ${rest.slice(2, 5)} ${rest.slice(5)}`;
    return `+40 ${rest.slice(0, 3)} ${rest.slice(3, 6)} ${rest.slice(6)}`;
  }
  return n.replace(/^(\+\d{2})(\d+)$/, (_m, cc: string, rest: string) => `${cc} ${rest.replace(/(\d{3})(?=\d)/g, '$1 ')}`);
}

const EMAIL_RE = /^[^\s@<>"'()\\,;:]+@[^\s@<>"'()\\,;:]+\.[^\s@<>"'()\\,;:]+$/;

/** `mailto:` link for a plain address, otherwise undefined. */
export function mailHref(email: string | undefined): string | undefined {
  return email && EMAIL_RE.test(email) ? `mailto:${email}` : undefined;
}

/** The website as given when it is an https: URL, otherwise undefined. */
export function webHref(url: string | undefined): string | undefined {
  return url && isHttpsUrl(url) ? url : undefined;
}

/** One line of address: `Strada Exemplu 1, 400001 Cluj-Napoca, Cluj`. */
export function addressLine(address: Address): string {
  const place = [address.postalCode, address.locality].filter(Boolean).join(' ');
  return [address.street, place, address.county].filter(Boolean).join(', ');
}

/** A map search for the address with the chosen provider; `none` gives no link. */
export function mapHref(address: Address, provider: MapProvider): string | undefined {
  // encodeURIComponent throws on a lone surrogate: replace it rather than lose the whole finder.
  const query = encodeURIComponent(`${addressLine(address)}, România`.replace(LONE_SURROGATES, '\uFFFD'));
  if (provider === 'google') return `https://www.google.com/maps/search/?api=1&query=${query}`;
  if (provider === 'osm') return `https://www.openstreetmap.org/search?query=${query}`;
  return undefined;
}
