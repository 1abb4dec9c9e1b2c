//! One figure, of either kind: what the chart block shows, computed once per [`Key`]. A
//! [`Figure`] is the row chart (a metric's series for the models given) or the gap chart (a
//! benchmark's comparison, with its words written once); both answer the same questions
//! (title, summary, details of a mark, notes, table, placement at a width) so the view asks
//! them without telling the kinds apart, and matches the kind once for what only one kind
//! has. A [`Drawing`] is a figure placed at a width. Pure.

use std::rc::Rc;

use super::detail::{detail, Detail};
use super::gap::{gap_series, layout::gap_layout, GapSeries};
use super::placed::Frame;
use super::row::Row;
use super::rows::text::{dropped_line, notes, summary, unknown_lines};
use super::rows::{layout, series::series_up_to, Series};
use super::svg::MarkState;
use super::{gap, rows};
use crate::i18n::{t, ChartMsg};
use crate::model::{BenchmarkId, Dataset, ModelRef};
use crate::settings::{Lang, Metric};

/// What a figure is made from: everything it depends on and nothing more, so a memo keyed by
/// it makes the figure again only when it would differ (the gap chart follows no filter).
#[derive(Clone, Debug, PartialEq)]
pub enum Key {
    Rows {
        models: Rc<[ModelRef]>,
        metric: Metric,
        /// The most rows drawn.
        limit: usize,
        lang: Lang,
    },
    Gap {
        bench: BenchmarkId,
        /// The comparison's slug; its default one when `None` or unknown.
        set: Option<String>,
        lang: Lang,
    },
}

impl Key {
    /// The key of `metric`'s figure: the gap view compares every model in the data, on
    /// `bench` and the comparison `set`; the other metrics draw at most `limit` of `models`.
    pub fn new(
        metric: Metric,
        models: Rc<[ModelRef]>,
        limit: usize,
        bench: BenchmarkId,
        set: Option<&str>,
        lang: Lang,
    ) -> Key {
        match metric {
            Metric::Gap => Key::Gap {
                bench,
                set: set.map(String::from),
                lang,
            },
            _ => Key::Rows {
                models,
                metric,
                limit,
                lang,
            },
        }
    }
}

/// The row chart's figure: a metric's series.
#[derive(Clone, Debug, PartialEq)]
pub struct RowsFigure {
    pub metric: Metric,
    pub series: Series,
}

/// The gap chart's figure: the comparison, its scores as rows (for the details of a point),
/// and its words as HTML, written once (`GapSeries::headline_html`, `figures_html`,
/// `how_html`).
#[derive(Clone, Debug, PartialEq)]
pub struct GapFigure {
    pub series: Rc<GapSeries>,
    pub rows: Vec<Row>,
    pub lead: Rc<str>,
    pub figures: Rc<str>,
    pub how: Rc<str>,
}

/// What the chart block shows.
#[derive(Clone, Debug, PartialEq)]
pub enum Figure {
    Rows(RowsFigure),
    Gap(GapFigure),
}

/// The lines under a figure.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Notes {
    /// Notes on the scale, the sizes and who measured.
    pub plain: Vec<&'static str>,
    /// How many rows a long chart left out.
    pub dropped: Option<String>,
    /// The models without a value, by reason.
    pub unknown: Vec<String>,
}

impl Figure {
    /// The figure `key` names. A gap view of a benchmark nothing is scored on is an empty
    /// chart (no row).
    pub fn of(d: &Dataset, key: &Key) -> Figure {
        match key {
            Key::Rows {
                models,
                metric,
                limit,
                lang,
            } => Figure::Rows(RowsFigure {
                metric: *metric,
                series: series_up_to(d, models, *metric, *lang, *limit),
            }),
            Key::Gap { bench, set, lang } => match gap_series(d, *bench, set.as_deref(), *lang) {
                Some(s) => Figure::Gap(GapFigure {
                    rows: s.rows(d),
                    lead: s.headline_html(*lang).into(),
                    figures: s.figures_html(d, *lang).into(),
                    how: s.how_html(d, *lang).into(),
                    series: Rc::new(s),
                }),
                None => Figure::Rows(RowsFigure {
                    metric: Metric::Gap,
                    series: Series::default(),
                }),
            },
        }
    }

    /// The rows behind the marks.
    fn rows(&self) -> &[Row] {
        match self {
            Figure::Rows(f) => &f.series.rows,
            Figure::Gap(f) => &f.rows,
        }
    }

    /// Nothing to draw.
    pub fn is_empty(&self) -> bool {
        self.rows().is_empty()
    }

