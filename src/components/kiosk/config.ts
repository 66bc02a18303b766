import * as z from 'zod/mini';
import { localizedTextSchema, slotSchema } from '../../directory/schema.js';
import { formatPath, type Problem } from '../../directory/validate.js';
import { isValidTimeZone } from '../../directory/hours.js';
import { ID_RE } from '../../directory/constants.js';
import { normalizePublicKey } from '../../directory/signature.js';
import { LANGS } from '../../internal/lang.js';

/**
 * Every reason a config can be refused, in English (the CLI-style text, and the fallback). The
 * kiosk shows them in the operator's language from its locale (`configProblem.<key>`).
 */
export const CONFIG_REASONS = {
  required: 'is required',
  unknownField: 'unknown field "{{field}}"',
  wrongType: 'must be {{expected}}',
  url: 'must be a URL',
  publicKey: 'must be an Ed25519 public key: the base64 that reper keygen writes to the .pub file, or a PEM public key',
  feedId: 'must be a directory id (the "id" of the feed)',
  lang: 'must be one of {{langs}}',
  slide: 'must be "touch", "resources", "children" or {"title", "text"}',
  aboveZero: 'must be more than 0',
  atLeast5: 'must be at least 5',
  atLeastOneLanguage: 'must offer at least one language',
  timeZone: 'must be an IANA time zone such as "Europe/Bucharest"',
  wholeHour: 'must be a whole hour',
  hourRange: 'must be 0–23',
  schedule: 'must list at least one opening slot (or leave schedule out)',
  urlScheme: 'must be a {{schemes}} URL',
  invalidUrl: 'is not a valid URL',
  defaultNotOffered: 'must be one of the offered languages ({{langs}})',
  notJson: 'is not valid JSON: {{detail}}',
  cannotLoad: 'could not load {{url}}: {{detail}}',
} as const;
export type ConfigReason = keyof typeof CONFIG_REASONS;

/** A config problem: where, why in English, and the key and values to say it in another language. */
export interface ConfigProblem extends Problem {
  key?: ConfigReason;
  values?: Record<string, string>;
}

