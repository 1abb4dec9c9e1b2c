//! What each metric of the row chart is, in one exhaustive table: the value a row holds, the
//! axis, bars or dots, whether the rows are scores (whose table names who measured them), the
//! notes under the chart and which rows a short chart keeps. The series, the layout, the
//! table and the chart block all read it, so a new metric is one row here and its words
//! (`i18n::labels`); the compiler finds the rest. The gap view is a chart of its own
//! (`chart::gap`): it has no row. Pure.

use crate::i18n::ChartMsg;
use crate::model::BenchmarkId;
use crate::settings::Metric;

/// What a row of the chart holds for its model.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Of {
    /// The release date.
    Released,
    /// The largest size, billions of parameters.
    Params,
    /// The context window, tokens.
    Context,
    /// The model's best-sourced score on a benchmark.
    Score(BenchmarkId),
}

/// How values map to the x axis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Axis {
    /// Dates, a gridline a year; rows oldest first, the article's date drawn as a rule.
    Time,
    /// Powers of ten (sizes and lengths span four orders of magnitude).
    Log,
    /// 0 to 100.
    Percent,
}

/// One metric of the row chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Spec {
    pub of: Of,
    pub axis: Axis,
    /// Bars from zero (scores) rather than dots.
    pub bars: bool,
    /// Notes under the chart, and those only while it is drawn (not shown as a table).
    pub notes: &'static [ChartMsg],
    pub drawn_notes: &'static [ChartMsg],
}

impl Spec {
    /// The rows are benchmark scores: the table names who measured each, the chart says so
    /// when several parties did.
    pub const fn scores(&self) -> bool {
        matches!(self.of, Of::Score(_))
    }

    /// A short chart keeps the newest rows (the timeline) rather than the largest values.
    pub const fn newest(&self) -> bool {
        matches!(self.axis, Axis::Time)
    }
}

/// The spec of `metric`; `None` for the gap view, which draws a chart of its own.
pub fn spec(metric: Metric) -> Option<Spec> {
    let score = |b| Spec {
        of: Of::Score(b),
        axis: Axis::Percent,
        bars: true,
        notes: &[],
        drawn_notes: &[],
    };
    Some(match metric {
        Metric::Gap => return None,
        Metric::Timeline => Spec {
            of: Of::Released,
            axis: Axis::Time,
            bars: false,
            notes: &[],
            drawn_notes: &[],
        },
        Metric::Params => Spec {
            of: Of::Params,
            axis: Axis::Log,
            bars: false,
            notes: &[ChartMsg::LargestSize],
            drawn_notes: &[ChartMsg::LogScale],
        },
        Metric::Context => Spec {
            of: Of::Context,
            axis: Axis::Log,
            bars: false,
            notes: &[],
            drawn_notes: &[ChartMsg::LogScale],
        },
        Metric::Kmmlu => score(BenchmarkId::Kmmlu),
        Metric::Mmlu => score(BenchmarkId::Mmlu),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_metric_but_the_gap_view_has_a_row() {
        for &m in Metric::ALL {
            assert_eq!(spec(m).is_none(), m == Metric::Gap, "{m:?}");
        }
        let k = spec(Metric::Kmmlu).unwrap();
        assert!(k.scores() && k.bars && !k.newest());
        assert_eq!(k.of, Of::Score(BenchmarkId::Kmmlu));
        assert!(spec(Metric::Timeline).unwrap().newest());
    }
}
