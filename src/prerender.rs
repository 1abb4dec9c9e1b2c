//! Build-time HTML: the default view rendered natively (yew `ssr`) into `index.html`, so a
//! reader sees the content before the wasm arrives (and without JavaScript at all); the app
//! then hydrates it. Also writes the paste-in snippet for CMSs, the full data files that the
//! footer links to, and the share preview: the Open Graph and Twitter card tags in `<head>`
//! and their picture (`preview.rs`). Run by the `kllm-prerender` binary from trunk's
//! post-build hook.

use std::fs;
use std::path::Path;

use crate::catalogue;
use crate::components::{App, AppProps, DATA_CSV, DATA_JSON};
use crate::data::dataset;
use crate::export;
use crate::i18n::{t, Msg};
use crate::markup::attr_value;
use crate::model::ModelRef;
use crate::options::Options;
use crate::preview;
use crate::settings::Lang;

/// The element of `index.html` the widget renders into, empty in the template.
pub const ROOT: &str = r#"<main id="kllm-root"></main>"#;

/// The default view's HTML in `lang`, with yew's hydration markers.
pub async fn render_default(lang: Lang) -> String {
    let options = Options {
        lang: Some(lang),
        page: Some(lang),
        ..Options::default()
    };
    render(options, true).await
}

async fn render(options: Options, hydratable: bool) -> String {
    let props = AppProps {
        options,
        hydrate: false,
    };
    yew::LocalServerRenderer::<App>::with_props(props)
        .hydratable(hydratable)
        .render()
        .await
}

