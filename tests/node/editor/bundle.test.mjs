// The editor adds nothing to the website budgets: no cdn/ bundle or chunk carries its code, and its
// own script is one classic file beside its page (it also runs from a folder on disk).
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from './helpers.mjs';

const files = (dir) => readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.js') ? [join(dir, d.name)] : []));

test('no website bundle contains the editor', () => {
  const cdn = files('cdn');
  assert.ok(cdn.length > 5, 'cdn/ is built');
  const carrying = cdn.filter((f) => /reper-directory-editor|openUrlButton|Sign and download/.test(readFileSync(join(ROOT, f), 'utf8')));
  assert.deepEqual(carrying, []);
});

test('the editor is one classic script that the page loads, with no import of other files', () => {
  const script = join(ROOT, 'editor/editor.js');
  assert.ok(existsSync(script), 'editor/editor.js is built (npm run build)');
  const code = readFileSync(script, 'utf8');
  assert.match(code, /reper-directory-editor/);
  assert.doesNotMatch(code, /(^|[;}\s])import\s*[\w{*"'(]/m, 'no import statements or dynamic imports');
  const page = readFileSync(join(ROOT, 'editor/index.html'), 'utf8');
  assert.match(page, /<script defer src="editor\.js"><\/script>/);
  assert.doesNotMatch(page, /cdn\//, 'the page loads no website bundle');
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  for (const f of ['editor/index.html', 'editor/editor.css', 'editor/editor.js']) assert.ok(pkg.files.includes(f), `${f} ships in the package`);
});
