// The package's hand-written JavaScript (www/package/: index.js, assets.js, node.js,
// back-pain-triage.js and src/) type-checks: each file has `// @ts-check`, and
// `tsc -p www/package/tsconfig.check.json` (strict, checkJs, noEmit) checks its JSDoc and its
// use of index.d.ts's types. The generated modules it imports (start-screen.js, texts/,
// wasm/) are declared in www/package/typecheck/; those of the WASMs are held to what the
// WASMs export (the last test, after scripts/package).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

// The declarations of the wasm-bindgen glue in www/package/typecheck/wasm/ are written by hand,
// with the types the Rust names in its doc (wasm-bindgen's own say `any`). Each function they
// declare must be one the WASM exports, with as many parameters: wasm-bindgen writes its own
// declarations for the WASMs `scripts/package` left in target/wasm-sizes/, and they are compared.
test('the hand-written declarations of the WASMs name what the WASMs export', (t) => {
  const built = join(repo, 'target', 'wasm-sizes');
  const names = ['back-pain-triage', 'back-pain-triage-core', 'back-pain-triage-result'];
  if (!names.every((name) => existsSync(join(built, `${name}.wasm`)))) {
    // scripts/test runs this after scripts/package; alone, without the WASMs, it cannot.
    t.skip('no WASMs in target/wasm-sizes/: run scripts/package first');
    return;
  }
  const out = mkdtempSync(join(tmpdir(), 'bpt-bindgen-'));
  /** Each `export function name(…)` of a declaration file, with its number of parameters. */
  const functions = (text) =>
    new Map(
      [...text.matchAll(/export function (\w+)\s*\(([^)]*)\)/g)].map(([, name, params]) => [
        name,
        params.split(',').filter((p) => p.trim() !== '').length,
      ]),
    );
  for (const name of names) {
    const run = spawnSync('wasm-bindgen', ['--target', 'web', '--out-dir', out, '--out-name', name, join(built, `${name}.wasm`)], {
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, `wasm-bindgen ${name}: ${run.error ?? ''}${run.stderr}`);
    const exported = functions(readFileSync(join(out, `${name}.d.ts`), 'utf8'));
    const declared = functions(readFileSync(join(packageDir, 'typecheck', 'wasm', `${name}.d.ts`), 'utf8'));
    assert.ok(declared.size > 0, `${name}: no function declared`);
    for (const [fn, count] of declared) {
      assert.equal(exported.get(fn), count, `${name}.d.ts declares ${fn} with ${count} parameters; the WASM exports ${exported.has(fn) ? `${exported.get(fn)}` : 'no such function'}`);
    }
  }
  rmSync(out, { recursive: true, force: true });
});
