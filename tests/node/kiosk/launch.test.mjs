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
