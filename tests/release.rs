//! The release's name, licences and citation files agree with the crate and the data: the
//! repository's `CITATION.cff` names the release a build of this tree makes, the code licence
//! in `Cargo.toml` is the `LICENSE` file's, and the data licence is the one the page and the
//! exports state.
#![cfg(not(target_arch = "wasm32"))]

use kllm_widget::data::dataset;
use kllm_widget::release;

fn file(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The value of a top-level `key: value` line of CITATION.cff.
fn cff(text: &str, key: &str) -> String {
    let prefix = format!("{key}:");
    text.lines()
        .find_map(|l| l.strip_prefix(&prefix))
        .unwrap_or_else(|| panic!("CITATION.cff has no {key}"))
        .trim()
        .trim_matches('"')
        .to_string()
}

#[test]
fn citation_cff_names_the_release_of_this_tree() {
    let text = file("CITATION.cff");
    assert_eq!(
        cff(&text, "version"),
        release::name(dataset().as_of),
        "update CITATION.cff's version to the crate's version and the data's as_of"
    );
    assert_eq!(cff(&text, "cff-version"), "1.2.0");
    assert_eq!(cff(&text, "license"), "CC-BY-4.0");
    assert_eq!(release::DATA_LICENCE, "CC BY 4.0");
}

#[test]
fn the_code_licence_is_the_license_file() {
    let cargo = file("Cargo.toml");
    assert!(cargo.contains(&format!("license = \"{}\"", release::CODE_LICENCE)));
    let licence = file("LICENSE");
    assert!(
        licence.starts_with("MIT License\n"),
        "LICENSE is the MIT text"
    );
    assert!(licence.contains("THE SOFTWARE IS PROVIDED \"AS IS\""));
}
