//! Cards as HTML text: the one writer of a card's markup. The card list (`components::CardList`)
//! hands the whole list to Yew as one raw node — hydrating it is one step instead of a virtual
//! node per element, and a string builder is far smaller in the wasm than the code `html!`
//! generates — and the prerendered page carries the same text.
//!
//! Written with the crate's markup writer (`crate::markup`), which escapes every text and
//! attribute value. Sources are listed once per card, numbered; each fact names the number of
//! its source ("출처 2" / "source 2").

use super::list::{CardState, Listed};
use super::{card_rows, glance_facts, highlight, highlight_text, CardRow, Highlight};
use crate::data::dataset;
use crate::i18n::{self, format, t, ui, Msg};
use crate::markup::{attr, close, element, flag, open, open_end, open_start, text};
use crate::model::{Dataset, Model, ModelRef, Source, Status};
use crate::settings::Lang;

/// The class of a card's section titles ("sources", the programme's name).
const SECTION_TITLE: (&str, &str) = ("class", "kllm-card__sources-title");

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
        let class = format!("kllm-status kllm-status--{}", s.slug());
        element(o, "span", &[("class", &class)], t(lang, s));
    }
}

/// ` · 출처 2` — the reference to a numbered source.
fn cite(o: &mut String, lang: Lang, refs: &mut Refs, s: &'static Source) {
    let line = format!(" · {} {}", t(lang, Msg::Source), refs.number(s));
    text(o, &line);
}

fn note(o: &mut String, note: &str) {
    element(o, "span", &[("class", "kllm-card__note")], note);
}

/// `<li><strong>label</strong>` followed by `rest` (text), the item left open.
fn labelled_item(o: &mut String, label: &str, rest: &str) {
    open(o, "li", &[]);
    element(o, "strong", &[], label);
    text(o, rest);
}

fn provenance_item(o: &mut String, lang: Lang, refs: &mut Refs, r: &CardRow) {
    let p = &r.provenance;
    let status = match (p.status, r.unknown) {
        (Some(s), _) => t(lang, s),
        (None, Some(u)) => t(lang, u),
        (None, None) => "",
    };
    labelled_item(o, r.label, &format!(" · {status}"));
    if let Some(s) = p.source {
        cite(o, lang, refs, s);
    }
    if let Some(n) = p.note {
        note(o, n);
    }
    if !p.alternatives.is_empty() {
        let attrs = [
            ("class", "kllm-card__alternatives"),
            ("aria-label", t(lang, Msg::Alternatives)),
        ];
        open(o, "ul", &attrs);
        for (value, status, s) in &p.alternatives {
            open(o, "li", &[]);
            text(o, &ui::alternative(lang, value, *status));
            cite(o, lang, refs, s);
            close(o, "li");
        }
        close(o, "ul");
    }
    close(o, "li");
}

