// A small W3C WebDriver client (plain HTTP over fetch) and the three engines the cross-engine
// suites run in: Chromium (chromedriver), WebKit (WebKitWebDriver driving MiniBrowser, under
// xvfb-run: MiniBrowser has no headless mode) and Firefox ESR (geckodriver). Every engine is
// required: a missing driver or browser fails the run, it is never skipped.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** Where a program is on PATH, or null. */
function which(name) {
  if (name.includes('/')) return existsSync(name) ? name : null;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const p = join(dir, name);
    if (existsSync(p)) return p;
  }
  return null;
}

/**
 * The engines: the driver to start, its arguments, and the session capabilities (verified on
 * Debian 12 with chromium 156, webkit2gtk-driver 2.50 and firefox-esr 153; see TOOLCHAIN.md).
 */
export const ENGINES = {
  chromium: {
    driver: '/usr/bin/chromedriver',
    browser: '/usr/bin/chromium',
    args: (port) => [`--port=${port}`],
    capabilities: {
      browserName: 'chrome',
      'goog:chromeOptions': {
        binary: '/usr/bin/chromium',
        args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
          '--disable-background-networking', '--disable-component-update', '--disable-sync',
          '--no-first-run', '--lang=ko-KR'],
        prefs: { 'intl.accept_languages': 'ko-KR,ko' },
      },
    },
  },
  webkit: {
    driver: '/usr/bin/WebKitWebDriver',
    browser: MINIBROWSER,
    // No headless flag: a virtual X server for the browser it starts.
    xvfb: true,
    args: (port) => [`--port=${port}`],
    capabilities: {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    },
  },
  firefox: {
    driver: 'geckodriver',
    browser: '/usr/bin/firefox-esr',
    args: (port) => ['--port', String(port), '--log', 'error'],
    capabilities: {
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: '/usr/bin/firefox-esr',
        args: ['-headless'],
        prefs: { 'intl.accept_languages': 'ko-KR, ko', 'intl.locale.requested': 'ko-KR' },
      },
    },
  },
};

export const ENGINE_NAMES = Object.keys(ENGINES);

const freePort = () => new Promise((resolve, reject) => {
  const s = createServer();
  s.unref();
  s.on('error', reject);
  s.listen(0, '127.0.0.1', () => {
    const { port } = s.address();
    s.close(() => resolve(port));
  });
});

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
const SHADOW = 'shadow-6066-11e4-a52e-4f735466cecf';

/** A WebDriver error with the command that failed. */
class WebDriverError extends Error {
  constructor(command, value) {
    super(`${command}: ${value?.error ?? 'error'}: ${(value?.message ?? JSON.stringify(value)).split('\n')[0]}`);
    this.code = value?.error;
  }
}

/**
 * Starts `engine`'s driver and one browser session. Resolves to a Session; `session.quit()`
 * ends the session and the driver (and, for WebKit, its virtual X server).
 */
export async function launchEngine(name) {
  const engine = ENGINES[name];
  if (!engine) throw new Error(`unknown engine ${name}`);
  const driver = which(engine.driver);
  if (!driver) throw new Error(`${name}: driver ${engine.driver} not found (./dev setup installs it)`);
  if (!existsSync(engine.browser)) throw new Error(`${name}: browser ${engine.browser} not found (./dev setup installs it)`);
  if (engine.xvfb && !which('xvfb-run')) throw new Error(`${name}: xvfb-run not found (./dev setup installs xvfb)`);
  const port = await freePort();
  const [cmd, args] = engine.xvfb
    ? [which('xvfb-run'), ['-a', '-s', '-screen 0 1920x1200x24', driver, ...engine.args(port)]]
    : [driver, engine.args(port)];
  // Its own process group, so quit() ends the driver and every process it started.
  const child = spawn(cmd, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr = (stderr + d).slice(-4000); });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const base = `http://127.0.0.1:${port}`;
  const kill = () => {
    try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
  };
  // A test file that dies without quit() must not leave a driver and browser behind.
  process.once('exit', kill);
  const stop = () => {
    kill();
    process.off('exit', kill);
    return Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
  };
  try {
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${name}: driver exited (${child.exitCode}): ${stderr}`);
      const ready = await fetch(`${base}/status`).then((r) => r.json()).then((j) => j.value?.ready, () => false);
      if (ready) break;
      if (Date.now() > deadline) throw new Error(`${name}: driver not ready after 30 s: ${stderr}`);
      await sleep(100);
    }
    const res = await fetch(`${base}/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ capabilities: { alwaysMatch: engine.capabilities } }),
    }).then((r) => r.json());
    if (!res.value?.sessionId) throw new WebDriverError('new session', res.value);
    return new Session(name, base, res.value.sessionId, res.value.capabilities, stop);
  } catch (e) {
    await stop();
    throw e;
  }
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** One browser session. Elements are WebDriver element references (`{ [ELEMENT]: id }`). */
export class Session {
  constructor(engine, base, id, capabilities, stop) {
    Object.assign(this, { engine, base: `${base}/session/${id}`, capabilities, stop });
  }

