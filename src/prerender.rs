//! Build-time HTML: the default view rendered natively (yew `ssr`) into `index.html`, so a
//! reader sees the content before the wasm arrives (and without JavaScript at all); the app
//! then hydrates it. Also writes the paste-in snippet for CMSs and the full data files that
//! the footer links to. Run by the `kllm-prerender` binary from trunk's post-build hook.

use std::fs;
use std::path::Path;

use crate::components::{App, AppProps, DATA_CSV, DATA_JSON};
use crate::data::dataset;
use crate::export;
use crate::model::ModelRef;

/// The element of `index.html` the widget renders into, empty in the template.
pub const ROOT: &str = r#"<main id="kllm-root"></main>"#;

/// The default view's HTML, with yew's hydration markers.
pub async fn render_default() -> String {
    yew::LocalServerRenderer::<App>::with_props(AppProps::default())
        .hydratable(true)
        .render()
        .await
}

/// `index.html` with `html` inside the (empty) root element, which gets the build id: the page
/// hydrates this HTML only with the wasm of the same build.
pub fn insert(index: &str, html: &str) -> Result<String, String> {
    match index.matches(ROOT).count() {
        1 => Ok(index.replacen(
            ROOT,
            &format!(
                r#"<main id="kllm-root" data-kllm-build="{}">{html}</main>"#,
                crate::build_id::BUILD_ID
            ),
            1,
        )),
        0 => Err(format!(
            "index.html has no empty {ROOT}: already prerendered, or the template changed"
        )),
        n => Err(format!("index.html has {n} copies of {ROOT}")),
    }
}

/// The snippet a CMS pastes where the script embed goes: the same HTML in the host element,
/// readable before (or without) the script; the script replaces it with the live widget.
pub fn snippet(html: &str) -> String {
    format!("<div data-kllm-widget>{html}</div>\n")
}

/// Writes the prerendered page, the snippet and the data files into `dir` (trunk's staging
/// folder). Returns what it wrote, for the build log.
pub async fn write_all(dir: &Path) -> Result<Vec<String>, String> {
    let index_path = dir.join("index.html");
    let index =
        fs::read_to_string(&index_path).map_err(|e| format!("{}: {e}", index_path.display()))?;
    let html = render_default().await;
    let all: Vec<ModelRef> = (0..dataset().models.len() as u16).map(ModelRef).collect();
    let files = [
        ("index.html", insert(&index, &html)?),
        ("kllm-snippet.html", snippet(&html)),
        (DATA_CSV, export::csv(dataset(), &all)),
        (DATA_JSON, export::json(dataset(), &all)),
        (export::GAP_CSV, export::gap_csv(dataset())),
    ];
    let mut written = Vec::new();
    for (name, content) in files {
        let path = dir.join(name);
        fs::write(&path, &content).map_err(|e| format!("{}: {e}", path.display()))?;
        written.push(format!("{name} ({} bytes)", content.len()));
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inserts_once_into_the_empty_root() {
        let page = format!("<body>{ROOT}</body>");
        assert_eq!(
            insert(&page, "<p>x</p>").unwrap(),
            format!(
                r#"<body><main id="kllm-root" data-kllm-build="{}"><p>x</p></main></body>"#,
                crate::build_id::BUILD_ID
            )
        );
        assert_eq!(crate::build_id::BUILD_ID.len(), 16);
        assert!(insert("<body></body>", "x").is_err());
        assert!(insert(&format!("{ROOT}{ROOT}"), "x").is_err());
    }

    #[tokio::test]
    async fn the_default_view_names_every_korean_model() {
        let html = render_default().await;
        for m in dataset().models.iter().filter(|m| !m.reference) {
            assert!(html.contains(m.name.ko.as_ref()), "{}", m.id);
        }
    }
}
