//! Cards as HTML text: the one writer of a card's markup. The card list (`components::CardList`)
//! hands the whole list to Yew as one raw node — hydrating it is one step instead of a virtual
//! node per element, and a string builder is far smaller in the wasm than the code `html!`
//! generates — and the prerendered page carries the same text.
//!
//! Every text and attribute value is escaped (`crate::markup`). Sources are listed once per
//! card, numbered; each fact names the number of its source ("출처 2" / "source 2").

use std::fmt::Write;

use super::{card_rows, highlight, highlight_text, CardRow, Highlight};
use crate::data::dataset;
use crate::i18n::{self, format, t, ui, Msg};
use crate::model::{Model, Source, Status};
use crate::settings::Lang;

/// Escapes text and attribute values alike (every attribute here is double-quoted).
fn esc(out: &mut String, s: &str) {
    crate::markup::attr_value(out, s);
}

/// A card's sources in order of first use; facts refer to them by number.
struct Refs(Vec<&'static Source>);

impl Refs {
    /// The 1-based number of `s`, adding it when new.
    fn number(&mut self, s: &'static Source) -> usize {
        match self.0.iter().position(|x| std::ptr::eq(*x, s)) {
            Some(i) => i + 1,
            None => {
                self.0.push(s);
                self.0.len()
            }
        }
    }
}

fn status_badge(o: &mut String, lang: Lang, status: Option<Status>) {
    if let Some(s) = status.filter(|s| *s != Status::Verified) {
        let _ = write!(o, r#"<span class="kllm-status kllm-status--{}">"#, s.slug());
        esc(o, t(lang, s));
        o.push_str("</span>");
    }
}

/// ` · 출처 2` — the reference to a numbered source.
fn cite(o: &mut String, lang: Lang, refs: &mut Refs, s: &'static Source) {
    let _ = write!(o, " · {} {}", t(lang, Msg::Source), refs.number(s));
}

fn note(o: &mut String, text: &str) {
    o.push_str(r#"<span class="kllm-card__note">"#);
    esc(o, text);
    o.push_str("</span>");
}

fn provenance_item(o: &mut String, lang: Lang, refs: &mut Refs, r: &CardRow) {
    let p = &r.provenance;
    o.push_str("<li><strong>");
    esc(o, r.label);
    o.push_str("</strong>");
    let status = match (p.status, r.unknown) {
        (Some(s), _) => t(lang, s),
        (None, Some(u)) => t(lang, u),
        (None, None) => "",
    };
    o.push_str(" · ");
    esc(o, status);
    if let Some(s) = p.source {
        cite(o, lang, refs, s);
    }
    if let Some(n) = p.note {
        note(o, n);
    }
    if !p.alternatives.is_empty() {
        o.push_str(r#"<ul class="kllm-card__alternatives" aria-label=""#);
        esc(o, t(lang, Msg::Alternatives));
        o.push_str(r#"">"#);
        for (value, status, s) in &p.alternatives {
            o.push_str("<li>");
            esc(o, &ui::alternative(lang, value, *status));
            cite(o, lang, refs, s);
            o.push_str("</li>");
        }
        o.push_str("</ul>");
    }
    o.push_str("</li>");
}

/// Everything in a card after its head (names and pin button), as HTML.
pub fn card_body(m: &'static Model, lang: Lang) -> String {
    let d = dataset();
    let org = d.org_of(m);
    let rows = card_rows(d, m, lang);
    let mut o = String::with_capacity(4096);

    o.push_str(r#"<p class="kllm-card__org">"#);
    esc(&mut o, i18n::text(lang, &org.name));
    o.push_str(r#"<span class="kllm-card__kind"> · "#);
    esc(&mut o, t(lang, org.kind));
    o.push_str("</span></p>");

    o.push_str(r#"<ul class="kllm-card__badges">"#);
    for (on, key, msg) in [
        (m.in_article, "article", Msg::InArticle),
        (m.ecosystem_graphs.is_some(), "eg", Msg::EcosystemGraphs),
        (m.reference, "reference", Msg::Reference),
    ] {
        if on {
            let _ = write!(o, r#"<li class="kllm-badge kllm-badge--{key}">"#);
            esc(&mut o, t(lang, msg));
            o.push_str("</li>");
        }
    }
    o.push_str("</ul>");

    o.push_str(r#"<dl class="kllm-card__facts">"#);
    for r in &rows {
        o.push_str(if r.unknown.is_some() {
            r#"<div class="kllm-fact kllm-fact--unknown">"#
        } else {
            r#"<div class="kllm-fact">"#
        });
        o.push_str(r#"<dt class="kllm-fact__label">"#);
        esc(&mut o, r.label);
        o.push_str(r#"</dt><dd class="kllm-fact__value">"#);
        esc(&mut o, &r.value);
        status_badge(&mut o, lang, r.provenance.status);
        o.push_str("</dd></div>");
    }
    o.push_str("</dl>");

    if let Some(h) = highlight(m) {
        o.push_str(r#"<p class="kllm-card__highlight"><strong>"#);
        esc(&mut o, t(lang, Msg::Highlight));
        o.push_str("</strong> ");
        esc(&mut o, &highlight_text(d, m, &h, lang));
        let status = match h {
            Highlight::Score(b) => b.status,
            Highlight::Claim(c) => c.status,
        };
        status_badge(&mut o, lang, Some(status));
        o.push_str("</p>");
    }
    if let Some(n) = &m.note {
        o.push_str(r#"<p class="kllm-card__note">"#);
        esc(&mut o, i18n::text(lang, n));
        o.push_str("</p>");
    }

    let mut refs = Refs(Vec::new());
    o.push_str(r#"<details class="kllm-card__sources"><summary>"#);
    esc(&mut o, t(lang, Msg::SourcesSummary));
    o.push_str(r#"</summary><ul class="kllm-card__provenance">"#);
    for r in &rows {
        provenance_item(&mut o, lang, &mut refs, r);
    }
    for b in m.benchmarks.iter() {
        o.push_str("<li><strong>");
        esc(&mut o, b.benchmark.name());
        o.push_str("</strong> ");
        let by = i18n::text(lang, &d.org(b.measured_by).name);
        let line = format!(
            "{} · {} · {}",
            format::score(b.value),
            ui::measured_by(lang, by, b.measured_by == m.org),
            t(lang, b.status)
        );
        esc(&mut o, &line);
        cite(&mut o, lang, &mut refs, d.source(b.source));
        o.push_str("</li>");
    }
    for c in m.claims.iter() {
        o.push_str("<li><strong>");
        esc(&mut o, t(lang, Msg::Claim));
        o.push_str("</strong> ");
        esc(
            &mut o,
            &format!("{} · {}", i18n::text(lang, &c.text), t(lang, c.status)),
        );
        cite(&mut o, lang, &mut refs, d.source(c.source));
        if let Some(n) = &c.note {
            note(&mut o, i18n::text(lang, n));
        }
        o.push_str("</li>");
    }
    if let Some(e) = &m.ecosystem_graphs {
        o.push_str("<li><strong>");
        esc(&mut o, t(lang, Msg::EcosystemGraphs));
        o.push_str("</strong> · ");
        esc(&mut o, &e.name);
        cite(&mut o, lang, &mut refs, d.source(e.source));
        o.push_str("</li>");
    }
    o.push_str(r#"</ul><ol class="kllm-card__refs">"#);
    for s in &refs.0 {
        o.push_str(r#"<li><a class="kllm-source" href=""#);
        esc(&mut o, &s.url);
        o.push_str(r#"" rel="noopener" target="_blank">"#);
        esc(&mut o, &format!("{} — {}", s.publisher, s.title));
        o.push_str("</a></li>");
    }
    o.push_str("</ol></details>");
    o
}

/// The `id` of a card's title (its `aria-labelledby`).
fn title_id(m: &Model) -> String {
    format!("kllm-card-{}", m.id)
}

/// A whole card, unpinned: the list marks pins on the live elements (see `CardList`).
pub fn card(m: &'static Model, lang: Lang) -> String {
    let mut o = String::with_capacity(4096);
    o.push_str(if m.reference {
        r#"<article class="kllm-card kllm-card--reference" aria-labelledby=""#
    } else {
        r#"<article class="kllm-card" aria-labelledby=""#
    });
    let id = title_id(m);
    esc(&mut o, &id);
    o.push_str(r#""><div class="kllm-card__head"><div class="kllm-card__names"><h3 class="kllm-card__title" id=""#);
    esc(&mut o, &id);
    o.push_str(r#"">"#);
    let name = i18n::text(lang, &m.name);
    esc(&mut o, name);
    let other = lang.other().slug();
    let _ = write!(o, r#"</h3><p class="kllm-card__subtitle" lang="{other}">"#);
    esc(&mut o, i18n::other(lang, &m.name));
    o.push_str(
        r#"</p></div><button type="button" class="kllm-pin" aria-pressed="false" aria-label=""#,
    );
    esc(&mut o, &ui::pin_label(lang, name, false));
    o.push_str(r#""><span aria-hidden="true">+</span></button></div>"#);
    o.push_str(&card_body(m, lang));
    o.push_str("</article>");
    o
}

/// Every card of `order` as list items; each item names its model in `data-m`.
pub fn card_list(order: &[crate::model::ModelRef], lang: Lang) -> String {
    let d = dataset();
    let mut o = String::with_capacity(5000 * order.len());
    for &r in order {
        let _ = write!(o, r#"<li class="kllm-cards__item" data-m="{}">"#, r.0);
        o.push_str(&card(d.model(r), lang));
        o.push_str("</li>");
    }
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_source_is_listed_once_and_every_number_points_at_one() {
        let d = dataset();
        for m in d.models.iter() {
            for lang in [Lang::Ko, Lang::En] {
                let html = card_body(m, lang);
                let list = &html[html.find(r#"<ol class="kllm-card__refs">"#).unwrap()..];
                let links: Vec<&str> = list
                    .split(r#"href=""#)
                    .skip(1)
                    .map(|s| &s[..s.find('"').unwrap()])
                    .collect();
                let mut unique = links.clone();
                unique.sort_unstable();
                unique.dedup();
                assert_eq!(links.len(), unique.len(), "{} lists a source twice", m.id);
                let word = t(lang, Msg::Source);
                let cited: Vec<usize> = html
                    .split(&format!(" · {word} "))
                    .skip(1)
                    .filter_map(|s| s[..s.find(|c: char| !c.is_ascii_digit())?].parse().ok())
                    .collect();
                assert!(!cited.is_empty(), "{} cites nothing", m.id);
                assert!(
                    cited.iter().all(|&n| n >= 1 && n <= links.len()),
                    "{}: {cited:?}",
                    m.id
                );
                assert_eq!(
                    cited.iter().max(),
                    Some(&links.len()),
                    "{}: an uncited source",
                    m.id
                );
                // Every source of a known value is among the links.
                if let crate::model::Fact::Known(k) = &m.released {
                    assert!(links.contains(&d.source(k.source).url.as_ref()), "{}", m.id);
                }
            }
        }
    }

    #[test]
    fn tags_balance_and_text_is_escaped() {
        let d = dataset();
        for m in d.models.iter() {
            let html = card_body(m, Lang::En);
            for tag in [
                "p", "ul", "ol", "li", "dl", "div", "dt", "dd", "details", "summary", "a", "span",
                "strong",
            ] {
                let open = html.matches(&format!("<{tag}>")).count()
                    + html.matches(&format!("<{tag} ")).count();
                let close = html.matches(&format!("</{tag}>")).count();
                assert_eq!(open, close, "{}: <{tag}>", m.id);
            }
        }
    }
}
