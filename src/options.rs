//! Embedding options: what a host page sets with `data-*` attributes (script embed) or query
//! parameters (iframe / `index.html`). Parsing is pure and lenient: an invalid value is
//! ignored with a warning, never an error.

use crate::settings::{Era, Lang, Theme};
use crate::state::WidgetState;
use crate::url_state::unescape;

/// Options a host page can set. `None` means "not set": the widget decides.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Options {
    /// `lang=ko|en`.
    pub lang: Option<Lang>,
    /// The language of the page's prerendered HTML (its root's `data-kllm-lang`: `index.html`
    /// is Korean, `en/index.html` English): hydration starts from it. Set by the page's
    /// loader, not by an attribute.
    pub page: Option<Lang>,
    /// `theme=auto|light|dark`.
    pub theme: Option<Theme>,
    /// `view=<share-link fragment>`: the initial view, in the share link's syntax.
    pub view: Option<String>,
    /// `era=article|now`: "as the article saw it" on or off.
    pub era: Option<Era>,
    /// `transparent=1`: no background of its own (for dark host pages).
    pub transparent: bool,
    /// `corrections=<address>`: where "Report a correction" points, when it is one of the
    /// addresses allowed at build time ([`CORRECTIONS`]); see [`Options::corrections_link`].
    pub corrections: Option<String>,
    /// Whether the view lives in the page's URL fragment (only for the widget's own page;
    /// never for a script embed, whose host page owns its URL).
    pub sync_url: bool,
    /// Folder URL (ending in `/`) of the widget's own files, when the page is not in that
    /// folder (script embeds); set by the loader, not by an attribute.
    pub asset_base: Option<String>,
    /// The page a share link opens (the widget's own `index.html`, for script embeds); the
    /// current page when `None`. Set by the loader, not by an attribute.
    pub share_page: Option<String>,
}

/// The addresses "Report a correction" may point at, set once when the widget is built: the
/// `KLLM_CORRECTIONS` environment variable, space-separated `mailto:` and `https://`
/// addresses, checked by `build.rs`. The first is the default; a page may choose another of
/// them. Empty: the widget shows no correction link.
pub const CORRECTIONS: &str = env!("KLLM_CORRECTIONS");

/// `requested` if it is one of the `allowed` addresses (space-separated), else the first of
/// them; `None` when none are allowed.
pub fn correction_address<'a>(requested: Option<&str>, allowed: &'a str) -> Option<&'a str> {
    let mut list = allowed.split_whitespace();
    let first = list.clone().next();
    requested.and_then(|r| list.find(|a| *a == r)).or(first)
}

fn flag(value: &str) -> Option<bool> {
    match value.to_ascii_lowercase().as_str() {
        "" | "1" | "true" | "yes" | "on" => Some(true),
        "0" | "false" | "no" | "off" => Some(false),
        _ => None,
    }
}

/// `s` without any number of leading `prefix`es. (`trim_start_matches` with a string
/// pattern links a substring searcher, ~1.5 KB of wasm.)
fn strip_all<'a>(mut s: &'a str, prefix: &str) -> &'a str {
    while let Some(rest) = s.strip_prefix(prefix) {
        s = rest;
    }
    s
}