    /// The figure's title (the drawing's `<title>` and the block's caption).
    pub fn title(&self, lang: Lang) -> &'static str {
        match self {
            Figure::Rows(f) => t(lang, f.metric),
            Figure::Gap(_) => t(lang, ChartMsg::GapTitle),
        }
    }

    /// The drawing's text summary (`<desc>`).
    pub fn summary(&self, d: &Dataset, lang: Lang) -> String {
        match self {
            Figure::Rows(f) => summary(&f.series, f.metric, d.article.date, lang),
            Figure::Gap(f) => f.series.summary(lang),
        }
    }

    /// What the mark of `model` explains, when it is drawn.
    pub fn detail(&self, d: &Dataset, model: ModelRef, lang: Lang) -> Option<Detail> {
        let row = self.rows().iter().find(|r| r.model == model)?;
        Some(detail(d, row, lang))
    }

    /// The lines under the figure: its notes (those on the drawing only while it is drawn,
    /// `chart`), how many rows it left out (once every row is asked for, `all_rows`), and the
    /// models without a value.
    pub fn notes(&self, chart: bool, all_rows: bool, lang: Lang) -> Notes {
        match self {
            Figure::Rows(f) => Notes {
                plain: notes(&f.series, f.metric, chart, lang),
                dropped: all_rows
                    .then(|| dropped_line(&f.series, f.metric, lang))
                    .flatten(),
                unknown: unknown_lines(&f.series, lang),
            },
            Figure::Gap(f) => Notes {
                plain: f
                    .series
                    .self_reported()
                    .then(|| t(lang, ChartMsg::GapSelfReported))
                    .into_iter()
                    .collect(),
                ..Notes::default()
            },
        }
    }

    /// The figure's numbers as HTML tables.
    pub fn table(&self, d: &Dataset, lang: Lang) -> String {
        match self {
            Figure::Rows(f) => rows::table::write(d, &f.series, f.metric, lang),
            Figure::Gap(f) => gap::table::write(d, &f.series, lang),
        }
    }

    /// The figure placed `width` px wide.
    pub fn place(&self, d: &Dataset, lang: Lang, width: f64) -> Drawing {
        match self {
            Figure::Rows(f) => Drawing::Rows(layout(
                &f.series,
                f.metric,
                lang,
                width,
                d.article.date,
                d.as_of,
            )),
            Figure::Gap(f) => Drawing::Gap(gap_layout(&f.series, lang, width)),
        }
    }
}

/// A figure placed at a width, ready to draw.
#[derive(Clone, Debug, PartialEq)]
pub enum Drawing {
    Rows(rows::placed::Placed),
    Gap(gap::placed::Placed),
}

impl Drawing {
    /// The frame: the drawing's size, its plot and its legend.
    pub fn frame(&self) -> &Frame {
        match self {
            Drawing::Rows(p) => &p.frame,
            Drawing::Gap(p) => &p.frame,
        }
    }

    /// The drawing as SVG text, titled `title` and described by `desc`.
    pub fn svg(&self, title: &str, desc: &str) -> String {
        match self {
            Drawing::Rows(p) => rows::svg::write(p, title, desc),
            Drawing::Gap(p) => gap::svg::write(p, title, desc),
        }
    }

    /// The state of each focusable mark, in drawing order, with `selected` selected (see
    /// `svg::mark_states`).
    pub fn mark_states(&self, selected: Option<ModelRef>) -> Vec<MarkState> {
        match self {
            Drawing::Rows(p) => rows::svg::mark_states(p, selected),
            Drawing::Gap(p) => gap::svg::mark_states(p, selected),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::dataset;

    fn all(d: &Dataset) -> Rc<[ModelRef]> {
        (0..d.models.len() as u16).map(ModelRef).collect()
    }

    #[test]
    fn the_gap_key_follows_no_filter() {
        let d = dataset();
        let mmlu = BenchmarkId::Mmlu;
        let a = Key::new(Metric::Gap, all(d), 10, mmlu, None, Lang::En);
        let b = Key::new(Metric::Gap, Rc::from([]), 100, mmlu, None, Lang::En);
        assert_eq!(a, b);
        let rows = Key::new(Metric::Params, all(d), 10, mmlu, None, Lang::En);
        let none = Key::new(Metric::Params, Rc::from([]), 10, mmlu, None, Lang::En);
        assert_ne!(rows, none);
    }

    #[test]
    fn either_kind_answers_the_same_questions() {
        let d = dataset();
        let mmlu = BenchmarkId::Mmlu;
        let gap = Figure::of(d, &Key::new(Metric::Gap, all(d), 10, mmlu, None, Lang::En));
        let Figure::Gap(g) = &gap else {
            panic!("the gap view is a gap figure")
        };
        assert!(g
            .lead
            .starts_with("<p class=\"kllm-chart__gap-big\">32 months</p>"));
        assert_eq!(gap.title(Lang::En), t(Lang::En, ChartMsg::GapTitle));
        let first = g.rows[0].model;
        assert_eq!(gap.detail(d, first, Lang::En).unwrap().title, "GPT-3");
        let notes = gap.notes(true, false, Lang::En);
        assert!(notes.dropped.is_none() && notes.unknown.is_empty());
        let placed = gap.place(d, Lang::En, 380.0);
        assert_eq!(placed.frame().width, 380.0);
        let states = placed.mark_states(Some(first));
        assert_eq!((states.len(), states[0].pressed), (19, "true"));

        let key = Key::new(Metric::Params, all(d), 10, mmlu, None, Lang::En);
        let rows = Figure::of(d, &key);
        let Figure::Rows(r) = &rows else {
            panic!("a metric is a row figure")
        };
        assert_eq!(r.series.rows.len(), 10);
        assert!(rows.table(d, Lang::En).contains("kllm-chart__table"));
        assert!(rows.detail(d, ModelRef(u16::MAX), Lang::En).is_none());
        let notes = rows.notes(true, true, Lang::En);
        assert!(notes.dropped.is_some() && !notes.unknown.is_empty());
        assert!(!notes.plain.is_empty());
    }
}
