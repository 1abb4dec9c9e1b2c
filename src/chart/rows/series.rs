//! Series: the dataset's models turned into one row per mark for a metric, plus the models
//! that have no value for it (listed under the chart, never drawn as zero). Pure.

use super::spec::{spec, Axis, Of};
use crate::chart::row::{Measured, Row, Value};
use crate::filter::Set;
use crate::model::{Dataset, Fact, Model, ModelRef, OrgRef, Status, UnknownKind, Variant};
use crate::settings::{Lang, Metric};

/// Why a model has no mark.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum NoMark {
    /// The value is unknown, for the reason the dataset gives (not disclosed, not found, not
    /// applicable).
    Missing(UnknownKind),
    /// No score on this benchmark in the dataset.
    NoScore,
}

impl NoMark {
    /// Every gap, in the order the lines under the chart use.
    pub const ALL: [NoMark; 4] = [
        NoMark::Missing(UnknownKind::Undisclosed),
        NoMark::Missing(UnknownKind::NotFound),
        NoMark::Missing(UnknownKind::NotApplicable),
        NoMark::NoScore,
    ];
}

/// A model listed under the chart instead of drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct Unknown {
    pub model: ModelRef,
    pub name: String,
    pub gap: NoMark,
}

/// Everything the chart shows for one metric.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Series {
    pub rows: Vec<Row>,
    pub unknown: Vec<Unknown>,
    /// Rows left out because there were more than [`MAX_ROWS`] (see [`series`]).
    pub dropped: usize,
}

/// The most rows a chart draws. Past this a chart is a wall of rows (and a phone spends more
/// time drawing it than a reader spends reading it): the chart keeps the rows that matter
/// most for its metric and says how many it left out. The dataset has fewer models (81 on
/// 6 December 2026), so "show all rows" shows every one.
pub const MAX_ROWS: usize = 100;

fn name(m: &Model, lang: Lang) -> String {
    crate::i18n::text(lang, &m.name).to_string()
}

fn gap_of<T: Clone>(fact: &Fact<T>) -> NoMark {
    match fact {
        Fact::Unknown(missing) => NoMark::Missing(missing.kind),
        // A known value always makes a row; a row refused for another cause has no source.
        Fact::Known(_) => NoMark::Missing(UnknownKind::NotFound),
    }
}

/// Orders benchmark entries by how well sourced they are: measured by someone other than
/// the developer, then verified before disputed, claimed and unverified, then the instruct
/// checkpoint (what readers use), then the largest size.
fn source_rank(m: &Model, b: &crate::model::Benchmark) -> (bool, u8, u8, i64) {
    let status = match b.status {
        Status::Verified => 0,
        Status::Disputed => 1,
        Status::Claimed => 2,
        Status::Unverified => 3,
    };
    let variant = match b.variant {
        Variant::Instruct => 0,
        Variant::Reasoning => 1,
        Variant::Base => 2,
    };
    let size = -(b.size.unwrap_or(0.0) * 100.0) as i64;
    (b.measured_by == m.org, status, variant, size)
}

/// The row (or the gap) of model `r` for `metric`.
fn row_for(
    d: &Dataset,
    r: ModelRef,
    metric: Metric,
    lang: Lang,
    size_label: &dyn Fn(f64) -> String,
) -> Result<Row, NoMark> {
    let m = d.model(r);
    let row = |value, source, status| Row {
        model: r,
        label: name(m, lang),
        value,
        reference: m.reference,
        source,
        status,
        sizes: m.params.value().map_or(0, |s| s.len()),
        measured: None,
    };
    // The gap view has its own series (`chart::gap`): no rows here.
    let Some(spec) = spec(metric) else {
        return Err(NoMark::NoScore);
    };
    let bench = match spec.of {
        Of::Released => {
            return match &m.released {
                Fact::Known(k) => Ok(row(Value::Date(k.value.date), k.source, k.status)),
                gap => Err(gap_of(gap)),
            }
        }
        Of::Params => {
            let largest = m.largest_params().ok_or_else(|| gap_of(&m.params))?;
            return match &m.params {
                Fact::Known(k) => Ok(row(Value::Billions(largest), k.source, k.status)),
                gap => Err(gap_of(gap)),
            };
        }
        Of::Context => {
            return match &m.context {
                Fact::Known(k) => Ok(row(Value::Tokens(k.value), k.source, k.status)),
                gap => Err(gap_of(gap)),
            }
        }
        Of::Score(bench) => bench,
    };
    let best = m
        .benchmarks
        .iter()
        .filter(|b| b.benchmark == bench)
        .min_by_key(|b| source_rank(m, b))
        .ok_or(NoMark::NoScore)?;
    let mut out = row(Value::Score(best.value), best.source, best.status);
    if let (Some(size), true) = (best.size, out.sizes > 1) {
        out.label = format!("{} · {}", out.label, size_label(size));
    }
    out.measured = Some(Measured {
        by: best.measured_by,
        self_reported: best.measured_by == m.org,
        variant: best.variant,
        size: best.size,
    });
    Ok(out)
}

