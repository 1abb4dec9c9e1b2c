//! Embeds `data/models.json`: parses and validates it (failing the build with every problem,
//! each naming its entry and field), then writes it as Rust statics into `OUT_DIR`.
//! `KLLM_DATA=/path/to.json` embeds another file instead (the benchmark's generated dataset).
//!
//! Also sets `KLLM_BUILD_ID`, a hash of every input that shapes the rendered HTML, which the
//! prerendered page and the wasm both carry so that a page hydrates only HTML of its own build.
#![allow(dead_code, unused_imports)]

#[path = "src/dataset/mod.rs"]
mod dataset;
#[path = "src/model/mod.rs"]
mod model;
#[path = "src/slug.rs"]
mod slug;

use std::{
    env, fs,
    path::{Path, PathBuf},
    process,
};

const DATA: &str = "data/models.json";

fn main() {
    println!("cargo:rerun-if-env-changed=KLLM_DATA");
    let data = env::var("KLLM_DATA").unwrap_or_else(|_| DATA.to_string());
    let data = data.as_str();
    for path in [data, "src", "Cargo.toml", "Cargo.lock"] {
        println!("cargo:rerun-if-changed={path}");
    }
    println!("cargo:rustc-env=KLLM_BUILD_ID={}", build_id(data));
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

/// FNV-1a (64 bit) of the sources, the dataset, the manifest and lockfile and the build script:
/// every input of the rendered HTML, in a fixed order.
fn build_id(data: &str) -> String {
    fn files(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                files(&p, out);
            } else {
                out.push(p);
            }
        }
    }
    let mut paths = Vec::new();
    files(Path::new("src"), &mut paths);
    paths.sort();
    paths.extend(["Cargo.toml", "Cargo.lock", "build.rs", data].map(PathBuf::from));
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for &b in bytes {
            h = (h ^ b as u64).wrapping_mul(0x0100_0000_01b3);
        }
    };
    for p in &paths {
        eat(p.to_string_lossy().as_bytes());
        eat(&fs::read(p).unwrap_or_default());
    }
    format!("{h:016x}")
}
