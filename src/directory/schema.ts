import * as z from 'zod/mini';

/**
 * The `reper-directory/1` feed schema (see DESIGN.md, "Directory feed"). This is the one schema:
 * the browser validates with it, the CLI reuses it, and `scripts/gen-schema.mjs` turns it into
 * `schema/reper-directory-1.schema.json` for publishers who do not use JavaScript.
 *
 * Structure only lives here; the rules that span fields (unique ids, no address for a
 * confidential location, …) are checked in `validate.ts` so that every problem is reported even
 * when other parts of the same service are broken.
 */

export * from './constants.js';
import { SCHEMA_ID, CATEGORIES, AUDIENCES, PHONE_KINDS, CONFIDENTIALITY, DAYS, STATUSES, PHONE_RE, LANG_TAG_RE, TIME_RE, HTTPS_RE, ID_RE, UNSAFE_CHARS_RE, LONE_SURROGATE_RE, isHttpsUrl } from './constants.js';

/** Plain text: not empty, not too long, no control characters. Never interpreted as markup. */
const text = (max: number) =>
  z.string().check(
    z.minLength(1, { error: 'must not be empty' }),
    z.maxLength(max, { error: `must be at most ${max} characters` }),
    z.refine((s) => s.length === 0 || s.trim().length > 0, { error: 'must not be blank' }),
    z.refine((s) => !UNSAFE_CHARS_RE.test(s), { error: 'must not contain control or bidi-override characters' }),
    z.refine((s) => !LONE_SURROGATE_RE.test(s), { error: 'must be well-formed Unicode text (it has half of a surrogate pair)' }),
  );

/** Text in one language, or an object with one text per language (`{"ro": "…", "hu": "…"}`). */
const localizedText = (max: number) =>
  z.union(
    [
      text(max),
      z.record(
        z.string().check(z.regex(LANG_TAG_RE, { error: 'language keys must be language codes such as "ro" or "hu"' })),
        text(max),
      ).check(z.refine((o) => Object.keys(o).length > 0, { error: 'must have a text in at least one language' })),
    ],
    { error: 'must be text, or an object with one text per language such as {"ro": "…"}' },
  );

export const localizedTextSchema = localizedText(4000);

const isoDate = () => z.iso.date({ error: 'must be an ISO date (YYYY-MM-DD)' });
const isoDateTime = () =>
  z.iso.datetime({ offset: true, error: 'must be an ISO date and time (e.g. 2026-01-31T09:00:00Z)' });

const langTag = () => z.string().check(z.regex(LANG_TAG_RE, { error: 'must be a language code such as "ro" or "hu"' }));

const httpsUrl = () =>
  z.string().check(
    z.regex(HTTPS_RE, { error: 'must be an https:// link' }),
    z.refine(isHttpsUrl, { error: 'must be an https:// link' }),
  );

const enumOf = <const T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, {
    error: (iss) =>
      // A missing field is "required", not "unknown … undefined".
      iss.input === undefined ? 'is required' : `unknown ${what} ${JSON.stringify(iss.input)} (expected one of: ${values.join(', ')})`,
  });

export const slotSchema = z.strictObject({
  /** Days the slot applies to. */
  days: z.array(enumOf(DAYS, 'day')).check(z.minLength(1, { error: 'must list at least one day' })),
  /** Local opening time, `HH:MM`. */
  opens: z.string().check(z.regex(TIME_RE, { error: 'must be a time HH:MM' })),
  /** Local closing time, `HH:MM`; earlier than `opens` means the slot runs past midnight. */
  closes: z.string().check(z.regex(TIME_RE, { error: 'must be a time HH:MM' })),
});

export const hoursSchema = z.strictObject({
  /** Open around the clock. */
  open247: z.optional(z.boolean()),
  /** Weekly opening slots in the directory's time zone. */
  weekly: z.optional(z.array(slotSchema)),
  /** Free-text remark (by appointment, holidays, hours not confirmed, …). */
  note: z.optional(localizedText(500)),
});

export const phoneSchema = z.strictObject({
  number: z.string().check(
    z.regex(PHONE_RE, { error: 'must be an E.164 number such as +40264000001 (or a short number such as 112)' }),
  ),
  display: z.optional(text(40)),
  kind: enumOf(PHONE_KINDS, 'phone kind'),
  tollFree: z.optional(z.boolean()),
  hours: z.optional(hoursSchema),
  /** Something a caller must know (e.g. "register with the 113 service first"). */
  note: z.optional(localizedText(500)),
});

export const addressSchema = z.strictObject({
  street: text(200),
  locality: text(100),
  county: text(100),
  postalCode: z.optional(z.string().check(z.regex(/^[0-9]{6}$/, { error: 'must be a 6-digit Romanian postal code' }))),
});