impl Options {
    /// Reads `(name, value)` pairs; names may carry a `data-kllm-` or `kllm-` prefix and use
    /// `-` or `_`. Returns the options and one warning per value it ignored.
    pub fn from_pairs<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> (Options, Vec<String>) {
        let mut o = Options::default();
        let mut warnings = Vec::new();
        for (raw_name, value) in pairs {
            let name = strip_all(strip_all(raw_name, "data-"), "kllm-")
                .replace('_', "-")
                .to_ascii_lowercase();
            let value = value.trim();
            let mut bad = |expected: &str| {
                warnings.push(format!(
                    "ignored {raw_name}=\"{value}\" (expected {expected})"
                ));
            };
            match name.as_str() {
                "lang" => match Lang::from_slug(&value.to_ascii_lowercase()) {
                    Some(l) => o.lang = Some(l),
                    None => bad("ko or en"),
                },
                "theme" => match Theme::from_slug(&value.to_ascii_lowercase()) {
                    Some(t) => o.theme = Some(t),
                    None => bad("auto, light or dark"),
                },
                "era" | "as-of" => match Era::from_slug(&value.to_ascii_lowercase()) {
                    Some(e) => o.era = Some(e),
                    None => bad("article or now"),
                },
                "view" => o.view = Some(value.trim_start_matches('#').to_string()),
                "transparent" => match flag(value) {
                    Some(b) => o.transparent = b,
                    None => bad("1 or 0"),
                },
                "corrections" => {
                    if CORRECTIONS.split_whitespace().any(|a| a == value) {
                        o.corrections = Some(value.to_string());
                    } else if CORRECTIONS.is_empty() {
                        bad("nothing: no correction address was allowed when the widget was built")
                    } else {
                        bad(&["one of the addresses allowed at build time: ", CORRECTIONS].concat())
                    }
                }
                // The host attribute itself, and parameters other tools add to iframe URLs;
                // boot.js reads the iframe's id for its parent (`childId`, the height messages).
                "widget" | "initialwidth" | "parenturl" | "parenttitle" | "childid"
                | "child-id" | "" => {}
                _ => warnings.push(format!("ignored unknown option {raw_name}")),
            }
        }
        (o, warnings)
    }

    /// Reads a query string (`?lang=en&theme=dark`); values are percent-decoded.
    pub fn from_query(query: &str) -> (Options, Vec<String>) {
        let pairs: Vec<(String, String)> = query
            .trim_start_matches('?')
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|p| {
                let (k, v) = p.split_once('=').unwrap_or((p, ""));
                (unescape(k).0, unescape(v).0)
            })
            .collect();
        Options::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    }
}

/// The widget's language for a browser's preferred languages (`navigator.languages`, most
/// preferred first): the first that is Korean or English decides; `None` when neither is
/// listed (the widget then stays Korean, its default).
pub fn lang_from_browser<'a>(languages: impl IntoIterator<Item = &'a str>) -> Option<Lang> {
    languages.into_iter().find_map(|tag| {
        let primary = tag
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match primary.as_str() {
            "ko" => Some(Lang::Ko),
            "en" => Some(Lang::En),
            _ => None,
        }
    })
}

