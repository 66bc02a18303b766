// `npm run build`: rollup (dist/, cdn/, dist/cli/) then custom-elements.json from the JSDoc.
import { spawnSync } from 'node:child_process';
import { rmSync, existsSync, chmodSync } from 'node:fs';

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

rmSync('dist', { recursive: true, force: true });
rmSync('cdn', { recursive: true, force: true });
if (existsSync('scripts/gen-schema.mjs')) run(process.execPath, ['scripts/gen-schema.mjs']);
run(process.execPath, ['node_modules/rollup/dist/bin/rollup', '-c', '--silent']);
if (existsSync('dist/cli/reper.js')) chmodSync('dist/cli/reper.js', 0o755);
run(process.execPath, ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--quiet']);
if (existsSync('scripts/build-kiosk.mjs')) run(process.execPath, ['scripts/build-kiosk.mjs']);
console.log('built dist/, cdn/ and custom-elements.json');
