// The official HSDS 3.0 JSON Schemas (vendored in tests/fixtures/hsds-3.0/schema) as validators.
// The files refer to each other by name ("$ref": "phone.json") and carry no $id, so each one is
// given its address in the specification repository; extra keywords such as "core" and
// "constraints" are documentation (strict: false). The Page wrapper of API lists comes from
// openapi.json.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

const DIR = resolve(import.meta.dirname, '../../fixtures/hsds-3.0/schema');
const BASE = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/';

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
// HSDS's own informal formats: "csv" (a comma-separated value) and "datetime" (a typo of date-time).
ajv.addFormat('csv', true);
ajv.addFormat('datetime', true);
for (const f of readdirSync(DIR).filter((n) => n.endsWith('.json') && n !== 'openapi.json')) {
  ajv.addSchema({ ...JSON.parse(readFileSync(join(DIR, f), 'utf8')), $id: BASE + f });
}
const page = JSON.parse(readFileSync(join(DIR, 'openapi.json'), 'utf8')).components.schemas.Page;

/** Validates `value` as the HSDS object `name` (service, organization, …); returns readable errors. */
export function hsdsErrors(name, value) {
  const validate = ajv.getSchema(`${BASE}${name}.json`);
  if (!validate) throw new Error(`no HSDS schema ${name}.json`);
  return validate(value) ? [] : validate.errors.map((e) => `${e.instancePath || '/'} ${e.message}${e.params?.allowedValues ? ` (${e.params.allowedValues.join(', ')})` : ''}`);
}

/** An API Page of `name` objects: the Page fields, and every item of `contents`. */
export function hsdsPageErrors(name, value) {
  const validate = ajv.compile({ ...page, required: ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty', 'contents'], properties: { ...page.properties, contents: { type: 'array' } } });
  const errors = validate(value) ? [] : validate.errors.map((e) => `${e.instancePath || '/'} ${e.message}`);
  (Array.isArray(value?.contents) ? value.contents : []).forEach((item, i) => errors.push(...hsdsErrors(name, item).map((e) => `/contents/${i}${e}`)));
  return errors;
}
