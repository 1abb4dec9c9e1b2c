//! The gap chart placed: release date across, score up, every compared score as a point
//! (Korean dots, global diamonds), each side's best score so far as a step line, the
//! article's date as a rule, and the gap as a labelled horizontal bracket between the step
//! lines at the height of Korea's best score. The SVG writer only draws what this returns.
//! Pure.

use super::placed::{Bracket, Placed, PlacedPoint, StepLine, YTick};
use super::GapSeries;
use crate::chart::fit::text_width;
use crate::chart::placed::*;
use crate::chart::scale::{LinearScale, TimeScale};
use crate::gap::{best_so_far, Figure, Point, Step};
use crate::i18n::chart::{bracket, mark_name};
use crate::i18n::{format, paren, t, ChartMsg};
use crate::model::Date;
use crate::settings::Lang;

const DOT_R: f64 = 5.0;
/// Radius of a point's hit area: 24 px across, the smallest target WCAG 2.2 asks for.
const HIT_R: f64 = 12.0;
/// Room left of the plot for the score labels.
const LEFT: f64 = 34.0;
/// Height of the plot area, px.
const PLOT_H: f64 = 200.0;

/// The corners of a step line through `steps`, continued flat to `end_x`.
fn corners(
    steps: &[Step],
    x: &dyn Fn(Date) -> f64,
    y: &dyn Fn(f64) -> f64,
    end_x: f64,
) -> Vec<(f64, f64)> {
    let mut out: Vec<(f64, f64)> = Vec::new();
    for s in steps {
        let (sx, sy) = (r1(x(s.date)), r1(y(s.score)));
        if let Some(&(_, last_y)) = out.last() {
            out.push((sx, last_y));
        }
        out.push((sx, sy));
    }
    if let Some(&(lx, ly)) = out.last() {
        if end_x > lx {
            out.push((r1(end_x), ly));
        }
    }
    out
}