export const geoSchema = z.strictObject({
  lat: z.number().check(z.gte(-90, { error: 'must be between -90 and 90' }), z.lte(90, { error: 'must be between -90 and 90' })),
  lon: z.number().check(
    z.gte(-180, { error: 'must be between -180 and 180' }),
    z.lte(180, { error: 'must be between -180 and 180' }),
  ),
});

export const locationSchema = z.strictObject({
  /** `public`: address shown; `intake-only`: reached through its phone/intake; `withheld`: never disclosed. */
  confidentiality: enumOf(CONFIDENTIALITY, 'confidentiality'),
  /** Only when `confidentiality` is `public`. */
  address: z.optional(addressSchema),
  /** Only when `confidentiality` is `public`. */
  geo: z.optional(geoSchema),
  accessibility: z.optional(localizedText(500)),
});

export const serviceSchema = z.strictObject({
  id: z.string().check(
    z.regex(ID_RE, { error: 'must be 1–100 letters, digits, ".", "_", ":" or "-", starting with a letter or digit' }),
  ),
  name: localizedText(200),
  description: z.optional(localizedText(2000)),
  organization: z.optional(localizedText(200)),
  categories: z.array(enumOf(CATEGORIES, 'category')).check(z.minLength(1, { error: 'must list at least one category' })),
  audiences: z.array(enumOf(AUDIENCES, 'audience')).check(z.minLength(1, { error: 'must list at least one audience' })),
  phones: z.array(phoneSchema),
  email: z.optional(z.email({ error: 'must be an e-mail address' })),
  website: z.optional(httpsUrl()),
  location: z.optional(locationSchema),
  /** Localities or counties the service covers, e.g. `["Cluj-Napoca"]`, `["Județul Cluj"]`, `["România"]`. */
  areaServed: z.array(text(100)),
  hours: hoursSchema,
  free: z.boolean(),
  /** Languages the service works in (language codes). */
  languages: z.array(langTag()),
  /** Date the information was last checked with the service. */
  verifiedAt: isoDate(),
  /** Date by which it must be checked again. */
  reviewDue: z.optional(isoDate()),
  /** Where the information comes from. */
  source: z.optional(text(500)),
});

export const publisherSchema = z.strictObject({
  name: text(200),
  url: z.optional(httpsUrl()),
  email: z.optional(z.email({ error: 'must be an e-mail address' })),
});

/**
 * Other names of a place the feed uses (`areaServed`, `address.locality`), so that search and
 * place tiles work in every language the directory speaks: `{"name": "Turda", "names": {"hu":
 * "Torda"}, "aliases": ["Thorenburg"]}`. Adds to the built-in table (src/data/place-names.ts).
 */
export const placeNameSchema = z.strictObject({
  /** The name as the feed writes it in `areaServed` or `address.locality`. */
  name: text(100),
  /** The name to show per language (language code → name). */
  names: z.optional(
    z.record(z.string().check(z.regex(LANG_TAG_RE, { error: 'language keys must be language codes such as "ro" or "hu"' })), text(100)),
  ),
  /** More names or spellings people search for; never shown. */
  aliases: z.optional(z.array(text(100))),
});

export const directorySchema = z.strictObject({
  schema: z.literal(SCHEMA_ID, { error: `must be "${SCHEMA_ID}"` }),
  id: z.string().check(z.regex(ID_RE, { error: 'must be 1–100 letters, digits, ".", "_", ":" or "-"' })),
  name: localizedText(200),
  publisher: publisherSchema,
  region: text(200),
  generatedAt: isoDateTime(),
  expiresAt: z.optional(isoDateTime()),
  locales: z.array(langTag()).check(z.minLength(1, { error: 'must list at least one language' })),
  status: enumOf(STATUSES, 'status'),
  /** Optional: names of the feed's places in other languages (search, place tiles). */
  placeNames: z.optional(z.array(placeNameSchema)),
  services: z.array(serviceSchema),
});

export type Category = (typeof CATEGORIES)[number];
export type Audience = (typeof AUDIENCES)[number];
export type PhoneKind = (typeof PHONE_KINDS)[number];
export type Confidentiality = (typeof CONFIDENTIALITY)[number];
export type Day = (typeof DAYS)[number];
/** Text in one language, or one text per language code. */
export type LocalizedText = z.infer<typeof localizedTextSchema>;
export type Slot = z.infer<typeof slotSchema>;
export type Hours = z.infer<typeof hoursSchema>;
export type Phone = z.infer<typeof phoneSchema>;
export type Address = z.infer<typeof addressSchema>;
export type Geo = z.infer<typeof geoSchema>;
export type Location = z.infer<typeof locationSchema>;
export type Service = z.infer<typeof serviceSchema>;
export type Publisher = z.infer<typeof publisherSchema>;
export type PlaceNameEntry = z.infer<typeof placeNameSchema>;
export type Directory = z.infer<typeof directorySchema>;
