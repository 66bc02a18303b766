// Three outputs: dist/ (ES modules with bare imports and .d.ts, for bundlers), cdn/ (minified,
// code-split, self-contained bundles a CMS page loads with one <script type="module">) and
// dist/cli/reper.js (the maintainers' CLI for Node).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import { literalsHtmlCssMinifier } from '@literals/rollup-plugin-html-css-minifier';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
/** scripts/build.mjs builds into a fresh folder and swaps it in, so a page being served never sees a half-built cdn/. */
const out = process.env.REPER_OUT ?? '.';

/** Every top-level src/<name>.ts is a public entry. */
const entries = Object.fromEntries(
  readdirSync('src')
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => [f.slice(0, -3), `src/${f}`]),
);
/** CDN names: index → reper.js. */
const cdnEntries = Object.fromEntries(Object.entries(entries).map(([k, v]) => [k === 'index' ? 'reper' : k, v]));

const stamp = (dev) =>
  replace({
    preventAssignment: true,
    values: {
      __REPER_VERSION__: JSON.stringify(pkg.version),
      __REPER_DEV__: JSON.stringify(dev),
      'process.env.NODE_ENV': JSON.stringify(dev ? 'development' : 'production'),
    },
  });

const isBare = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0') && !/^[A-Za-z]:/.test(id);

const onwarn = (warning, warn) => {
  // lit's decorators are compiled by TypeScript; `this` at module level in some deps is harmless.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('node_modules'))) return;
  warn(warning);
};

const configs = [
  {
    input: entries,
    external: isBare,
    onwarn,
    output: { dir: `${out}/dist`, format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: false },
    plugins: [
      stamp(true),
      json({ preferConst: true }),
      typescript({ tsconfig: 'tsconfig.json', outDir: `${out}/dist`, declaration: true, declarationDir: `${out}/dist`, noEmitOnError: true }),
    ],
  },
  {
    input: cdnEntries,
    onwarn,
    output: {
      dir: `${out}/cdn`,
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      // lit's directive base stays in the chunk of src/internal/frame.ts, which the finder and the
      // QR code share: the feed loader also imports frame.ts (its validation yields between steps),
      // and would otherwise split that small chunk in two, each import costing every page a little.
      manualChunks: (id) => (/src\/internal\/frame\.ts$|lit-html\/directive\.js$/.test(id) ? 'frame' : undefined),
      sourcemap: false,
    },
    plugins: [
      stamp(false),
      nodeResolve({ browser: true }),
      commonjs(),
      json({ preferConst: true, compact: true }),
      // tslib: Reper's own field-decorator helper instead of tslib's (see src/internal/tslib.ts).
      typescript({ tsconfig: 'tsconfig.json', outDir: `${out}/cdn`, declaration: false, noEmitOnError: true, tslib: resolve('src/internal/tslib.ts') }),
      // CSS and HTML inside lit templates, which terser leaves as written. conservativeCollapse:
      // whitespace between a binding and text is meaningful ("34 services found · Showing 20"),
      // so runs of it collapse to one space and are never removed.
      literalsHtmlCssMinifier({ include: ['src/**/*.ts'], failOnError: true, options: { minifyOptions: { conservativeCollapse: true } } }),
      terser({ ecma: 2022, module: true, format: { comments: false } }),
    ],
  },
];

/** In the CLI, the browser builds of csv-parse / csv-stringify (with a slow Buffer shim) become their Node builds. */
const nodeCsv = {
  name: 'node-csv',
  resolveId(id) {
    const m = /^(csv-parse|csv-stringify)\/browser\/esm\/sync$/.exec(id);
    return m ? { id: `${m[1]}/sync`, external: true } : null;
  },
};

// The directory editor (editor/index.html): its own self-contained classic script, so that no
// website bundle shares a chunk with it and the page also opens from a folder on disk.
if (existsSync('src/editor/main.ts')) {
  configs.push({
    input: 'src/editor/main.ts',
    onwarn,
    output: { file: `${out}/editor/editor.js`, format: 'iife', sourcemap: false },
    plugins: [
      stamp(false),
      nodeResolve({ browser: true }),
      commonjs(),
      json({ preferConst: true, compact: true }),
      typescript({ tsconfig: 'tsconfig.json', outDir: `${out}/editor`, declaration: false, noEmitOnError: true }),
      literalsHtmlCssMinifier({ include: ['src/**/*.ts'], failOnError: true }),
      terser({ ecma: 2022, format: { comments: false } }),
    ],
  });
}

if (existsSync('src/cli/reper.ts')) {
  configs.push({
    input: 'src/cli/reper.ts',
    external: (id) => isBare(id) && !/^csv-(parse|stringify)\/browser\//.test(id),
    onwarn,
    output: { file: `${out}/dist/cli/reper.js`, format: 'es', banner: '#!/usr/bin/env node', sourcemap: false },
    plugins: [
      nodeCsv,
      stamp(false),
      json({ preferConst: true }),
      typescript({
        tsconfig: 'tsconfig.cli.json',
        outDir: `${out}/dist/cli`,
        declaration: false,
        noEmitOnError: true,
      }),
    ],
  });
}

/** `REPER_ONLY=editor` builds one output (quicker while working on the editor). */
export default process.env.REPER_ONLY === 'editor' ? configs.filter((c) => c.input === 'src/editor/main.ts') : configs;