/// The body of an open card: every fact with its status, the highlight, the note, and
/// the provenance of each value with its numbered sources.
fn body(o: &mut String, m: &'static Model, lang: Lang) {
    let d = dataset();
    let org = d.org_of(m);
    let rows = card_rows(d, m, lang);
    open(o, "div", &[("class", "kllm-card__body")]);

    let mut kind = format!("{} · {}", i18n::text(lang, &org.name), t(lang, org.kind));
    if m.ecosystem_graphs.is_some() {
        kind.push_str(" · ");
        kind.push_str(t(lang, Msg::EcosystemGraphs));
    }
    element(o, "p", &[("class", "kllm-card__kind")], &kind);

    open(o, "dl", &[("class", "kllm-card__facts")]);
    for r in &rows {
        let class = if r.unknown.is_some() {
            "kllm-fact kllm-fact--unknown"
        } else {
            "kllm-fact"
        };
        open(o, "div", &[("class", class)]);
        element(o, "dt", &[("class", "kllm-fact__label")], r.label);
        open(o, "dd", &[("class", "kllm-fact__value")]);
        text(o, &r.value);
        status_badge(o, lang, r.provenance.status);
        close(o, "dd");
        close(o, "div");
    }
    close(o, "dl");

    if let Some(h) = highlight(m) {
        open(o, "p", &[("class", "kllm-card__highlight")]);
        element(o, "strong", &[], t(lang, Msg::Highlight));
        text(o, " ");
        text(o, &highlight_text(d, m, &h, lang));
        let status = match h {
            Highlight::Score(b) => b.status,
            Highlight::Claim(c) => c.status,
        };
        status_badge(o, lang, Some(status));
        close(o, "p");
    }
    if let Some(n) = &m.note {
        element(o, "p", &[("class", "kllm-card__note")], i18n::text(lang, n));
    }

    let mut refs = Refs(Vec::new());
    programme(o, d, m, lang, &mut refs);
    element(o, "h5", &[SECTION_TITLE], t(lang, Msg::SourcesSummary));
    open(o, "ul", &[("class", "kllm-card__provenance")]);
    for r in &rows {
        provenance_item(o, lang, &mut refs, r);
    }
    for b in m.benchmarks.iter() {
        let by = i18n::text(lang, &d.org(b.measured_by).name);
        let line = format!(
            " {} · {} · {}",
            format::score(b.value),
            ui::measured_by(lang, by, b.measured_by == m.org),
            t(lang, b.status)
        );
        labelled_item(o, b.benchmark.name(), &line);
        cite(o, lang, &mut refs, d.source(b.source));
        close(o, "li");
    }
    for c in m.claims.iter() {
        let line = format!(" {} · {}", i18n::text(lang, &c.text), t(lang, c.status));
        labelled_item(o, t(lang, Msg::Claim), &line);
        cite(o, lang, &mut refs, d.source(c.source));
        if let Some(n) = &c.note {
            note(o, i18n::text(lang, n));
        }
        close(o, "li");
    }
    if let Some(e) = &m.ecosystem_graphs {
        let line = format!(" · {}", e.name);
        labelled_item(o, t(lang, Msg::EcosystemGraphs), &line);
        cite(o, lang, &mut refs, d.source(e.source));
        close(o, "li");
    }
    close(o, "ul");
    open(o, "ol", &[("class", "kllm-card__refs")]);
    for s in &refs.0 {
        open(o, "li", &[]);
        let attrs = [
            ("class", "kllm-source"),
            ("href", &*s.url),
            ("rel", "noopener"),
            ("target", "_blank"),
        ];
        element(o, "a", &attrs, &format!("{} — {}", s.publisher, s.title));
        close(o, "li");
    }
    close(o, "ol");
    close(o, "div");
}

