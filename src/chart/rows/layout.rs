//! The row chart placed: a series and a width in, every mark, label, tick and rule out, in px with
//! one decimal. Horizontal rows sorted by value, labels on the left, values labelled
//! directly. The component only draws what this returns. Pure.

use super::placed::{Placed, PlacedMark};
use super::series::Series;
use super::spec::{spec, Axis, Of};
use super::text::mark_label;
use crate::chart::fit::{text_width, wrap2};
use crate::chart::placed::*;
use crate::chart::row::{value_label, Row, Value};
use crate::chart::scale::{LinearScale, LogScale, TimeScale};
use crate::i18n::{format, paren, t, ChartMsg};
use crate::model::Date;
use crate::settings::{Lang, Metric};

/// Height of one row (the whole row is the mark's tap target).
pub const ROW_H: f64 = 32.0;
const VALUE_W: f64 = 62.0;
const BAR_H: f64 = 14.0;
const DOT_R: f64 = 5.0;

/// A scale's position function (domain number → px).
type Position = Box<dyn Fn(f64) -> f64>;

/// How the metric maps to x: the scale's position function and tick labels.
fn x_axis(
    rows: &[Row],
    metric: Metric,
    lang: Lang,
    range: (f64, f64),
    now: Date,
) -> (Position, Vec<(f64, String)>) {
    let count = ((range.1 - range.0) / 44.0).floor().max(2.0) as usize;
    let nums = rows.iter().map(|r| r.value.number());
    let lo = nums.clone().fold(f64::INFINITY, f64::min);
    let hi = nums.fold(f64::NEG_INFINITY, f64::max);
    let Some(spec) = spec(metric) else {
        return (Box::new(|v| v), Vec::new());
    };
    match spec.axis {
        Axis::Time => {
            let start = Date::ymd(2021, 1, 1);
            let first = rows.iter().filter_map(|r| date_of(r.value)).min();
            let last = rows.iter().filter_map(|r| date_of(r.value)).max();
            let a = first.map_or(start, |f| f.min(start));
            let b = last.map_or(now, |l| l.max(now));
            let s = TimeScale::new((a, b), range).nice();
            // A gridline every year, a label on as many as fit.
            let shown = s.ticks(count);
            let labels = s
                .ticks(usize::MAX)
                .into_iter()
                .map(|d| {
                    let text = if shown.contains(&d) {
                        d.year.to_string()
                    } else {
                        String::new()
                    };
                    (s.apply(d), text)
                })
                .collect();
            (Box::new(move |v| s.apply_days(v)), labels)
        }
        Axis::Log => {
            let s = LogScale::new((lo, hi), range).nice();
            // A gridline at every power of ten, a label on as many as fit.
            let shown = s.ticks(count);
            let labels = s
                .ticks(usize::MAX)
                .into_iter()
                .map(|v| {
                    let text = match spec.of {
                        _ if !shown.contains(&v) => String::new(),
                        Of::Params => format::params(v, lang),
                        _ => format::tokens_short(v as u32, lang),
                    };
                    (s.apply(v), text)
                })
                .collect();
            (Box::new(move |v| s.apply(v)), labels)
        }
        Axis::Percent => {
            let s = LinearScale::new((0.0, 100.0), range);
            let labels = s
                .ticks(count.min(5))
                .into_iter()
                .map(|v| (s.apply(v), format::decimal(v, 0)))
                .collect();
            (Box::new(move |v| s.apply(v)), labels)
        }
    }
}

fn date_of(v: Value) -> Option<Date> {
    match v {
        Value::Date(d) => Some(d),
        _ => None,
    }
}

