// A real WordPress for the plugin's browser test, on loopback, gone afterwards: Debian's
// packages (scripts/setup --browser installs them), a copy of /usr/share/wordpress in a
// temporary folder with its own wp-config.php, MariaDB with its datadir and socket in that
// folder (no network), and PHP's built-in web server on 127.0.0.1. The plugin comes from the
// release's zip (scripts/release), unzipped into wp-content/plugins as WordPress's uploader does.
import { execFile, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect } from '@playwright/test';

const run = promisify(execFile);
const HERE = fileURLToPath(new URL('.', import.meta.url));
export const PASSWORD = 'kts-test-password';

/** Starts `command` and returns it; a start that fails is reported with its output. */
function start(command, args, options) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  child.output = '';
  child.stdout.on('data', (chunk) => { child.output += chunk; });
  child.stderr.on('data', (chunk) => { child.output += chunk; });
  return child;
}

/** Waits until `ready()` resolves true, failing at once with `child`'s output if it exits. */
async function whenReady(child, ready, what) {
  let onExit;
  const exited = new Promise((_, reject) => {
    onExit = (code) => reject(new Error(`${what} exited (${code}):\n${child.output}`));
    child.once('exit', onExit);
  });
  try {
    await Promise.race([expect.poll(ready, { timeout: 60_000, message: `${what} is ready` }).toBe(true), exited]);
  } finally {
    child.off('exit', onExit);
  }
}

/** Stops `child` and, for one started as a group leader (`detached`), the processes it forked. */
async function stop(child) {
  if (!child) return;
  if (child.group) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
  if (child.exitCode !== null || child.signalCode !== null) return;
  const stopped = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await stopped;
}

/**
 * Starts WordPress on `port` with the plugin from `pluginZip` active and `posts` ({ slug:
 * content }) published. Returns { url, posts: { slug: URL }, stop() }.
 */
export async function startWordPress({ port, pluginZip, posts }) {
  for (const needed of ['/usr/share/wordpress/wp-settings.php', '/usr/sbin/mariadbd', '/usr/bin/php']) {
    if (!existsSync(needed)) throw new Error(`${needed} is missing: run scripts/setup --browser`);
  }
  if (!existsSync(pluginZip)) throw new Error(`${pluginZip} is missing: run scripts/release`);
  const folder = mkdtempSync(join(tmpdir(), 'kts-wordpress-'));
  const url = `http://127.0.0.1:${port}`;
  const socket = join(folder, 'mariadb.sock');
  let db;
  let web;
  const site = {
    url,
    async stop() {
      await stop(web);
      await stop(db);
      rmSync(folder, { recursive: true, force: true });
    },
  };
  try {
    // MariaDB: a fresh datadir, a socket in the folder, no TCP at all.
    await run('mariadb-install-db', ['--no-defaults', `--datadir=${folder}/db`, '--user=root',
      '--auth-root-authentication-method=normal', '--skip-test-db']);
    db = start('/usr/sbin/mariadbd', ['--no-defaults', `--datadir=${folder}/db`, `--socket=${socket}`,
      `--pid-file=${folder}/mariadb.pid`, `--tmpdir=${folder}`, '--skip-networking', '--user=root',
      '--innodb-buffer-pool-size=32M', '--skip-log-error']);
    await whenReady(db, () => run('mariadb-admin', ['--no-defaults', `--socket=${socket}`, '-uroot', 'ping'])
      .then(() => true, () => false), 'mariadbd');

    // WordPress: Debian's files, this site's own configuration and plugins folder.
    const root = join(folder, 'wordpress');
    // Debian's relative links (to its packaged underscore, backbone, getID3) become files here.
    cpSync('/usr/share/wordpress', root, { recursive: true, dereference: true });
    writeFileSync(join(root, 'wp-config.php'), `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
define( 'WP_HOME', '${url}' );
define( 'WP_SITEURL', '${url}' );
define( 'WP_CONTENT_DIR', __DIR__ . '/wp-content' );
// Loopback only: no update checks or other calls out (there is no network here).
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
foreach ( array( 'AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT' ) as $kts_key ) {
	define( $kts_key, '${folder}' . $kts_key );
}
$table_prefix = 'wp_';
define( 'ABSPATH', __DIR__ . '/' );
require_once ABSPATH . 'wp-settings.php';
`);
    await run('unzip', ['-q', pluginZip, '-d', join(root, 'wp-content/plugins')]);
    const { stdout } = await run('php', [join(HERE, 'install.php')], {
      env: { ...process.env, KTS_WP_ROOT: root, KTS_WP_SOCKET: socket, KTS_WP_PASSWORD: PASSWORD, KTS_WP_POSTS: JSON.stringify(posts) },
    });
    site.posts = JSON.parse(stdout);

    // Its own process group: with PHP_CLI_SERVER_WORKERS it forks workers, which stop() ends too.
    web = start('php', ['-S', `127.0.0.1:${port}`, '-t', root], {
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' }, detached: true,
    });
    web.group = true;
    await whenReady(web, () => fetch(`${url}/wp-login.php`).then((r) => r.ok, () => false), 'php -S');
    return site;
  } catch (error) {
    await site.stop();
    throw error;
  }
}
