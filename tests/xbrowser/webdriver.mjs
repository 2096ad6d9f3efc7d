// A small W3C WebDriver (classic) client over Node's fetch, for the cross-engine tests: Debian's
// Firefox ESR through geckodriver, and WebKitGTK's MiniBrowser through WebKitWebDriver (under
// Xvfb). Nothing here downloads a browser or a driver: a missing one is an error that says
// what `scripts/setup` installs.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where `scripts/setup` installs geckodriver (outside PATH; see there why). */
const DEFAULT_GECKODRIVER = join(homedir(), '.local', 'lib', 'geckodriver', 'bin', 'geckodriver');

/** W3C key codes for the keys a reader presses (WebDriver spec, "Keyboard actions"). */
export const KEY = {
  Tab: '\uE004',
  Enter: '\uE007',
  Space: '\uE00D',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
};

/**
 * The engines, each with its driver, the browser the driver starts, and the capabilities.
 * Paths can be overridden with FIREFOX, GECKODRIVER, MINIBROWSER, WEBKITWEBDRIVER.
 */
export const ENGINES = {
  firefox: () => {
    const binary = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
    const driver = process.env.GECKODRIVER ?? DEFAULT_GECKODRIVER;
    return {
      name: 'firefox',
      binary,
      driver,
      driverArgs: (port) => ['--port', String(port), '--host', '127.0.0.1'],
      capabilities: {
        browserName: 'firefox',
        'moz:firefoxOptions': {
          binary,
          args: ['-headless'],
          prefs: {
            // Nothing that phones home while the tests run.
            'app.update.disabledForTesting': true,
            'browser.shell.checkDefaultBrowser': false,
            'datareporting.policy.dataSubmissionEnabled': false,
            'network.captive-portal-service.enabled': false,
            'network.connectivity-service.enabled': false,
            'toolkit.telemetry.enabled': false,
          },
        },
      },
    };
  },
  webkit: () => {
    const binary = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
    const driver = process.env.WEBKITWEBDRIVER ?? '/usr/bin/WebKitWebDriver';
    return {
      name: 'webkit',
      binary,
      driver,
      driverArgs: (port) => [`--port=${port}`],
      capabilities: {
        'webkitgtk:browserOptions': { binary, args: ['--automation'] },
      },
    };
  },
};

async function freePort() {
  const server = createServer();
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  await new Promise((ok) => server.close(ok));
  return port;
}

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/**
 * Starts `engine`'s driver and one browser session on it. Fails (never skips) when the browser
 * or the driver is not installed, or when WebKit has no X display.
 */
