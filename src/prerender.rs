//! Build-time HTML: the default view rendered natively (yew `ssr`) into `index.html`, so a
//! reader sees the content before the wasm arrives (and without JavaScript at all); the app
//! then hydrates it. Also writes the paste-in snippet for CMSs, the full data files that the
//! footer links to, and the share preview: the Open Graph and Twitter card tags in `<head>`
//! and their picture (`preview.rs`). Run by the `kllm-prerender` binary from trunk's
//! post-build hook.

use std::fs;
use std::path::Path;

use crate::components::{App, AppProps, DATA_CSV, DATA_JSON};
use crate::data::dataset;
use crate::export;
use crate::i18n::{t, Msg};
use crate::markup::attr_value;
use crate::model::ModelRef;
use crate::preview;
use crate::settings::Lang;

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

/// The name link previews show for the site.
pub const SITE_NAME: &str = "kllm-widget";

/// The absolute folder URL (ending in `/`) the build is published at, from `KLLM_PUBLIC_URL`
/// (set by `./dev release`) or trunk's `--public-url` (`TRUNK_PUBLIC_URL`), when either is an
/// `http(s)://` URL; `None` for a relative or missing one.
pub fn public_url(kllm: Option<&str>, trunk: Option<&str>) -> Option<String> {
    [kllm, trunk]
        .into_iter()
        .flatten()
        .map(str::trim)
        .find(|u| u.starts_with("https://") || u.starts_with("http://"))
        .map(|u| {
            if u.ends_with('/') {
                u.to_string()
            } else {
                format!("{u}/")
            }
        })
}

/// The Open Graph and Twitter card tags for `<head>`, from the strings the widget shows.
/// The tags that need an absolute URL (the page's, the picture's) are written only when
/// `public` (the folder URL, ending in `/`) is known; `alt` describes the picture.
pub fn share_tags(lang: Lang, public: Option<&str>, alt: &str) -> String {
    let mut o = String::new();
    let mut tag = |key: &str, name: &str, content: &str| {
        o.push_str("<meta ");
        o.push_str(key);
        o.push_str("=\"");
        o.push_str(name);
        o.push_str("\" content=\"");
        attr_value(&mut o, content);
        o.push_str("\" />\n");
    };
    let (title, description) = (t(lang, Msg::Title), t(lang, Msg::Dek));
    let (locale, alternate) = match lang {
        Lang::Ko => ("ko_KR", "en_US"),
        Lang::En => ("en_US", "ko_KR"),
    };
    tag("property", "og:type", "website");
    tag("property", "og:site_name", SITE_NAME);
    tag("property", "og:title", title);
    tag("property", "og:description", description);
    tag("property", "og:locale", locale);
    tag("property", "og:locale:alternate", alternate);
    if let Some(base) = public {
        let image = format!("{base}{}", preview::FILE);
        tag("property", "og:url", base);
        tag("property", "og:image", &image);
        tag("property", "og:image:type", "image/png");
        tag("property", "og:image:width", &preview::WIDTH.to_string());
        tag("property", "og:image:height", &preview::HEIGHT.to_string());
        tag("property", "og:image:alt", alt);
        tag("name", "twitter:card", "summary_large_image");
        tag("name", "twitter:image", &image);
        tag("name", "twitter:image:alt", alt);
    } else {
        tag("name", "twitter:card", "summary");
    }
    tag("name", "twitter:title", title);
    tag("name", "twitter:description", description);
    o
}

/// `index.html` with `tags` at the end of its `<head>`.
pub fn insert_head(index: &str, tags: &str) -> Result<String, String> {
    match index.matches("</head>").count() {
        1 => Ok(index.replacen("</head>", &format!("{tags}</head>"), 1)),
        n => Err(format!("index.html has {n} </head> tags, not one")),
    }
}

/// The snippet a CMS pastes where the script embed goes: the same HTML in the host element,
/// readable before (or without) the script; the script replaces it with the live widget.
pub fn snippet(html: &str) -> String {
    format!("<div data-kllm-widget>{html}</div>\n")
}

