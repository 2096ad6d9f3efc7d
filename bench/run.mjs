// Benchmark: bytes to load and time to the first question, ours against SurveyJS and
// LHC-Forms rendering the same questionnaire (our FHIR export). Run with scripts/bench, which
// builds the release package first. Options: --runs N (default 15), --cpu N (CPU throttling ×N).
//
// Each page is loaded N times, the pages in alternating order, each time in a fresh browser
// context with the cache disabled, from a server on 127.0.0.1 that gzips what it sends.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch, repo } from '../tests/e2e/support.mjs';
import { plainAnswers, completeByMouse } from '../tests/e2e/flow.mjs';
import { surveyFromQuestionnaire } from './fhir-to-surveyjs.mjs';
import { sizesOf } from './sizes.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const RUNS = Number(arg('--runs', 15));
const CPU = Number(arg('--cpu', 1));
const work = join(repo, 'bench', '.work');
const LFORMS = '/.cache/lforms-40.1.3/dist/lforms';
mkdirSync(work, { recursive: true });

// ---- the three pages, each rendering the same Questionnaire
const questionnaire = JSON.parse(execFileSync(join(repo, 'target', 'release', 'triage'), ['questionnaire', '--lang', 'en'], { encoding: 'utf8' }));
writeFileSync(join(work, 'ours.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="/pkg/back-pain-triage.js"></script></head>
<body><back-pain-triage lang="en" country="GB"></back-pain-triage></body></html>`);
writeFileSync(join(work, 'lforms.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"></head>
<body><div id="form"></div>
<script src="${LFORMS}/webcomponent/assets/lib/zone.min.js"></script>
<script src="${LFORMS}/webcomponent/lhc-forms.js"></script>
<script src="${LFORMS}/fhir/R4/lformsFHIR.min.js"></script>
<script>LForms.Util.addFormToPage(${JSON.stringify(questionnaire)}, 'form', { fhirVersion: 'R4' });</script></body></html>`);
const sj = join(work, 'surveyjs');
mkdirSync(sj, { recursive: true });
writeFileSync(join(sj, 'package.json'), JSON.stringify({ name: 'bench-surveyjs', private: true, type: 'module' }));
if (!existsSync(join(sj, 'node_modules', 'survey-js-ui'))) {
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', 'survey-core@2.5.38', 'survey-js-ui@2.5.38', 'vite@7.3.8'], { cwd: sj, stdio: 'inherit' });
}
writeFileSync(join(sj, 'survey.json'), JSON.stringify(surveyFromQuestionnaire(questionnaire)));
writeFileSync(join(sj, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"></head>
<body><div id="survey"></div><script type="module" src="./main.js"></script></body></html>`);
writeFileSync(join(sj, 'main.js'), `import { Model } from 'survey-core';
import { renderSurvey } from 'survey-js-ui';
import 'survey-core/survey-core.min.css';
import json from './survey.json';
const survey = new Model(json);
survey.onComplete.add(() => { window.benchDone = true; });
renderSurvey(survey, document.getElementById('survey'));`);
execFileSync(join(sj, 'node_modules', '.bin', 'vite'), ['build', '--base', './', '--logLevel', 'error'], { cwd: sj, stdio: 'inherit' });

/** Per page: its URL, when its first question is ready, and how to answer it all. */
const PAGES = {
  ours: {
    url: '/bench/.work/ours.html',
    // Our first screen is the start screen (what this is, the emergency number, Start).
    ready: `(() => { const b = document.querySelector('back-pain-triage')?.shadowRoot?.querySelector('[data-action="next"]'); return b && !b.disabled && b.offsetParent !== null; })()`,
    async complete(page) {
      await completeByMouse(page.locator('back-pain-triage'), plainAnswers());
      await page.locator('back-pain-triage [data-step="result"]').waitFor();
    },
  },
  surveyjs: {
    url: '/bench/.work/surveyjs/dist/index.html',
    ready: `(() => { const i = document.querySelector('input[type="radio"]'); return i && !i.disabled && i.closest('label')?.offsetParent !== null; })()`,
    async complete(page) {
      for (const item of questionnaire.item) {
        const q = page.locator(`[data-name="${item.linkId}"]`);
        if (item.type === 'integer') await q.locator('input').fill('40');
        else await q.locator('label', { hasText: item.linkId === 'duration_weeks' ? '1 to 4 weeks' : item.linkId === 'trend' ? 'Getting better' : 'No' }).first().click();
      }
      await page.locator('input[type="button"][value="Complete"], button:has-text("Complete")').first().click();
      await page.waitForFunction(() => window.benchDone === true);
    },
  },
  lforms: {
    url: '/bench/.work/lforms.html',
    ready: `(() => { const i = document.querySelector('input[type="radio"]'); return i && !i.disabled && i.offsetParent !== null; })()`,
    async complete(page) {
      for (const item of questionnaire.item) {
        if (item.type === 'integer') {
          const input = page.getByRole('textbox', { name: item.text });
          await input.fill('40');
          await input.press('Tab');
        } else {
          const text = item.linkId === 'duration_weeks' ? '1 to 4 weeks' : item.linkId === 'trend' ? 'Getting better' : 'No';
          await page.locator(`label:has(input[name="radiogroup_${item.linkId}/1"])`, { hasText: text }).first().click();
        }
      }
      await page.evaluate(() => LForms.Util.getFormFHIRData('QuestionnaireResponse', 'R4', document.getElementById('form')));
    },
  },
};

// ---- a server that gzips, as production servers do
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.json': 'application/json' };
const requested = new Map(); // page name → Set of paths
let current = null;
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const file = normalize(join(repo, path));
  if (!file.startsWith(repo) || !existsSync(file)) return res.writeHead(404).end();
  requested.get(current)?.add(path);
  const body = readFileSync(file);
  const gzip = /gzip/.test(req.headers['accept-encoding'] ?? '');
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
  res.end(gzip ? gzipSync(body, { level: 9 }) : body);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;

// ---- measure
const browser = await launch();
const results = Object.fromEntries(Object.keys(PAGES).map((name) => [name, { transferred: [], ready: [], complete: [], heap: [] }]));
const order = Object.keys(PAGES);
for (let run = 0; run < RUNS; run++) {
  // Alternate the order so that no page always goes first (or last) on a warm machine.
  const round = run % 2 === 0 ? order : [...order].reverse();
  for (const name of round) {
    const spec = PAGES[name];
    current = name;
    if (!requested.has(name)) requested.set(name, new Set());
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (CPU > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
    let bytes = 0;
    cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
    await page.addInitScript(`(() => {
      const check = () => { try { if (${spec.ready}) { window.benchReady = performance.now(); return; } } catch {} requestAnimationFrame(check); };
      requestAnimationFrame(check);
    })()`);
    await page.goto(origin + spec.url);
    await page.waitForFunction(() => window.benchReady !== undefined, null, { timeout: 60000 });
    const ready = await page.evaluate(() => window.benchReady);
    const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    await page.waitForLoadState('networkidle');
    const transferred = bytes;
    await spec.complete(page);
    const complete = await page.evaluate(() => performance.now());
    Object.entries({ transferred, ready, complete, heap }).forEach(([k, v]) => results[name][k].push(v));
    await context.close();
  }
  process.stdout.write(`run ${run + 1}/${RUNS}\r`);
}
const chromium = browser.version();
await browser.close();
server.close();

// ---- report
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0], median: s[Math.floor(s.length / 2)], max: s.at(-1) };
};
const kb = (b) => (b / 1024).toFixed(1);
const ms = (t) => t.toFixed(0);
const files = Object.fromEntries(Object.keys(PAGES).map((name) => {
  const list = [...requested.get(name)].filter((p) => !p.endsWith('.html')).sort();
  const sizes = list.map((p) => ({ path: p, ...sizesOf(readFileSync(join(repo, p))) }));
  const total = sizes.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return [name, { sizes, total }];
}));
const date = new Date().toISOString().slice(0, 10);
const label = { ours: 'back-pain-triage', surveyjs: 'SurveyJS 2.5.38', lforms: 'LHC-Forms 40.1.3' };
let md = `# Benchmark ${date}\n\nCommand: \`scripts/bench --runs ${RUNS}${CPU > 1 ? ` --cpu ${CPU}` : ''}\`. Chromium ${chromium}, headless, 390×844, cache disabled, a fresh context per load, served gzip -9 from 127.0.0.1, ${RUNS} loads per page in alternating order${CPU > 1 ? `, CPU throttled ×${CPU}` : ''}. Machine: ${execFileSync('nproc', { encoding: 'utf8' }).trim()} cores.\n\n`;
md += `"First question ready" is the time from navigation start until the first question's first input is visible and enabled; for back-pain-triage it is its first screen (what this is, the emergency number, and Start), one click before the first question. "Completed" is the time until the scripted answers (all "no", age 40, 1–4 weeks, better) reach the result (ours), the Complete event (SurveyJS) or the QuestionnaireResponse (LHC-Forms); it includes the test driver's clicks, and ours has one screen per step (more clicks).\n\n`;
md += '| page | transferred KB (min / median / max) | first question ready ms (min / median / max) | completed ms (median) | JS heap MB (median) |\n|---|---|---|---|---|\n';
for (const name of order) {
  const r = results[name];
  const [t, rd, c, h] = [stats(r.transferred), stats(r.ready), stats(r.complete), stats(r.heap)];
  md += `| ${label[name]} | ${kb(t.min)} / ${kb(t.median)} / ${kb(t.max)} | ${ms(rd.min)} / ${ms(rd.median)} / ${ms(rd.max)} | ${ms(c.median)} | ${(h.median / 1048576).toFixed(1)} |\n`;
}
md += '\n| ratio ours ÷ peer | transferred (median) | first question ready (median) | gzip total of files |\n|---|---|---|---|\n';
for (const peer of ['surveyjs', 'lforms']) {
  const ratio = (k) => (stats(results.ours[k]).median / stats(results[peer][k]).median).toFixed(2);
  md += `| ÷ ${label[peer]} | ${ratio('transferred')} | ${ratio('ready')} | ${(files.ours.total.gzip / files[peer].total.gzip).toFixed(2)} |\n`;
}
md += '\n## What each page loads (bytes)\n\n| page | file | raw | gzip -9 | brotli 11 |\n|---|---|---|---|---|\n';
for (const name of order) {
  for (const f of files[name].sizes) md += `| ${label[name]} | \`${f.path}\` | ${f.raw} | ${f.gzip} | ${f.brotli} |\n`;
  const t = files[name].total;
  md += `| ${label[name]} | **total** | **${t.raw}** | **${t.gzip}** | **${t.brotli}** |\n`;
}
const wasm = join(repo, 'target', 'wasm32-unknown-unknown', 'release', 'back_pain_triage.wasm');
let twiggy = '';
try {
  twiggy = execFileSync('twiggy', ['top', '-n', '15', wasm], { encoding: 'utf8' });
} catch {
  twiggy = '(twiggy not installed: cargo install --locked twiggy)';
}
md += `\n## Inside our WASM: the top items (\`twiggy top -n 15\`, before wasm-bindgen and wasm-opt, with names)\n\n\`\`\`\n${twiggy}\`\`\`\n`;
mkdirSync(join(repo, 'bench', 'results'), { recursive: true });
writeFileSync(join(repo, 'bench', 'results', `${date}.md`), md);
console.log(md);

// ---- the chart: gzip bytes and median time to the first question, as bars
const bars = (title, values, unit, y) => {
  const max = Math.max(...values.map((v) => v[1]));
  return `<text x="10" y="${y}" font-size="15" font-weight="700">${title}</text>` + values.map(([name, v], i) => {
    const w = Math.max(2, (v / max) * 420);
    const yy = y + 14 + i * 30;
    return `<text x="10" y="${yy + 16}" font-size="13">${label[name]}</text><rect x="150" y="${yy}" width="${w}" height="22" fill="${name === 'ours' ? '#0b5cad' : '#8a8a99'}"/><text x="${156 + w}" y="${yy + 16}" font-size="13">${unit(v)}</text>`;
  }).join('');
};
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="680" height="260" font-family="sans-serif"><rect width="680" height="260" fill="#fff"/>
${bars('gzip bytes loaded', order.map((n) => [n, files[n].total.gzip]), (v) => `${kb(v)} KB`, 24)}
${bars('median time to the first question', order.map((n) => [n, stats(results[n].ready).median]), (v) => `${ms(v)} ms`, 140)}</svg>`;
const chartBrowser = await launch();
const chart = await chartBrowser.newPage({ viewport: { width: 680, height: 260 } });
await chart.setContent(svg);
await chart.screenshot({ path: join(repo, 'bench', 'results', `${date}.png`) });
await chartBrowser.close();
console.log(`written: bench/results/${date}.md and .png`);
