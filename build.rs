//! Embeds `data/models.json`: parses and validates it (failing the build with every problem,
//! each naming its entry and field), then encodes it as one compact blob into `OUT_DIR`
//! (`src/model/blob.rs`), decoding the blob again to check it gives back the same dataset.
//! `KLLM_DATA=/path/to.json` embeds another file instead (the benchmark's generated dataset).
#![allow(dead_code, unused_imports)]

#[path = "src/dataset/mod.rs"]
mod dataset;
#[path = "src/model/mod.rs"]
mod model;
#[path = "src/slug.rs"]
mod slug;

use std::{env, fs, path::Path, process};

const DATA: &str = "data/models.json";

fn main() {
    println!("cargo:rerun-if-env-changed=KLLM_DATA");
    let data = env::var("KLLM_DATA").unwrap_or_else(|_| DATA.to_string());
    let data = data.as_str();
    for path in [data, "src/model", "src/dataset"] {
        println!("cargo:rerun-if-changed={path}");
    }
    let json = fs::read_to_string(data).unwrap_or_else(|e| {
        eprintln!("error: cannot read {data}: {e}");
        process::exit(1);
    });
    let parsed = match dataset::load(&json) {
        Ok(parsed) => parsed,
        Err(errors) => {
            eprintln!("error: {data} has {} problem(s):", errors.len());
            for e in &errors {
                eprintln!("  {e}");
                println!("cargo:warning={data}: {e}");
            }
            process::exit(1);
        }
    };
    let blob = model::blob::encode(&parsed).unwrap_or_else(|e| {
        eprintln!("error: {data}: {e}");
        process::exit(1);
    });
    // The check the widget relies on: the embedded bytes decode to exactly this dataset.
    let leaked: &'static [u8] = Box::leak(blob.clone().into_boxed_slice());
    match model::blob::decode(leaked) {
        Ok(back) if back == parsed => {}
        Ok(_) => {
            eprintln!("error: the dataset blob decodes to a different dataset (a bug in src/model/blob.rs)");
            process::exit(1);
        }
        Err(e) => {
            eprintln!("error: the dataset blob does not decode (a bug in src/model/blob.rs): {e}");
            process::exit(1);
        }
    }
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("dataset.blob");
    fs::write(&out, &blob).expect("write the dataset blob");
}
