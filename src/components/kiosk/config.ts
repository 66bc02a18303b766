import * as z from 'zod/mini';
import { localizedTextSchema, slotSchema } from '../../directory/schema.js';
import { formatPath, type Problem } from '../../directory/validate.js';
import { isValidTimeZone } from '../../directory/hours.js';
import { LANGS } from '../../internal/lang.js';

/** A slide of the attract loop: a built-in kind, or a short message of the institution's own. */
const slideSchema = z.union([
  z.enum(['touch', 'resources', 'children'], { error: 'must be "touch", "resources", "children" or {"title", "text"}' }),
  z.strictObject({ title: localizedTextSchema, text: z.optional(localizedTextSchema) }),
]);

const url = () => z.string().check(z.minLength(1, { error: 'must be a URL' }));
const key = () =>
  z.string().check(
    z.regex(/^[A-Za-z0-9+/]{43}=$/, { error: 'must be a base64 Ed25519 public key (44 characters, as `reper keygen` writes)' }),
  );
const lang = () => z.enum(LANGS, { error: `must be one of ${LANGS.join(', ')}` });

/** `kiosk/config.json` (DESIGN.md "Kiosk"). Relative URLs resolve against the config file's URL. */
export const kioskConfigSchema = z.strictObject({
  $schema: z.optional(z.string()),
  $comment: z.optional(z.string()),
  /** The directory feed; without it the kiosk shows the built-in national lines. */
  feedUrl: z.optional(url()),
  /** Pinned base64 Ed25519 keys; empty accepts unsigned feeds. */
  publicKeys: z._default(z.array(key()), []),
  /** Minutes between syncs; any number above 0. */
  refreshMinutes: z._default(z.number().check(z.gt(0, { error: 'must be more than 0' })), 15),
  /** Seconds without a touch before everything resets; at least 5. */
  idleSeconds: z._default(z.number().check(z.gte(5, { error: 'must be at least 5' })), 60),
  /** Languages offered in the picker, in order. */
  languages: z._default(z.array(lang()).check(z.minLength(1, { error: 'must offer at least one language' })), [...LANGS]),
  /** The language after every reset. */
  defaultLanguage: z._default(lang(), 'ro'),
  /** Attract-loop slides, in order. */
  slides: z._default(z.array(slideSchema), ['touch', 'resources']),
  /** Help resources shown as QR codes. */
  resources: z._default(z.array(z.strictObject({ label: localizedTextSchema, url: url() })), []),
  /** IANA time zone for "open now" and the nightly reload, whatever the OS clock says. */
  timeZone: z._default(
    z.string().check(z.refine(isValidTimeZone, { error: 'must be an IANA time zone such as "Europe/Bucharest"' })),
    'Europe/Bucharest',
  ),
  institution: z.optional(z.strictObject({ name: localizedTextSchema, logoUrl: z.optional(url()) })),
  /** A theme stylesheet (same origin). */
  theme: z.optional(url()),
  /** Neutral wording everywhere. */
  neutral: z._default(z.boolean(), false),
  /** Optional status POST target (version, last sync, ETag, uptime, heap; nothing about users). */
  heartbeatUrl: z.optional(url()),
  /** Local hour (0–23, in `timeZone`) of the nightly reload. */
  reloadHour: z.optional(
    z.number().check(z.int({ error: 'must be a whole hour' }), z.gte(0, { error: 'must be 0–23' }), z.lte(23, { error: 'must be 0–23' })),
  ),
  /**
   * Opening hours of the screen, as a service's weekly hours (`[{"days": ["mo"], "opens": "07:00",
   * "closes": "20:00"}]`, in `timeZone`); outside them an untouched kiosk dims to the helpline.
   */
  schedule: z.optional(z.array(slotSchema).check(z.minLength(1, { error: 'must list at least one opening slot (or leave schedule out)' }))),
  /** A short operator message on the attract screen ("The social worker is on floor 2 today"). */
  notice: z.optional(localizedTextSchema),
});

export type KioskConfig = z.infer<typeof kioskConfigSchema>;
export type Slide = KioskConfig['slides'][number];

export type ConfigResult = { ok: true; config: KioskConfig } | { ok: false; problems: Problem[] };

/** Validates a parsed config and resolves its URLs against `base`; lists every problem. */
export function parseKioskConfig(json: unknown, base: string): ConfigResult {
  const parsed = kioskConfigSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((k) => ({ path: formatPath([...issue.path, k]), reason: `unknown field "${k}"` }))
        : [{ path: formatPath(issue.path), reason: issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : issue.message }],
    );
    return { ok: false, problems };
  }
  const config = parsed.data;
  const problems: Problem[] = [];
  const resolve = (value: string | undefined, path: string, schemes = ['http:', 'https:']): string | undefined => {
    if (value === undefined) return undefined;
    try {
      const u = new URL(value, base);
      if (!schemes.includes(u.protocol)) {
        problems.push({ path, reason: `must be a ${schemes.join(' or ')} URL` });
        return undefined;
      }
      return u.href;
    } catch {
      problems.push({ path, reason: 'is not a valid URL' });
      return undefined;
    }
  };
  config.feedUrl = resolve(config.feedUrl, 'feedUrl');
  config.theme = resolve(config.theme, 'theme');
  config.heartbeatUrl = resolve(config.heartbeatUrl, 'heartbeatUrl');
  if (config.institution?.logoUrl) config.institution.logoUrl = resolve(config.institution.logoUrl, 'institution.logoUrl');
  config.resources.forEach((r, i) => {
    // Resource codes are scanned by a visitor's phone: only https and tel make sense there.
    r.url = resolve(r.url, `resources[${i}].url`, ['https:', 'tel:']) ?? r.url;
  });
  if (!config.languages.includes(config.defaultLanguage)) {
    problems.push({ path: 'defaultLanguage', reason: `must be one of the offered languages (${config.languages.join(', ')})` });
  }
  return problems.length ? { ok: false, problems } : { ok: true, config };
}
