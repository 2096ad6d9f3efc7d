// The package's hand-written JavaScript (www/package/: index.js, assets.js, node.js,
// back-pain-triage.js and src/) type-checks: each file has `// @ts-check`, and
// `tsc -p www/package/tsconfig.check.json` (strict, checkJs, noEmit) checks its JSDoc and its
// use of index.d.ts's types. The generated modules it imports (start-screen.js, texts/,
// wasm/) are declared in www/package/typecheck/. Needs only TypeScript from node_modules:
// neither pkg/ nor a WASM.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repo } from './snippets.mjs';

const packageDir = join(repo, 'www', 'package');

test('tsc --checkJs reports nothing in the package\'s JavaScript', () => {
  const tsc = join(repo, 'node_modules', 'typescript', 'bin', 'tsc');
  const run = spawnSync(process.execPath, [tsc, '-p', join(packageDir, 'tsconfig.check.json'), '--pretty', 'false'], {
    cwd: repo,
    encoding: 'utf8',
  });
  assert.equal(run.error, undefined, `tsc could not run: ${run.error}`);
  assert.equal(run.status, 0, `tsc -p www/package/tsconfig.check.json:\n${run.stdout}${run.stderr}`);
});

test('every hand-written JavaScript file of the package asks to be checked', () => {
  // A file without `// @ts-check` first would still be checked (checkJs), but the editor would
  // not say so; and a new file must not be left out of the config's include.
  const files = [
    ...readdirSync(packageDir).filter((f) => f.endsWith('.js')),
    ...readdirSync(join(packageDir, 'src')).filter((f) => f.endsWith('.js')).map((f) => `src/${f}`),
  ];
  assert.ok(files.includes('src/api.js'), `found: ${files.join(', ')}`);
  const unchecked = files.filter((f) => !readFileSync(join(packageDir, f), 'utf8').startsWith('// @ts-check\n'));
  assert.deepEqual(unchecked, [], 'files without // @ts-check on their first line');
  const { include } = JSON.parse(readFileSync(join(packageDir, 'tsconfig.check.json'), 'utf8'));
  assert.deepEqual(include.slice(0, 2), ['*.js', 'src/*.js']);
});
