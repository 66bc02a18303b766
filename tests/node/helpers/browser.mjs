// Launches Debian's Chromium (or CHROME_PATH) through puppeteer-core for end-to-end tests.
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, requireChromium } from '../../../scripts/chromium.mjs';

/** @param {import('puppeteer-core').LaunchOptions} [options] */
export function launchBrowser(options = {}) {
  return puppeteer.launch({
    executablePath: requireChromium(),
    headless: true,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
    ...options,
  });
}
