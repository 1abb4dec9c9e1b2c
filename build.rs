//! Embeds `data/models.json`: parses and validates it (failing the build with every problem,
//! each naming its entry and field), then encodes it as one compact blob into `OUT_DIR`
//! (`src/model/blob.rs`), decoding the blob again to check it gives back the same dataset.
//! `KLLM_DATA=/path/to.json` embeds another file instead (the benchmark's generated dataset).
//!
//! Also sets two compile-time values: `KLLM_CORRECTIONS`, the checked list of addresses "Report
//! a correction" may point at (the environment variable of that name, see the README), and
//! `KLLM_BUILD_ID`, a hash of every input that shapes the rendered HTML, which the prerendered
//! page and the wasm both carry so that a page hydrates only HTML of its own build.
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
    println!("cargo:rerun-if-env-changed=KLLM_CORRECTIONS");
    for path in [data, "src", "Cargo.toml", "Cargo.lock"] {
        println!("cargo:rerun-if-changed={path}");
    }
    let corrections = corrections().unwrap_or_else(|e| {
        eprintln!("error: KLLM_CORRECTIONS: {e}");
        process::exit(1);
    });
    println!("cargo:rustc-env=KLLM_CORRECTIONS={corrections}");
    println!(
        "cargo:rustc-env=KLLM_BUILD_ID={}",
        build_id(data, &corrections)
    );
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

/// The correction addresses from the environment, space-separated, each a `mailto:` address or
/// an `https://` URL. Empty when unset.
fn corrections() -> Result<String, String> {
    let raw = env::var("KLLM_CORRECTIONS").unwrap_or_default();
    let list: Vec<&str> = raw.split_whitespace().collect();
    for a in &list {
        let bad = |c: char| c.is_control() || matches!(c, '"' | '\'' | '<' | '>' | '`' | '\\');
        let ok = if let Some(rest) = a.strip_prefix("mailto:") {
            rest.split('?').next().is_some_and(|to| {
                to.split_once('@')
                    .is_some_and(|(user, host)| !user.is_empty() && host.contains('.'))
            })
        } else if let Some(rest) = a.strip_prefix("https://") {
            rest.split('/')
                .next()
                .is_some_and(|host| host.contains('.'))
        } else {
            false
        };
        if !ok || a.chars().any(bad) {
            return Err(format!(
                "\"{a}\" is not a mailto: address or an https:// URL (expected e.g. \
                 \"mailto:data@news.example https://news.example/corrections\")"
            ));
        }
    }
    Ok(list.join(" "))
}

/// FNV-1a (64 bit) of the sources, the dataset, the manifest and lockfile, the build script and
/// the correction addresses: every input of the rendered HTML, in a fixed order.
fn build_id(data: &str, corrections: &str) -> String {
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
    eat(corrections.as_bytes());
    format!("{h:016x}")
}
