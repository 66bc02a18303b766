// The WordPress plugin: wordpress/reper/ plus the cdn/ bundles, its .po catalogues compiled to .mo
// (gettext-parser), zipped (fflate) to dist/wordpress/reper.zip — the file an administrator
// uploads under Plugins → Add New → Upload Plugin. Run by `npm run build` after cdn/ is built.
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import gettext from 'gettext-parser';
import { zipSync } from 'fflate';

const SRC = 'wordpress/reper';
const OUT = 'dist/wordpress';

/** Every file under `dir`, as paths relative to `base`. */
function files(dir, base = dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, base) : [relative(base, path)];
  });
}

// A fixed date for every entry: the same sources give the same zip.
const mtime = new Date('2025-01-01T00:00:00Z');
const entries = {};
for (const file of files(SRC)) {
  const bytes = readFileSync(join(SRC, file));
  if (file.endsWith('.po')) {
    const mo = gettext.mo.compile(gettext.po.parse(bytes));
    entries[`reper/${file.replace(/\.po$/, '.mo')}`] = [new Uint8Array(mo), { mtime }];
  }
  entries[`reper/${file}`] = [new Uint8Array(bytes), { mtime }];
}
for (const file of files('cdn')) entries[`reper/cdn/${file}`] = [new Uint8Array(readFileSync(join('cdn', file))), { mtime }];
const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
const header = readFileSync(join(SRC, 'reper.php'), 'utf8');
if (!header.includes(`Version:           ${version}`) || !header.includes(`'REPER_VERSION', '${version}'`)) {
  console.error(`wordpress/reper/reper.php: its Version header and REPER_VERSION must be the package version ${version}`);
  process.exit(1);
}
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'reper.zip'), zipSync(entries, { level: 9 }));
