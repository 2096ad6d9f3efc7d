// The fenced code blocks of the docs, for the tests that keep them working: tests/node/docs.test.mjs
// (sh, js, json) and tests/e2e/docs.test.mjs (html); the tsx and vue blocks are type-checked in
// the framework apps by tests/e2e/frameworks.test.mjs.
//
// A block whose info string has `no-run` after the language (```sh no-run) is left out; the doc
// says why next to it.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The docs whose blocks are checked: the README, docs/*.md and the npm package's README. */
export const DOC_FILES = [
  'README.md',
  ...readdirSync(join(repo, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `docs/${f}`),
  'www/package/README.md',
];

/**
 * Every fenced block of `file` (relative to the repository) as { file, line (of the opening
 * fence, 1-based), lang, flags, code, before }: `before` is the paragraph above the block, where
 * a doc says what to expect (e.g. an exit status).
 */
export function blocksOf(file) {
  const lines = readFileSync(join(repo, file), 'utf8').split('\n');
  const blocks = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)\s*(.*)$/.exec(lines[i]);
    if (!open) continue;
    const [, indent, fence, lang, rest] = open;
    const code = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const close = new RegExp(`^\\s*${fence[0]}{${fence.length},}\\s*$`).exec(lines[j]);
      if (close) break;
      code.push(lines[j].startsWith(indent) ? lines[j].slice(indent.length) : lines[j]);
    }
    if (j === lines.length) throw new Error(`${file}:${i + 1}: a fence that is never closed`);
    let k = i - 1;
    while (k >= 0 && lines[k].trim() === '') k--;
    const paragraph = [];
    for (; k >= 0 && lines[k].trim() !== '' && !/^\s*(`{3,}|~{3,})/.test(lines[k]); k--) paragraph.unshift(lines[k]);
    blocks.push({
      file,
      line: i + 1,
      lang: lang.toLowerCase() || 'text',
      flags: rest.split(/\s+/).filter(Boolean),
      code: code.join('\n') + '\n',
      before: paragraph.join('\n'),
    });
    i = j;
  }
  return blocks;
}

/** All blocks of all DOC_FILES, `no-run` ones left out. */
export function docBlocks() {
  return DOC_FILES.flatMap(blocksOf).filter((b) => !b.flags.includes('no-run'));
}

/** How many blocks of each language, e.g. { sh: 12, js: 8, … }. */
export function countByLang(blocks) {
  const counts = {};
  for (const b of blocks) counts[b.lang] = (counts[b.lang] ?? 0) + 1;
  return counts;
}

/** `file:line` of a block, for messages. */
export const where = (b) => `${b.file}:${b.line}`;
