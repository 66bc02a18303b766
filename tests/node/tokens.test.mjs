// Design tokens: every var(--reper-*) has a fallback (elements look right with no theme file),
// every system token an element uses is defined in themes/reper.css and every one defined there
// is used, and every component token is documented with @cssproperty.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (p.endsWith('.ts')) files.push(p);
  }
};
walk('src');
const sources = files.map((f) => ({ file: f, text: readFileSync(f, 'utf8') }));
const SYSTEM = /^--reper-(color|space|font|radius)/;

/** Each var( … ) call with its argument text, balanced over nested parentheses. */
function* varCalls(text) {
  let i = 0;
  while ((i = text.indexOf('var(--reper-', i)) !== -1) {
    let depth = 0;
    let j = i + 3;
    for (; j < text.length; j++) {
      if (text[j] === '(') depth++;
      else if (text[j] === ')' && --depth === 0) break;
    }
    yield text.slice(i + 4, j);
    i = j;
  }
}

test('every var(--reper-*) in the elements has a fallback', () => {
  const missing = [];
  for (const { file, text } of sources) {
    for (const args of varCalls(text)) if (!args.includes(',')) missing.push(`${file}: var(${args})`);
  }
  assert.deepEqual(missing, []);
});

test('system tokens used by elements are defined in themes/reper.css, and all defined ones are used', () => {
  const theme = readFileSync('themes/reper.css', 'utf8');
  const defined = new Set([...theme.matchAll(/^\s*(--reper-[\w-]+)\s*:/gm)].map((m) => m[1]));
  const used = new Set();
  for (const { text } of sources) for (const args of varCalls(text)) used.add(args.split(',')[0].trim());
  const undefinedTokens = [...used].filter((t) => SYSTEM.test(t) && !defined.has(t));
  const unused = [...defined].filter((t) => !used.has(t));
  assert.deepEqual(undefinedTokens, [], 'used but not defined in themes/reper.css');
  assert.deepEqual(unused, [], 'defined in themes/reper.css but used by no element');
});

test('every component token is documented with @cssproperty', () => {
  const docs = sources.map((s) => s.text).join('\n');
  const documented = new Set([...docs.matchAll(/@cssproperty\s+(--reper-[\w-]+)/g)].map((m) => m[1]));
  const missing = new Set();
  for (const { file, text } of sources) {
    for (const args of varCalls(text)) {
      const name = args.split(',')[0].trim();
      if (!SYSTEM.test(name) && !documented.has(name)) missing.add(`${name} (${file})`);
    }
  }
  assert.deepEqual([...missing], []);
});
