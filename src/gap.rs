//! How far behind? Time to parity between the Korean models and the global references on one
//! benchmark, computed from the sourced scores. Pure: no browser, no words (the sentences are
//! in `crate::i18n::chart`, the drawing in `crate::chart::gap::layout`).
//!
//! The pipeline: the dataset's scores on a benchmark → grouped by [`Protocol`] (the rule for
//! comparable scores, written once here) into [`Comparison`]s → per side, one [`Point`] per
//! model and the [`best_so_far`] step series → at a date, the [`Figure`]: Korea's best score
//! then, and when a global model first reached it.

use crate::model::{
    BenchmarkId, Dataset, Date, ModelRef, OrgRef, Precision, SourceRef, Status, Variant,
};
use crate::sort::sort_small;

/// Fewer points than this on a side (up to the date asked about) give no figure: one point
/// says nothing about when a side first reached a level.
pub const MIN_POINTS: usize = 2;

/// The document and measurer a score comes from, when the score's setting is not stated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Table {
    pub source: SourceRef,
    pub measured_by: OrgRef,
}

/// What two scores must share to be compared — **the rule for comparable scores**:
/// - the same benchmark and version (KMMLU, KMMLU-Redux and KMMLU-Pro are different tests);
/// - the same kind of checkpoint (base, instruction-tuned, reasoning), as `data/README.md`
///   asks;
/// - the same number of examples in the prompt (shots) and the same use of chain-of-thought,
///   as the sources state them;
/// - when a source does not state the shot count, the same table: the same measurer in the
///   same document, which runs one protocol for every model in it. A score with an unstated
///   setting is never compared with one from another table.
///
/// Two scores are comparable exactly when their protocols are equal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Protocol {
    pub benchmark: BenchmarkId,
    pub variant: Variant,
    pub shots: Option<u8>,
    pub cot: Option<bool>,
    /// `Some` exactly when `shots` is not stated.
    pub table: Option<Table>,
}

impl Protocol {
    /// The protocol of one benchmark entry.
    pub fn of(b: &crate::model::Benchmark) -> Protocol {
        Protocol {
            benchmark: b.benchmark,
            variant: b.variant,
            shots: b.shots,
            cot: b.cot,
            table: b.shots.is_none().then_some(Table {
                source: b.source,
                measured_by: b.measured_by,
            }),
        }
    }

    /// A stable name for share links, unique per benchmark: `base.5shot`, `instruct.0shot.cot`,
    /// `base.kmmlu-paper.kmmlu-authors` (variant, then the setting or the table's source and
    /// measurer ids).
    pub fn slug(&self, d: &Dataset) -> String {
        let mut s = String::from(self.variant.slug());
        if let Some(n) = self.shots {
            s.push_str(&format!(".{n}shot"));
        }
        match self.cot {
            Some(true) => s.push_str(".cot"),
            Some(false) => s.push_str(".nocot"),
            None => {}
        }
        if let Some(t) = self.table {
            s.push('.');
            s.push_str(&d.source(t.source).id);
            s.push('.');
            s.push_str(&d.org(t.measured_by).id);
        }
        s
    }
}

/// One model's score in a comparison: its best entry under the protocol (of several sizes,
/// the highest), placed at the model's release date.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub model: ModelRef,
    pub date: Date,
    pub score: f64,
    /// A global reference (else a Korean model).
    pub reference: bool,
    pub measured_by: OrgRef,
    /// The developer measured its own model.
    pub self_reported: bool,
    /// The measured size in billions, when the release has several.
    pub size: Option<f64>,
    pub source: SourceRef,
    pub status: Status,
    /// The score's place in its model's `benchmarks` (its setting and where that is stated).
    pub entry: u16,
}

/// A new best score on one side: the model that set it and when.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Step {
    pub model: ModelRef,
    pub date: Date,
    pub score: f64,
}

/// Oldest first, then by model: the order points are listed and drawn in.
pub fn by_date(a: &Point, b: &Point) -> std::cmp::Ordering {
    (a.date, a.model).cmp(&(b.date, b.model))
}

/// The record on one side over time: one step each time a model beat every earlier score
/// (a tie is not a new record). Points in any order; the steps are oldest first. Models
/// released on the same day count as one moment (the highest of them sets the step).
pub fn best_so_far(points: &[Point]) -> Vec<Step> {
    let mut sorted: Vec<&Point> = points.iter().collect();
    // By date; on one day the highest first.
    sort_small(&mut sorted, |a, b| {
        a.date
            .cmp(&b.date)
            .then(b.score.total_cmp(&a.score))
            .then(a.model.cmp(&b.model))
    });
    let mut steps: Vec<Step> = Vec::new();
    for p in sorted {
        if steps.last().is_none_or(|s| p.score > s.score) {
            steps.push(Step {
                model: p.model,
                date: p.date,
                score: p.score,
            });
        }
    }
    steps
}

