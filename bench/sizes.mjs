// Sizes of what a page loads: raw, gzip -9 and brotli 11, per file. Used by the size-budget
// test (tests/e2e/size.test.mjs) and by the benchmark (bench/run.mjs).
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

/** { raw, gzip, brotli } bytes of one file's contents. */
export function sizesOf(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Per-file sizes of `files` (paths), plus their total. */
export function bundleSizes(files) {
  const perFile = files.map((path) => ({ path, ...sizesOf(readFileSync(path)) }));
  const total = perFile.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return { perFile, total };
}

/** The budget, stated in one place: bench/size-budget.json. */
export const budget = JSON.parse(readFileSync(new URL('./size-budget.json', import.meta.url), 'utf8'));
