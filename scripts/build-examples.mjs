// Bundles the React example (examples/react/app.jsx → examples/react/app.js) with esbuild.
// Run after rollup (it imports `reper/*.js` from dist/ through the package's own exports map):
//   node scripts/build-examples.mjs
// The output is generated, not committed.
import { build } from 'esbuild';

await build({
  entryPoints: ['examples/react/app.jsx'],
  outfile: 'examples/react/app.js',
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  jsx: 'automatic',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
});
console.log('built examples/react/app.js');
