//! The gap chart's series: the chosen comparison of a benchmark (see `crate::gap`) with its
//! figures at the article's date and at the data's date, the other comparisons the reader may
//! choose, and the compared models' names in the reader's language. Pure.

use crate::chart::row::{Measured, Row, Value};
use crate::gap::{self, Comparison, Figure, Point, Rests};
use crate::i18n::chart as words;
use crate::i18n::{format, text};
use crate::model::{BenchmarkId, Dataset, Date, ModelRef};
use crate::settings::Lang;

/// Everything the gap view shows for one benchmark.
#[derive(Clone, Debug, PartialEq)]
pub struct GapSeries {
    pub bench: BenchmarkId,
    pub comparison: Comparison,
    /// The comparison's stable name (share links).
    pub slug: String,
    /// The comparison's setting in the reader's language: `MMLU · 5-shot · base`.
    pub setting: String,
    /// The article's date and the figure then.
    pub article: (Date, Figure),
    /// The data's as-of date and the figure then.
    pub now: (Date, Figure),
    /// What each figure rests on: (at the article's date, now).
    pub rests: (Rests, Rests),
    /// The comparisons of this benchmark with a figure (the setting choice), as (slug, label);
    /// the shown one is among them even without a figure.
    pub choices: Vec<(String, String)>,
    /// The other comparisons of the benchmark with a figure: (setting, figure then, figure now).
    pub others: Vec<(String, String, String)>,
    /// Each compared model's label in the reader's language ([`point_label`]).
    pub names: Vec<(ModelRef, String)>,
}

/// A comparison's setting in words.
pub fn setting_label(d: &Dataset, c: &Comparison, lang: Lang) -> String {
    let p = &c.protocol;
    let owner = p.table.map(|tb| text(lang, &d.org(tb.measured_by).name));
    words::setting(lang, p.benchmark.name(), p.shots, p.cot, p.variant, owner)
}

/// A figure in a few words, for lists of comparisons.
pub fn short(f: &Figure, lang: Lang) -> String {
    match f {
        Figure::Behind {
            months, at_least, ..
        } => words::gap_short(lang, Some((*months, *at_least)), false),
        Figure::Ahead { .. } => words::gap_short(lang, None, true),
        Figure::None(_) => words::gap_short(lang, None, false),
    }
}

/// The gap view of `bench`, on the comparison named `slug` (else the default one); `None`
/// when nothing on the benchmark is scored.
pub fn gap_series(
    d: &Dataset,
    bench: BenchmarkId,
    slug: Option<&str>,
    lang: Lang,
) -> Option<GapSeries> {
    let all = gap::comparisons(d, bench);
    let at = slug
        .and_then(|s| all.iter().position(|c| c.protocol.slug(d) == s))
        .unwrap_or(0);
    let c = all.get(at)?.clone();
    let (article, now) = (d.article.date, d.as_of);
    let choices = all
        .iter()
        .enumerate()
        .filter(|&(i, c)| i == at || c.has_figure(now))
        .map(|(_, c)| (c.protocol.slug(d), setting_label(d, c, lang)))
        .collect();
    let others = all
        .iter()
        .enumerate()
        .filter(|&(i, c)| i != at && c.has_figure(now))
        .map(|(_, c)| {
            (
                setting_label(d, c, lang),
                short(&c.figure(article), lang),
                short(&c.figure(now), lang),
            )
        })
        .collect();
    let names = c
        .korean
        .iter()
        .chain(c.global.iter())
        .map(|p| (p.model, point_label(d, p, lang)))
        .collect();
    Some(GapSeries {
        names,
        bench,
        slug: c.protocol.slug(d),
        setting: setting_label(d, &c, lang),
        article: (article, c.figure(article)),
        now: (now, c.figure(now)),
        rests: (c.rests(article), c.rests(now)),
        comparison: c,
        choices,
        others,
    })
}

/// A model's name in the reader's language, with the measured size when the release has
/// several: `Kanana · 32.5B`.
pub fn point_label(d: &Dataset, p: &Point, lang: Lang) -> String {
    let m = d.model(p.model);
    let name = text(lang, &m.name).to_string();
    let sizes = m.params.value().map_or(0, |s| s.len());
    match p.size {
        Some(size) if sizes > 1 => format!("{name} · {}", format::params(size, lang)),
        _ => name,
    }
}

impl GapSeries {
    /// The point behind a step.
    pub fn point(&self, model: ModelRef) -> Option<&Point> {
        self.comparison
            .korean
            .iter()
            .chain(self.comparison.global.iter())
            .find(|p| p.model == model)
    }

    /// A compared model's label (empty for a model not in the comparison).
    pub fn name(&self, model: ModelRef) -> &str {
        self.names
            .iter()
            .find(|(m, _)| *m == model)
            .map_or("", |(_, n)| n.as_str())
    }

    /// Whether any score drawn is self-reported (the `*` note).
    pub fn self_reported(&self) -> bool {
        self.comparison.points(self.now.0).any(|p| p.self_reported)
    }

    /// The compared scores as chart rows (oldest first; Korean and global together), for the
    /// details of a tapped point and the table.
    pub fn rows(&self, d: &Dataset) -> Vec<Row> {
        let c = &self.comparison;
        let mut points: Vec<&Point> = c.korean.iter().chain(c.global.iter()).collect();
        crate::sort::sort_small(&mut points, |a, b| crate::gap::by_date(a, b));
        points
            .into_iter()
            .map(|p| {
                let m = d.model(p.model);
                Row {
                    model: p.model,
                    label: self.name(p.model).to_string(),
                    value: Value::Score(p.score),
                    reference: p.reference,
                    source: p.source,
                    status: p.status,
                    sizes: m.params.value().map_or(0, |s| s.len()),
                    measured: Some(Measured {
                        by: p.measured_by,
                        self_reported: p.self_reported,
                        variant: c.protocol.variant,
                        size: p.size,
                    }),
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::dataset;

    #[test]
    fn a_share_link_names_a_comparison_by_slug() {
        let d = dataset();
        let c = gap_series(d, BenchmarkId::Mmlu, Some("instruct.0shot.cot"), Lang::En).unwrap();
        assert_eq!(
            c.comparison.protocol.variant,
            crate::model::Variant::Instruct
        );
        let default = gap_series(d, BenchmarkId::Mmlu, Some("no-such-set"), Lang::En).unwrap();
        assert_eq!(default.slug, "base.5shot");
        let arc = gap_series(d, BenchmarkId::Arc, None, Lang::En).unwrap();
        assert!(!arc.comparison.has_figure(d.as_of));
    }

    #[test]
    fn rows_carry_every_compared_score_oldest_first() {
        let d = dataset();
        let s = gap_series(d, BenchmarkId::Mmlu, None, Lang::En).unwrap();
        let rows = s.rows(d);
        assert_eq!(rows.len(), 19);
        assert_eq!(rows[0].label, "GPT-3");
        assert!(rows.windows(2).all(|w| {
            let (a, b) = (s.point(w[0].model).unwrap(), s.point(w[1].model).unwrap());
            a.date <= b.date
        }));
    }
}
