//! Embeds `data/models.json`: parses and validates it (failing the build with every problem,
//! each naming its entry and field), then writes it as Rust statics into `OUT_DIR`.
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
    match dataset::load(&json) {
        Ok(data) => {
            let out =
                Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("dataset.rs");
            fs::write(&out, dataset::to_rust(&data)).expect("write generated dataset");
        }
        Err(errors) => {
            eprintln!("error: {data} has {} problem(s):", errors.len());
            for e in &errors {
                eprintln!("  {e}");
                println!("cargo:warning={data}: {e}");
            }
            process::exit(1);
        }
    }
}