export async function startBrowser(engineName) {
  const engine = ENGINES[engineName]();
  for (const [what, path] of [['browser', engine.binary], ['driver', engine.driver]]) {
    if (!existsSync(path)) throw new Error(`[${engineName}] ${what} ${path} missing: run scripts/setup`);
  }
  if (engineName === 'webkit' && !process.env.DISPLAY) {
    throw new Error('[webkit] no DISPLAY: run under xvfb-run -a (as scripts/test does)');
  }
  const port = await freePort();
  const stderr = [];
  // Debian's WebKitGTK 2.50 runs here as root under Xvfb without any of the usual sandbox or
  // GPU environment switches, so the driver gets the environment as it is.
  const child = spawn(engine.driver, engine.driverArgs(port), { stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr.on('data', (d) => stderr.push(String(d)));
  let exited = null;
  child.on('exit', (code, signal) => { exited = `exited with ${code ?? signal}`; });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (exited) throw new Error(`[${engineName}] ${engine.driver} ${exited}: ${stderr.join('').slice(-2000)}`);
    try {
      const r = await fetch(`${url}/status`);
      if (r.ok) break;
    } catch { /* not listening yet */ }
    if (i > 200) {
      child.kill();
      throw new Error(`[${engineName}] ${engine.driver} did not answer on ${url} within 20 s`);
    }
    await sleep(100);
  }
  const session = new Session(engineName, url, child, stderr);
  try {
    const created = await session.command('POST', '/session', {
      capabilities: { alwaysMatch: engine.capabilities },
    }, { noSession: true });
    session.id = created.sessionId;
    session.browserVersion = `${created.capabilities.browserName} ${created.capabilities.browserVersion}`;
    await session.command('POST', '/timeouts', { script: 30_000, pageLoad: 30_000, implicit: 0 });
  } catch (e) {
    child.kill();
    throw e;
  }
  return session;
}

/** One WebDriver session: the commands the tests use, each failing with the engine's name. */
export class Session {
  constructor(engine, url, child, stderr) {
    this.engine = engine;
    this.url = url;
    this.child = child;
    this.stderr = stderr;
    this.id = null;
  }

  async command(method, path, body, { noSession = false } = {}) {
    const full = noSession ? `${this.url}${path}` : `${this.url}/session/${this.id}${path}`;
    const response = await fetch(full, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let json;
    try {
      json = JSON.parse(text);
    } catch {
      throw new Error(`[${this.engine}] ${method} ${path}: HTTP ${response.status}, not JSON: ${text.slice(0, 300)}`);
    }
    if (!response.ok || json.value?.error) {
      const v = json.value ?? {};
      throw new Error(`[${this.engine}] ${method} ${path}: ${v.error ?? response.status}: ${v.message ?? text.slice(0, 300)}`);
    }
    return json.value;
  }

  /** Ends the session (the driver closes the browser), then stops the driver and waits for it. */
  async close() {
    try {
      if (this.id) await this.command('DELETE', '');
    } finally {
      if (this.child.exitCode === null && this.child.signalCode === null) {
        const gone = new Promise((ok) => this.child.once('exit', ok));
        this.child.kill();
        await Promise.race([gone, sleep(5_000)]);
      }
    }
  }

  go(url) {
    return this.command('POST', '/url', { url });
  }

  setWindowSize(width, height) {
    return this.command('POST', '/window/rect', { width, height });
  }

  /** Runs `fn` (its source) in the page with `args` (elements pass as references both ways). */
  run(fn, ...args) {
    return this.command('POST', '/execute/sync', { script: `return (${fn}).apply(null, arguments);`, args });
  }

  /**
   * The first element matching `css` in the document or in a widget's (open) shadow root,
   * or null. `within`: an element to search inside instead.
   */
  find(css, within = null) {
    return this.run((css, within) => {
      if (within) return within.querySelector(css) ?? within.shadowRoot?.querySelector(css) ?? null;
      const hit = document.querySelector(css);
      if (hit) return hit;
      for (const host of document.querySelectorAll('back-pain-triage')) {
        const inner = host.shadowRoot?.querySelector(css);
        if (inner) return inner;
      }
      return null;
    }, css, within);
  }

  /** Every element matching `css`, as `find` looks. */
  findAll(css) {
    return this.run((css) => {
      const all = [...document.querySelectorAll(css)];
      for (const host of document.querySelectorAll('back-pain-triage')) {
        if (host.shadowRoot) all.push(...host.shadowRoot.querySelectorAll(css));
      }
      return all;
    }, css);
  }

  /** Waits (up to `ms`) for `css` to match; returns the element or fails naming what it waited for. */
  async waitFor(css, ms = 10_000) {
    const until = Date.now() + ms;
    for (;;) {
      const el = await this.find(css);
      if (el) return el;
      if (Date.now() > until) throw new Error(`[${this.engine}] nothing matched ${css} within ${ms} ms`);
      await sleep(50);
    }
  }

  /** Polls `check` (an async function) until it returns a truthy value; fails saying `what`. */
  async until(what, check, ms = 5_000) {
    const until = Date.now() + ms;
    let last;
    for (;;) {
      last = await check();
      if (last) return last;
      if (Date.now() > until) throw new Error(`[${this.engine}] timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
      await sleep(50);
    }
  }

  static ref(el) {
    const key = Object.keys(el ?? {}).find((k) => k.startsWith('element-6066'));
    if (!key) throw new Error(`not an element reference: ${JSON.stringify(el)}`);
    return el[key];
  }

  /** A pointer click at the element's centre (WebDriver's Element Click: it must be visible and not covered). */
  click(el) {
    return this.command('POST', `/element/${Session.ref(el)}/click`, {});
  }

  /** The element's rendered text, as the reader sees it. */
  text(el) {
    return this.command('GET', `/element/${Session.ref(el)}/text`);
  }

  /** The element's role as the browser's accessibility tree computes it. */
  role(el) {
    return this.command('GET', `/element/${Session.ref(el)}/computedrole`);
  }

  attribute(el, name) {
    return this.command('GET', `/element/${Session.ref(el)}/attribute/${encodeURIComponent(name)}`);
  }

  /** Presses and releases each key in turn (WebDriver Actions: real key events, trusted). */
  async press(...keys) {
    const actions = keys.flatMap((k) => [{ type: 'keyDown', value: k }, { type: 'keyUp', value: k }]);
    await this.command('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
    await this.command('DELETE', '/actions');
  }
}