/// Writes the prerendered page (with the share tags for the folder URL `public`, when known),
/// the snippet, the data files and the share preview into `dir` (trunk's staging folder).
/// Returns what it wrote, for the build log.
pub async fn write_all(dir: &Path, public: Option<&str>) -> Result<Vec<String>, String> {
    let index_path = dir.join("index.html");
    let index =
        fs::read_to_string(&index_path).map_err(|e| format!("{}: {e}", index_path.display()))?;
    let html = render_default().await;
    let all: Vec<ModelRef> = (0..dataset().models.len() as u16).map(ModelRef).collect();
    // The page's language (the widget's default) is the preview's.
    let lang = Lang::DEFAULT;
    let tags = share_tags(lang, public, &preview::alt(lang));
    let fonts = preview::fonts(&preview::font_dir())?;
    let png = preview::render(&preview::svg(lang), std::sync::Arc::new(fonts))?;
    let files: [(&str, Vec<u8>); 6] = [
        (
            "index.html",
            insert_head(&insert(&index, &html)?, &tags)?.into(),
        ),
        ("kllm-snippet.html", snippet(&html).into()),
        (DATA_CSV, export::csv(dataset(), &all).into()),
        (DATA_JSON, export::json(dataset(), &all).into()),
        (export::GAP_CSV, export::gap_csv(dataset()).into()),
        (preview::FILE, png),
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

    #[test]
    fn the_public_url_is_an_absolute_folder_url() {
        let url = |k, t| public_url(k, t);
        assert_eq!(url(None, Some("/")), None);
        assert_eq!(url(None, Some("./")), None);
        assert_eq!(url(None, None), None);
        assert_eq!(
            url(None, Some("https://cdn.example.org/kllm")).as_deref(),
            Some("https://cdn.example.org/kllm/")
        );
        assert_eq!(
            url(Some("https://a.test/r/1/"), Some("https://b.test/")).as_deref(),
            Some("https://a.test/r/1/")
        );
        assert_eq!(
            url(Some("./"), Some("http://b.test/x/")).as_deref(),
            Some("http://b.test/x/")
        );
    }

    #[test]
    fn share_tags_name_the_picture_only_with_a_public_url() {
        let full = share_tags(
            Lang::Ko,
            Some("https://cdn.example.org/kllm/"),
            "그림 \"설명\"",
        );
        for line in [
            r#"<meta property="og:title" content="한국의 거대언어모델, 어디까지 왔나" />"#,
            r#"<meta property="og:locale" content="ko_KR" />"#,
            r#"<meta property="og:locale:alternate" content="en_US" />"#,
            r#"<meta property="og:url" content="https://cdn.example.org/kllm/" />"#,
            r#"<meta property="og:image" content="https://cdn.example.org/kllm/kllm-preview.png" />"#,
            r#"<meta property="og:image:width" content="1200" />"#,
            r#"<meta property="og:image:height" content="630" />"#,
            r#"<meta property="og:image:alt" content="그림 &quot;설명&quot;" />"#,
            r#"<meta name="twitter:card" content="summary_large_image" />"#,
        ] {
            assert!(full.contains(line), "{line}\n{full}");
        }
        let bare = share_tags(Lang::Ko, None, "x");
        assert!(bare.contains(r#"<meta property="og:title""#));
        assert!(bare.contains(r#"<meta name="twitter:card" content="summary" />"#));
        for absent in ["og:url", "og:image", "twitter:image"] {
            assert!(!bare.contains(absent), "{absent}");
        }
        assert!(insert_head("<head></head>", "<meta />").unwrap() == "<head><meta /></head>");
        assert!(insert_head("<head>", "x").is_err());
    }

    #[tokio::test]
    async fn the_default_view_names_every_korean_model() {
        let html = render_default().await;
        for m in dataset().models.iter().filter(|m| !m.reference) {
            assert!(html.contains(m.name.ko.as_ref()), "{}", m.id);
        }
    }
}