/// `index.html` with `html` (the view in `lang`) inside the (empty) root element, which gets
/// the build id — the page hydrates this HTML only with the wasm of the same build — and the
/// page's language, which the view starts in.
pub fn insert(index: &str, html: &str, lang: Lang) -> Result<String, String> {
    match index.matches(ROOT).count() {
        1 => Ok(index.replacen(
            ROOT,
            &format!(
                r#"<main id="kllm-root" data-kllm-build="{}" {}="{}">{html}</main>"#,
                crate::build_id::BUILD_ID,
                crate::build_id::PAGE_LANG_ATTR,
                lang.slug()
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
        tag("name", "twitter:image:alt", alt);
    } else {
        tag("name", "twitter:card", "summary");
    }
    // X reads `og:title`, `og:description` and `og:image` where its own `twitter:title`,
    // `twitter:description` and `twitter:image` are absent (its cards markup reference), so
    // each is written once: the page's elements are budgeted.
    o
}

/// `index.html` with `tags` at the end of its `<head>`.
pub fn insert_head(index: &str, tags: &str) -> Result<String, String> {
    match index.matches("</head>").count() {
        1 => Ok(index.replacen("</head>", &format!("{tags}</head>"), 1)),
        n => Err(format!("index.html has {n} </head> tags, not one")),
    }
}

/// The page template (trunk's `index.html`, before prerendering) for the page in `lang`, in
/// its folder ([`crate::catalogue::folder`]): the Korean page as it is; the English one in
/// `en/` with its language, title and description in English and every relative address
/// one folder up, so it loads the same scripts, stylesheets and wasm.
pub fn template_in(lang: Lang, index: &str) -> Result<String, String> {
    if lang == Lang::Ko {
        return Ok(index.to_string());
    }
    let swap = |page: &str, from: &str, to: &str| -> Result<String, String> {
        match page.matches(from).count() {
            1 => Ok(page.replacen(from, to, 1)),
            n => Err(format!("index.html has {n} copies of {from:?}, not one")),
        }
    };
    let page = swap(index, r#"<html lang="ko">"#, r#"<html lang="en">"#)?;
    let start = page.find("<title>").ok_or("index.html has no <title>")?;
    let end = page[start..]
        .find("</title>")
        .ok_or("index.html has no </title>")?
        + start;
    let mut title = String::new();
    crate::markup::text(
        &mut title,
        &format!("{} — {SITE_NAME}", t(lang, Msg::Title)),
    );
    let page = format!(
        "{}<title>{title}</title>{}",
        &page[..start],
        &page[end + 8..]
    );
    let marker = r#"<meta name="description" content=""#;
    let start = page.find(marker).ok_or("index.html has no description")? + marker.len();
    let end = page[start..]
        .find('"')
        .ok_or("index.html: unclosed description")?
        + start;
    let mut dek = String::new();
    attr_value(&mut dek, t(lang, Msg::Dek));
    let page = format!("{}{dek}{}", &page[..start], &page[end..]);
    Ok(rebase(&page, "../"))
}

/// `html` with every relative address (in `href="…"`, `src="…"` and a module's
/// `from '…'`) led by `up`: `./x` and `x` become `../x`; absolute ones (`/x`, `https:`,
/// `#…`, `data:`) stay.
fn rebase(html: &str, up: &str) -> String {
    let mut out = String::with_capacity(html.len() + 256);
    let mut rest = html;
    loop {
        let next = ["href=\"", "src=\"", "from '"]
            .iter()
            .filter_map(|m| rest.find(m).map(|i| (i, m.len())))
            .min();
        let Some((i, len)) = next else {
            out.push_str(rest);
            return out;
        };
        out.push_str(&rest[..i + len]);
        rest = &rest[i + len..];
        let absolute = ["/", "http:", "https:", "#", "data:", "mailto:", "../"]
            .iter()
            .any(|p| rest.starts_with(p));
        if !absolute {
            out.push_str(up);
            rest = rest.strip_prefix("./").unwrap_or(rest);
        }
    }
}

/// The snippet a CMS pastes where the script embed goes: the default view in `lang` in the
/// host element, readable before (or without) the script, which replaces it with the live
/// widget in the same language (`data-lang`). Nothing hydrates it, so it carries no hydration
/// markers; it sits in the article's page, so its links ("show all", the data files) point at
/// the widget's folder `public` when the build knows it (else they are relative, as on the
/// widget's own page).
pub async fn snippet(lang: Lang, public: Option<&str>) -> String {
    let options = Options {
        lang: Some(lang),
        page: Some(lang),
        asset_base: public.map(str::to_string),
        ..Options::default()
    };
    let html = render(options, false).await;
    format!(
        r#"<div data-kllm-widget data-lang="{}">{html}</div>
"#,
        lang.slug()
    )
}

/// Writes, into `dir` (trunk's staging folder), the prerendered page in Korean (`index.html`)
/// and in English (`en/index.html`), each with the share tags for the folder URL `public`
/// when known, the catalogue page in each language, the paste-in snippets, the data files and
/// the share preview. Returns what it wrote, for the build log.
pub async fn write_all(dir: &Path, public: Option<&str>) -> Result<Vec<String>, String> {
    let index_path = dir.join("index.html");
    let index =
        fs::read_to_string(&index_path).map_err(|e| format!("{}: {e}", index_path.display()))?;
    let all: Vec<ModelRef> = (0..dataset().models.len() as u16).map(ModelRef).collect();
    let fonts = std::sync::Arc::new(preview::fonts(&preview::font_dir())?);
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    for lang in Lang::ALL.iter().copied() {
        let folder = catalogue::folder(lang);
        let root = if folder.is_empty() { "" } else { "../" };
        let html = render_default(lang).await;
        // Each page has its own address and its own picture, in its language.
        let page_url = public.map(|p| format!("{p}{folder}"));
        let tags = share_tags(lang, page_url.as_deref(), &preview::alt(lang));
        let page = insert_head(&insert(&template_in(lang, &index)?, &html, lang)?, &tags)?;
        let png = preview::render(&preview::svg(lang), fonts.clone())?;
        files.push((format!("{folder}{}", preview::FILE), png));
        files.push((format!("{folder}index.html"), page.into()));
        files.push((
            format!("{folder}kllm-snippet.html"),
            snippet(lang, public).await.into(),
        ));
        files.push((
            format!("{folder}{}", catalogue::FILE),
            catalogue::page(lang, root).into(),
        ));
    }
    files.extend([
        (DATA_CSV.to_string(), export::csv(dataset(), &all).into()),
        (DATA_JSON.to_string(), export::json(dataset(), &all).into()),
        (
            export::GAP_CSV.to_string(),
            export::gap_csv(dataset()).into(),
        ),
    ]);
    fs::create_dir_all(dir.join("en")).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut written = Vec::new();
    for (name, content) in files {
        let path = dir.join(&name);
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
            insert(&page, "<p>x</p>", Lang::En).unwrap(),
            format!(
                r#"<body><main id="kllm-root" data-kllm-build="{}" data-kllm-lang="en"><p>x</p></main></body>"#,
                crate::build_id::BUILD_ID
            )
        );
        assert_eq!(crate::build_id::BUILD_ID.len(), 16);
        assert!(insert("<body></body>", "x", Lang::Ko).is_err());
        assert!(insert(&format!("{ROOT}{ROOT}"), "x", Lang::Ko).is_err());
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
        // What X takes from the Open Graph tags is not written twice.
        for twice in [
            r#""twitter:title""#,
            r#""twitter:description""#,
            r#""twitter:image""#,
        ] {
            assert!(!full.contains(twice) && !bare.contains(twice), "{twice}");
        }
        assert!(insert_head("<head></head>", "<meta />").unwrap() == "<head><meta /></head>");
        assert!(insert_head("<head>", "x").is_err());
    }

    #[tokio::test]
    async fn the_snippet_is_in_its_language_and_links_to_the_widget_folder() {
        let en = snippet(Lang::En, Some("https://cdn.example.org/kllm/")).await;
        assert!(
            en.starts_with(r#"<div data-kllm-widget data-lang="en"><section lang="en""#),
            "{}",
            &en[..200]
        );
        assert!(!en.contains("<!--<["), "no hydration markers");
        for link in [
            r#"href="https://cdn.example.org/kllm/en/catalogue.html""#,
            r#"href="https://cdn.example.org/kllm/kllm-models.csv""#,
        ] {
            assert!(en.contains(link), "{link}");
        }
        let ko = snippet(Lang::Ko, None).await;
        assert!(ko.starts_with(r#"<div data-kllm-widget data-lang="ko"><section lang="ko""#));
        assert!(ko.contains(r#"href="catalogue.html""#));
    }

    #[tokio::test]
    async fn the_page_carries_the_first_cards_whole_and_the_others_as_empty_items() {
        let d = dataset();
        for lang in [Lang::Ko, Lang::En] {
            let html = render_default(lang).await;
            let korean = d.models.iter().filter(|m| !m.reference).count();
            // Every Korean model has its list item (the live list fills it when shown)…
            assert_eq!(html.matches("<li class=\"kllm-cards__item").count(), korean);
            // …but only the default view's first cards are written whole.
            let whole = html.matches("<article class=\"kllm-card").count();
            assert_eq!(whole, crate::state::CARD_LIMIT, "{lang:?}");
            let lang_attr = format!("lang=\"{}\"", lang.slug());
            assert!(html.contains(&lang_attr));
        }
    }

    #[test]
    fn the_english_page_is_one_folder_down_in_english() {
        let template = r##"<html lang="ko"><head><title>한국</title><meta name="description" content="설명" /><link rel="stylesheet" href="/kllm.css"/><link rel="stylesheet" href="./page.css"/><noscript><link rel="stylesheet" href="kllm-nojs.css" /></noscript><script type="module">import init from './kllm-widget.js';</script></head><body><a href="https://x.test/">x</a><a href="#top">t</a></body></html>"##;
        assert_eq!(template_in(Lang::Ko, template).unwrap(), template);
        let en = template_in(Lang::En, template).unwrap();
        assert!(en.starts_with(r#"<html lang="en"><head><title>Korea's large language models: how far have they come? — kllm-widget</title>"#), "{en}");
        for part in [
            r#"href="/kllm.css""#,
            r#"href="../page.css""#,
            r#"href="../kllm-nojs.css""#,
            "from '../kllm-widget.js'",
            r#"href="https://x.test/""#,
            r##"href="#top""##,
        ] {
            assert!(en.contains(part), "{part}: {en}");
        }
        assert!(!en.contains("설명"));
    }
}
