// Size budgets from DESIGN.md, checked on the built cdn/ (sizes are exact, unlike timings, so
// they belong in the tests as well as in `npm run bench`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sizeRows } from '../../bench/sizes.mjs';

for (const row of sizeRows().filter((r) => r.budget != null)) {
  test(`${row.figure} ≤ ${row.budget} KB`, () => {
    assert.ok(row.value != null, row.note ?? 'not built');
    assert.ok(row.pass, `${row.value.toFixed(2)} KB is over the budget of ${row.budget} KB`);
  });
}