/// The government programme a model was entered in: who runs it, the team, and each round
/// that concerns the team or the model, with its decision and source.
fn programme(o: &mut String, d: &'static Dataset, m: &'static Model, lang: Lang, refs: &mut Refs) {
    let Some(entry) = d
        .find(&m.id)
        .and_then(|r| d.programme_entry(r).map(|e| (r, e)))
    else {
        return;
    };
    let (r, entry) = entry;
    let p = entry.programme;
    open(o, "div", &[("class", "kllm-card__programme")]);
    element(o, "h5", &[SECTION_TITLE], i18n::text(lang, &p.name));
    let team = ui::programme_team(
        lang,
        i18n::text(lang, &p.run_by),
        i18n::text(lang, &entry.team().name),
    );
    element(o, "p", &[], &team);
    open(o, "ol", &[("class", "kllm-card__rounds")]);
    for (i, round) in p.rounds.iter().enumerate() {
        let outcome = round.outcomes.iter().find(|x| x.team == entry.team);
        let entered = entry.entries(r).find(|e| usize::from(e.round.0) == i);
        if outcome.is_none() && entered.is_none() {
            continue;
        }
        let date = match &round.date {
            crate::model::Fact::Known(k) => format::date(k.value, lang),
            crate::model::Fact::Unknown(u) => t(lang, u.kind).to_string(),
        };
        open(o, "li", &[]);
        text(
            o,
            &ui::programme_round(
                lang,
                &date,
                i18n::text(lang, &round.name),
                outcome.map(|x| x.result),
            ),
        );
        if let Some(x) = outcome {
            status_badge(o, lang, Some(x.status));
            cite(o, lang, refs, d.source(x.source));
            if let Some(reason) = &x.reason {
                note(o, i18n::text(lang, reason));
            }
        }
        if let Some(e) = entered {
            open(o, "span", &[("class", "kllm-card__note")]);
            text(o, &ui::entered(lang, i18n::text(lang, &m.name)));
            status_badge(o, lang, Some(e.status));
            cite(o, lang, refs, d.source(e.source));
            close(o, "span");
        }
        close(o, "li");
    }
    close(o, "ol");
    // What the programme is and what is not known yet (a round announced but no result
    // found), with the sources it rests on.
    if let Some(n) = &p.note {
        open(o, "p", &[("class", "kllm-card__note")]);
        text(o, i18n::text(lang, n));
        for s in p.sources.iter() {
            cite(o, lang, refs, d.source(*s));
        }
        close(o, "p");
    }
    close(o, "div");
}

/// The one-glance line of a closed card: developer, release, size and access, each with
/// its status when it is not verified.
fn glance(o: &mut String, m: &'static Model, lang: Lang) {
    let d = dataset();
    open(o, "span", &[("class", "kllm-card__glance")]);
    let org = i18n::text(lang, &d.org_of(m).name);
    element(o, "span", &[("class", "kllm-card__org")], org);
    for (fact, status, unknown) in glance_facts(m, lang) {
        text(o, " · ");
        let class = if unknown {
            "kllm-card__fact kllm-card__fact--unknown"
        } else {
            "kllm-card__fact"
        };
        open(o, "span", &[("class", class)]);
        text(o, &fact);
        status_badge(o, lang, status);
        close(o, "span");
    }
    close(o, "span");
    let badges = [
        (
            m.in_article,
            "kllm-badge kllm-badge--article",
            Msg::InArticle,
        ),
        (
            m.reference,
            "kllm-badge kllm-badge--reference",
            Msg::Reference,
        ),
    ];
    let programme = d.find(&m.id).and_then(|r| d.programme_entry(r));
    if badges.iter().any(|b| b.0) || programme.is_some() {
        open(o, "span", &[("class", "kllm-card__badges")]);
        for (on, class, msg) in badges {
            if on {
                element(o, "span", &[("class", class)], t(lang, msg));
            }
        }
        if let Some(e) = programme {
            let name = i18n::text(lang, &e.programme.name);
            let standing = e.standing().map(|(_, x)| x.result);
            let dropped = standing.is_some_and(|s| !s.stays_in());
            let class = if dropped {
                "kllm-badge kllm-badge--programme kllm-badge--out"
            } else {
                "kllm-badge kllm-badge--programme"
            };
            let badge = ui::programme_badge(lang, name, standing);
            element(o, "span", &[("class", class)], &badge);
        }
        close(o, "span");
    }
}

/// The attributes of a card's list item: its class and whether it is `hidden`.
pub fn item_attrs(listed: Listed) -> (&'static str, bool) {
    match listed {
        Listed::Shown => ("kllm-cards__item", false),
        // Past the list's limit: hidden by the stylesheet (so readers without JavaScript,
        // whose stylesheet shows them, can still open every card), not by `hidden`.
        Listed::More => ("kllm-cards__item kllm-cards__item--more", false),
        Listed::Filtered => ("kllm-cards__item", true),
    }
}

