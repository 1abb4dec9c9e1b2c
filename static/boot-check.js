// The widget's page (index.html, also the iframe embed) loads this right after boot.js, to say
// that the widget could not start when boot.js never ran at all. In a release boot.js carries
// the glue and index.html pins it with `integrity`: a changed byte makes the browser refuse it,
// and then no code of boot.js is left to show the note, while a reader would wait for a widget
// that never comes. This file is pinned the same way.
//
// No timer: both are module scripts, so the browser runs them in document order once the page
// is parsed. By the time this runs, boot.js has either started — its first statement marks
// #kllm-root with `data-kllm-boot` — or it was refused or not found. A slow but healthy page
// never shows the note: this waits for boot.js however long it takes to arrive.
const root = document.getElementById('kllm-root');

if (root && !root.hasAttribute('data-kllm-boot')) {
  console.error("kllm-widget: boot.js did not run (not loaded, or not the release's file): the page stays as it was prerendered");
  // The widget's stylesheet shows its note and hides the controls that need the widget.
  root.setAttribute('data-kllm-failed', '');
  // Without that stylesheet (refused too, or not found) nothing would show the note: show it
  // plainly. Judged once every stylesheet has loaded or failed (the page's `load`): WebKit runs
  // module scripts before the stylesheets above them have arrived.
  const show = () => {
    const css = document.querySelector('link[rel=stylesheet][href$="kllm.css"]');
    if (!((css?.sheet?.cssRules.length ?? 0) > 0)) root.querySelector('.kllm-failed-note')?.removeAttribute('hidden');
  };
  if (document.readyState === 'complete') show();
  else addEventListener('load', show, { once: true });
}
