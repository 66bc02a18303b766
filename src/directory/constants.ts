/**
 * The feed's fixed vocabularies and formats, without zod: UI code (finder, hours) imports these
 * so that a page without a feed does not download the validator. `schema.ts` re-exports them.
 */
export const SCHEMA_ID = 'reper-directory/1';

/** Kinds of service, following the service types of Law 217/2003 art. 16. */
export const CATEGORIES = [
  'helpline',
  'shelter',
  'counselling',
  'psychological',
  'legal',
  'medical',
  'social-assistance',
  'child-protection',
  'police',
  'perpetrator-programme',
  'information',
] as const;

/** Who a service is for. */
export const AUDIENCES = [
  'adult-victim',
  'minor-victim',
  'child-witness',
  'perpetrator',
  'relative-or-witness',
  'professional',
] as const;

export const PHONE_KINDS = ['voice', 'sms', 'whatsapp', 'textphone'] as const;
export const CONFIDENTIALITY = ['public', 'intake-only', 'withheld'] as const;
export const DAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;
export const STATUSES = ['published', 'sample'] as const;

/**
 * A phone number in E.164 (`+40264000001`), or a national short number of 3 to 6 digits that
 * starts with 1 (`112`, `119`, `116111`): short numbers cannot be written in E.164.
 */
export const PHONE_RE = /^(\+[1-9][0-9]{6,14}|1[0-9]{2,5})$/;
/** A BCP 47 language tag such as `ro`, `hu`, `uk` or `ro-RO`. */
export const LANG_TAG_RE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
/** `HH:MM`, 24-hour clock; `24:00` is allowed as a closing time. */
export const TIME_RE = /^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$/;
export const HTTPS_RE = /^https:\/\/[^\s/?#]+[^\s]*$/;
export const ID_RE = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;
// C0 controls except tab and newline, DEL, C1 controls, and bidi overrides that can disguise text.
// eslint-disable-next-line no-control-regex
export const UNSAFE_CHARS_RE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
/**
 * Half of a surrogate pair on its own (JSON allows `"\ud800"`): not a character at all, and
 * `encodeURIComponent` throws on it, so a map link built from such an address would break.
 */
export const LONE_SURROGATE_RE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when `value` is an absolute `https:` URL. */
export function isHttpsUrl(value: string): boolean {
  if (!HTTPS_RE.test(value)) return false;
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

