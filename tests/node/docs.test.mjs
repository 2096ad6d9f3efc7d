// The docs' code blocks (README.md, docs/*.md, www/package/README.md, found by snippets.mjs) must
// keep working, so that a change to the CLI, the scripts or the package's API that a doc shows
// fails here instead of in a reader's hands:
//   sh    the `triage` CLI (or `cargo run -p triage-cli`) is run with the release binary in a
//         scratch directory, `$ ` examples compared with the output the doc shows and the exit
//         status the paragraph above gives; scripts/…, `npm run`, `npm pack`, `npm install`:
//         the script, its options and the package's name exist (nothing is installed or served)
//   js    every block type-checked with tsc against the package's types (www/package/index.d.ts
//         as scripts/package copies it into pkg/); those that need no page (init, evaluate,
//         questionnaire, answersFromQuestionnaireResponse) also run under Node.js against pkg/
//   json  parsed; Answers validated by the CLI
// The html blocks are loaded in Chromium by tests/e2e/docs.test.mjs, the tsx and vue blocks
// type-checked in the framework apps by tests/e2e/frameworks.test.mjs. Needs pkg/ (npm run
// package) and the release CLI (cargo build --release -p triage-cli).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repo, docBlocks, countByLang, where } from './snippets.mjs';

const bin = process.env.TRIAGE_BIN ?? join(repo, 'target', 'release', 'triage');
const blocks = docBlocks();
const ofLang = (...langs) => blocks.filter((b) => langs.includes(b.lang));
const fixture = JSON.parse(readFileSync(join(repo, 'tests', 'fixtures', 'rule-table.json'), 'utf8'));
let scratch;

before(() => {
  assert.ok(existsSync(join(repo, 'pkg', 'node.js')), 'pkg/ missing: run npm run package');
  assert.ok(existsSync(bin), `${bin} missing: run cargo build --release -p triage-cli`);
  scratch = mkdtempSync(join(tmpdir(), 'bpt-docs-'));
  // `triage` and `cargo run -p triage-cli` as the docs write them, both the release binary.
  const shims = join(scratch, 'bin');
  mkdirSync(shims);
  writeFileSync(join(shims, 'triage'), `#!/bin/sh\nexec "${bin}" "$@"\n`);
  writeFileSync(
    join(shims, 'cargo'),
    `#!/usr/bin/env bash
# Only \`cargo run [--release|-q|--quiet|--locked] -p triage-cli [-- ARGS]\`: anything else is
# a command the docs test has no check for.
[ "$1" = run ] || { echo "docs test: no check for cargo $*" >&2; exit 97; }
shift
found=
while [ $# -gt 0 ] && [ "$1" != -- ]; do
  case "$1" in
    -p) [ "$2" = triage-cli ] || { echo "docs test: no check for -p $2" >&2; exit 97; }; found=1; shift 2 ;;
    --release|-q|--quiet|--locked) shift ;;
    *) echo "docs test: no check for cargo run $1" >&2; exit 97 ;;
  esac
done
[ -n "$found" ] || { echo "docs test: cargo run without -p triage-cli" >&2; exit 97; }
[ "$1" = -- ] && shift
exec "${bin}" "$@"
`,
  );
  chmodSync(join(shims, 'triage'), 0o755);
  chmodSync(join(shims, 'cargo'), 0o755);
});
after(() => scratch && rmSync(scratch, { recursive: true, force: true }));

test('every block is of a language this test (or the browser tests) checks', (t) => {
  const counts = countByLang(blocks);
  t.diagnostic(`blocks: ${JSON.stringify(counts)}`);
  const checked = ['sh', 'js', 'json', 'html', 'tsx', 'vue'];
  for (const b of blocks) assert.ok(checked.includes(b.lang), `${where(b)}: no check for \`\`\`${b.lang} (mark it no-run and say why)`);
  // A block that vanished (a doc rewritten, the extractor broken) is noticed, not silently unchecked.
  assert.ok(counts.sh >= 10 && counts.js >= 5 && counts.html >= 3, JSON.stringify(counts));
});

/** A fresh directory with the inputs the CLI examples read: answers.json and many.jsonl. */
function workdir(name) {
  const dir = join(scratch, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'answers.json'), JSON.stringify(fixture.base, null, 2));
  const many = fixture.cases.slice(0, 5).map((c) => JSON.stringify({ ...fixture.base, ...c.answers }));
  writeFileSync(join(dir, 'many.jsonl'), many.join('\n') + '\n');
  return dir;
}

