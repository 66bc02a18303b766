// A throwaway WordPress site for end-to-end tests: Debian's `wordpress` copied into a temp folder,
// its own MariaDB (data dir and socket in the same folder, no network), `php -S` on 127.0.0.1,
// the plugin installed from dist/wordpress/reper.zip, and everything stopped by close().
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';

export const WORDPRESS = '/usr/share/wordpress';

/** Why a WordPress test cannot run here, or '' when it can (.ci/run installs what is missing). */
export function missing() {
  const need = { php: 'php-cli', mariadbd: 'mariadb-server', 'mariadb-install-db': 'mariadb-server', mariadb: 'mariadb-client' };
  const absent = Object.entries(need).filter(([cmd]) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status !== 0);
  if (!existsSync(`${WORDPRESS}/wp-settings.php`)) absent.push(['wordpress', 'wordpress']);
  if (spawnSync('php', ['-r', 'exit(extension_loaded("mysqli") ? 0 : 1);']).status !== 0) absent.push(['mysqli', 'php-mysql']);
  if (!existsSync('dist/wordpress/reper.zip')) absent.push(['dist/wordpress/reper.zip', 'npm run build']);
  return absent.map(([what, pkg]) => `${what} (${pkg})`).join(', ');
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (s.address());
      s.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitFor(check, what, ms = 30000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * @param {{ files?: Record<string, string | Buffer> }} [options] extra files for the site's root
 */
export async function startSite({ files = {} } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'reper-wp-'));
  const db = join(dir, 'db');
  const sock = join(dir, 'mysql.sock');
  const site = join(dir, 'site');
  const procs = [];
  const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];
  const close = async () => {
    for (const p of procs.reverse()) {
      if (p.exitCode === null) {
        // php -S with workers is a process group (detached): stop the workers with it.
        try {
          process.kill(p.spawnargs[0] === 'php' ? -p.pid : p.pid, 'SIGTERM');
        } catch {
          p.kill('SIGTERM');
        }
        await Promise.race([new Promise((r) => p.once('exit', r)), sleep(10000)]);
        if (p.exitCode === null) p.kill('SIGKILL');
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const init = spawnSync('mariadb-install-db', [`--datadir=${db}`, '--auth-root-authentication-method=normal', '--skip-test-db', ...asRoot], { encoding: 'utf8' });
    if (init.status !== 0) throw new Error(`mariadb-install-db: ${init.stderr}`);
    const mariadb = spawn('mariadbd', [
      '--no-defaults', `--datadir=${db}`, `--socket=${sock}`, '--skip-networking', `--pid-file=${join(dir, 'mysql.pid')}`,
      `--log-error=${join(dir, 'mysql.err')}`, '--innodb-buffer-pool-size=16M', '--skip-log-bin', ...asRoot,
    ], { stdio: 'ignore' });
    procs.push(mariadb);
    await waitFor(() => spawnSync('mariadb', ['--no-defaults', '-S', sock, '-u', 'root', '-e', 'SELECT 1']).status === 0, 'MariaDB');
    const made = spawnSync('mariadb', ['--no-defaults', '-S', sock, '-u', 'root', '-e', 'CREATE DATABASE wordpress CHARACTER SET utf8mb4'], { encoding: 'utf8' });
    if (made.status !== 0) throw new Error(made.stderr);

    cpSync(WORDPRESS, site, { recursive: true, verbatimSymlinks: true, dereference: false });
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    writeFileSync(
      join(site, 'wp-config.php'),
      `<?php
define('DB_NAME', 'wordpress'); define('DB_USER', 'root'); define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:${sock}'); define('DB_CHARSET', 'utf8mb4'); define('DB_COLLATE', '');
define('WP_HOME', '${url}'); define('WP_SITEURL', '${url}');
define('WP_CONTENT_DIR', __DIR__ . '/wp-content'); define('WP_CONTENT_URL', '${url}/wp-content');
define('WP_ENVIRONMENT_TYPE', 'local'); define('DISALLOW_UNFILTERED_HTML', true); define('AUTOMATIC_UPDATER_DISABLED', true); define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true); define('WP_DEBUG', true); define('WP_DEBUG_DISPLAY', false); define('WP_DEBUG_LOG', __DIR__ . '/debug.log');
${['AUTH', 'SECURE_AUTH', 'LOGGED_IN', 'NONCE'].map((k) => `define('${k}_KEY', 'test-${k}'); define('${k}_SALT', 'salt-${k}');`).join(' ')}
$table_prefix = 'wp_';
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`,
    );
    // The plugin, installed from its zip as an administrator would.
    const zip = unzipSync(new Uint8Array(readFileSync('dist/wordpress/reper.zip')));
    for (const [name, bytes] of Object.entries(zip)) {
      const path = join(site, 'wp-content/plugins', name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, bytes);
    }
    for (const [name, body] of Object.entries(files)) {
      mkdirSync(dirname(join(site, name)), { recursive: true });
      writeFileSync(join(site, name), body);
    }

    /** Runs PHP with WordPress loaded; `code` may echo JSON, which is returned parsed. */
    const php = (code, { installing = false } = {}) => {
      const script = join(dir, `run-${Date.now()}-${Math.random().toString(36).slice(2)}.php`);
      writeFileSync(
        script,
        `<?php
$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}'; $_SERVER['REQUEST_URI'] = '/'; $_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
${installing ? "define('WP_INSTALLING', true);" : ''}
require ${JSON.stringify(join(site, 'wp-load.php'))};
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
${code}
`,
      );
      const r = spawnSync('php', [script], { encoding: 'utf8', cwd: site });
      if (r.status !== 0) throw new Error(`php: ${r.stdout}\n${r.stderr}`);
      const out = r.stdout.trim();
      return out ? JSON.parse(out) : undefined;
    };

    php(`wp_install('Școala Exemplu', 'admin', 'admin@example.org', false, '', 'admin-password-1'); update_option('blogdescription', '');`, { installing: true });
    const server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', site], {
      cwd: site,
      stdio: 'ignore',
      detached: true,
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
    });
    procs.push(server);
    await waitFor(async () => {
      try {
        return (await fetch(`${url}/wp-login.php`)).ok;
      } catch {
        return false;
      }
    }, 'php -S');
    return { url, site, php, close, debugLog: () => (existsSync(join(site, 'debug.log')) ? readFileSync(join(site, 'debug.log'), 'utf8') : '') };
  } catch (e) {
    await close();
    throw e;
  }
}
