//! The texts the row chart computes from its series — mark names, the lines under the chart
//! and its text summary — with every word taken from `crate::i18n`. Pure.

use super::series::{evaluators, NoMark, Series};
use super::spec::spec;
use crate::chart::row::{value_full, Row};
use crate::i18n::chart::{self as words, no_mark, ChartMsg, Summary};
use crate::i18n::{format, t};
use crate::model::Date;
use crate::settings::{Lang, Metric};

impl NoMark {
    /// The gap as the reader reads it (the same word the model's card uses).
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            NoMark::Missing(kind) => no_mark(lang, Some(kind)),
            NoMark::NoScore => no_mark(lang, None),
        }
    }
}

/// The accessible name of a mark: "EXAONE 3.5: 32B".
pub fn mark_label(row: &Row, lang: Lang) -> String {
    let own = row.measured.is_some_and(|m| m.self_reported);
    words::mark_name(lang, &row.label, &value_full(row.value, lang), own)
}

/// "비공개: GPT-4, GPT-4o" — one line per reason a model has no mark, in `NoMark` order.
pub fn unknown_lines(series: &Series, lang: Lang) -> Vec<String> {
    NoMark::ALL
        .into_iter()
        .filter(|&gap| series.unknown.iter().any(|u| u.gap == gap))
        .map(|gap| {
            let names: Vec<&str> = series
                .unknown
                .iter()
                .filter(|u| u.gap == gap)
                .map(|u| u.name.as_str())
                .collect();
            format!("{}: {}", gap.label(lang), names.join(", "))
        })
        .collect()
}

/// Notes under the chart: the log scale (only while it is drawn, `chart`), sizes, and that
/// several parties measured the scores.
pub fn notes(s: &Series, metric: Metric, chart: bool, lang: Lang) -> Vec<&'static str> {
    let Some(spec) = spec(metric) else {
        return Vec::new();
    };
    let drawn = spec.drawn_notes.iter().filter(|_| chart);
    let mixed =
        (spec.scores() && evaluators(&s.rows).len() > 1).then_some(&ChartMsg::MixedEvaluators);
    drawn
        .chain(spec.notes)
        .chain(mixed)
        .map(|&m| t(lang, m))
        .collect()
}

/// The note for a chart that left rows out (`None` when it drew every row).
pub fn dropped_line(series: &Series, metric: Metric, lang: Lang) -> Option<String> {
    (series.dropped > 0).then(|| {
        words::dropped(
            lang,
            series.rows.len(),
            series.dropped,
            spec(metric).is_some_and(|s| s.newest()),
        )
    })
}

/// The generated text summary for `<desc>`: what is drawn, and its extremes.
pub fn summary(series: &Series, metric: Metric, article: Date, lang: Lang) -> String {
    let rows = &series.rows;
    let (Some(first), Some(last)) = (rows.first(), rows.last()) else {
        return t(lang, words::ChartMsg::NoData).to_string();
    };
    let (first_v, last_v) = (value_full(first.value, lang), value_full(last.value, lang));
    let article = format::date(article, lang);
    words::summary(
        lang,
        &Summary {
            what: t(lang, metric),
            rows: rows.len(),
            references: rows.iter().filter(|r| r.reference).count(),
            first: (&first.label, &first_v),
            last: (&last.label, &last_v),
            article: spec(metric)
                .is_some_and(|s| s.axis == super::spec::Axis::Time)
                .then_some(article.as_str()),
            missing: series.unknown.len(),
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::rows::series::Unknown;
    use crate::model::{ModelRef, UnknownKind};

    #[test]
    fn unknown_lines_group_by_reason() {
        let u = |i, name: &str, gap| Unknown {
            model: ModelRef(i),
            name: name.into(),
            gap,
        };
        let s = Series {
            rows: vec![],
            unknown: vec![
                u(0, "GPT-4", NoMark::Missing(UnknownKind::Undisclosed)),
                u(1, "n3n-10B", NoMark::Missing(UnknownKind::NotFound)),
                u(2, "HyperCLOVA X", NoMark::Missing(UnknownKind::Undisclosed)),
            ],
            ..Default::default()
        };
        assert_eq!(
            unknown_lines(&s, Lang::Ko),
            ["비공개: GPT-4, HyperCLOVA X", "찾지 못함: n3n-10B"]
        );
        assert_eq!(
            unknown_lines(&s, Lang::En)[0],
            "Not disclosed: GPT-4, HyperCLOVA X"
        );
    }

    #[test]
    fn summary_names_the_extremes_and_the_gaps() {
        let d = crate::data::dataset();
        let ids = ["exaone-3-5", "midm", "gpt-4"].map(|id| d.find(id).unwrap());
        let s = crate::chart::rows::series::series_up_to(
            d,
            &ids,
            Metric::Params,
            Lang::En,
            crate::chart::rows::series::MAX_ROWS,
        );
        assert_eq!(
            summary(&s, Metric::Params, d.article.date, Lang::En),
            "Parameters of 2 models. Highest: EXAONE 3.5 (32B); lowest: Mi:dm (7B). \
             1 model without a value is listed below, not drawn."
        );
    }

    #[test]
    fn summary_of_nothing_says_so() {
        let s = Series::default();
        let d = Date::ymd(2025, 2, 6);
        assert_eq!(
            summary(&s, Metric::Params, d, Lang::En),
            t(Lang::En, words::ChartMsg::NoData)
        );
    }
}