/// The class of a card's `<article>`.
pub fn article_class(m: &Model, pinned: bool) -> &'static str {
    match (m.reference, pinned) {
        (false, false) => "kllm-card",
        (false, true) => "kllm-card kllm-card--pinned",
        (true, false) => "kllm-card kllm-card--reference",
        (true, true) => "kllm-card kllm-card--reference kllm-card--pinned",
    }
}

/// A pin button's state as attributes and its mark.
#[derive(Clone, Debug, PartialEq)]
pub struct PinAttrs {
    pub pressed: &'static str,
    pub label: String,
    pub mark: &'static str,
    /// `Some(title)` when the button is disabled.
    pub disabled: Option<&'static str>,
}

/// The pin button of card `m` in `state`.
pub fn pin_attrs(m: &Model, lang: Lang, state: CardState) -> PinAttrs {
    PinAttrs {
        pressed: if state.pinned { "true" } else { "false" },
        label: ui::pin_label(lang, i18n::text(lang, &m.name), state.pinned),
        mark: if state.pinned { "✓" } else { "+" },
        disabled: state.pin_disabled.then(|| t(lang, Msg::PinLimit)),
    }
}

/// The `id` of a card's title (its `aria-labelledby`).
fn title_id(m: &Model) -> String {
    format!("kllm-card-{}", m.id)
}

/// The parts of a card the live list changes after it is written (`components::card_list`):
/// their classes, named once for the writer and the patcher.
pub mod parts {
    /// The `<details>` that opens to the facts and sources.
    pub const DETAILS: &str = "kllm-card__details";
    /// The pin button.
    pub const PIN: &str = "kllm-pin";
}

/// A whole card in `state`, as its list item: `<li>` with the model's index in `data-m`,
/// the `<article>`, a `<details>` whose summary is the one-glance line, and the pin button.
pub fn card(r: ModelRef, lang: Lang, state: CardState) -> String {
    let mut o = String::with_capacity(4096);
    write_card(&mut o, r, lang, state);
    o
}

fn write_card(o: &mut String, r: ModelRef, lang: Lang, state: CardState) {
    item_open(o, r, state);
    write_article(o, r, lang, state);
    close(o, "li");
}

/// A card's list item before its content: `<li class … data-m="…" [hidden]>`.
fn item_open(o: &mut String, r: ModelRef, state: CardState) {
    let (class, hidden) = item_attrs(state.listed);
    open_start(o, "li", &[("class", class), ("data-m", &r.0.to_string())]);
    flag(o, "hidden", hidden);
    open_end(o);
}

/// A card's content, the `<article>` inside its list item: what the live list writes into a
/// list item that was left empty (see [`card_list`]) when it comes into view.
pub fn article(r: ModelRef, lang: Lang, state: CardState) -> String {
    let mut o = String::with_capacity(4096);
    write_article(&mut o, r, lang, state);
    o
}

fn write_article(o: &mut String, r: ModelRef, lang: Lang, state: CardState) {
    let m = dataset().model(r);
    let id = title_id(m);
    let attrs = [
        ("class", article_class(m, state.pinned)),
        ("aria-labelledby", &id),
    ];
    open(o, "article", &attrs);
    open_start(o, "details", &[("class", parts::DETAILS)]);
    flag(o, "open", state.open);
    open_end(o);
    open(o, "summary", &[("class", "kllm-card__summary")]);
    let title = [("class", "kllm-card__title"), ("id", &id)];
    element(o, "h4", &title, i18n::text(lang, &m.name));
    let subtitle = [
        ("class", "kllm-card__subtitle"),
        ("lang", lang.other().slug()),
    ];
    element(o, "span", &subtitle, i18n::other(lang, &m.name));
    glance(o, m, lang);
    close(o, "summary");
    body(o, m, lang);
    close(o, "details");
    let pin = pin_attrs(m, lang, state);
    let attrs = [
        ("type", "button"),
        ("class", parts::PIN),
        ("aria-pressed", pin.pressed),
        ("aria-label", &pin.label),
    ];
    open_start(o, "button", &attrs);
    if let Some(title) = pin.disabled {
        flag(o, "disabled", true);
        attr(o, "title", title);
    }
    open_end(o);
    // The mark is the button's own text: its name is the label, so no wrapper is needed to
    // hide the mark from assistive technology (one element less per card on the page).
    text(o, pin.mark);
    close(o, "button");
    close(o, "article");
}

