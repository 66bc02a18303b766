// Builds kiosk/sw.js: bundles src/kiosk-sw/sw.ts (Workbox modules) with rollup, then lets
// workbox-build inject the precache manifest of the app shell, each file with a content revision.
// URLs are relative to the service worker (kiosk/), so the kiosk works under any base path.
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { injectManifest } from 'workbox-build';
import { mkdirSync, rmSync } from 'node:fs';

const tmp = 'bench/tmp/sw.src.js';
mkdirSync('bench/tmp', { recursive: true });
const bundle = await rollup({
  input: 'src/kiosk-sw/sw.ts',
  onwarn: (w, warn) => (w.code === 'THIS_IS_UNDEFINED' ? undefined : warn(w)),
  plugins: [
    replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
    nodeResolve({ browser: true }),
    typescript({ tsconfig: 'tsconfig.sw.json', outDir: 'bench/tmp', noEmitOnError: true }),
    terser({ format: { comments: false } }),
  ],
});
await bundle.write({ file: tmp, format: 'iife' });
await bundle.close();

const { count, size, warnings } = await injectManifest({
  swSrc: tmp,
  swDest: 'kiosk/sw.js',
  globDirectory: '.',
  globPatterns: ['kiosk/index.html', 'kiosk/kiosk.css', 'cdn/*.js', 'cdn/chunks/*.js', 'themes/*.css'],
  modifyURLPrefix: { 'kiosk/': '', 'cdn/': '../cdn/', 'themes/': '../themes/' },
  maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
});
for (const w of warnings) console.warn(`kiosk sw: ${w}`);
rmSync(tmp, { force: true });
console.log(`kiosk/sw.js precaches ${count} files (${(size / 1024).toFixed(0)} KiB)`);