/// Whole calendar months from `a` to `b` (negative when `b` is earlier): days are not
/// counted, so a date known only to the month counts like any day of it.
pub fn months_between(a: Date, b: Date) -> i32 {
    let index = |d: Date| i32::from(d.year) * 12 + i32::from(d.month.max(1));
    index(b) - index(a)
}

/// Why a comparison gives no figure at a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why {
    /// This many Korean models (fewer than [`MIN_POINTS`]) had a comparable score.
    TooFewKorean(usize),
    /// This many global references (fewer than [`MIN_POINTS`]) had a comparable score.
    TooFewGlobal(usize),
}

/// Time to parity at a date.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Figure {
    /// Korea's best score at the date (`korean`, first set then) had been reached by a global
    /// model `months` earlier (`global`, the first global score at least as high). When the
    /// earliest global score of the comparison is already that high, the global side may have
    /// got there before the data begins: `at_least`.
    Behind {
        korean: Step,
        global: Step,
        months: u32,
        at_least: bool,
    },
    /// No global model in the comparison had reached Korea's best score when the Korean model
    /// set it. `global` is the first that did later (up to the date), `months` after it.
    Ahead {
        korean: Step,
        global: Option<Step>,
        months: Option<u32>,
    },
    /// No figure, and why.
    None(Why),
}

impl Figure {
    /// The gap in months when Korea was behind.
    pub fn months_behind(&self) -> Option<u32> {
        match self {
            Figure::Behind { months, .. } => Some(*months),
            _ => None,
        }
    }
}

/// Time to parity at `at` from the two sides' points (any order): only points released on or
/// before `at` count, and each side needs [`MIN_POINTS`] of them.
pub fn figure(korean: &[Point], global: &[Point], at: Date) -> Figure {
    let upto =
        |ps: &[Point]| -> Vec<Point> { ps.iter().filter(|p| p.date <= at).copied().collect() };
    let (k, g) = (upto(korean), upto(global));
    if k.len() < MIN_POINTS {
        return Figure::None(Why::TooFewKorean(k.len()));
    }
    if g.len() < MIN_POINTS {
        return Figure::None(Why::TooFewGlobal(g.len()));
    }
    let k_steps = best_so_far(&k);
    let g_steps = best_so_far(&g);
    // Non-empty: each side has at least MIN_POINTS points.
    let best = *k_steps.last().expect("points give a step");
    let reached = g_steps.iter().position(|s| s.score >= best.score);
    match reached {
        Some(i) if g_steps[i].date <= best.date => Figure::Behind {
            korean: best,
            global: g_steps[i],
            months: months_between(g_steps[i].date, best.date).max(0) as u32,
            at_least: i == 0,
        },
        Some(i) => Figure::Ahead {
            korean: best,
            global: Some(g_steps[i]),
            months: Some(months_between(best.date, g_steps[i].date).max(0) as u32),
        },
        None => Figure::Ahead {
            korean: best,
            global: None,
            months: None,
        },
    }
}

/// What a figure rests on: the scores that decide it, each with the figure as it would be
/// without that score (leave-one-out). A figure that moves a lot without one score is a
/// fragile figure, and the view says so.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rests {
    /// Korea's best score, which the figure measures from, and the figure without it.
    pub korean: Option<(Step, Figure)>,
    /// The global score that first reached it, and the figure without it.
    pub global: Option<(Step, Figure)>,
}

impl Rests {
    /// The deciding scores, Korean first, with the figure without each.
    pub fn each(&self) -> impl Iterator<Item = (Step, Figure)> + '_ {
        self.korean.iter().chain(self.global.iter()).copied()
    }
}

/// Every comparable score on one benchmark under one protocol, one point per model.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub protocol: Protocol,
    /// Korean models, oldest first.
    pub korean: Vec<Point>,
    /// Global references, oldest first.
    pub global: Vec<Point>,
    /// Models with a score under this protocol but no release date known to the month: they
    /// cannot be placed in time.
    pub undated: Vec<ModelRef>,
}

impl Comparison {
    /// Time to parity at `at`.
    pub fn figure(&self, at: Date) -> Figure {
        figure(&self.korean, &self.global, at)
    }

    /// The figure at `at` without `model`'s score (its point left out of its side).
    pub fn figure_without(&self, model: ModelRef, at: Date) -> Figure {
        let keep = |ps: &[Point]| -> Vec<Point> {
            ps.iter().filter(|p| p.model != model).copied().collect()
        };
        figure(&keep(&self.korean), &keep(&self.global), at)
    }

    /// The scores the figure at `at` rests on, and the figure without each: Korea's best and
    /// the global score that first reached it (when one did). No figure rests on nothing.
    pub fn rests(&self, at: Date) -> Rests {
        let without = |s: Step| (s, self.figure_without(s.model, at));
        match self.figure(at) {
            Figure::Behind { korean, global, .. } => Rests {
                korean: Some(without(korean)),
                global: Some(without(global)),
            },
            Figure::Ahead { korean, global, .. } => Rests {
                korean: Some(without(korean)),
                global: global.map(without),
            },
            Figure::None(_) => Rests {
                korean: None,
                global: None,
            },
        }
    }

