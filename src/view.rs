//! What the components draw, computed in plain functions: chip groups with live counts, the
//! rows of a card with their provenance, a card's highlight, the filter to loosen when nothing
//! matches. Pure, so `cargo test` reaches it; components only lay these out.

use crate::filter::{count_with, Group};
use crate::format;
use crate::i18n::{self, t, Label, Msg};
use crate::model::*;
use crate::state::{Action, Era, Lang, WidgetState};

/// One toggle chip.
#[derive(Clone, Debug, PartialEq)]
pub struct Chip {
    /// Stable key (the value's slug or id).
    pub key: String,
    /// Label with its live count: `오픈 가중치 (7)`.
    pub label: String,
    pub count: usize,
    pub pressed: bool,
    pub action: Action,
}

/// A titled group of chips.
#[derive(Clone, Debug, PartialEq)]
pub struct ChipGroup {
    pub group: Group,
    pub title: &'static str,
    pub chips: Vec<Chip>,
}

/// The title of a chip group.
pub fn group_title(lang: Lang, g: Group) -> &'static str {
    t(
        lang,
        match g {
            Group::Kind => Msg::GroupKind,
            Group::Org => Msg::GroupOrg,
            Group::Access => Msg::GroupAccess,
            Group::Modality => Msg::GroupModality,
            Group::Era => Msg::GroupEra,
            Group::References => Msg::GroupReferences,
        },
    )
}

/// One option of a chip group: key, label, and the value it filters on.
type Opt<'a, T> = (String, &'a str, T);

/// The chips of one group. An option that no model could match is left out (except for
/// groups where every option always makes sense, such as the era).
fn group_chips<T: Copy>(
    d: &Dataset,
    s: &WidgetState,
    group: Group,
    options: Vec<Opt<'_, T>>,
    has: impl Fn(&Model, T) -> bool,
    pressed: impl Fn(T) -> bool,
    action: impl Fn(T) -> Action,
) -> Vec<Chip> {
    let keep_all = matches!(group, Group::Era | Group::References);
    let reachable = |m: &Model| s.filters.references || !m.reference || group == Group::References;
    options
        .into_iter()
        .filter(|(_, _, v)| keep_all || d.models.iter().any(|m| reachable(m) && has(m, *v)))
        .map(|(key, label, v)| {
            let count = count_with(d, s, group, |m| has(m, v));
            Chip {
                key,
                label: i18n::chip(label, count),
                count,
                pressed: pressed(v),
                action: action(v),
            }
        })
        .collect()
}

/// Every chip group for the current state, with live counts.
pub fn chip_groups(d: &Dataset, s: &WidgetState) -> Vec<ChipGroup> {
    let lang = s.lang;
    let f = &s.filters;
    let era = group_chips(
        d,
        s,
        Group::Era,
        Era::ALL
            .iter()
            .map(|&e| (e.slug().to_string(), e.label(lang), e))
            .collect(),
        |m, e| crate::filter::in_era(d, m, e),
        |e| f.era == e,
        Action::SetEra,
    );
    let kinds = group_chips(
        d,
        s,
        Group::Kind,
        OrgKind::ALL
            .iter()
            .map(|&k| (k.slug().to_string(), k.label(lang), k))
            .collect(),
        |m, k| d.org(m.org).kind == k,
        |k| f.kinds.contains(&k),
        Action::ToggleKind,
    );
    let orgs = group_chips(
        d,
        s,
        Group::Org,
        d.orgs
            .iter()
            .enumerate()
            .map(|(i, o)| {
                (
                    o.id.to_string(),
                    i18n::text(lang, &o.name),
                    OrgRef(i as u16),
                )
            })
            .collect(),
        |m, o| m.org == o,
        |o| f.orgs.contains(&o),
        Action::ToggleOrg,
    );
    let access = group_chips(
        d,
        s,
        Group::Access,
        Access::ALL
            .iter()
            .map(|&a| (a.slug().to_string(), a.label(lang), a))
            .collect(),
        |m, a| m.access.value() == Some(&a),
        |a| f.access.contains(&a),
        Action::ToggleAccess,
    );
    let modality = group_chips(
        d,
        s,
        Group::Modality,
        Modality::ALL
            .iter()
            .map(|&x| (x.slug().to_string(), x.label(lang), x))
            .collect(),
        |m, x| m.modality.value() == Some(&x),
        |x| f.modality.contains(&x),
        Action::ToggleModality,
    );
    let references = group_chips(
        d,
        s,
        Group::References,
        vec![(
            "references".to_string(),
            t(lang, Msg::ReferencesChip),
            !f.references,
        )],
        |_, _| true,
        |_| f.references,
        Action::SetReferences,
    );
    [
        (Group::Era, era),
        (Group::Kind, kinds),
        (Group::Org, orgs),
        (Group::Access, access),
        (Group::Modality, modality),
        (Group::References, references),
    ]
    .into_iter()
    .map(|(group, chips)| ChipGroup {
        group,
        title: group_title(lang, group),
        chips,
    })
    .collect()
}

