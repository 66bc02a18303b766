// The launch script starts Chromium with the kiosk flags, never in incognito (which would wipe the
// offline copy), with a persistent profile, and clears the "restore pages" state after a crash.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, mkdirSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

test('launch-chromium.sh passes the kiosk flags and the URL', () => {
  const dir = mkdtempSync(join(tmpdir(), 'reper-launch-'));
  const fake = join(dir, 'chromium');
  writeFileSync(fake, '#!/bin/sh\nfor a in "$@"; do echo "$a"; done\n');
  chmodSync(fake, 0o755);
  const profile = join(dir, 'profile');
  mkdirSync(join(profile, 'Default'), { recursive: true });
  writeFileSync(join(profile, 'Default', 'Preferences'), '{"profile":{"exited_cleanly":false,"exit_type":"Crashed"}}');
  const out = execFileSync('bash', ['kiosk/launch-chromium.sh'], {
    env: { ...process.env, REPER_KIOSK_BROWSER: fake, REPER_KIOSK_PROFILE: profile, REPER_KIOSK_URL: 'https://lobby.example/kiosk/', DISPLAY: '' },
    encoding: 'utf8',
  }).split('\n');
  for (const flag of ['--kiosk', '--noerrdialogs', '--disable-session-crashed-bubble', '--overscroll-history-navigation=0', '--disable-pinch', `--user-data-dir=${profile}`]) {
    assert.ok(out.includes(flag), `missing ${flag}`);
  }
  assert.ok(!out.some((a) => a.includes('incognito')), 'never incognito');
  assert.equal(out.filter(Boolean).at(-1), 'https://lobby.example/kiosk/');
  assert.match(readFileSync(join(profile, 'Default', 'Preferences'), 'utf8'), /"exited_cleanly":true.*"exit_type":"Normal"/);
});

test('the systemd unit restarts Chromium whenever it stops', () => {
  const unit = readFileSync('kiosk/reper-kiosk.service', 'utf8');
  assert.match(unit, /^Restart=always$/m);
  assert.match(unit, /^StartLimitIntervalSec=0$/m);
  assert.match(unit, /^ExecStart=.*launch-chromium\.sh$/m);
});

test('the static-server unit serves the built files on localhost without rebuilding', () => {
  const unit = readFileSync('kiosk/reper-kiosk-server.service', 'utf8');
  assert.match(unit, /^ExecStart=\/usr\/bin\/python3 -m http\.server 8000 --bind 127\.0\.0\.1 --directory \/opt\/reper$/m);
  assert.match(unit, /^Restart=always$/m);
  assert.doesNotMatch(unit, /^ExecStart=.*npm/m, 'npm start rebuilds at every start');
  assert.match(readFileSync('kiosk/reper-kiosk.service', 'utf8'), /^After=.*reper-kiosk-server\.service/m);
});

test('a crashed kiosk tab ("Aw, Snap!") stops Chromium so the unit restarts it; a live one is left alone', { timeout: 90_000 }, async () => {
  const { spawn } = await import('node:child_process');
  const { createServer } = await import('node:net');
  const { CHROMIUM_ARGS, requireChromium } = await import('../../../scripts/chromium.mjs');
  const { startServer } = await import('../helpers/server.mjs');
  const server = await startServer({ root: '.' });
  const port = await new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port: p } = s.address();
      s.close(() => resolve(p));
    });
  });
  const dir = mkdtempSync(join(tmpdir(), 'reper-crash-'));
  const child = spawn('bash', ['kiosk/launch-chromium.sh'], {
    env: {
      ...process.env,
      REPER_KIOSK_BROWSER: requireChromium(),
      REPER_KIOSK_PROFILE: join(dir, 'profile'),
      REPER_KIOSK_URL: `${server.url}/examples/`,
      REPER_KIOSK_EXTRA_FLAGS: ['--headless=new', ...CHROMIUM_ARGS].join(' '),
      REPER_KIOSK_DEVTOOLS_PORT: String(port),
      REPER_KIOSK_WATCHDOG_INTERVAL: '1',
      REPER_KIOSK_WATCHDOG_GRACE: '3',
      DISPLAY: '',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  try {
    // Alive: after the grace period and several checks, the script still runs.
    await new Promise((r) => setTimeout(r, 8000));
    assert.equal(child.exitCode, null, `the watchdog stopped a healthy kiosk: ${stderr}`);
    // Crash the renderer of the page as a GPU or memory fault would.
    const list = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
    const page = list.find((t) => t.type === 'page');
    assert.ok(page, 'the kiosk page is open');
    await fetch(`http://127.0.0.1:${port}/json/new?chrome://crash`, { method: 'PUT' }).catch(() => undefined);
    const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r('still running'), 30000))]);
    assert.equal(code, 1, `exits 1 for the unit to restart it: ${stderr}`);
    assert.match(stderr, /crashed or hangs; restarting Chromium/);
  } finally {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
    await server.close();
  }
});
