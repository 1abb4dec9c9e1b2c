// The widget as the cross-engine flows see it: every selector, and the small steps a reader
// takes (open the filters, press a chip, search, pin), in one place. The flows never name a
// class themselves, so a layout change is made here once.
//
// A Widget is the page's own widget (`host: null`, index.html) or the `host`-th script embed
// (`[data-kllm-widget]`, in its shadow root). Functions run in the page through WebDriver, so
// they are sent as source: they see only their arguments, and `root` is the widget's scope
// (the document, or the host's shadow root).

/** The cards a page or snippet carries whole: the first of the default view (state::CARD_LIMIT). */
export const FIRST_CARDS = 6;

export const SEL = {
  widget: 'section.kllm',
  ready: 'section.kllm[data-ready]',
  results: 'p.kllm-results',
  search: 'input[type=search]',
  // The filter panel's disclosure button, when the filters sit behind one.
  filtersToggle: '.kllm-toolbar__filter',
  // The panel's chips (the toolbar's removable chips of active filters share the class).
  chip: '.kllm-panel button.kllm-chip',
  reset: '.kllm-filters__reset',
  // Cards written in the view: not filtered out (`hidden`). A page carries the first cards of
  // its view whole (FIRST_CARDS); those past the list's limit are written when listed.
  card: 'li:not([hidden]) > article.kllm-card',
  // The models in the view, whether their card is written yet or not.
  item: 'li.kllm-cards__item:not([hidden])',
  // "Show all" as the page carries it: a link to the catalogue page (every card).
  catalogue: 'a.kllm-cards__more',
  empty: '.kllm-empty',
  cardTitle: '.kllm-card__title',
  pin: '.kllm-pin',
  tray: '.kllm-tray',
  trayItem: '.kllm-tray__item',
  metricToggle: '.kllm-chart__switch:first-of-type [role=radio]',
  chart: '.kllm-chart',
  share: '.kllm-share',
  shareInput: '.kllm-share__input',
  langSwitch: '.kllm-header__lang',
  failedNote: '.kllm-failed-note',
  correction: '.kllm-footer a:not([download])',
};

/** Resolves a scope in the page: the document, or the shadow root of the `host`-th embed. */
const SCOPE = 'function (host) { return host === null ? document : document.querySelectorAll("[data-kllm-widget]")[host]?.shadowRoot ?? null; }';

export class Widget {
  /** `host`: null for the page's widget, else the index of the script-embed host. */
  constructor(session, host = null) {
    Object.assign(this, { s: session, host });
  }

  /** Runs `fn(root, SEL, ...args)` in the page with `root` the widget's scope. */
  q(fn, ...args) {
    const script = `const root = (${SCOPE})(arguments[0]); if (!root) throw new Error('no widget scope'); `
      + `return (${fn}).apply(null, [root, arguments[1], ...Array.prototype.slice.call(arguments, 2)])`;
    return this.s.cmd('POST', '/execute/sync', { script, args: [this.host, SEL, ...args] });
  }

