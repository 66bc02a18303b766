// `npm start`: serves the last build, and builds first only when there is none or when a source
// file changed since (src/, the rollup config, package.json, the kiosk worker's build script).
// When only the React example's sources changed (examples/react/*.jsx, its page template), it
// rebuilds just that example (scripts/build-examples.mjs, a few seconds): its bundle and its
// pre-rendered page examples/react.html. Building takes a while on a small machine; `npm run build`
// rebuilds at any time, and a running server picks the new cdn/ up on the next page load.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const OUTPUT = 'cdn/reper.js';
const INPUTS = ['src', 'rollup.config.mjs', 'package.json', 'scripts/build.mjs', 'scripts/build-kiosk.mjs', 'scripts/build-examples.mjs'];
const EXAMPLE_OUTPUTS = ['examples/react.html', 'examples/react/client.js'];
const EXAMPLE_INPUTS = ['examples/react/app.jsx', 'examples/react/client.jsx', 'examples/react/hydrate.jsx', 'examples/react/page.html'];

function newest(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const built = existsSync(OUTPUT) ? statSync(OUTPUT).mtimeMs : 0;
const changed = Math.max(...INPUTS.map(newest));
if (!built || changed > built) {
  console.log(built ? 'Sources changed since the last build: building…' : 'No build yet: building…');
  const r = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
} else {
  const example = Math.min(...EXAMPLE_OUTPUTS.map(newest));
  if (!example || Math.max(built, ...EXAMPLE_INPUTS.map(newest)) > example) {
    console.log('The React example changed since the last build: building it…');
    const r = spawnSync(process.execPath, ['scripts/build-examples.mjs'], { stdio: 'inherit' });
    if (r.status !== 0) process.exit(r.status ?? 1);
  } else {
    console.log(`Serving the build of ${new Date(built).toLocaleString()} (nothing changed since). \`npm run build\` rebuilds.`);
  }
}
await import('./serve.mjs');