  async cmd(method, path, body) {
    const res = await fetch(this.base + path, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json().catch(() => ({ value: { error: `HTTP ${res.status}` } }));
    if (!res.ok) throw new WebDriverError(`${method} ${path}`, json.value);
    return json.value;
  }

  async quit() {
    await this.cmd('DELETE', '').catch(() => {});
    await this.stop();
  }

  goto(url) { return this.cmd('POST', '/url', { url }); }
  url() { return this.cmd('GET', '/url'); }
  /** Sets the browser window's outer size (the page's viewport is a little smaller in WebKit). */
  resize(width, height) { return this.cmd('POST', '/window/rect', { width, height }); }
  /** The top-level browsing context (after `frame()`). */
  top() { return this.cmd('POST', '/frame', { id: null }); }
  /** Switches into the iframe `element`. */
  frame(element) { return this.cmd('POST', '/frame', { id: element }); }

  /**
   * Runs `fn(...args)` in the page and returns its result (functions are sent as source, so
   * they see only their arguments; elements pass both ways as references).
   */
  run(fn, ...args) {
    return this.cmd('POST', '/execute/sync', { script: `return (${fn}).apply(null, arguments)`, args });
  }

  /** Polls `fn(...args)` in the page until it returns something truthy; returns that. */
  async waitFor(fn, args = [], { timeout = 10_000, interval = 50, message } = {}) {
    const deadline = Date.now() + timeout;
    let last;
    for (;;) {
      try {
        last = await this.run(fn, ...args);
        if (last) return last;
      } catch (e) {
        last = e;
      }
      if (Date.now() > deadline) {
        throw new Error(`${this.engine}: timed out after ${timeout} ms waiting for ${message ?? fn.toString().slice(0, 200)} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
      }
      await sleep(interval);
    }
  }

  /**
   * Clicks `element` as a reader would: scrolled to first (as a reader scrolls to what they tap;
   * WebKitWebDriver finds no box for a card that `content-visibility: auto` has not laid out
   * yet, so it cannot scroll there by itself), then WebDriver's hit-tested click.
   */
  async click(element) {
    await this.run((el) => el.scrollIntoView({ block: 'center' }), element);
    // Two frames for the scroll and any render it set off to be laid out: WebKitWebDriver takes
    // the click's point before a pending layout and then taps beside a button that moved
    // (seen as a lost click on the filter button with two widgets on a page, in one full WebKit
    // run of three).
    await this.cmd('POST', '/execute/async', {
      script: 'const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(() => done(true)));',
      args: [],
    });
    return this.cmd('POST', `/element/${id(element)}/click`, {});
  }
  /** Types `text` into `element` (focusing it first), one key event per character. */
  type(element, text) { return this.cmd('POST', `/element/${id(element)}/value`, { text }); }
  clear(element) { return this.cmd('POST', `/element/${id(element)}/clear`, {}); }
  /** Key presses to whatever has focus (`\uE007` is Enter, `\uE004` Tab; see the W3C key table). */
  async keys(text) {
    const actions = [...text].flatMap((value) => [{ type: 'keyDown', value }, { type: 'keyUp', value }]);
    await this.cmd('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
    await this.cmd('DELETE', '/actions').catch(() => {});
  }
}

function id(element) {
  const v = element?.[ELEMENT];
  if (!v) throw new Error(`not an element reference: ${JSON.stringify(element)}`);
  return v;
}

export const isElement = (v) => Boolean(v?.[ELEMENT]);
export { ELEMENT, SHADOW };
