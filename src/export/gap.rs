//! The gap figures (time to parity, `crate::gap`) as CSV and as the JSON export's `"gap"`.

use super::write::{flag, Csv, Json};
use crate::i18n::format;
use crate::model::*;

/// File name of the gap figures' CSV.
pub const GAP_CSV: &str = "kllm-gap.csv";

/// Every comparison the gap figures cover: on every benchmark, each protocol with at least
/// one Korean and one global score (with fewer, there is nothing to compare), in the gap
/// view's order. Computed from all models in the data.
pub fn gap_comparisons(d: &Dataset) -> Vec<(BenchmarkId, crate::gap::Comparison)> {
    BenchmarkId::ALL
        .iter()
        .flat_map(|&b| {
            crate::gap::comparisons(d, b)
                .into_iter()
                .filter(|c| !c.korean.is_empty() && !c.global.is_empty())
                .map(move |c| (b, c))
        })
        .collect()
}

/// The moments a gap figure is given for: the article's date and the data's.
fn gap_moments(d: &Dataset) -> [(&'static str, Date); 2] {
    [("article", d.article.date), ("as_of", d.as_of)]
}

/// `behind` / `ahead` / `no_figure`, the months, whether they are a lower bound, the two
/// steps and the reason there is no figure.
fn gap_parts(
    f: &crate::gap::Figure,
) -> (
    &'static str,
    Option<u32>,
    bool,
    Option<crate::gap::Step>,
    Option<crate::gap::Step>,
    &'static str,
) {
    use crate::gap::{Figure, Why};
    match *f {
        Figure::Behind {
            korean,
            global,
            months,
            at_least,
        } => (
            "behind",
            Some(months),
            at_least,
            Some(korean),
            Some(global),
            "",
        ),
        Figure::Ahead {
            korean,
            global,
            months,
        } => ("ahead", months, false, Some(korean), global, ""),
        Figure::None(Why::TooFewKorean(_)) => {
            ("no_figure", None, false, None, None, "too_few_korean")
        }
        Figure::None(Why::TooFewGlobal(_)) => {
            ("no_figure", None, false, None, None, "too_few_global")
        }
    }
}

/// A figure in one cell, for the leave-one-out columns: the months (`23`), a lower bound
/// (`23+`), `ahead` or `no_figure`.
fn figure_cell(f: &crate::gap::Figure) -> String {
    match gap_parts(f) {
        ("behind", Some(n), true, ..) => format!("{n}+"),
        ("behind", Some(n), false, ..) => n.to_string(),
        (outcome, ..) => outcome.to_string(),
    }
}

/// The gap figures as CSV (with BOM): one row per comparison and moment — the protocol, the
/// outcome, the months (a lower bound when `at_least`), the Korean best and the first global
/// model to reach it, how many models each side had and who measured the scores.
pub fn gap_csv(d: &Dataset) -> String {
    let mut c = Csv::new();
    for name in [
        "data_as_of",
        "benchmark",
        "comparison",
        "setting",
        "variant",
        "shots",
        "cot",
        "table_source",
        "table_measured_by",
        "moment",
        "date",
        "outcome",
        "months",
        "at_least",
        "korean_model",
        "korean_score",
        "korean_released",
        "global_model",
        "global_score",
        "global_released",
        "korean_models",
        "global_models",
        "measured_by",
        "reason",
        "without_korean_best",
        "without_global_first",
    ] {
        c.cell(name);
    }
    c.end_row();
    let as_of = d.as_of.to_string();
    for (bench, cmp) in gap_comparisons(d) {
        let p = cmp.protocol;
        let setting = crate::chart::gap::setting_label(d, &cmp, crate::settings::Lang::En);
        for (moment, date) in gap_moments(d) {
            let (outcome, months, at_least, k, g, reason) = gap_parts(&cmp.figure(date));
            c.cell(&as_of);
            c.cell(bench.slug());
            c.cell(&p.slug(d));
            c.cell(&setting);
            c.cell(p.variant.slug());
            c.cell(&p.shots.map_or(String::new(), |n| n.to_string()));
            c.cell(p.cot.map_or("", flag));
            c.cell(p.table.map_or("", |t| &d.source(t.source).url));
            c.cell(p.table.map_or("", |t| &d.org(t.measured_by).id));
            c.cell(moment);
            c.cell(&date.to_string());
            c.cell(outcome);
            c.cell(&months.map_or(String::new(), |n| n.to_string()));
            c.cell(flag(at_least));
            for s in [k, g] {
                match s {
                    Some(s) => {
                        c.cell(&d.model(s.model).id);
                        c.cell(&format::decimal(s.score, 2));
                        c.cell(&s.date.to_string());
                    }
                    None => (0..3).for_each(|_| c.cell("")),
                }
            }
            let count = |ps: &[crate::gap::Point]| ps.iter().filter(|p| p.date <= date).count();
            c.cell(&count(&cmp.korean).to_string());
            c.cell(&count(&cmp.global).to_string());
            let by: Vec<&str> = cmp
                .measurers(date)
                .iter()
                .map(|&o| d.org(o).id.as_ref())
                .collect();
            c.cell(&by.join(";"));
            c.cell(reason);
            // What the figure rests on: the figure without Korea's best, and without the
            // first global score to reach it.
            let rests = cmp.rests(date);
            for side in [rests.korean, rests.global] {
                c.cell(&side.map_or(String::new(), |(_, f)| figure_cell(&f)));
            }
            c.end_row();
        }
    }
    c.finish()
}

/// One comparison of the gap figures as a JSON object.
pub(super) fn gap_json(
    j: &mut Json,
    d: &Dataset,
    bench: BenchmarkId,
    cmp: &crate::gap::Comparison,
) {
    let p = cmp.protocol;
    j.raw("{").key("benchmark").str(bench.slug());
    j.key("comparison").str(&p.slug(d));
    j.key("variant").str(p.variant.slug());
    match p.shots {
        Some(n) => j.key("shots").raw(&n.to_string()),
        None => j.key("shots").raw("null"),
    };
    match p.cot {
        Some(b) => j.key("cot").raw(if b { "true" } else { "false" }),
        None => j.key("cot").raw("null"),
    };
    match p.table {
        Some(t) => j
            .key("table")
            .raw("{")
            .key("source")
            .str(&d.source(t.source).url)
            .key("measured_by")
            .str(&d.org(t.measured_by).id)
            .raw("}"),
        None => j.key("table").raw("null"),
    };
    for (key, side) in [("korean", &cmp.korean), ("global", &cmp.global)] {
        j.key(key).raw("[");
        for pt in side.iter() {
            j.key_less_object();
            j.key("model").str(&d.model(pt.model).id);
            j.key("score").raw(&format::decimal(pt.score, 2));
            j.key("released").str(&pt.date.to_string());
            j.key("measured_by").str(&d.org(pt.measured_by).id);
            j.key("self_reported").raw(flag(pt.self_reported));
            j.key("source").str(&d.source(pt.source).url);
            let e = &d.model(pt.model).benchmarks[pt.entry as usize].evidence;
            j.key("evidence").raw("{").key("where").str(&e.at);
            match &e.words {
                Some(w) => j.key("words").str(w),
                None => j.key("words").raw("null"),
            };
            j.raw("}}");
        }
        j.raw("]");
    }
    j.key("figures").raw("{");
    for (moment, date) in gap_moments(d) {
        let (outcome, months, at_least, k, g, reason) = gap_parts(&cmp.figure(date));
        j.key(moment).raw("{").key("date").str(&date.to_string());
        j.key("outcome").str(outcome);
        match months {
            Some(n) => j.key("months").raw(&n.to_string()),
            None => j.key("months").raw("null"),
        };
        j.key("at_least").raw(flag(at_least));
        for (key, s) in [("korean", k), ("global", g)] {
            match s {
                Some(s) => j
                    .key(key)
                    .raw("{")
                    .key("model")
                    .str(&d.model(s.model).id)
                    .key("score")
                    .raw(&format::decimal(s.score, 2))
                    .key("released")
                    .str(&s.date.to_string())
                    .raw("}"),
                None => j.key(key).raw("null"),
            };
        }
        match reason {
            "" => j.key("reason").raw("null"),
            r => j.key("reason").str(r),
        };
        // What the figure rests on: each deciding score and the figure without it.
        j.key("rests_on").raw("[");
        let rests = cmp.rests(date);
        for (side, r) in [("korean", rests.korean), ("global", rests.global)] {
            let Some((s, without)) = r else { continue };
            let (outcome, months, at_least, ..) = gap_parts(&without);
            j.key_less_object();
            j.key("side").str(side);
            j.key("model").str(&d.model(s.model).id);
            j.key("score").raw(&format::decimal(s.score, 2));
            j.key("without").raw("{").key("outcome").str(outcome);
            match months {
                Some(n) => j.key("months").raw(&n.to_string()),
                None => j.key("months").raw("null"),
            };
            j.key("at_least").raw(flag(at_least)).raw("}}");
        }
        j.raw("]");
        j.raw("}");
    }
    j.raw("}}");
}
