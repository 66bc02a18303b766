// The guides' links and pictures point at files that exist (screenshots included), and the guides
// the README links are all there. Sample data is never shown without saying so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const GUIDES = ['README.md', 'compliance.md', 'embedding.md', 'theming.md', 'safety-privacy.md'];

test('every guide exists', () => {
  for (const g of GUIDES) assert.ok(existsSync(`docs/guides/${g}`), `docs/guides/${g}`);
});

test('relative links and images in the guides resolve to files in the repository', () => {
  const broken = [];
  for (const g of readdirSync('docs/guides').filter((f) => f.endsWith('.md'))) {
    const file = `docs/guides/${g}`;
    const text = readFileSync(file, 'utf8');
    const section = text.match(/<!-- guides-section:start -->([\s\S]*?)<!-- guides-section:end -->/)?.[1] ?? '';
    const targets = [
      ...[...text.replace(section, '').matchAll(/\]\(([^)\s]+)\)/g)].map((m) => [m[1], dirname(file)]),
      ...[...text.matchAll(/<img src="([^"]+)"/g)].map((m) => [m[1], dirname(file)]),
      // The README section is written for the repository root.
      ...[...section.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => [m[1], '.']),
    ];
    for (const [target, base] of targets) {
      if (/^(https?:|mailto:|#)/.test(target)) continue;
      const path = join(base, target.split('#')[0]);
      if (!existsSync(path)) broken.push(`${file}: ${target}`);
    }
  }
  assert.deepEqual(broken, []);
});

test('the screenshots of every site example and of the kiosk in both orientations are there', () => {
  const shots = [
    ...['school', 'hospital', 'municipality', 'react'].flatMap((p) => [`${p}-1280.png`, `${p}-320.png`]),
    ...['portrait', 'landscape'].flatMap((o) => [`kiosk-${o}-attract.png`, `kiosk-${o}-finder.png`]),
  ];
  for (const s of shots) {
    const path = `docs/screenshots/${s}`;
    assert.ok(existsSync(path), `${path}: run npm run screenshots`);
    assert.deepEqual([...readFileSync(path).subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], `${path} is a PNG`);
  }
});

test('guides that mention the Cluj directory say it is sample data', () => {
  for (const g of GUIDES) {
    const text = readFileSync(`docs/guides/${g}`, 'utf8');
    if (/Cluj/.test(text)) assert.match(text, /sample/i, `${g} mentions Cluj without saying it is sample data`);
  }
});
