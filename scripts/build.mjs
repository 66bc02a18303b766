// `npm run build`: rollup (dist/, cdn/, dist/cli/), custom-elements.json from the JSDoc, the feed's
// JSON Schema, the kiosk's service worker and the WordPress plugin zip. Rollup writes into a fresh folder that is swapped in
// at the end, so a server or test reading cdn/ never sees a half-built one.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';

const run = (cmd, args, env = {}) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

const tmp = `.build/${process.pid}`;
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });
if (existsSync('scripts/gen-schema.mjs')) run(process.execPath, ['scripts/gen-schema.mjs']);
run(process.execPath, ['node_modules/rollup/dist/bin/rollup', '-c', '--silent'], { REPER_OUT: tmp });
for (const dir of ['dist', 'cdn']) {
  rmSync(`${dir}.old`, { recursive: true, force: true });
  if (existsSync(dir)) renameSync(dir, `${dir}.old`);
  renameSync(`${tmp}/${dir}`, dir);
  rmSync(`${dir}.old`, { recursive: true, force: true });
}
// The editor's script sits beside its page (editor/index.html loads ./editor.js).
if (existsSync(`${tmp}/editor/editor.js`)) renameSync(`${tmp}/editor/editor.js`, 'editor/editor.js');
rmSync(tmp, { recursive: true, force: true });
if (existsSync('dist/cli/reper.js')) chmodSync('dist/cli/reper.js', 0o755);
run(process.execPath, ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--quiet']);
if (existsSync('scripts/build-kiosk.mjs')) run(process.execPath, ['scripts/build-kiosk.mjs']);
if (existsSync('scripts/build-examples.mjs')) run(process.execPath, ['scripts/build-examples.mjs']);
run(process.execPath, ['scripts/build-wordpress.mjs']);
console.log('built dist/, cdn/, custom-elements.json, kiosk/sw.js, editor/editor.js, the React example and dist/wordpress/reper.zip');