/// When nothing matches: the active filter group whose removal brings back the most models.
pub fn group_to_loosen(d: &Dataset, s: &WidgetState) -> Option<Group> {
    let f = &s.filters;
    let active = [
        (Group::Kind, !f.kinds.is_empty()),
        (Group::Org, !f.orgs.is_empty()),
        (Group::Access, !f.access.is_empty()),
        (Group::Modality, !f.modality.is_empty()),
        (Group::Era, f.era != Era::DEFAULT),
    ];
    active
        .into_iter()
        .filter(|&(_, on)| on)
        .map(|(g, _)| (g, count_with(d, s, g, |_| true)))
        .filter(|&(_, n)| n > 0)
        .max_by_key(|&(_, n)| n)
        .map(|(g, _)| g)
}

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
pub struct Row {
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
) -> Row {
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
    Row {
        key,
        label: t(lang, label),
        value,
        unknown,
        provenance,
    }
}

/// The rows of a card, in reading order.
pub fn card_rows(d: &'static Dataset, m: &'static Model, lang: Lang) -> Vec<Row> {
    let model_name = |b: &Base| -> String {
        let name = match (b.model, &b.name) {
            (Some(r), _) => i18n::text(lang, &d.model(r).name).to_string(),
            (None, Some(n)) => n.to_string(),
            (None, None) => String::new(),
        };
        match b.relation {
            Relation::None => b.relation.label(lang).to_string(),
            rel => format!("{} {name}", rel.label(lang)),
        }
    };
    vec![
        row(d, lang, "released", Msg::Released, &m.released, |r| {
            let date = format::date(r.date, lang);
            match r.event {
                ReleaseEvent::Release => date,
                e => format!("{date} ({})", e.label(lang)),
            }
        }),
        row(d, lang, "params", Msg::Params, &m.params, |s| {
            i18n::sizes(lang, s)
        }),
        row(d, lang, "context", Msg::Context, &m.context, |&n| {
            i18n::context(lang, n)
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
        row(d, lang, "base", Msg::BaseModel, &m.base_model, model_name),
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

/// The highlight as one line: `KMMLU 62.1 (325억, 기본 모델) · 측정: 카카오 (자체 측정)`.
pub fn highlight_text(d: &Dataset, m: &Model, h: &Highlight, lang: Lang) -> String {
    match h {
        Highlight::Score(b) => {
            let size = b
                .size
                .map(|s| format!("{}, ", format::params(s, lang)))
                .unwrap_or_default();
            let by = i18n::text(lang, &d.org(b.measured_by).name);
            let own = if b.measured_by == m.org {
                format!(" ({})", t(lang, Msg::SelfReported))
            } else {
                String::new()
            };
            format!(
                "{} {} ({size}{}) · {}: {by}{own}",
                b.benchmark.name(),
                format::score(b.value),
                b.variant.label(lang),
                t(lang, Msg::MeasuredBy),
            )
        }
        Highlight::Claim(c) => {
            let when = format::date(c.date, lang);
            format!(
                "{} ({when}, {}: {})",
                i18n::text(lang, &c.text),
                t(lang, Msg::Claimed),
                c.by.label(lang)
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::dataset;
    use crate::state::reduce;

    #[test]
    fn chip_counts_are_what_the_chip_would_show() {
        let d = dataset();
        let s = WidgetState::default();
        let groups = chip_groups(d, &s);
        let access = groups.iter().find(|g| g.group == Group::Access).unwrap();
        for chip in &access.chips {
            let after = reduce(&s, chip.action.clone());
            assert_eq!(
                crate::filter::visible(d, &after).len(),
                chip.count,
                "{}",
                chip.key
            );
        }
    }

    #[test]
    fn unknown_values_read_undisclosed_with_a_reason() {
        let d = dataset();
        let m = d
            .models
            .iter()
            .find(|m| m.context.value().is_none())
            .expect("a model without context");
        let rows = card_rows(d, m, Lang::Ko);
        let ctx = rows.iter().find(|r| r.key == "context").unwrap();
        assert!(ctx.unknown.is_some());
        assert!(
            ["비공개", "확인 안 됨", "해당 없음"].contains(&ctx.value.as_str()),
            "{}",
            ctx.value
        );
        assert!(ctx.provenance.note.is_some_and(|n| !n.is_empty()));
    }

    #[test]
    fn loosening_suggests_a_group_that_brings_models_back() {
        let d = dataset();
        let mut s = WidgetState::default();
        // Video models from telecoms: none.
        s = reduce(&s, Action::ToggleKind(OrgKind::Telecom));
        s = reduce(&s, Action::ToggleModality(Modality::VideoLanguage));
        assert!(crate::filter::visible(d, &s).is_empty());
        assert!(group_to_loosen(d, &s).is_some());
    }
}
