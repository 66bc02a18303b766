// docs/guides/embedding.md is generated from custom-elements.json (run after `npm run build`): it
// fails when the committed guide no longer matches the elements' JSDoc, so the guide cannot drift.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { render, elementsOf } from '../../../scripts/gen-embedding-docs.mjs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));

test('docs/guides/embedding.md is what scripts/gen-embedding-docs.mjs writes from custom-elements.json', () => {
  const committed = readFileSync('docs/guides/embedding.md', 'utf8');
  assert.ok(
    committed === render(manifest),
    'docs/guides/embedding.md is out of date: run `npm run build && node scripts/gen-embedding-docs.mjs` and commit it',
  );
});

test('the embedding guide documents every element of the contract, with its attributes, events and parts', () => {
  const doc = readFileSync('docs/guides/embedding.md', 'utf8');
  const tags = elementsOf(manifest).map((e) => e.tag);
  for (const tag of ['reper-provider', 'reper-hotline', 'reper-exit', 'reper-finder', 'reper-qr', 'reper-poster', 'reper-kiosk']) {
    assert.ok(tags.includes(tag), `${tag} is missing from custom-elements.json`);
    assert.match(doc, new RegExp(`^## \`<${tag}>\``, 'm'), `${tag} has no section`);
  }
  // A few contract names from DESIGN.md, found through the manifest.
  for (const name of ['`reper-search`', '`reper-exit`', '`reper-directory-load`', '`reper-sync`', '`public-key`', '`map-provider`', '`ecc`', '`langs`', '`config`']) {
    assert.ok(doc.includes(name), `${name} is not documented`);
  }
  for (const { tag, decl } of elementsOf(manifest)) {
    assert.ok((decl.cssParts ?? []).some((p) => p.name === 'base'), `${tag} documents no "base" part`);
  }
});
