// `npm install` on the oldest Node that package.json's `engines` promises must print no
// EBADENGINE warning: every package in the lock file accepts that version (issue 19: @web/*
// 1.x wanted Node 22 while engines said >=20).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import semver from 'semver';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));

test('every locked package supports the oldest Node that engines promises, and so does the one running the tests', () => {
  const oldest = semver.minVersion(pkg.engines.node).version;
  const refused = Object.entries(lock.packages)
    .filter(([path, meta]) => path && meta.engines?.node && !semver.satisfies(oldest, meta.engines.node))
    .map(([path, meta]) => `${path.replace(/^.*node_modules\//, '')} wants node ${meta.engines.node}`);
  assert.deepEqual(refused, [], `engines says node ${pkg.engines.node}`);
  assert.ok(semver.satisfies(process.version, pkg.engines.node), `${process.version} is outside engines ${pkg.engines.node}`);
});
