// Browser tests: TypeScript sources run in a real headless Chromium (Debian's, or CHROME_PATH).
import { build } from 'esbuild';
import rollupJson from '@rollup/plugin-json';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, requireChromium } from './scripts/chromium.mjs';
import { countingReporter } from './scripts/wtr-count.mjs';
import { defaultReporter, summaryReporter } from '@web/test-runner';

const json = fromRollup(rollupJson);

// CommonJS packages (qrcode, jsqr) are served to the browser as one ES module each, bundled by
// esbuild: rollup's commonjs plugin converts file by file, which breaks qrcode's internal requires.
const CJS = new Map([
  ['qrcode', 'qrcode'],
  ['qrcode/lib/core/qrcode.js', 'qrcode-core'],
  ['jsqr', 'jsqr'],
]);
const BY_NAME = new Map([...CJS].map(([k, v]) => [v, k]));
const bundled = new Map();
const cjsBundles = {
  name: 'cjs-bundles',
  resolveImport({ source }) {
    if (CJS.has(source)) return `/__cjs__/${CJS.get(source)}.js`;
  },
  async serve(ctx) {
    const m = /^\/__cjs__\/([\w-]+)\.js$/.exec(ctx.path);
    if (!m || !BY_NAME.has(m[1])) return;
    if (!bundled.has(m[1])) {
      const out = await build({ entryPoints: [BY_NAME.get(m[1])], bundle: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent' });
      bundled.set(m[1], out.outputFiles[0].text);
    }
    return { body: bundled.get(m[1]), type: 'js' };
  },
};

export default {
  files: ['tests/browser/**/*.test.ts'],
  rootDir: '.',
  nodeResolve: { browser: true },
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 180000,
  mimeTypes: { 'src/**/*.json': 'js' },
  plugins: [
    json({ include: ['src/**/*.json'] }),
    cjsBundles,
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022', json: false }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: requireChromium(), headless: true, args: CHROMIUM_ARGS },
    }),
  ],
  testFramework: { config: { timeout: 20000 } },
  reporters: [process.env.CI ? summaryReporter({ flatten: true }) : defaultReporter(), countingReporter()],
};