/// One row per model that has a value for `metric`, sorted by value (largest first; the
/// timeline oldest first), ties by label; the others as unknowns in the given order; with at
/// most `limit` rows (at most [`MAX_ROWS`]): the newest on the timeline,
/// the largest values elsewhere; `dropped` counts the others.
pub fn series_up_to(
    d: &Dataset,
    models: &[ModelRef],
    metric: Metric,
    lang: Lang,
    limit: usize,
) -> Series {
    let limit = limit.min(MAX_ROWS);
    let size_label = |b: f64| crate::i18n::format::params(b, lang);
    let mut out = Series::default();
    for &r in models {
        match row_for(d, r, metric, lang, &size_label) {
            Ok(row) => out.rows.push(row),
            Err(gap) => out.unknown.push(Unknown {
                model: r,
                name: name(d.model(r), lang),
                gap,
            }),
        }
    }
    sort_rows(&mut out.rows, metric);
    if out.rows.len() > limit {
        // The newest releases on the timeline (oldest first), the largest values elsewhere.
        out.dropped = out.rows.len() - limit;
        if spec(metric).is_some_and(|s| s.newest()) {
            keep_newest(&mut out.rows, limit)
        } else {
            out.rows.truncate(limit)
        }
    }
    out
}

/// Keeps the newest `limit` of the timeline's rows (sorted oldest first), with Korean and
/// global releases side by side: up to half of them global references, the rest Korean
/// (and the other side's share when one side has fewer), so a short timeline still sets the
/// newest Korean models beside the newest global ones.
fn keep_newest(rows: &mut Vec<Row>, limit: usize) {
    let globals = rows.iter().filter(|r| r.reference).count();
    let koreans = rows.len() - globals;
    let keep_global = globals.min(limit / 2).max(limit.saturating_sub(koreans));
    let keep_korean = limit - keep_global;
    let (mut seen_global, mut seen_korean) = (0, 0);
    // Walk from the newest, then restore the oldest-first order.
    let mut kept: Vec<Row> = Vec::with_capacity(limit);
    for row in rows.drain(..).rev() {
        let (seen, keep) = if row.reference {
            (&mut seen_global, keep_global)
        } else {
            (&mut seen_korean, keep_korean)
        };
        if *seen < keep {
            *seen += 1;
            kept.push(row);
        }
    }
    kept.reverse();
    *rows = kept;
}

/// Sorts rows by value: the timeline oldest first, every other metric largest first.
pub fn sort_rows(rows: &mut [Row], metric: Metric) {
    // The standard (merge) sort, not `sort_small`: a chart of a long filtered list sorts
    // hundreds of rows, and an insertion sort of them took most of a chip tap's time.
    let oldest_first = spec(metric).is_some_and(|s| s.axis == Axis::Time);
    rows.sort_by(|a, b| {
        let (x, y) = (a.value.number(), b.value.number());
        let o = if oldest_first {
            x.total_cmp(&y)
        } else {
            y.total_cmp(&x)
        };
        o.then_with(|| a.label.cmp(&b.label))
    });
}