/** A problem with its English reason filled in from `CONFIG_REASONS`. */
export function configProblem(path: string, key: ConfigReason, values: Record<string, string> = {}): ConfigProblem {
  const reason = CONFIG_REASONS[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');
  return { path, reason, key, values };
}

const isReason = (message: string): message is ConfigReason => Object.hasOwn(CONFIG_REASONS, message);

/** A slide of the attract loop: a built-in kind, or a short message of the institution's own. */
const slideSchema = z.union([
  z.enum(['touch', 'resources', 'children'], { error: 'slide' }),
  z.strictObject({ title: localizedTextSchema, text: z.optional(localizedTextSchema) }),
]);

const url = () => z.string().check(z.minLength(1, { error: 'url' }));
/** Read by the one key parser of Reper (base64 or URL-safe base64 of the raw key, or an SPKI PEM). */
const key = () =>
  z.string().check(
    z.refine(
      (value) => {
        try {
          normalizePublicKey(value);
          return true;
        } catch {
          return false;
        }
      },
      { error: 'publicKey' },
    ),
  );
const lang = () => z.enum(LANGS, { error: 'lang' });

/** `kiosk/config.json` (DESIGN.md "Kiosk"). Relative URLs resolve against the config file's URL. */
export const kioskConfigSchema = z.strictObject({
  $schema: z.optional(z.string()),
  $comment: z.optional(z.string()),
  /** The directory feed; without it the kiosk shows the built-in national lines. */
  feedUrl: z.optional(url()),
  /** Pinned Ed25519 keys; empty accepts unsigned feeds. */
  publicKeys: z._default(z.array(key()), []),
  /** The directory id the kiosk must show: a feed with another `id` is refused. */
  feedId: z.optional(z.string().check(z.regex(ID_RE, { error: 'feedId' }))),
  /** Minutes between syncs; any number above 0. */
  refreshMinutes: z._default(z.number().check(z.gt(0, { error: 'aboveZero' })), 15),
  /** Seconds without a touch before everything resets; at least 5. */
  idleSeconds: z._default(z.number().check(z.gte(5, { error: 'atLeast5' })), 60),
  /** Languages offered in the picker, in order. */
  languages: z._default(z.array(lang()).check(z.minLength(1, { error: 'atLeastOneLanguage' })), [...LANGS]),
  /** The language after every reset. */
  defaultLanguage: z._default(lang(), 'ro'),
  /** Attract-loop slides, in order. */
  slides: z._default(z.array(slideSchema), ['touch', 'resources']),
  /** Help resources shown as QR codes. */
  resources: z._default(z.array(z.strictObject({ label: localizedTextSchema, url: url() })), []),
  /** IANA time zone for "open now" and the nightly reload, whatever the OS clock says. */
  timeZone: z._default(
    z.string().check(z.refine(isValidTimeZone, { error: 'timeZone' })),
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
    z.number().check(z.int({ error: 'wholeHour' }), z.gte(0, { error: 'hourRange' }), z.lte(23, { error: 'hourRange' })),
  ),
  /**
   * Opening hours of the screen, as a service's weekly hours (`[{"days": ["mo"], "opens": "07:00",
   * "closes": "20:00"}]`, in `timeZone`); outside them an untouched kiosk dims to the helpline.
   */
  schedule: z.optional(z.array(slotSchema).check(z.minLength(1, { error: 'schedule' }))),
  /** A short operator message on the attract screen ("The social worker is on floor 2 today"). */
  notice: z.optional(localizedTextSchema),
  /**
   * Monthly usage aggregates for the authority's annual report (sessions, finder opens, kinds of
   * help and languages chosen, QR and pathway views; never what anyone typed). Off unless true.
   */
  counters: z._default(z.boolean(), false),
});

export type KioskConfig = z.infer<typeof kioskConfigSchema>;
export type Slide = KioskConfig['slides'][number];

export type ConfigResult = { ok: true; config: KioskConfig } | { ok: false; problems: ConfigProblem[] };

/** Validates a parsed config and resolves its URLs against `base`; lists every problem. */
export function parseKioskConfig(json: unknown, base: string): ConfigResult {
  const parsed = kioskConfigSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.flatMap((issue): ConfigProblem[] => {
      const path = formatPath(issue.path);
      if (issue.code === 'unrecognized_keys') return issue.keys.map((k) => configProblem(formatPath([...issue.path, k]), 'unknownField', { field: k }));
      if (issue.code === 'invalid_type' && issue.input === undefined) return [configProblem(path, 'required')];
      if (isReason(issue.message)) return [configProblem(path, issue.message, { langs: LANGS.join(', ') })];
      if (issue.code === 'invalid_type') return [configProblem(path, 'wrongType', { expected: issue.expected })];
      return [{ path, reason: issue.message }];
    });
    return { ok: false, problems };
  }
  const config = parsed.data;
  const problems: ConfigProblem[] = [];
  const resolve = (value: string | undefined, path: string, schemes = ['http:', 'https:']): string | undefined => {
    if (value === undefined) return undefined;
    try {
      const u = new URL(value, base);
      if (!schemes.includes(u.protocol)) {
        problems.push(configProblem(path, 'urlScheme', { schemes: schemes.join(' / ') }));
        return undefined;
      }
      return u.href;
    } catch {
      problems.push(configProblem(path, 'invalidUrl'));
      return undefined;
    }
  };
  config.feedUrl = resolve(config.feedUrl, 'feedUrl');
  config.theme = resolve(config.theme, 'theme');
  // A stylesheet can restyle and hide anything, the helpline included: only the kiosk's own site may supply it.
  if (config.theme && new URL(config.theme).origin !== new URL(base).origin) {
    problems.push({ path: 'theme', reason: `must be on the same site as the config file (${new URL(base).origin})` });
    config.theme = undefined;
  }
  config.heartbeatUrl = resolve(config.heartbeatUrl, 'heartbeatUrl');
  if (config.institution?.logoUrl) config.institution.logoUrl = resolve(config.institution.logoUrl, 'institution.logoUrl');
  config.resources.forEach((r, i) => {
    // Resource codes are scanned by a visitor's phone: only https and tel make sense there.
    r.url = resolve(r.url, `resources[${i}].url`, ['https:', 'tel:']) ?? r.url;
  });
  // One spelling of every key inside the kiosk, whatever form the operator pasted.
  config.publicKeys = config.publicKeys.map(normalizePublicKey);
  if (!config.languages.includes(config.defaultLanguage)) {
    problems.push(configProblem('defaultLanguage', 'defaultNotOffered', { langs: config.languages.join(', ') }));
  }
  return problems.length ? { ok: false, problems } : { ok: true, config };
}