    /// Whether both sides have [`MIN_POINTS`] points up to `at`.
    pub fn has_figure(&self, at: Date) -> bool {
        !matches!(self.figure(at), Figure::None(_))
    }

    /// Both sides' points up to `at`, oldest first.
    pub fn points(&self, at: Date) -> impl Iterator<Item = &Point> {
        self.korean
            .iter()
            .chain(self.global.iter())
            .filter(move |p| p.date <= at)
    }

    /// The distinct measurers of the scores up to `at`, in first-seen order: more than one
    /// means the comparison mixes measurers (said next to the figure).
    pub fn measurers(&self, at: Date) -> Vec<OrgRef> {
        let mut out: Vec<OrgRef> = Vec::new();
        for p in self.points(at) {
            if !out.contains(&p.measured_by) {
                out.push(p.measured_by);
            }
        }
        out
    }

    /// Models in the comparison (both sides).
    pub fn len(&self) -> usize {
        self.korean.len() + self.global.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A release date usable on a time axis: known to the month at least.
fn dated(m: &crate::model::Model) -> Option<Date> {
    m.release_date()
        .filter(|d| d.precision() != Precision::Year)
}

/// Every comparison on `bench`, the default first: those with a figure at the data's date
/// first, then more models, then a stated setting before a table, then base before
/// instruction-tuned before reasoning, then by slug. A neutral order, declared here: never
/// by the size of the gap.
pub fn comparisons(d: &Dataset, bench: BenchmarkId) -> Vec<Comparison> {
    let mut out: Vec<Comparison> = Vec::new();
    for (i, m) in d.models.iter().enumerate() {
        let r = ModelRef(i as u16);
        for (entry, b) in m
            .benchmarks
            .iter()
            .enumerate()
            .filter(|(_, b)| b.benchmark == bench)
        {
            let protocol = Protocol::of(b);
            let at = match out.iter().position(|c| c.protocol == protocol) {
                Some(at) => at,
                None => {
                    out.push(Comparison {
                        protocol,
                        korean: Vec::new(),
                        global: Vec::new(),
                        undated: Vec::new(),
                    });
                    out.len() - 1
                }
            };
            let c = &mut out[at];
            let Some(date) = dated(m) else {
                if !c.undated.contains(&r) {
                    c.undated.push(r);
                }
                continue;
            };
            let point = Point {
                model: r,
                date,
                score: b.value,
                reference: m.reference,
                measured_by: b.measured_by,
                self_reported: b.measured_by == m.org,
                size: b.size,
                source: b.source,
                status: b.status,
                entry: entry as u16,
            };
            let side = if m.reference {
                &mut c.global
            } else {
                &mut c.korean
            };
            // One point per model: its best entry under this protocol.
            match side.iter_mut().find(|p| p.model == r) {
                Some(p) if point.score > p.score => *p = point,
                Some(_) => {}
                None => side.push(point),
            }
        }
    }
    for c in &mut out {
        for side in [&mut c.korean, &mut c.global] {
            sort_small(side, by_date);
        }
    }
    let rank = |c: &Comparison| {
        (
            !c.has_figure(d.as_of),
            usize::MAX - c.len(),
            c.protocol.table.is_some(),
            c.protocol.variant,
            c.protocol.slug(d),
        )
    };
    let mut ranked: Vec<_> = out.into_iter().map(|c| (rank(&c), c)).collect();
    sort_small(&mut ranked, |a, b| a.0.cmp(&b.0));
    ranked.into_iter().map(|(_, c)| c).collect()
}

/// The benchmarks the gap view offers: those with a comparison that gives a figure at the
/// data's date, in the dataset's benchmark order.
pub fn benchmarks(d: &Dataset) -> Vec<BenchmarkId> {
    BenchmarkId::ALL
        .iter()
        .copied()
        .filter(|&b| comparisons(d, b).iter().any(|c| c.has_figure(d.as_of)))
        .collect()
}

/// Benchmarks scored on both sides but without a comparison that gives a figure (every
/// comparable set has fewer than [`MIN_POINTS`] models on a side): named in the view's notes.
pub fn without_figure(d: &Dataset) -> Vec<BenchmarkId> {
    BenchmarkId::ALL
        .iter()
        .copied()
        .filter(|&b| {
            let cs = comparisons(d, b);
            let both = |c: &Comparison| !c.korean.is_empty() && !c.global.is_empty();
            cs.iter().any(both) && !cs.iter().any(|c| c.has_figure(d.as_of))
        })
        .collect()
}

#[cfg(test)]
#[path = "gap_tests.rs"]
mod tests;
