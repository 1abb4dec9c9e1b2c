// kllm-widget iframe resizer for host pages that have no pym.js / AMP / Datawrapper listener.
// An external script, so it runs under a strict CSP (no inline code needed):
//
//   <iframe data-kllm-frame src="https://cdn.example.org/widgets/kllm/index.html?childId=kllm-1"
//           title="…" height="1000" loading="lazy" style="width: 100%; border: 0"></iframe>
//   <script src="https://cdn.example.org/widgets/kllm/kllm-frame.js" defer></script>
//
// The widget page (boot.js) posts its height in three dialects; any one is enough. A message is
// used only when its `event.source` is the window of an `iframe[data-kllm-frame]` on this page
// and `event.origin` is that iframe's origin, and when it has one of the expected shapes. The
// height is set through the CSSOM (`iframe.style.height`), which a CSP `style-src` allows; so
// are the full width and no border when the page left them unset (a strict page drops the
// snippet's style attribute).
// An iframe hidden in a tab (display: none) is asked to measure again when it becomes visible.
// Safe to load more than once; defines no globals.
(() => {
  const SELECTOR = 'iframe[data-kllm-frame]';
  const MAX = 100000;

  // The height a message reports, or null when it is not a height message.
  const heightOf = (data) => {
    let h = null;
    if (typeof data === 'string') {
      const m = /^pymxPYMx[^]*?xPYMxheightxPYMx(\d+)$/.exec(data);
      if (m) h = Number(m[1]);
    } else if (data !== null && typeof data === 'object') {
      if (data.sentinel === 'amp' && data.type === 'embed-size') {
        h = Number(data.height);
      } else if (data['datawrapper-height'] !== null && typeof data['datawrapper-height'] === 'object') {
        const values = Object.values(data['datawrapper-height']);
        if (values.length === 1) h = Number(values[0]);
      }
    }
    return Number.isFinite(h) && h > 0 && h < MAX ? Math.ceil(h) : null;
  };

  const originOf = (iframe) => {
    try {
      return new URL(iframe.src, document.baseURI).origin;
    } catch {
      return null;
    }
  };

  const frameFor = (source) => {
    if (!source) return null;
    for (const iframe of document.querySelectorAll(SELECTOR)) {
      if (iframe.contentWindow === source) return iframe;
    }
    return null;
  };

  const askToMeasure = (iframe) => {
    const origin = originOf(iframe);
    if (iframe.contentWindow && origin && origin !== 'null') {
      iframe.contentWindow.postMessage({ 'kllm-frame': 'measure' }, origin);
    }
  };

  // Hidden iframes (a closed tab, a collapsed section) are measured again once visible.
  const seen = new WeakSet();
  const visibility = new IntersectionObserver((entries) => {
    for (const e of entries) if (e.isIntersecting) askToMeasure(e.target);
  });
  const adopt = () => {
    for (const iframe of document.querySelectorAll(SELECTOR)) {
      if (seen.has(iframe)) continue;
      seen.add(iframe);
      if (!iframe.style.width && !iframe.hasAttribute('width')) iframe.style.width = '100%';
      if (!iframe.style.borderStyle) iframe.style.border = '0';
      visibility.observe(iframe);
      iframe.addEventListener('load', () => askToMeasure(iframe));
    }
  };

  window.addEventListener('message', (event) => {
    const height = heightOf(event.data);
    if (height === null) return;
    const iframe = frameFor(event.source);
    if (!iframe || event.origin !== originOf(iframe)) return;
    const px = `${height}px`;
    if (iframe.style.height !== px) iframe.style.height = px;
  });

  adopt();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', adopt);
  new MutationObserver(adopt).observe(document.documentElement, { childList: true, subtree: true });
})();