function bash(script, cwd) {
  return spawnSync('bash', ['-c', script], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${join(scratch, 'bin')}:${process.env.PATH}` },
  });
}

/** The commands of a block without prompts: one a line, `# …` comments dropped. */
function commandsOf(b) {
  return b.code
    .split('\n')
    .map((l) => l.replace(/(^|\s+)#\s.*$/, '').trim())
    .filter((l) => l && !l.startsWith('#'));
}

const runsCli = (command) => /^(triage\b|cargo run\b)/.test(command);

/** The check of one command that is not the CLI: what it names exists. */
function checkCommand(b, command) {
  const [word, ...args] = command.split(/\s+/);
  if (word.startsWith('scripts/')) {
    const script = join(repo, word);
    assert.ok(existsSync(script), `${where(b)}: ${word} does not exist`);
    assert.ok(spawnSync('test', ['-x', script]).status === 0, `${where(b)}: ${word} is not executable`);
    // Its options and named arguments (not numbers) are ones the script knows.
    const text = readFileSync(script, 'utf8');
    for (const arg of args.filter((a) => !/^\d+$/.test(a))) {
      assert.ok(text.includes(arg), `${where(b)}: ${word} knows nothing of ${arg}`);
    }
    return;
  }
  if (word === 'npm' && args[0] === 'run') {
    const scripts = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).scripts;
    assert.ok(scripts[args[1]], `${where(b)}: package.json has no script ${args[1]}`);
    return checkCommand(b, scripts[args[1]]);
  }
  if (word === 'npm' && args[0] === 'install') {
    const name = JSON.parse(readFileSync(join(repo, 'pkg', 'package.json'), 'utf8')).name;
    assert.equal(args[1], name, `${where(b)}: the package is called ${name}`);
    return;
  }
  if (word === 'npm' && args[0] === 'pack') {
    const r = spawnSync('npm', ['pack', '--dry-run', '--json', ...args.slice(1)], { cwd: repo, encoding: 'utf8' });
    assert.equal(r.status, 0, `${where(b)}: ${command}: ${r.stderr}`);
    const [{ filename }] = JSON.parse(r.stdout);
    // The tarball's name, where the doc gives it after an arrow.
    const named = /→\s*(\S+\.tgz)/.exec(b.code.split('\n').find((l) => l.includes(command)) ?? '');
    if (named) assert.equal(filename, named[1], `${where(b)}: npm pack gives ${filename}`);
    return;
  }
  assert.fail(`${where(b)}: no check for \`${command}\` (add one, or mark the block no-run and say why)`);
}

for (const b of ofLang('sh')) {
  test(`sh ${where(b)}`, () => {
    if (/^\$ /m.test(b.code)) {
      // A transcript: `$ command` (continued on indented lines), then the output it prints
      // (stdout and stderr), then an exit status of 0 unless the paragraph above says another.
      const status = Number(/exits? with status (\d+)/.exec(b.before)?.[1] ?? 0);
      const steps = [];
      assert.ok(b.code.startsWith('$ '), `${where(b)}: a transcript starts with \`$ \``);
      for (const line of b.code.trimEnd().split('\n')) {
        if (line.startsWith('$ ')) steps.push({ command: line.slice(2), output: [] });
        else if (/^\s/.test(line) && steps.at(-1).output.length === 0) steps.at(-1).command += '\n' + line;
        else steps.at(-1).output.push(line);
      }
      const dir = workdir(`transcript-${b.line}`);
      for (const { command, output } of steps) {
        assert.ok(/(^|\|\s*)(triage\b|cargo run\b)/m.test(command), `${where(b)}: no check for \`${command}\``);
        const r = bash(command, dir);
        assert.equal(r.status, status, `${where(b)}: \`${command}\` exited with ${r.status}: ${r.stderr}`);
        assert.equal((r.stdout + r.stderr).trimEnd(), output.join('\n'), `${where(b)}: \`${command}\` printed something else`);
      }
      return;
    }
    const commands = commandsOf(b);
    assert.ok(commands.length > 0, `${where(b)}: no command`);
    if (commands.every(runsCli)) {
      // The block as written, in order (a later line may read what an earlier one wrote), stopping
      // at the first failure.
      const r = bash(`set -e\n${b.code}`, workdir(`block-${b.line}`));
      assert.equal(r.status, 0, `${where(b)}: exited with ${r.status}: ${r.stderr}`);
      return;
    }
    for (const command of commands) {
      assert.ok(!runsCli(command), `${where(b)}: a block mixes CLI runs and other commands; split it`);
      checkCommand(b, command);
    }
  });
}

for (const b of ofLang('json')) {
  test(`json ${where(b)}`, () => {
    const value = JSON.parse(b.code);
    // Answers (they have an age) must be what the CLI accepts; an outcome must have its parts.
    if (value && typeof value === 'object' && 'urgency' in value) {
      for (const key of ['urgency', 'category', 'advice', 'reasons']) assert.ok(key in value, `${where(b)}: no ${key}`);
    } else if (value && typeof value === 'object' && 'age' in value) {
      const r = spawnSync(bin, [], { input: b.code, encoding: 'utf8' });
      assert.equal(r.status, 0, `${where(b)}: the CLI refuses these Answers: ${r.stderr}`);
    }
  });
}

// The names the js blocks use without defining: the host page's own code.
const HOST_GLOBALS = `import type { FhirResource } from 'back-pain-triage';
declare global {
  /** The element the host mounts into. */
  const el: HTMLElement;
  /** The host's own analytics. */
  const myCounter: { record(step: string): void };
  /** The host's own banner. */
  function showMyCallBanner(sign: string): void;
  /** A QuestionnaireResponse from another renderer (docs/fhir.md). */
  const qrFromAnyRenderer: FhirResource;
}
`;
const EXPORTS = ['init', 'mount', 'preloadWidget', 'evaluate', 'questionnaire', 'answersFromQuestionnaireResponse', 'defineElement'];
/** A block as a module: a fragment with no import gets the package's exports. */
const asModule = (b) =>
  /^import\b/m.test(b.code) ? b.code : `import { ${EXPORTS.join(', ')} } from 'back-pain-triage';\n${b.code}`;

test('every js block type-checks against the package (tsc, pkg/index.d.ts)', (t) => {
  const dir = join(scratch, 'tsc');
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  symlinkSync(join(repo, 'pkg'), join(dir, 'node_modules', 'back-pain-triage'));
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }');
  writeFileSync(join(dir, 'host.d.ts'), HOST_GLOBALS);
  const names = new Map();
  for (const b of ofLang('js')) {
    const name = `${b.file.replaceAll('/', '_')}_${b.line}.js`;
    names.set(name, b);
    writeFileSync(join(dir, name), asModule(b));
  }
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      // As a page's JavaScript is checked in an editor: no strict null checks (querySelector
      // returns `Element | null`), everything else the package's types say.
      compilerOptions: {
        target: 'ES2022', lib: ['ES2022', 'DOM', 'DOM.Iterable'], module: 'ESNext', moduleResolution: 'bundler',
        allowJs: true, checkJs: true, noEmit: true, strict: false, skipLibCheck: false, types: [],
      },
      include: ['*.js', '*.d.ts'],
    }),
  );
  const r = spawnSync(process.execPath, [join(repo, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.'], { cwd: dir, encoding: 'utf8' });
  // Each error, with the doc line it is on.
  const errors = r.stdout.replace(/^(\S+?\.js)\((\d+),\d+\)/gm, (all, file, line) => {
    const b = names.get(file);
    return b ? `${b.file}:${b.line + Number(line) - (asModule(b) === b.code ? 0 : 1)}` : all;
  });
  t.diagnostic(`${names.size} js blocks type-checked`);
  assert.equal(r.status, 0, errors + r.stderr);
});

// What a block may use to run without a page.
const NODE_API = new Set(['init', 'evaluate', 'questionnaire', 'answersFromQuestionnaireResponse']);
const runsInNode = (b) => {
  const imported = /import\s*\{([^}]*)\}\s*from\s*'back-pain-triage'/.exec(b.code);
  return imported !== null && imported[1].split(',').every((n) => NODE_API.has(n.trim())) && !/\bdocument\b/.test(b.code);
};

for (const b of ofLang('js').filter(runsInNode)) {
  test(`js ${where(b)} runs under Node.js against pkg/`, async () => {
    // The outcome the block computes: its last `evaluate(` statement, or the const it assigns.
    let code = b.code.replace("'back-pain-triage'", `'${pathToFileURL(join(repo, 'pkg', 'node.js')).href}'`);
    code = code.replace(/^evaluate\(/m, 'globalThis.snippetOutcome = evaluate(');
    const assigned = /^const (\w+) = evaluate\(/m.exec(code);
    if (assigned) code += `\nglobalThis.snippetOutcome = ${assigned[1]};\n`;
    if (/\bqrFromAnyRenderer\b/.test(code)) {
      // A QuestionnaireResponse as any renderer gives it: here, the CLI's.
      const r = spawnSync(bin, ['response', '--lang', 'da'], { input: JSON.stringify(fixture.base), encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      globalThis.qrFromAnyRenderer = JSON.parse(r.stdout);
    }
    const file = join(scratch, `run-${b.line}-${b.file.replaceAll('/', '_')}.mjs`);
    writeFileSync(file, code);
    delete globalThis.snippetOutcome;
    await import(pathToFileURL(file).href);
    const outcome = globalThis.snippetOutcome;
    assert.ok(['emergency', 'urgent', 'soon', 'self_care'].includes(outcome?.urgency), `${where(b)}: no outcome`);
    // What the block's `// → { … }` comment says it gives.
    const shown = /\/\/ → (.*)$/m.exec(b.code)?.[1] ?? '';
    for (const [, key, value] of shown.matchAll(/(\w+): '(\w+)'/g)) {
      assert.equal(outcome[key], value, `${where(b)}: ${key}`);
    }
    for (const [, key, list] of shown.matchAll(/(\w+): \[((?:'\w+', )*)…\]/g)) {
      const first = [...list.matchAll(/'(\w+)'/g)].map((m) => m[1]);
      assert.deepEqual(outcome[key].slice(0, first.length), first, `${where(b)}: ${key}`);
    }
  });
}