/// Places `series` for `metric` in `width` px. `article` is the date of the rule on the
/// timeline; `now` is where the timeline ends at least.
pub fn layout(
    series: &Series,
    metric: Metric,
    lang: Lang,
    width: f64,
    article: Date,
    now: Date,
) -> Placed {
    let rows = &series.rows;
    // The gap view lays out its own chart (`chart::gap::layout`).
    let Some(spec) = spec(metric) else {
        return Placed::default();
    };
    if rows.is_empty() {
        return Placed::default();
    }
    let width = width.max(MIN_WIDTH).round();
    let timeline = spec.axis == Axis::Time;
    let label_w = (width * 0.32).clamp(88.0, 200.0).round();
    // Dates are labelled left of their dot (the timeline's left side is empty), so the
    // timeline needs no room on the right.
    let value_w = if timeline { 16.0 } else { VALUE_W };
    let (x0, x1) = (label_w + 10.0, width - value_w);
    let bars = spec.bars;
    let own = |r: &Row| r.measured.is_some_and(|m| m.self_reported);

    let mut kinds = vec![LegendKind::Korean];
    if rows.iter().any(|r| r.reference) {
        kinds.push(LegendKind::Global);
    }
    if timeline {
        kinds.push(LegendKind::Article);
    }
    if rows.iter().any(own) {
        kinds.push(LegendKind::SelfReported);
    }
    let (legend, legend_h) = place_legend(&kinds, lang, width);

    let axis_y = legend_h + 14.0;
    let top = axis_y + 8.0;
    let bottom = top + rows.len() as f64 * ROW_H;
    let height = bottom + if timeline { 22.0 } else { 6.0 };
    let (x_of, tick_labels) = x_axis(rows, metric, lang, (x0, x1), now);
    let ticks = tick_labels
        .into_iter()
        .map(|(x, text)| PlacedText {
            x: r1(x),
            y: r1(axis_y),
            anchor: Anchor::Middle,
            text,
        })
        .collect();

    let marks = rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let row_y = top + i as f64 * ROW_H;
            let cy = row_y + ROW_H / 2.0;
            // Not `clamp`: with bounds known only at run time its `min <= max` assert formats
            // f64s, which links float formatting (~16 KB of wasm). Here x0 < x1 always.
            let x = x_of(row.value.number()).max(x0).min(x1);
            let shape = if bars {
                Shape::Bar {
                    x: r1(x0),
                    y: r1(cy - BAR_H / 2.0),
                    w: r1(x - x0),
                    h: BAR_H,
                }
            } else if row.reference {
                Shape::Diamond {
                    cx: x,
                    cy,
                    r: DOT_R + 1.5,
                }
            } else {
                Shape::Dot {
                    cx: r1(x),
                    cy: r1(cy),
                    r: DOT_R,
                }
            };
            let lines = wrap2(&row.label, label_w - 4.0, FONT);
            let first_y = if lines.len() == 1 { cy + 4.0 } else { cy - 3.0 };
            let name = lines
                .into_iter()
                .enumerate()
                .map(|(j, text)| PlacedText {
                    x: label_w,
                    y: r1(first_y + j as f64 * 13.0),
                    anchor: Anchor::End,
                    text,
                })
                .collect();
            let gap = if bars { 4.0 } else { DOT_R + 4.0 };
            let text = value_label(row.value, own(row), lang);
            let left = timeline && x - x0 >= text_width(&text, FONT - 1.0) + gap + 2.0;
            PlacedMark {
                mark: Mark {
                    model: row.model,
                    reference: row.reference,
                    self_reported: own(row),
                    aria: mark_label(row, lang),
                },
                row_y: r1(row_y),
                shape,
                name,
                value: PlacedText {
                    x: r1(if left { x - gap } else { x + gap }),
                    y: r1(cy + 4.0),
                    anchor: if left { Anchor::End } else { Anchor::Start },
                    text,
                },
            }
        })
        .collect();

    let rule = timeline.then(|| {
        let x = r1(x_of(Value::Date(article).number()));
        let left = x > (x0 + x1) / 2.0;
        Rule {
            x,
            y0: r1(top - 4.0),
            y1: r1(bottom + 4.0),
            label: PlacedText {
                x: if left { x - 4.0 } else { x + 4.0 },
                y: r1(bottom + 16.0),
                anchor: if left { Anchor::End } else { Anchor::Start },
                text: paren(
                    lang,
                    t(lang, ChartMsg::ArticleLine),
                    &format::date_label(article, lang),
                ),
            },
        }
    });

    Placed {
        frame: Frame {
            width,
            height: r1(height),
            x0: r1(x0),
            x1: r1(x1),
            grid: (r1(axis_y + 4.0), r1(bottom)),
            ticks,
            legend,
        },
        marks,
        rule,
        guides: !bars,
    }
}

#[cfg(test)]
#[path = "layout_tests.rs"]
mod tests;
