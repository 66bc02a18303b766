// Browser tests: TypeScript sources run in a real headless Chromium (Debian's, or CHROME_PATH).
import rollupCommonjs from '@rollup/plugin-commonjs';
import rollupJson from '@rollup/plugin-json';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, requireChromium } from './scripts/chromium.mjs';
import { countingReporter } from './scripts/wtr-count.mjs';
import { defaultReporter, summaryReporter } from '@web/test-runner';

const json = fromRollup(rollupJson);
const commonjs = fromRollup(rollupCommonjs);

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
    commonjs({ include: ['**/node_modules/qrcode/**', '**/node_modules/dijkstrajs/**', '**/node_modules/pngjs/**', '**/node_modules/jsqr/**'] }),
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