/// Places the gap view of `s` in `width` px.
pub fn gap_layout(s: &GapSeries, lang: Lang, width: f64) -> Placed {
    let c = &s.comparison;
    let (article, now) = (s.article.0, s.now.0);
    // Oldest first across both sides: the order the arrow keys move through the points.
    let mut points: Vec<&Point> = c.points(now).collect();
    crate::sort::sort_small(&mut points, |a, b| crate::gap::by_date(a, b));
    if points.is_empty() {
        return Placed::default();
    }
    let width = width.max(MIN_WIDTH).round();
    let mut kinds = vec![LegendKind::Korean];
    if !c.global.is_empty() {
        kinds.push(LegendKind::Global);
    }
    // Self-reported points are drawn paler; the note under the chart says so (there is no
    // `*` in this drawing for the legend to explain).
    // The article's rule is labelled where it stands: no legend entry.
    kinds.push(LegendKind::BestSoFar);
    let (legend, legend_h) = place_legend(&kinds, lang, width);

    // The plot: room above for the article's label, below for the years.
    let top = legend_h + 26.0;
    // One height at every width: a drawing whose height followed its width would make an
    // auto-height iframe and its scrollbar chase each other (a width change → a new height →
    // a scrollbar → a width change), which Firefox reports as a ResizeObserver loop error.
    let plot_h = PLOT_H;
    let bottom = top + plot_h;
    let height = bottom + 24.0;
    let (x0, x1) = (LEFT, width - 18.0);

    let first = points
        .iter()
        .map(|p| p.date)
        .min()
        .unwrap_or(article)
        .min(article);
    let time = TimeScale::new((first, now), (x0, x1)).nice();
    let x = |dt: Date| time.apply(dt);
    let lo = points.iter().map(|p| p.score).fold(f64::INFINITY, f64::min);
    let hi = points
        .iter()
        .map(|p| p.score)
        .fold(f64::NEG_INFINITY, f64::max);
    let count = ((plot_h / 40.0).floor() as usize).max(2);
    let score = LinearScale::new((lo, hi), (bottom - 8.0, top + 8.0)).nice(count);
    let y = |v: f64| score.apply(v);

    let year_count = ((x1 - x0) / 44.0).floor().max(2.0) as usize;
    let shown = time.ticks(year_count);
    let ticks = time
        .ticks(usize::MAX)
        .into_iter()
        .map(|dt| PlacedText {
            x: r1(x(dt)),
            y: r1(bottom + 16.0),
            anchor: Anchor::Middle,
            text: if shown.contains(&dt) {
                dt.year.to_string()
            } else {
                String::new()
            },
        })
        .collect();
    let yticks = score
        .ticks(count)
        .into_iter()
        .map(|v| YTick {
            y: r1(y(v)),
            label: PlacedText {
                x: r1(x0 - 4.0),
                y: r1(y(v) + 4.0),
                anchor: Anchor::End,
                text: format::decimal(v, 0),
            },
        })
        .collect();

    let up_to_now =
        |ps: &[Point]| -> Vec<Point> { ps.iter().filter(|p| p.date <= now).copied().collect() };
    let steps = [(false, &c.korean), (true, &c.global)]
        .into_iter()
        .map(|(reference, side)| StepLine {
            reference,
            corners: corners(&best_so_far(&up_to_now(side)), &x, &y, x(now)),
        })
        .filter(|l| !l.corners.is_empty())
        .collect();

    let placed_points = points
        .iter()
        .map(|p| {
            let (px, py) = (x(p.date), y(p.score));
            let label = s.name(p.model);
            let when = format::month(p.date, lang);
            PlacedPoint {
                mark: Mark {
                    model: p.model,
                    reference: p.reference,
                    self_reported: p.self_reported,
                    // "Motif 2 12.7B: 78.1, Nov 2025 (self-reported)": the model before the
                    // colon, as the details panel titles it.
                    aria: mark_name(
                        lang,
                        label,
                        &format!("{}, {when}", format::score(p.score)),
                        p.self_reported,
                    ),
                },
                shape: if p.reference {
                    Shape::Diamond {
                        cx: px,
                        cy: py,
                        r: DOT_R + 1.5,
                    }
                } else {
                    Shape::Dot {
                        cx: r1(px),
                        cy: r1(py),
                        r: DOT_R,
                    }
                },
                hit: (r1(px), r1(py), HIT_R),
            }
        })
        .collect();

    // The brackets: one per moment with Korea behind, drawn like a dimension line: ticks
    // rise from the two step lines at the height of Korea's best score to a line a little
    // above it (now) or below it (at the article's date, whose best is never higher), with
    // the label beyond. One bracket when both moments give the same figure.
    let behind = |f: &Figure| match *f {
        Figure::Behind {
            korean,
            global,
            months,
            at_least,
        } => Some((korean, global, months, at_least)),
        _ => None,
    };
    let (then, today) = (behind(&s.article.1), behind(&s.now.1));
    let same = then.is_some() && then == today;
    let two = !same && then.is_some() && today.is_some();
    let mut brackets = Vec::new();
    for (is_article, fig) in [(true, then), (false, today)] {
        let Some((k, g, months, at_least)) = fig else {
            continue;
        };
        let (bx0, bx1, level) = (x(g.date), x(k.date), y(k.score));
        if same && is_article || bx1 - bx0 < 2.0 {
            continue;
        }
        let below = two && is_article;
        let line_y = if below { level + 8.0 } else { level - 8.0 };
        let text = bracket(lang, months, at_least, two.then_some(is_article));
        let w = text_width(&text, FONT);
        // Over (or under) the bracket when it is wide enough, else beside it: right of the
        // Korean end, or left of the global end when the right has no room.
        let label = if w + 8.0 <= bx1 - bx0 {
            PlacedText {
                x: r1(((bx0 + bx1) / 2.0).max(x0 + w / 2.0).min(x1 - w / 2.0)),
                y: r1(if below { line_y + 14.0 } else { line_y - 5.0 }),
                anchor: Anchor::Middle,
                text,
            }
        } else if bx1 + 6.0 + w <= width {
            PlacedText {
                x: r1(bx1 + 6.0),
                y: r1(line_y + 4.0),
                anchor: Anchor::Start,
                text,
            }
        } else {
            PlacedText {
                x: r1(bx0 - 6.0),
                y: r1(line_y + 4.0),
                anchor: Anchor::End,
                text,
            }
        };
        brackets.push(Bracket {
            x0: r1(bx0),
            x1: r1(bx1),
            y: r1(level),
            line_y: r1(line_y),
            label,
            at_least,
        });
    }
    // Name the two models of the headline figure (now, else at the article's date): the
    // global one left of its diamond, the Korean one under its dot (its step line runs on to
    // the right).
    let mut labels = Vec::new();
    if let Some((k, g, ..)) = today.or(then) {
        let name = s.name(g.model).to_string();
        let gx = x(g.date) - DOT_R - 5.0;
        let gx = gx.max(x0 + text_width(&name, FONT - 1.0));
        labels.push(PlacedText {
            x: r1(gx),
            y: r1(y(g.score) + 4.0),
            anchor: Anchor::End,
            text: name,
        });
        let name = s.name(k.model).to_string();
        let kx = (x(k.date) - 4.0).min(x1 - text_width(&name, FONT - 1.0));
        labels.push(PlacedText {
            x: r1(kx),
            y: r1(y(k.score) + 20.0),
            anchor: Anchor::Start,
            text: name,
        });
    }

    // The article's date: its label right of the rule, or left of it when it would not fit.
    let ax = r1(x(article));
    let text = paren(
        lang,
        t(lang, ChartMsg::ArticleLine),
        &format::date_label(article, lang),
    );
    // The label is bold: a tenth wider than the estimate for regular text.
    let fits_right = ax + 4.0 + text_width(&text, FONT) * 1.1 <= width;
    let rule = Some(Rule {
        x: ax,
        y0: r1(top - 4.0),
        y1: r1(bottom),
        label: PlacedText {
            x: if fits_right { ax + 4.0 } else { ax - 4.0 },
            y: r1(top - 8.0),
            anchor: if fits_right {
                Anchor::Start
            } else {
                Anchor::End
            },
            text,
        },
    });

    Placed {
        frame: Frame {
            width,
            height: r1(height),
            x0: r1(x0),
            x1: r1(x1),
            grid: (r1(top), r1(bottom)),
            ticks,
            legend,
        },
        yticks,
        steps,
        rule,
        brackets,
        labels,
        points: placed_points,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::gap::gap_series;
    use crate::data::dataset;
    use crate::model::BenchmarkId;

    #[test]
    fn the_bracket_spans_the_step_lines_at_the_korean_best() {
        let d = dataset();
        let s = gap_series(d, BenchmarkId::Mmlu, None, Lang::En).unwrap();
        let p = gap_layout(&s, Lang::En, 380.0);
        assert_eq!(p.points.len(), 19);
        assert_eq!(
            p.brackets.len(),
            1,
            "no figure at the article's date: one bracket"
        );
        let b = &p.brackets[0];
        assert_eq!(b.label.text, "32 months");
        assert!(!b.at_least);
        // It starts on the global step line's rise (GPT-4) and ends on the Korean one's
        // (Motif 2), at the Korean best.
        let rise = |reference: bool| {
            let line = p.steps.iter().find(|l| l.reference == reference).unwrap();
            line.corners
                .windows(2)
                .filter(|w| w[0].0 == w[1].0 && w[1].1 <= b.y && w[0].1 >= b.y)
                .map(|w| w[0].0)
                .collect::<Vec<_>>()
        };
        assert_eq!(rise(true), [b.x0]);
        assert_eq!(rise(false), [b.x1]);
        assert!(b.x0 < b.x1 && b.x0 >= p.frame.x0 && b.x1 <= p.frame.x1);
        // Every point sits inside the plot, and the hit areas are 24 px across.
        for pt in &p.points {
            let (cx, cy, r) = pt.hit;
            assert!(
                cx >= p.frame.x0
                    && cx <= p.frame.x1
                    && cy >= p.frame.grid.0
                    && cy <= p.frame.grid.1,
                "{pt:?}"
            );
            assert_eq!(r, 12.0);
        }
        assert_eq!(p.labels.len(), 2);
    }

    #[test]
    fn two_moments_two_brackets_when_they_differ() {
        let d = dataset();
        // KMMLU, 5-shot base: no figure at the article's date — one bracket, no moment prefix.
        let s = gap_series(d, BenchmarkId::Kmmlu, None, Lang::Ko).unwrap();
        let p = gap_layout(&s, Lang::Ko, 320.0);
        assert_eq!(p.brackets.len(), 1);
        assert_eq!(p.brackets[0].label.text, "15개월");
        // MMLU, 0-shot CoT, instruction-tuned: two lower bounds, then and now, each labelled
        // with its moment and drawn as a lower bound.
        let s = gap_series(d, BenchmarkId::Mmlu, Some("instruct.0shot.cot"), Lang::Ko).unwrap();
        let p = gap_layout(&s, Lang::Ko, 320.0);
        let labels: Vec<&str> = p.brackets.iter().map(|b| b.label.text.as_str()).collect();
        assert_eq!(labels, ["기사 시점 6개월 이상", "지금 12개월 이상"]);
        assert!(p.brackets.iter().all(|b| b.at_least));
        assert_eq!(p.frame.width, 320.0);
    }

    #[test]
    fn korea_first_draws_no_bracket() {
        let d = dataset();
        let s = gap_series(d, BenchmarkId::Haerae, None, Lang::En).unwrap();
        let p = gap_layout(&s, Lang::En, 640.0);
        assert!(p.brackets.is_empty());
        assert_eq!(p.steps.len(), 2);
        assert!(!p.points.is_empty());
    }
}