/// The distinct parties that measured the rows' scores (empty for other metrics).
pub fn evaluators(rows: &[Row]) -> Vec<OrgRef> {
    let by: Set<OrgRef> = rows
        .iter()
        .filter_map(|r| r.measured.map(|m| m.by))
        .collect();
    by.iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Date;

    /// Every row the chart may draw ([`MAX_ROWS`] at most).
    fn series(d: &Dataset, models: &[ModelRef], metric: Metric, lang: Lang) -> Series {
        series_up_to(d, models, metric, lang, MAX_ROWS)
    }
    use crate::data::dataset;

    fn refs(ids: &[&str]) -> Vec<ModelRef> {
        ids.iter().map(|id| dataset().find(id).unwrap()).collect()
    }

    #[test]
    fn undisclosed_parameters_are_listed_not_drawn() {
        let s = series(
            dataset(),
            &refs(&["gpt-4", "exaone-3-5"]),
            Metric::Params,
            Lang::En,
        );
        assert_eq!(s.rows.len(), 1);
        assert_eq!(s.rows[0].value, Value::Billions(32.0));
        assert_eq!(s.rows[0].sizes, 3);
        assert_eq!(s.unknown.len(), 1);
        assert_eq!(s.unknown[0].gap, NoMark::Missing(UnknownKind::Undisclosed));
        assert_eq!(s.unknown[0].name, "GPT-4");
    }

    #[test]
    fn prefers_an_independent_score_over_a_self_reported_one() {
        let s = series(dataset(), &refs(&["gpt-4o"]), Metric::Mmlu, Lang::En);
        let row = &s.rows[0];
        assert_eq!(row.value, Value::Score(87.2));
        assert!(!row.measured.unwrap().self_reported);
    }

    #[test]
    fn one_score_per_model_labelled_with_its_size() {
        let s = series(dataset(), &refs(&["kanana"]), Metric::Kmmlu, Lang::En);
        assert_eq!(s.rows.len(), 1);
        assert_eq!(s.rows[0].value, Value::Score(64.19));
        assert_eq!(s.rows[0].label, "Kanana · 32.5B");
        let m = s.rows[0].measured.unwrap();
        assert!(m.self_reported);
        assert_eq!(m.variant, Variant::Instruct);
    }

    #[test]
    fn models_without_a_score_are_unknown() {
        let s = series(dataset(), &refs(&["solar-10-7b"]), Metric::Kmmlu, Lang::Ko);
        assert!(s.rows.is_empty());
        assert_eq!(s.unknown[0].gap, NoMark::NoScore);
    }

    #[test]
    fn timeline_is_oldest_first_and_year_only_dates_sit_mid_year() {
        let s = series(
            dataset(),
            &refs(&["exaone-3-5", "gpt-4", "hyperclova"]),
            Metric::Timeline,
            Lang::En,
        );
        let ids: Vec<_> = s.rows.iter().map(|r| r.label.as_str()).collect();
        assert_eq!(ids, ["HyperCLOVA", "GPT-4", "EXAONE 3.5"]);
        assert!(s.rows[1].reference);
        assert_eq!(
            Value::Date(Date::ymd(2024, 0, 0)).number(),
            Date::ymd(2024, 7, 1).days_since_epoch() as f64
        );
    }

    #[test]
    fn a_short_timeline_keeps_the_newest_of_both_sides() {
        let d = dataset();
        let all: Vec<ModelRef> = (0..d.models.len() as u16).map(ModelRef).collect();
        let full = series(d, &all, Metric::Timeline, Lang::En);
        let short = series_up_to(d, &all, Metric::Timeline, Lang::En, 10);
        assert_eq!(short.rows.len(), 10);
        assert_eq!(short.dropped, full.rows.len() - 10);
        let globals = short.rows.iter().filter(|r| r.reference).count();
        let all_globals = full.rows.iter().filter(|r| r.reference).count();
        assert_eq!(globals, all_globals.min(5));
        // Oldest first, and each side's rows are its newest.
        assert!(short
            .rows
            .windows(2)
            .all(|w| w[0].value.number() <= w[1].value.number()));
        for side in [true, false] {
            let newest = full.rows.iter().filter(|r| r.reference == side).rev();
            let kept = short.rows.iter().filter(|r| r.reference == side).rev();
            for (a, b) in kept.zip(newest) {
                assert_eq!(a.model, b.model);
            }
        }
    }

    #[test]
    fn empty_input_gives_an_empty_series() {
        assert_eq!(
            series(dataset(), &[], Metric::Context, Lang::Ko),
            Series::default()
        );
    }

    #[test]
    fn long_lists_keep_the_newest_or_largest_rows() {
        let d = dataset();
        let all: Vec<ModelRef> = (0..d.models.len() as u16).map(ModelRef).collect();
        // The real dataset is below the cap: nothing dropped.
        assert_eq!(series(d, &all, Metric::Timeline, Lang::En).dropped, 0);
        // Repeat the models past the cap.
        let many: Vec<ModelRef> = all.iter().copied().cycle().take(MAX_ROWS * 3).collect();
        let full_dates = series(d, &all, Metric::Timeline, Lang::En);
        let t = series(d, &many, Metric::Timeline, Lang::En);
        assert_eq!(t.rows.len(), MAX_ROWS);
        let dated = many
            .iter()
            .filter(|r| full_dates.rows.iter().any(|x| x.model == **r))
            .count();
        assert_eq!(t.dropped, dated - MAX_ROWS);
        assert_eq!(
            t.rows.last().map(|r| r.value),
            full_dates.rows.last().map(|r| r.value),
            "the newest stays"
        );
        let p = series(d, &many, Metric::Params, Lang::En);
        let full_params = series(d, &all, Metric::Params, Lang::En);
        assert_eq!(p.rows.len(), MAX_ROWS);
        assert_eq!(
            p.rows[0].value, full_params.rows[0].value,
            "the largest stays"
        );
    }
}
