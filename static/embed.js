// kllm-widget script embed. A host page needs only markup, no inline code:
//
//   <div data-kllm-widget data-lang="en"></div>
//   <script type="module" src="https://cdn.example.org/widgets/kllm/embed.js"></script>
//
// The wasm-bindgen glue and the wasm sit next to this file and are resolved relative to its
// own URL, so the folder can live under any path. Starting the wasm runs the crate's `main`,
// which mounts every `[data-kllm-widget]` element on the page, and any added later, each in
// its own shadow root (src/embed.rs). Nothing is put on `window`.
import init from './kllm-widget.js';

try {
  await init({ module_or_path: new URL('./kllm-widget_bg.wasm', import.meta.url) });
} catch (e) {
  // Most often a Content-Security-Policy without 'wasm-unsafe-eval' (see the README).
  console.error('kllm-widget: could not start the WebAssembly module', e);
}
