//! The embedded dataset: `data/models.json`, validated by `build.rs` and embedded as one compact
//! blob (`model::blob`), decoded the first time the widget asks for it. No JSON parser here.

use std::sync::OnceLock;

use crate::model::{blob, Dataset};

/// The blob `build.rs` wrote (after decoding it once and comparing it with the dataset).
static BLOB: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/dataset.blob"));

static DATASET: OnceLock<Dataset> = OnceLock::new();

/// The dataset the widget shows.
pub fn dataset() -> &'static Dataset {
    DATASET.get_or_init(|| {
        timing("kllm-data-start", false);
        let d = blob::decode(BLOB).unwrap_or_else(|e| panic!("{e}"));
        timing("kllm-data", true);
        d
    })
}

/// In the browser the decode shows in the page's performance timeline as the measure
/// `kllm-data` (`./dev bench` reports it); natively this does nothing.
fn timing(name: &str, measure: bool) {
    #[cfg(target_arch = "wasm32")]
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = if measure {
            p.measure_with_start_mark(name, "kllm-data-start")
        } else {
            p.mark(name)
        };
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (name, measure);
}
