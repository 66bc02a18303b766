// Generates schema/reper-directory-1.schema.json (JSON Schema 2020-12) from the one zod/mini
// schema in src/directory/schema.ts, for publishers who do not use JavaScript.
//   node scripts/gen-schema.mjs          write the file
//   node scripts/gen-schema.mjs --check  exit 1 if the committed file is out of date
// Rules that span fields are added by hand below where JSON Schema can say them (no address or
// coordinates on a non-public location); unique ids and the rest are checked by `reper validate`.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'schema/reper-directory-1.schema.json');

const bundle = await build({
  stdin: {
    contents: "export { directorySchema, SCHEMA_ID } from './src/directory/schema.ts'; export { toJSONSchema } from 'zod/mini';",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  write: false,
  logLevel: 'warning',
});
const code = bundle.outputFiles[0].text;
const { directorySchema, SCHEMA_ID, toJSONSchema } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);

const generated = toJSONSchema(directorySchema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' });

// A location that is not public carries no address and no coordinates.
function patchLocation(node) {
  if (!node || typeof node !== 'object') return;
  if (node.type === 'object' && node.properties?.confidentiality && node.properties?.address && node.properties?.geo) {
    node.if = { properties: { confidentiality: { not: { const: 'public' } } }, required: ['confidentiality'] };
    node.then = { not: { anyOf: [{ required: ['address'] }, { required: ['geo'] }] } };
  }
  for (const v of Object.values(node)) if (v && typeof v === 'object') patchLocation(v);
}
patchLocation(generated);

const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:reper:schema:reper-directory-1',
  title: `Reper service directory (${SCHEMA_ID})`,
  description:
    'A directory of domestic-violence support services. Generated from src/directory/schema.ts; ' +
    'also run `reper validate`, which checks rules JSON Schema cannot express (unique service ids, ' +
    'hours that say something, reviewDue not before verifiedAt, expiresAt after generatedAt).',
  ...Object.fromEntries(Object.entries(generated).filter(([k]) => k !== '$schema')),
};

const text = `${JSON.stringify(schema, null, 2)}\n`;
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(out, 'utf8');
  } catch {
    // missing counts as out of date
  }
  if (current !== text) {
    console.error('schema/reper-directory-1.schema.json is out of date: run node scripts/gen-schema.mjs');
    process.exit(1);
  }
} else {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  console.log(`wrote ${out}`);
}
