/**
 * `reper/directory.js` — Reper's data API without UI, for the finder, the kiosk and anyone who
 * wants to read a `reper-directory/1` feed.
 *
 * Schema and validation
 * - `directorySchema` (zod/mini) and the inferred types `Directory`, `Service`, `Phone`, `Hours`,
 *   `Slot`, `Location`, `Address`, `Geo`, `LocalizedText`, `Category`, `Audience`, …;
 *   `CATEGORIES`, `AUDIENCES`, `PHONE_KINDS`, `CONFIDENTIALITY`, `DAYS`.
 * - `validateDirectory(json, { maxProblems })` → `{ ok: true, directory } | { ok: false, problems,
 *   total }`, each problem as `{ path: 'services[3].phones[0].number', reason: 'must be an E.164
 *   number …' }` (the first 100 by default; `total` counts them all). `validateDirectoryAsync`
 *   yields to the page every few milliseconds.
 * - `parseDirectory(bytesOrText)` / `parseDirectoryAsync`: the same, with JSON and UTF-8 errors as problems.
 * - `localized(text, lang, fallbackOrder?)`: the text to show for a language.
 *
 * Loading
 * - `loadDirectory(url, { publicKeys, etag, timeoutMs, maxBytes, last, expectedId, signal, fetch })`
 *   → `{ status: 'updated', directory, etag, bytes, fetchedAt, expired, body, signature } |
 *   { status: 'not-modified' }`; throws `DirectoryError` (`kind`: network, timeout, http,
 *   too-large, invalid, signature, rollback, other-feed), a `ReperError`.
 * - `freshnessRefusal(feed, { last, expectedId })`, `isExpired(feed, now)`: the freshness rules.
 * - `parsePublicKey`, `normalizePublicKey`, `parseKeyList`: the one key parser (base64, URL-safe
 *   base64, SPKI PEM).
 * - `verifySignature(bytes, base64Signature, publicKeys)`: detached Ed25519, WebCrypto.
 * - `directoryContext` (@lit/context) and `DirectoryState`: what `<reper-provider>` provides;
 *   `DirectoryLoadDetail` / `DirectoryErrorDetail`: details of its `reper-directory-load` and
 *   `reper-directory-error` events.
 * - `NATIONAL_DIRECTORY`: the built-in national lines, used when there is no good feed.
 *
 * Search and time
 * - `normalizeText`, `createSearchIndex(services, lang, { placeNames })`, `searchServices(index,
 *   query)`, `IncrementalSearch` (per keystroke), `localitiesOf(directory, lang)`, `languagesOf`.
 * - Places: `placesOf(service)`, `isWideArea(place)`, `placeNamesOf(directory)` → `PlaceNames`
 *   (`key`, `label(name, lang)`, `terms`): the built-in Romanian/Hungarian names of Cluj County's
 *   places plus the feed's `placeNames`.
 * - `isServiceOpenAt(service, date, timeZone)` (its hours or any phone line),
 *   `isOpenAt(hours, date, timeZone)` (`undefined` = unknown), `nextOpening(hours, date,
 *   timeZone)`, `wallTime(date, timeZone)`; daylight-saving correct through `Intl`.
 * - `isStale(service, now, months = 12)`, `staleReason(…)`.
 *
 * Rendering rule: every string in a feed is plain text; render it through text bindings only.
 *
 * @packageDocumentation
 */
export * from './directory/schema.js';
export {
  validateDirectory,
  validateDirectoryAsync,
  parseDirectory,
  parseDirectoryAsync,
  MAX_PROBLEMS,
  formatPath,
  type Problem,
  type ValidationResult,
  type ValidateOptions,
} from './directory/validate.js';
export { localized, localizedLang, DEFAULT_FALLBACK } from './directory/localized.js';
export { loadDirectory, signatureUrl, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, MAX_SIGNATURE_BYTES, type LoadOptions, type LoadResult } from './directory/loader.js';
export { DirectoryError, ReperError, type DirectoryErrorKind } from './directory/errors.js';
export { verifySignature, base64ToBytes, bytesToBase64, parsePublicKey, normalizePublicKey, parseKeyList, splitKeys } from './directory/signature.js';
export {
  normalizeText,
  createSearchIndex,
  searchServices,
  IncrementalSearch,
  localitiesOf,
  languagesOf,
  type SearchIndex,
  type SearchIndexOptions,
  type SearchQuery,
} from './directory/search.js';
export { placesOf, isWideArea, placeNamesOf, PlaceNames } from './directory/places.js';
export {
  isServiceOpenAt,
  isServiceOpenAtWall,
  isOpenAt,
  isOpenAtWall,
  nextOpening,
  wallTime,
  zonedTimeToDate,
  isValidTimeZone,
  DEFAULT_TIME_ZONE,
  type WallTime,
} from './directory/hours.js';
export { isStale, staleReason, freshnessRefusal, isExpired, type FeedBaseline, type FreshnessRules } from './directory/freshness.js';
export { directoryContext, type DirectoryState } from './directory/context.js';
export type { DirectoryLoadDetail, DirectoryErrorDetail } from './directory/events.js';
export { NATIONAL_DIRECTORY } from './data/national.js';