/// Every card of `order` in its state, as the list's items. Only the cards shown are written
/// whole; a card filtered out or past the list's limit is an empty list item, which the live
/// list fills ([`article`]) when it comes into view. The page then carries what its view
/// shows (the default view's first cards), not every card (the catalogue page has them all).
pub fn card_list(order: &[ModelRef], states: &[CardState], lang: Lang) -> String {
    let shown = states.iter().filter(|s| s.listed == Listed::Shown).count();
    let mut o = String::with_capacity(5000 * shown + 64 * order.len());
    for (&r, &state) in order.iter().zip(states) {
        if state.listed == Listed::Shown {
            write_card(&mut o, r, lang, state);
        } else {
            item_open(&mut o, r, state);
            close(&mut o, "li");
        }
    }
    o
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Label;

    fn all() -> Vec<ModelRef> {
        (0..dataset().models.len() as u16).map(ModelRef).collect()
    }

    #[test]
    fn every_source_is_listed_once_and_every_number_points_at_one() {
        let d = dataset();
        for r in all() {
            let m = d.model(r);
            for lang in [Lang::Ko, Lang::En] {
                let html = card(r, lang, CardState::default());
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
                if let crate::model::Fact::Known(k) = &m.released {
                    assert!(links.contains(&d.source(k.source).url.as_ref()), "{}", m.id);
                }
            }
        }
    }

    #[test]
    fn tags_balance_and_text_is_escaped() {
        for r in all() {
            let html = card(r, Lang::En, CardState::default());
            for tag in [
                "li", "article", "details", "summary", "h4", "h5", "p", "ul", "ol", "dl", "div",
                "dt", "dd", "a", "span", "strong", "button",
            ] {
                let open = html.matches(&format!("<{tag}>")).count()
                    + html.matches(&format!("<{tag} ")).count();
                let close = html.matches(&format!("</{tag}>")).count();
                assert_eq!(open, close, "{}: <{tag}>", dataset().model(r).id);
            }
            // Summary holds phrasing content and headings only (HTML's content model).
            let summary = &html[html.find("<summary").unwrap()..html.find("</summary>").unwrap()];
            for block in ["<p", "<ul", "<div", "<button"] {
                assert!(!summary.contains(block), "{block} in a summary");
            }
        }
    }

    /// Every state a card can be in, written by the one writer, with the attributes the
    /// live list copies (`item_attrs`, `article_class`, `pin_attrs`).
    #[test]
    fn each_state_is_written_with_the_attributes_the_live_list_copies() {
        let d = dataset();
        let r = d.find("exaone-3-5").unwrap();
        let m = d.model(r);
        let base = CardState::default();
        let states = [
            base,
            CardState { open: true, ..base },
            CardState {
                pinned: true,
                ..base
            },
            CardState {
                pin_disabled: true,
                ..base
            },
            CardState {
                listed: Listed::More,
                ..base
            },
            CardState {
                listed: Listed::Filtered,
                ..base
            },
        ];
        for lang in [Lang::Ko, Lang::En] {
            for state in states {
                let html = card(r, lang, state);
                let (class, hidden) = item_attrs(state.listed);
                assert!(html.starts_with(&format!(r#"<li class="{class}" data-m="{}""#, r.0)));
                assert_eq!(html[..html.find('>').unwrap()].contains(" hidden"), hidden);
                assert!(html.contains(&format!(
                    r#"<article class="{}""#,
                    article_class(m, state.pinned)
                )));
                assert_eq!(
                    html.contains(&format!(r#"<details class="{}" open>"#, parts::DETAILS)),
                    state.open
                );
                let pin = pin_attrs(m, lang, state);
                assert!(html.contains(&format!(r#"aria-pressed="{}""#, pin.pressed)));
                assert_eq!(html.contains(" disabled title="), pin.disabled.is_some());
                assert!(html.contains(&format!(r#">{}</button></article>"#, pin.mark)));
            }
        }
        // What each state means to a reader.
        assert_eq!(item_attrs(Listed::Filtered), ("kllm-cards__item", true));
        assert!(item_attrs(Listed::More).0.contains("--more"));
        let pinned = pin_attrs(
            m,
            Lang::Ko,
            CardState {
                pinned: true,
                ..base
            },
        );
        assert_eq!(pinned.label, "비교에서 빼기: 엑사원 3.5");
        let refused = pin_attrs(
            m,
            Lang::En,
            CardState {
                pin_disabled: true,
                ..base
            },
        );
        assert_eq!(refused.disabled, Some(Msg::PinLimit.label(Lang::En)));
    }

    #[test]
    fn a_closed_card_shows_name_developer_date_size_and_access_at_a_glance() {
        let d = dataset();
        let r = d.find("exaone-3-5").unwrap();
        let html = card(r, Lang::Ko, CardState::default());
        let summary = &html[html.find("<summary").unwrap()..html.find("</summary>").unwrap()];
        assert!(summary.contains("엑사원 3.5"), "{summary}");
        assert!(summary.contains("LG AI연구원"), "{summary}");
        assert!(summary.contains("2024년 12월"), "{summary}");
        assert!(summary.contains("24억~320억"), "{summary}");
        assert!(
            summary.contains(t(Lang::Ko, crate::model::Access::OpenWeights)),
            "{summary}"
        );
    }

    #[test]
    fn a_programme_model_shows_its_standing_and_rounds_with_sources() {
        let d = dataset();
        let (r, entry) = (0..d.models.len() as u16)
            .map(ModelRef)
            .find_map(|r| d.programme_entry(r).map(|e| (r, e)))
            .expect("a model in the programme");
        for lang in [Lang::Ko, Lang::En] {
            let html = card(r, lang, CardState::default());
            let summary = &html[..html.find("</summary>").unwrap()];
            let name = i18n::text(lang, &entry.programme.name);
            assert!(summary.contains("kllm-badge--programme"), "{summary}");
            assert!(summary.contains(name), "{summary}");
            let section = &html[html.find("kllm-card__programme").unwrap()..];
            assert!(section.contains(i18n::text(lang, &entry.team().name)));
            // Every round item cites a numbered source.
            let rounds = &section[..section.find("</ol>").unwrap()];
            let items = rounds.matches("<li>").count();
            assert!(items > 0);
            let cited = rounds
                .matches(&format!(" · {} ", t(lang, Msg::Source)))
                .count();
            assert!(cited >= items, "{cited} citations for {items} rounds");
            if let Some((_, o)) = entry.standing() {
                assert!(summary.contains(t(lang, o.result)), "{summary}");
            }
            // Then what the programme is and what is not known yet, citing its sources.
            let note = entry
                .programme
                .note
                .as_ref()
                .expect("the programme has a note");
            let after = &section[section.find("</ol>").unwrap()..section.find("</div>").unwrap()];
            assert!(after.contains(i18n::text(lang, note)), "{after}");
            let cited = after
                .matches(&format!(" · {} ", t(lang, Msg::Source)))
                .count();
            assert_eq!(cited, entry.programme.sources.len(), "{after}");
        }
        // A model outside the programme has no badge.
        let other = d.find("gpt-4").unwrap();
        assert!(!card(other, Lang::Ko, CardState::default()).contains("kllm-badge--programme"));
    }
}
