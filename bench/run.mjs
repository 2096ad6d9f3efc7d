// Benchmark: bytes to load, time to the first screen and to the first question, ours against
// SurveyJS and LHC-Forms rendering the same questionnaire (our FHIR export). Run with
// scripts/bench, which builds the release package first. Options: --runs N (default 15; 7 with
// --phone), --cpu N (CPU throttling ×N), --phone (a phone on a slow link: CPU ×4, 150 ms round
// trip, 1.6 Mbit/s down, 750 kbit/s up, through the DevTools protocol's
// Network.emulateNetworkConditions; the scripted completion is left out, it would only
// measure the test driver's clicks on a throttled CPU).
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
const PHONE = process.argv.includes('--phone');
const RUNS = Number(arg('--runs', PHONE ? 7 : 15));
const CPU = Number(arg('--cpu', PHONE ? 4 : 1));
/** Network.emulateNetworkConditions for --phone: latency is the round trip in ms, throughput in bytes/s. */
const NETWORK = PHONE ? { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 } : null;
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
    // Our first screen is the start screen (what this is, the emergency number as a tel: link,
    // Start), painted before the WASM arrives.
    firstScreen: `(() => { const a = document.querySelector('back-pain-triage')?.shadowRoot?.querySelector('[data-step="start"] a[href^="tel:"]'); return a && a.offsetParent !== null; })()`,
    // A reader who presses Start the moment it appears: the first question is ready once its
    // radios are there (the WASM has taken over and opened the first step).
    act: `(() => { const b = document.querySelector('back-pain-triage')?.shadowRoot?.querySelector('[data-step="start"] [data-action="next"]'); if (b && !window.benchStartPressed && b.offsetParent !== null) { window.benchStartPressed = performance.now(); b.click(); } })()`,
    ready: `(() => { const i = document.querySelector('back-pain-triage')?.shadowRoot?.querySelector('[data-question] input[type="radio"]'); return i && !i.disabled && i.closest('label')?.offsetParent !== null; })()`,
    async complete(page) {
      await completeByMouse(page.locator('back-pain-triage'), plainAnswers());
      await page.locator('back-pain-triage [data-step="result"]').waitFor();
    },
  },
  surveyjs: {
    url: '/bench/.work/surveyjs/dist/index.html',
    // Neither peer shows an emergency number: their first screen is their first question.
    firstScreen: null,
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
    firstScreen: null,
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
const results = Object.fromEntries(
  Object.keys(PAGES).map((name) => [name, { transferred: [], firstScreen: [], bytesFirstScreen: [], ready: [], bytesReady: [], complete: [], heap: [] }]),
);
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
    if (NETWORK) await cdp.send('Network.emulateNetworkConditions', NETWORK);
    let bytes = 0;
    cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
    // Checked every frame from the start: the first screen, what a reader does (ours: press
    // Start as soon as it shows), and the first question ready to answer.
    await page.addInitScript(`(() => {
      const check = () => {
        const now = performance.now();
        try {
          if (window.benchFirstScreen === undefined && ${spec.firstScreen ?? 'false'}) window.benchFirstScreen = now;
          ${spec.act ?? ''};
          if (${spec.ready}) { window.benchReady = now; return; }
        } catch {}
        requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    })()`);
    await page.goto(origin + spec.url);
    await page.waitForFunction(() => window.benchReady !== undefined, null, { timeout: 120000 });
    // Bytes on the wire (gzip, with headers) of every response that had fully arrived by then.
    const marks = await page.evaluate(() => {
      const bytesUntil = (t) =>
        [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
          .filter((e) => e.responseEnd <= t)
          .reduce((sum, e) => sum + e.transferSize, 0);
      const firstScreen = window.benchFirstScreen ?? window.benchReady;
      return { firstScreen, bytesFirstScreen: bytesUntil(firstScreen), ready: window.benchReady, bytesReady: bytesUntil(window.benchReady) };
    });
    const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    await page.waitForLoadState('networkidle');
    const transferred = bytes;
    let complete = NaN;
    if (!PHONE) {
      await spec.complete(page);
      complete = await page.evaluate(() => performance.now());
    }
    Object.entries({ transferred, ...marks, complete, heap }).forEach(([k, v]) => results[name][k].push(v));
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
const command = `scripts/bench${PHONE ? ' --phone' : ''} --runs ${RUNS}${CPU > 1 && !PHONE ? ` --cpu ${CPU}` : ''}`;
const profile = PHONE ? `the phone profile: CPU throttled ×${CPU}, network ${NETWORK.latency} ms round trip, ${(NETWORK.downloadThroughput * 8) / 1e6} Mbit/s down, ${(NETWORK.uploadThroughput * 8) / 1e3} kbit/s up (Network.emulateNetworkConditions)` : CPU > 1 ? `CPU throttled ×${CPU}` : 'no throttling';
let md = `# Benchmark ${date}${PHONE ? ' (phone profile)' : ''}\n\nCommand: \`${command}\`. Chromium ${chromium}, headless, 390×844, cache disabled, a fresh context per load, served gzip -9 from 127.0.0.1, ${RUNS} loads per page in alternating order, ${profile}. Machine: ${execFileSync('nproc', { encoding: 'utf8' }).trim()} cores, shared.\n\n`;
md += `"First screen" is the time from navigation start until the emergency number shows as a \`tel:\` link (ours: the start screen, painted by the element's script before the WASM arrives; neither peer shows one, so for them it is their first question). "First question ready" is the time until the first question's first radio is visible and enabled; for ours the benchmark presses Start the moment it shows, as a reader in a hurry would, so this includes the WASM's arrival and take-over. "Bytes before" is the sum of \`transferSize\` (gzip, with headers) of every response complete by then, the page itself included. "Transferred" is everything until the network is idle.${PHONE ? '' : ' "Completed" is the time until the scripted answers (all "no", age 40, 1–4 weeks, better) reach the result (ours), the Complete event (SurveyJS) or the QuestionnaireResponse (LHC-Forms); it includes the test driver\'s clicks, and ours has one screen per step (more clicks).'}\n\n`;
md += `| page | first screen ms (min / median / max) | bytes before it (median) | first question ready ms (min / median / max) | bytes before it (median) | transferred KB (median) |${PHONE ? '' : ' completed ms (median) |'} JS heap MB (median) |\n|---|---|---|---|---|---|${PHONE ? '' : '---|'}---|\n`;
for (const name of order) {
  const r = results[name];
  const [fs, bfs, rd, brd, t, c, h] = ['firstScreen', 'bytesFirstScreen', 'ready', 'bytesReady', 'transferred', 'complete', 'heap'].map((k) => stats(r[k]));
  const screen = PAGES[name].firstScreen ? `${ms(fs.min)} / ${ms(fs.median)} / ${ms(fs.max)}` : `(no emergency number; first question: ${ms(fs.median)})`;
  md += `| ${label[name]} | ${screen} | ${bfs.median} | ${ms(rd.min)} / ${ms(rd.median)} / ${ms(rd.max)} | ${brd.median} | ${kb(t.median)} |${PHONE ? '' : ` ${ms(c.median)} |`} ${(h.median / 1048576).toFixed(1)} |\n`;
}
const median = (name, k) => stats(results[name][k]).median;
md += '\n| ratio (medians) | ours ÷ SurveyJS | ours ÷ LHC-Forms |\n|---|---|---|\n';
const ratioRow = (what, mine, theirs) =>
  `| ${what} | ${(median('ours', mine) / median('surveyjs', theirs)).toFixed(2)} | ${(median('ours', mine) / median('lforms', theirs)).toFixed(2)} |\n`;
md += ratioRow('our first screen ÷ their first question ready (goal on the phone profile: ≤ 0.25 of SurveyJS)', 'firstScreen', 'ready');
md += ratioRow('our first question ready ÷ theirs (goal on the phone profile: ≤ 0.5 of SurveyJS)', 'ready', 'ready');
md += ratioRow('bytes before the first question', 'bytesReady', 'bytesReady');
md += `| gzip total of the files loaded | ${(files.ours.total.gzip / files.surveyjs.total.gzip).toFixed(2)} | ${(files.ours.total.gzip / files.lforms.total.gzip).toFixed(2)} |\n`;
md += '\n## What each page loads (bytes)\n\n| page | file | raw | gzip -9 | brotli 11 |\n|---|---|---|---|---|\n';
for (const name of order) {
  for (const f of files[name].sizes) md += `| ${label[name]} | \`${f.path}\` | ${f.raw} | ${f.gzip} | ${f.brotli} |\n`;
  const t = files[name].total;
  md += `| ${label[name]} | **total** | **${t.raw}** | **${t.gzip}** | **${t.brotli}** |\n`;
}
const wasm = join(repo, 'target', 'wasm-sizes', 'back-pain-triage.wasm'); // the widget, kept by scripts/package
let twiggy = '';
try {
  twiggy = execFileSync('twiggy', ['top', '-n', '15', wasm], { encoding: 'utf8' });
} catch {
  twiggy = '(twiggy not installed: cargo install --locked twiggy)';
}
md += `\n## Inside our WASM: the top items (\`twiggy top -n 15\`, before wasm-bindgen and wasm-opt, with names)\n\n\`\`\`\n${twiggy}\`\`\`\n`;
mkdirSync(join(repo, 'bench', 'results'), { recursive: true });
const out = `${date}${PHONE ? '-phone' : ''}`;
writeFileSync(join(repo, 'bench', 'results', `${out}.md`), md);
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
${bars(`median time to the first question ready${PHONE ? ' (phone profile)' : ''}`, order.map((n) => [n, stats(results[n].ready).median]), (v) => `${ms(v)} ms`, 140)}</svg>`;
const chartBrowser = await launch();
const chart = await chartBrowser.newPage({ viewport: { width: 680, height: 260 } });
await chart.setContent(svg);
await chart.screenshot({ path: join(repo, 'bench', 'results', `${out}.png`) });
await chartBrowser.close();
console.log(`written: bench/results/${out}.md and .png`);
