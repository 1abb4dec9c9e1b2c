//! The embed codes the footer offers to copy: an auto-height iframe and the script embed,
//! both pointing at the folder the widget was loaded from; and the same codes pinned to a
//! release with `integrity` attributes, which `./dev release` prints. Pure.

use crate::settings::Lang;

/// Default iframe height in CSS pixels for pages without a resize listener: about one phone
/// screen; the iframe scrolls.
pub const IFRAME_HEIGHT: u32 = 1000;

/// The two embed codes, ready to paste into a CMS.
#[derive(Clone, Debug, PartialEq)]
pub struct Snippets {
    /// `<iframe data-kllm-frame …>` plus the external `kllm-frame.js` that resizes it.
    pub iframe: String,
    /// `<div data-kllm-widget …>` plus the module script `embed.js`.
    pub script: String,
}

/// `s` escaped for a double-quoted HTML attribute.
fn attr(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    crate::markup::attr_value(&mut out, s);
    out
}

/// Embed codes for the widget folder at `base` (an absolute URL ending in `/`, e.g.
/// `https://cdn.example.org/widgets/kllm/`, or `""` for URLs relative to the page), in
/// language `lang`, with `title` as the iframe's accessible name.
pub fn snippets(base: &str, lang: Lang, title: &str) -> Snippets {
    write(base, lang, title, None)
}

/// Subresource-Integrity hashes (`sha384-…`) of a release's two scripts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Integrity<'a> {
    pub embed_js: &'a str,
    pub frame_js: &'a str,
}

/// Embed codes for the release folder at `base` whose scripts have the hashes `sri`: each
/// `<script>` carries `integrity` and `crossorigin="anonymous"` (a hash is only checked on a
/// CORS request), so a changed file is refused instead of run.
pub fn pinned(base: &str, lang: Lang, title: &str, sri: Integrity) -> Snippets {
    write(base, lang, title, Some(sri))
}

fn write(base: &str, lang: Lang, title: &str, sri: Option<Integrity>) -> Snippets {
    let base = attr(base);
    // Each language has its page, prerendered in it (`en/` for English).
    let page = match lang {
        Lang::Ko => "index.html",
        Lang::En => "en/index.html",
    };
    let lang = lang.slug();
    let pin = |hash: &str| format!(" integrity=\"{}\" crossorigin=\"anonymous\"", attr(hash));
    let (embed_pin, frame_pin) =
        sri.map_or_else(Default::default, |s| (pin(s.embed_js), pin(s.frame_js)));
    Snippets {
        // Valid HTML: the width is CSS (`width="100%"` is not a valid value, `frameborder` is
        // obsolete). A page whose CSP refuses style attributes gets the same two rules from
        // kllm-frame.js, through the CSSOM.
        iframe: format!(
            "<iframe data-kllm-frame src=\"{base}{page}?childId=kllm-1\" \
             title=\"{title}\" height=\"{IFRAME_HEIGHT}\" loading=\"lazy\" \
             style=\"width: 100%; border: 0\"></iframe>\n\
             <script src=\"{base}kllm-frame.js\"{frame_pin} defer></script>",
            title = attr(title),
        ),
        script: format!(
            "<div data-kllm-widget data-lang=\"{lang}\"></div>\n\
             <script type=\"module\" src=\"{base}embed.js\"{embed_pin}></script>"
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippets_point_at_the_widget_folder() {
        let s = snippets(
            "https://cdn.example.org/widgets/kllm/",
            Lang::En,
            "Korea's LLMs",
        );
        assert_eq!(
            s.iframe,
            "<iframe data-kllm-frame src=\"https://cdn.example.org/widgets/kllm/en/index.html?childId=kllm-1\" \
             title=\"Korea's LLMs\" height=\"1000\" loading=\"lazy\" style=\"width: 100%; border: 0\"></iframe>\n\
             <script src=\"https://cdn.example.org/widgets/kllm/kllm-frame.js\" defer></script>"
        );
        assert_eq!(
            s.script,
            "<div data-kllm-widget data-lang=\"en\"></div>\n\
             <script type=\"module\" src=\"https://cdn.example.org/widgets/kllm/embed.js\"></script>"
        );
    }

    #[test]
    fn without_a_base_the_urls_are_relative() {
        let s = snippets("", Lang::Ko, "한국의 거대언어모델");
        assert!(s.iframe.contains("src=\"index.html?childId=kllm-1\""));
        assert!(s.script.contains("src=\"embed.js\""));
    }

    #[test]
    fn a_pinned_release_checks_both_scripts() {
        let s = pinned(
            "https://cdn.example.org/kllm/0.1.0-2026-11-30/",
            Lang::Ko,
            "한국의 거대언어모델",
            Integrity {
                embed_js: "sha384-AAA",
                frame_js: "sha384-BBB",
            },
        );
        assert_eq!(
            s.script,
            "<div data-kllm-widget data-lang=\"ko\"></div>\n\
             <script type=\"module\" src=\"https://cdn.example.org/kllm/0.1.0-2026-11-30/embed.js\" \
             integrity=\"sha384-AAA\" crossorigin=\"anonymous\"></script>"
        );
        assert!(s.iframe.ends_with(
            "<script src=\"https://cdn.example.org/kllm/0.1.0-2026-11-30/kllm-frame.js\" \
             integrity=\"sha384-BBB\" crossorigin=\"anonymous\" defer></script>"
        ));
        // The footer's codes are the same without the pins.
        let plain = snippets(
            "https://cdn.example.org/kllm/0.1.0-2026-11-30/",
            Lang::Ko,
            "한국의 거대언어모델",
        );
        assert_eq!(
            s.script
                .replace(" integrity=\"sha384-AAA\" crossorigin=\"anonymous\"", ""),
            plain.script
        );
    }

    #[test]
    fn attribute_values_are_escaped() {
        let s = snippets("https://x.test/a\"b/", Lang::Ko, "<T & \"U\">");
        assert!(s.iframe.contains("a&quot;b/index.html"));
        assert!(s.iframe.contains("title=\"&lt;T &amp; &quot;U&quot;&gt;\""));
    }
}
