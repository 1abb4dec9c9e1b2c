//! A card's content as plain values: its rows (each value with its provenance), its one
//! highlight, and the texts they read as. Pure; [`html`] writes a card from them.

pub mod html;
pub mod list;

use crate::i18n::{self, format, t, ui, Label, Msg};
use crate::model::*;
use crate::settings::Lang;

/// Provenance of one shown value.
#[derive(Clone, Debug, PartialEq)]
pub struct Provenance {
    pub status: Option<Status>,
    pub source: Option<&'static Source>,
    pub note: Option<&'static str>,
    /// Other sources' values, already formatted, with their status and source.
    pub alternatives: Vec<(String, Status, &'static Source)>,
}

/// One labelled line of a card.
#[derive(Clone, Debug, PartialEq)]
pub struct CardRow {
    pub key: &'static str,
    pub label: &'static str,
    /// The value as a reader reads it; an unknown value reads `비공개` / `Undisclosed`.
    pub value: String,
    pub unknown: Option<UnknownKind>,
    pub provenance: Provenance,
}

fn row<T: Clone>(
    d: &'static Dataset,
    lang: Lang,
    key: &'static str,
    label: Msg,
    fact: &'static Fact<T>,
    show: impl Fn(&T) -> String,
) -> CardRow {
    let (value, unknown, provenance) = match fact {
        Fact::Known(k) => (
            show(&k.value),
            None,
            Provenance {
                status: Some(k.status),
                source: Some(d.source(k.source)),
                note: k.note.as_ref().map(|n| i18n::text(lang, n)),
                alternatives: k
                    .alternatives
                    .iter()
                    .map(|a| (show(&a.value), a.status, d.source(a.source)))
                    .collect(),
            },
        ),
        Fact::Unknown(u) => (
            u.kind.label(lang).to_string(),
            Some(u.kind),
            Provenance {
                status: None,
                source: u.source.map(|s| d.source(s)),
                note: Some(i18n::text(lang, &u.reason)),
                alternatives: Vec::new(),
            },
        ),
    };
    CardRow {
        key,
        label: t(lang, label),
        value,
        unknown,
        provenance,
    }
}

/// The rows of a card, in reading order.
pub fn card_rows(d: &'static Dataset, m: &'static Model, lang: Lang) -> Vec<CardRow> {
    let origin = |b: &Base| -> String {
        let name = match (b.model, &b.name) {
            (Some(r), _) => i18n::text(lang, &d.model(r).name),
            (None, Some(n)) => n.as_ref(),
            (None, None) => "",
        };
        ui::origin(lang, b.relation, name)
    };
    vec![
        row(d, lang, "released", Msg::Released, &m.released, |r| {
            ui::released(lang, r.date, r.event)
        }),
        row(d, lang, "params", Msg::Params, &m.params, |s| {
            ui::sizes(lang, s)
        }),
        row(d, lang, "context", Msg::Context, &m.context, |&n| {
            ui::context(lang, n)
        }),
        row(d, lang, "modality", Msg::Modality, &m.modality, |x| {
            x.label(lang).to_string()
        }),
        row(d, lang, "access", Msg::Access, &m.access, |a| {
            a.label(lang).to_string()
        }),
        row(d, lang, "licence", Msg::Licence, &m.licence, |l| {
            format!("{} · {}", l.name, l.kind.label(lang))
        }),
        row(d, lang, "base", Msg::Origin, &m.base_model, origin),
    ]
}

/// The facts of a closed card's one-glance line — release, size, access — as (text, status,
/// unknown). An unknown value says which fact it is: `매개변수 비공개`.
pub fn glance_facts(m: &Model, lang: Lang) -> Vec<(String, Option<Status>, bool)> {
    fn fact<T: Clone>(
        f: &Fact<T>,
        lang: Lang,
        what: Msg,
        show: impl Fn(&T) -> String,
    ) -> (String, Option<Status>, bool) {
        match f {
            Fact::Known(k) => (show(&k.value), Some(k.status), false),
            Fact::Unknown(u) => (ui::unknown_fact(lang, what, u.kind), None, true),
        }
    }
    vec![
        fact(&m.released, lang, Msg::Released, |r| {
            format::month(r.date, lang)
        }),
        fact(&m.params, lang, Msg::Params, |s| ui::size_range(lang, s)),
        fact(&m.access, lang, Msg::Access, |a| t(lang, *a).to_string()),
    ]
}

/// A card's one highlight: a Korean benchmark score (KMMLU first) of the largest measured
/// size, else MMLU, else the first claim.
#[derive(Clone, Debug, PartialEq)]
pub enum Highlight {
    Score(&'static Benchmark),
    Claim(&'static Claim),
}

pub fn highlight(m: &'static Model) -> Option<Highlight> {
    let preference = [
        BenchmarkId::Kmmlu,
        BenchmarkId::KmmluRedux,
        BenchmarkId::KmmluPro,
        BenchmarkId::Haerae,
        BenchmarkId::Mmlu,
    ];
    preference
        .iter()
        .find_map(|&id| {
            m.benchmarks
                .iter()
                .filter(|b| b.benchmark == id)
                .max_by(|a, b| a.size.unwrap_or(0.0).total_cmp(&b.size.unwrap_or(0.0)))
        })
        .map(Highlight::Score)
        .or_else(|| m.claims.first().map(Highlight::Claim))
}

/// The highlight as one line: `KMMLU 62.1(325억, 기본 모델(base)) · 측정: 카카오(자체 측정)`,
/// or a claim: `…(2021년, 기사 기준)`.
pub fn highlight_text(d: &Dataset, m: &Model, h: &Highlight, lang: Lang) -> String {
    match h {
        Highlight::Score(b) => {
            let what = match b.size {
                Some(s) => format!("{}, {}", format::params(s, lang), t(lang, b.variant)),
                None => t(lang, b.variant).to_string(),
            };
            let score = format!("{} {}", b.benchmark.name(), format::score(b.value));
            let by = i18n::text(lang, &d.org(b.measured_by).name);
            format!(
                "{} · {}",
                i18n::paren(lang, &score, &what),
                ui::measured_by(lang, by, b.measured_by == m.org)
            )
        }
        Highlight::Claim(c) => ui::claim(
            lang,
            i18n::text(lang, &c.text),
            &format::date(c.date, lang),
            c.by,
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::dataset;

    #[test]
    fn unknown_values_read_as_their_kind_with_a_reason() {
        let d = dataset();
        let m = d
            .models
            .iter()
            .find(|m| m.context.value().is_none())
            .expect("a model without context");
        let rows = card_rows(d, m, Lang::Ko);
        let ctx = rows.iter().find(|r| r.key == "context").unwrap();
        let kind = ctx.unknown.expect("unknown");
        assert_eq!(ctx.value, kind.label(Lang::Ko));
        assert!(ctx.provenance.note.is_some_and(|n| !n.is_empty()));
    }
}
