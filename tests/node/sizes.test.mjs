// Size budgets from DESIGN.md, checked on the built cdn/ (sizes are exact, unlike timings, so
// they belong in the tests as well as in `npm run bench`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closure, sizeRows } from '../../bench/sizes.mjs';

for (const row of sizeRows().filter((r) => r.budget != null)) {
  test(`${row.figure} ≤ ${row.budget} KB`, () => {
    assert.ok(row.value != null, row.note ?? 'not built');
    assert.ok(row.pass, `${row.value.toFixed(2)} KB is over the budget of ${row.budget} KB`);
  });
}

// What every element loads (the base element's chunks: what cdn/exit.js and cdn/hotline.js both
// load) includes nothing that the directory API loads too: a module that the base element and
// src/directory.ts both import becomes a chunk of its own in every element's download (it
// happened with defaults.ts and createContext, then with yield.ts: 0.1 KB each, of 12).
test('the chunks every element loads are not loaded by cdn/directory.js', () => {
  const hotline = closure('cdn/hotline.js');
  const base = [...closure('cdn/exit.js')].filter((file) => hotline.has(file));
  const directory = closure('cdn/directory.js');
  const shared = base.filter((file) => directory.has(file));
  assert.deepEqual(shared, [], `cdn/directory.js also loads ${shared.join(', ')}`);
});
