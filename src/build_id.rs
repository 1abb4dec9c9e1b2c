//! Which build this is: a hash of every input that shapes the rendered HTML (the sources, the
//! dataset, the manifest and lockfile, the correction addresses), computed by `build.rs`. The
//! prerenderer writes it on `#kllm-root` and the wasm carries it, so the page hydrates only the
//! HTML of its own build: an `index.html` and a wasm from two builds (two caches, no file
//! hashes) make the page render afresh instead (`embed::mount_page`).

/// 16 hexadecimal digits.
pub const BUILD_ID: &str = env!("KLLM_BUILD_ID");

/// The attribute of the page's prerendered root that names its language (`ko`, `en`): the
/// page hydrates in it (`embed::mount_page`).
pub const PAGE_LANG_ATTR: &str = "data-kllm-lang";
