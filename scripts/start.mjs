// `npm start`: the desktop app when Electron's binary is here or can be fetched, otherwise the
// offline web build, so a machine without the binary still gets a working FleetAudit.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const electronDir = join(root, 'node_modules', 'electron');
const isWindows = process.platform === 'win32';

// Enough to fetch the binary on a normal connection; a blocked network fails well before.
const DOWNLOAD_TIMEOUT_MS = 120_000;

/** The binary named by electron's path.txt, or null when it was never downloaded. */
function electronBinary() {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;

  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

function tryDownload() {
  const installer = join(electronDir, 'install.js');
  if (!existsSync(installer)) return false;

  process.stdout.write('Fetching the Electron binary...\n');
  // `npm ci` may have run with the download skipped; here the download is what we ask for.
  const env = { ...process.env };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  const result = spawnSync(process.execPath, [installer], {
    cwd: electronDir,
    env,
    stdio: ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8',
    timeout: DOWNLOAD_TIMEOUT_MS,
  });
  if (result.status === 0) return true;

  // The installer's stack trace helps nobody here: its first line says enough.
  const reason = result.error?.message ?? result.stderr?.split('\n')[0] ?? 'no answer';
  process.stdout.write(`Download failed: ${reason.trim()}\n`);
  return false;
}

/** npm is a .cmd script on Windows, which only a shell can start. */
function runNpm(args) {
  return spawnSync('npm', args, { cwd: root, stdio: 'inherit', shell: isWindows });
}

function startDesktop(binary) {
  const build = runNpm(['run', 'build']);
  if (build.status !== 0) process.exit(build.status ?? 1);

  const env = { ...process.env };
  // Set by some tools; it would make Electron run as plain Node and never open a window.
  delete env.ELECTRON_RUN_AS_NODE;

  const child = spawn(binary, [root], { cwd: root, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 1));
}

function startWeb() {
  process.stdout.write(
    'The desktop shell (Electron binary) could not be downloaded on this machine; ' +
      'starting the offline web build instead.\n',
  );
  const web = runNpm(['run', 'web']);
  process.exit(web.status ?? 1);
}

const binary = electronBinary() ?? (tryDownload() ? electronBinary() : null);
if (binary) startDesktop(binary);
else startWeb();