  /** Polls `fn(root, SEL, ...args)` until it returns something truthy. */
  async until(fn, args = [], opts = {}) {
    const deadline = Date.now() + (opts.timeout ?? 10_000);
    let last;
    for (;;) {
      try {
        last = await this.q(fn, ...args);
        if (last) return last;
      } catch (e) {
        last = e;
      }
      if (Date.now() > deadline) {
        throw new Error(`${this.s.engine}: timed out waiting for ${opts.message ?? fn.toString().slice(0, 160)} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** The first element matching `selector` in the widget (throws when there is none). */
  async el(selector) {
    const el = await this.q((root, _, sel) => root.querySelector(sel), selector);
    if (!el) throw new Error(`${this.s.engine}: no ${selector} in the widget`);
    return el;
  }

  /** Waits until the app runs (hydrated or rendered), is on screen (a script embed shows once
   *  its stylesheet is in) and shows its cards, or says none match. */
  ready(timeout = 20_000) {
    return this.until((root, SEL) => root.querySelector(SEL.ready)?.checkVisibility() && (root.querySelectorAll(SEL.card).length > 0 || root.querySelector(SEL.empty)), [], { timeout, message: 'the widget to be ready' });
  }

  /** The result line as numbers: "모델 13개 중 5개" / "5 of 13 models". */
  async results() {
    const text = (await this.q((root, SEL) => root.querySelector(SEL.results)?.textContent ?? '')).trim();
    const num = (s) => Number(s.replace(/,/g, ''));
    let m = text.match(/^모델 ([\d,]+)개 중 ([\d,]+)개/);
    if (m) return { total: num(m[1]), shown: num(m[2]), text };
    m = text.match(/^([\d,]+) of ([\d,]+)/);
    if (m) return { shown: num(m[1]), total: num(m[2]), text };
    throw new Error(`${this.s.engine}: unexpected result line "${text}"`);
  }

  /** Waits until the result line differs from `before` (a results() value). */
  resultsChange(before) {
    return this.until((root, SEL, t) => (root.querySelector(SEL.results)?.textContent.trim() ?? t) !== t, [before.text], { message: `the result line to change from "${before.text}"` });
  }

  /** Titles of the cards shown, in order (textContent: off-screen cards have no innerText). */
  titles() {
    return this.q((root, SEL) => [...root.querySelectorAll(SEL.card)].map((c) => c.querySelector(SEL.cardTitle).textContent.trim()));
  }

  /** Opens the filter panel when the filters sit behind a disclosure button that is closed. */
  async openFilters() {
    const toggle = await this.q((root, SEL) => {
      const b = root.querySelector(SEL.filtersToggle);
      return b && b.getAttribute('aria-expanded') === 'false' ? b : null;
    });
    if (toggle) {
      await this.s.click(toggle);
      await this.until((root, SEL) => root.querySelector(SEL.filtersToggle).getAttribute('aria-expanded') === 'true');
    }
  }

  /** A chip by its label (before the count: "가중치 공개(7)", "Open weights (7)"):
   *  { el, count, pressed, text }. Opens the filters first. */
  async chip(label) {
    await this.openFilters();
    const found = await this.q((root, SEL, label) => {
      const chip = [...root.querySelectorAll(SEL.chip)].find((b) => b.textContent.trim().replace(/\s*\(\d+\)$/, '') === label);
      if (!chip) return null;
      const text = chip.textContent.trim();
      return { el: chip, text, count: Number(text.match(/\((\d+)\)\s*$/)[1]), pressed: chip.getAttribute('aria-pressed') === 'true' };
    }, label);
    if (!found) throw new Error(`${this.s.engine}: no chip "${label}"`);
    return found;
  }

  /** The search box. */
  search() { return this.el(SEL.search); }

  /** Types `text` into the search box, a key event per character, and waits for the result. */
  async type(text) {
    const before = await this.results();
    await this.s.type(await this.search(), text);
    await this.resultsChange(before);
    return this.results();
  }

  /** Empties the search box with Backspace, a key per character, as a reader would. */
  async clearSearch() {
    const before = await this.results();
    const box = await this.search();
    const n = (await this.q((root, SEL) => root.querySelector(SEL.search).value)).length;
    if (n === 0) return;
    await this.s.type(box, '\uE003'.repeat(n));
    await this.resultsChange(before);
  }

  /** The pin button of the `i`-th card shown. */
  pinOf(i) {
    return this.q((root, SEL, i) => root.querySelectorAll(SEL.card)[i]?.querySelector(SEL.pin), i);
  }

  /** The names the tray lists (without the removal mark), or null when there is no tray. */
  tray() {
    return this.q((root, SEL) => {
      const tray = root.querySelector(SEL.tray);
      return tray ? [...tray.querySelectorAll(SEL.trayItem)].map((b) => b.firstChild.textContent.trim()) : null;
    });
  }

  /** The share link as the field shows it. */
  shareLink() {
    return this.q((root, SEL) => root.querySelector(SEL.shareInput)?.value ?? null);
  }

  /** Whether the failure note is shown (`data-kllm-failed` and the stylesheet), and its text. */
  failedNote() {
    return this.q((root, SEL) => {
      const note = root.querySelector(SEL.failedNote);
      return note && note.checkVisibility() ? note.textContent.trim() : null;
    });
  }
}

/** Every console error and warning, uncaught exception, CSP violation and request to another
 *  origin the guard script (lib/server.mjs, `guard: true`) saw in the current frame. */
export function guard(session) {
  return session.run(() => {
    const g = window.__kllmGuard;
    if (!g) return { missing: true };
    const off = performance.getEntriesByType('resource').map((e) => e.name)
      .filter((n) => !n.startsWith(`${location.origin}/`) && !/^(data|blob):/.test(n));
    return { errors: g.errors, warnings: g.warnings, violations: g.violations, offOrigin: off };
  });
}

/**
 * Scrolls to each script-embed host in turn, as a reader going down the page does, until every
 * one has started (its widget ready) or failed: embed.js starts a host only when it comes
 * within about a screen of the viewport, and a host after a pasted snippet is far down. Hosts
 * the page hides are never near: do not wait for them here.
 */
export function visitHosts(session, { timeout = 20_000 } = {}) {
  return session.waitFor(() => {
    const waiting = [...document.querySelectorAll('[data-kllm-widget]')]
      // Started: its app runs and its stylesheet is in (the mount is shown only then; a
      // release's refused stylesheet fails the host a moment after the app has rendered).
      .find((h) => !h.hasAttribute('data-kllm-failed') && !h.shadowRoot?.querySelector('.kllm-mount:not([hidden]) .kllm[data-ready]'));
    if (!waiting) return true;
    waiting.scrollIntoView({ block: 'start' });
    return false;
  }, [], { timeout, message: 'every host, visited in turn, to start or fail' });
}