impl Options {
    /// Where "Report a correction" points: the page's choice among the addresses allowed at
    /// build time, else the build's default; `None` when the build allowed none.
    pub fn corrections_link(&self) -> Option<&'static str> {
        correction_address(self.corrections.as_deref(), CORRECTIONS)
    }

    /// The address of the catalogue page (every model, every fact and source) in `lang`: in
    /// the widget's folder for a script embed, else next to the page — the page's own
    /// language's, or the other language's folder (`en/`, `../`).
    pub fn catalogue(&self, lang: Lang) -> String {
        const FILE: &str = "catalogue.html";
        let folder = match lang {
            Lang::Ko => "",
            Lang::En => "en/",
        };
        match (&self.asset_base, self.page.unwrap_or(Lang::DEFAULT)) {
            (Some(base), _) => format!("{base}{folder}{FILE}"),
            (None, page) if page == lang => FILE.to_string(),
            (None, Lang::Ko) => format!("{folder}{FILE}"),
            (None, Lang::En) => format!("../{FILE}"),
        }
    }

    /// The folder of the files written next to `index.html` (the full data downloads): the
    /// script embed's folder, else the page's own, which is `../` from the English page.
    pub fn files_base(&self) -> String {
        match (&self.asset_base, self.page) {
            (Some(base), _) => base.clone(),
            (None, Some(Lang::En)) => "../".to_string(),
            (None, _) => String::new(),
        }
    }

    /// The state the widget starts in: the `view` option (share-link syntax) or the
    /// defaults, with the other options applied on top; plus what could not be read.
    pub fn initial_state(&self, data: &crate::model::Dataset) -> (WidgetState, Vec<String>) {
        let (mut s, warnings) = match &self.view {
            Some(view) => {
                let d = crate::url_state::decode(view, data);
                (d.state, d.warnings)
            }
            None => (WidgetState::default(), Vec::new()),
        };
        if let Some(l) = self.lang {
            s.lang = l;
        }
        if let Some(t) = self.theme {
            s.theme = t;
        }
        if let Some(e) = self.era {
            s.filters.era = e;
        }
        (s, warnings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_data_attributes_with_or_without_prefix() {
        let (o, w) = Options::from_pairs([
            ("data-lang", "en"),
            ("data-kllm-theme", "dark"),
            ("era", "article"),
            ("data-kllm-widget", ""),
        ]);
        assert_eq!(o.lang, Some(Lang::En));
        assert_eq!(o.theme, Some(Theme::Dark));
        assert_eq!(o.era, Some(Era::Article));
        assert!(w.is_empty(), "{w:?}");
    }

    #[test]
    fn invalid_values_are_ignored_with_a_warning() {
        let (o, w) = Options::from_pairs([
            ("data-lang", "fr"),
            ("data-theme", "sepia"),
            ("data-corrections", "javascript:alert(1)"),
            ("data-colour", "red"),
        ]);
        assert_eq!(o, Options::default());
        assert_eq!(w.len(), 4, "{w:?}");
        assert!(w[0].contains("data-lang=\"fr\""));
    }

    #[test]
    fn a_page_chooses_only_among_the_correction_addresses_of_the_build() {
        let allowed = "mailto:data@news.example https://news.example/corrections";
        assert_eq!(
            correction_address(None, allowed),
            Some("mailto:data@news.example")
        );
        assert_eq!(
            correction_address(Some("https://news.example/corrections"), allowed),
            Some("https://news.example/corrections")
        );
        // Any other link falls back to the build's default, never to the page's link.
        for other in [
            "https://any.site/",
            "mailto:x@any.site",
            "https://news.example/",
        ] {
            assert_eq!(
                correction_address(Some(other), allowed),
                Some("mailto:data@news.example"),
                "{other}"
            );
        }
        assert_eq!(correction_address(Some("https://any.site/"), ""), None);
        assert_eq!(correction_address(None, ""), None);
    }

    #[test]
    fn a_correction_link_the_build_did_not_allow_is_ignored_with_a_warning() {
        let (o, w) = Options::from_pairs([("data-corrections", "https://any.site/")]);
        assert_eq!(o.corrections, None);
        assert_eq!(w.len(), 1, "{w:?}");
        assert!(w[0].contains("https://any.site/"), "{w:?}");
        assert_eq!(o.corrections_link(), correction_address(None, CORRECTIONS));
    }

    #[test]
    fn the_catalogue_is_next_to_the_page_or_in_the_widget_folder() {
        let page = |page| Options {
            page: Some(page),
            ..Options::default()
        };
        assert_eq!(page(Lang::Ko).catalogue(Lang::Ko), "catalogue.html");
        assert_eq!(page(Lang::Ko).catalogue(Lang::En), "en/catalogue.html");
        assert_eq!(page(Lang::En).catalogue(Lang::En), "catalogue.html");
        assert_eq!(page(Lang::En).catalogue(Lang::Ko), "../catalogue.html");
        let embed = Options {
            asset_base: Some("https://cdn.example.org/kllm/".into()),
            ..Options::default()
        };
        assert_eq!(
            embed.catalogue(Lang::En),
            "https://cdn.example.org/kllm/en/catalogue.html"
        );
        assert_eq!(page(Lang::Ko).files_base(), "");
        assert_eq!(page(Lang::En).files_base(), "../");
        assert_eq!(embed.files_base(), "https://cdn.example.org/kllm/");
    }

    #[test]
    fn browser_language_picks_the_first_korean_or_english() {
        assert_eq!(lang_from_browser(["en-US", "ko"]), Some(Lang::En));
        assert_eq!(lang_from_browser(["ko-KR", "en-US"]), Some(Lang::Ko));
        assert_eq!(lang_from_browser(["ja-JP", "en"]), Some(Lang::En));
        assert_eq!(lang_from_browser(["ja-JP", "zh"]), None);
        assert_eq!(lang_from_browser([]), None);
    }

    #[test]
    fn reads_an_iframe_query_string() {
        let (o, w) = Options::from_query(
            "?lang=en&theme=dark&transparent=1&childId=kllm-1&view=q%3D%EC%97%91%EC%82%AC%EC%9B%90",
        );
        assert_eq!(o.lang, Some(Lang::En));
        assert!(o.transparent);
        assert_eq!(o.view.as_deref(), Some("q=엑사원"));
        assert!(w.is_empty(), "{w:?}");
    }
}
