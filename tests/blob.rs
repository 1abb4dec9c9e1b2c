//! The dataset blob (`model::blob`): encoding then decoding gives back the same dataset, for the
//! real data and for the benchmark's generated 1,000-model data, and the widget's embedded
//! dataset is the one `data/models.json` holds.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;
use std::process::Command;

use kllm_widget::data::dataset;
use kllm_widget::dataset::load;
use kllm_widget::model::{blob, Dataset};

fn loaded(path: &str) -> Dataset {
    let json = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    load(&json).unwrap_or_else(|errors| panic!("{path}: {errors:?}"))
}

/// decode(encode(d)), with the bytes kept for the life of the test process (the decoded
/// strings borrow from them, as they borrow from the embedded bytes in the widget).
fn round_trip(d: &Dataset) -> Dataset {
    let bytes = blob::encode(d).expect("encodes");
    let bytes: &'static [u8] = Box::leak(bytes.into_boxed_slice());
    blob::decode(bytes).expect("decodes")
}

#[test]
fn the_real_dataset_round_trips() {
    let d = loaded("data/models.json");
    assert_eq!(round_trip(&d), d);
    // And the embedded one (decoded from the bytes build.rs wrote) is that same dataset.
    assert_eq!(*dataset(), d);
}

#[test]
fn the_generated_thousand_model_dataset_round_trips() {
    let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("blob-models-1000.json");
    let status = Command::new("node")
        .args(["bench/gen-data.mjs", "1000"])
        .arg(&out)
        .status()
        .expect("node runs bench/gen-data.mjs (Node is required, as for ./dev test)");
    assert!(status.success(), "bench/gen-data.mjs failed");
    let d = loaded(out.to_str().unwrap());
    assert_eq!(d.models.len(), 1000);
    let bytes = blob::encode(&d).expect("encodes");
    let bytes: &'static [u8] = Box::leak(bytes.into_boxed_slice());
    assert_eq!(blob::decode(bytes).expect("decodes"), d);
    // Strings are stored once: the clones add their new ids, names and aliases, not the
    // copied notes, reasons and sources again.
    let note = d.models[0]
        .note
        .as_ref()
        .expect("the first model has a note");
    let text = String::from_utf8_lossy(bytes);
    assert_eq!(text.matches(note.en.as_ref()).count(), 1);
}
