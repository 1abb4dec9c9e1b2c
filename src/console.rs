//! Reporting bad input without breaking the host page: a warning on the browser console
//! (natively, on stderr), and nothing else.

/// Logs a warning on the browser console (natively, on stderr): bad input never breaks the
/// host page, it is reported here and ignored.
pub fn warn(message: &str) {
    #[cfg(target_arch = "wasm32")]
    gloo::console::warn!(format!("kllm-widget: {message}"));
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("kllm-widget: {message}");
}
