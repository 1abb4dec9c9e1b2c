//! Golden SVG snapshots: fixed fixtures laid out and drawn by the chart's SVG writer
//! (`chart::rows::svg::write` and `chart::gap::svg::write`, plain Rust: no renderer), compared with `tests/golden/*.svg`. After an
//! intended change, accept the new drawings with `UPDATE_GOLDEN=1 cargo test --test
//! chart_golden` and review the diff.
#![cfg(not(target_arch = "wasm32"))]

use std::{env, fs, path::PathBuf};

use kllm_widget::chart::gap::GapSeries;
use kllm_widget::chart::gap::{self, layout::gap_layout};
use kllm_widget::chart::row::{Measured, Row, Value};
use kllm_widget::chart::rows::series::{sort_rows, Series};
use kllm_widget::chart::rows::text::summary;
use kllm_widget::chart::rows::{self, layout};
use kllm_widget::gap::{Comparison, Point, Protocol};
use kllm_widget::i18n::t;
use kllm_widget::model::BenchmarkId;
use kllm_widget::model::{Date, ModelRef, OrgRef, SourceRef, Status, Variant};
use kllm_widget::settings::{Lang, Metric};

const ARTICLE: Date = Date::ymd(2025, 2, 6);
const NOW: Date = Date::ymd(2026, 11, 28);

fn row(i: u16, label: &str, value: Value, reference: bool) -> Row {
    Row {
        model: ModelRef(i),
        label: label.into(),
        value,
        reference,
        source: SourceRef(0),
        status: Status::Verified,
        sizes: 1,
        measured: None,
    }
}

fn scored(i: u16, label: &str, score: f64, by: u16, own: bool, reference: bool) -> Row {
    let mut r = row(i, label, Value::Score(score), reference);
    r.measured = Some(Measured {
        by: OrgRef(by),
        self_reported: own,
        variant: Variant::Instruct,
        size: None,
    });
    r
}

/// The drawing of `rows`, one tag per line so that diffs read well.
fn render(mut rows: Vec<Row>, metric: Metric, lang: Lang, width: f64) -> String {
    sort_rows(&mut rows, metric);
    let series = Series {
        rows,
        unknown: vec![],
        ..Default::default()
    };
    let placed = layout(&series, metric, lang, width, ARTICLE, NOW);
    let svg = rows::svg::write(
        &placed,
        t(lang, metric),
        &summary(&series, metric, ARTICLE, lang),
    );
    svg.replace("><", ">\n<") + "\n"
}

/// Compares with `tests/golden/<name>.svg`, or writes it when `UPDATE_GOLDEN` is set.
fn check(name: &str, actual: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("tests/golden/{name}.svg"));
    if env::var_os("UPDATE_GOLDEN").is_some() {
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, actual).unwrap();
        return;
    }
    let hint = "run `UPDATE_GOLDEN=1 cargo test --test chart_golden` to accept, then review `git diff tests/golden`";
    let expected =
        fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}; {hint}", path.display()));
    if expected != actual {
        let (line, (want, got)) = expected
            .lines()
            .zip(actual.lines())
            .enumerate()
            .find(|(_, (a, b))| a != b)
            .unwrap_or((
                expected.lines().count().min(actual.lines().count()),
                ("<end>", "<end>"),
            ));
        panic!(
            "{name}.svg differs at line {}:\n  golden: {want}\n  actual: {got}\n{hint}",
            line + 1
        );
    }
}

#[test]
fn parameters_on_a_log_scale_at_320px() {
    let svg = render(
        vec![
            row(0, "EXAONE 3.5", Value::Billions(32.0), false),
            row(1, "Llama 3.1", Value::Billions(405.0), true),
            row(
                2,
                "HyperCLOVA X SEED Think 14B",
                Value::Billions(14.74),
                false,
            ),
            row(3, "Mi:dm", Value::Billions(7.0), false),
        ],
        Metric::Params,
        Lang::Ko,
        320.0,
    );
    assert!(svg.contains("role=\"group\""));
    check("params-ko-320", &svg);
}

#[test]
fn timeline_with_references_and_the_article_line() {
    let svg = render(
        vec![
            row(0, "HyperCLOVA", Value::Date(Date::ymd(2021, 9, 10)), false),
            row(1, "GPT-4", Value::Date(Date::ymd(2023, 3, 14)), true),
            row(2, "EXAONE 3.5", Value::Date(Date::ymd(2024, 12, 9)), false),
            row(3, "DeepSeek-R1", Value::Date(Date::ymd(2025, 1, 20)), true),
            row(4, "n3n-10B", Value::Date(Date::ymd(2024, 0, 0)), false),
        ],
        Metric::Timeline,
        Lang::En,
        640.0,
    );
    assert!(svg.contains("kllm-chart__rule"));
    check("timeline-en-640", &svg);
}

#[test]
fn scores_from_different_evaluators() {
    let svg = render(
        vec![
            scored(0, "A.X 4.0 · 72B", 78.32, 1, true, false),
            scored(1, "Qwen2.5-72B", 65.78, 2, false, true),
            scored(2, "HyperCLOVA X", 53.4, 3, false, false),
        ],
        Metric::Kmmlu,
        Lang::En,
        480.0,
    );
    assert!(svg.contains("78.3*"));
    check("kmmlu-en-480", &svg);
}

fn point(i: u16, date: Date, score: f64, reference: bool, own: bool) -> Point {
    Point {
        model: ModelRef(i),
        date,
        score,
        reference,
        measured_by: OrgRef(if own { i } else { 99 }),
        self_reported: own,
        size: None,
        source: SourceRef(0),
        status: Status::Verified,
        entry: 0,
    }
}

/// A gap view from hand-made points (the real data's figures are pinned in `gap_tests.rs`).
fn gap_fixture(korean: Vec<Point>, global: Vec<Point>, names: &[&str]) -> GapSeries {
    let comparison = Comparison {
        protocol: Protocol {
            benchmark: BenchmarkId::Mmlu,
            variant: Variant::Base,
            shots: Some(5),
            cot: None,
            table: None,
        },
        korean,
        global,
        undated: vec![],
    };
    let names = comparison
        .korean
        .iter()
        .chain(comparison.global.iter())
        .map(|p| (p.model, names[usize::from(p.model.0)].to_string()))
        .collect();
    GapSeries {
        bench: BenchmarkId::Mmlu,
        slug: "base.5shot".into(),
        setting: "MMLU · 5-shot · base".into(),
        article: (ARTICLE, comparison.figure(ARTICLE)),
        now: (NOW, comparison.figure(NOW)),
        rests: (comparison.rests(ARTICLE), comparison.rests(NOW)),
        comparison,
        choices: vec![],
        others: vec![],
        names,
    }
}

fn render_gap(s: &GapSeries, lang: Lang, width: f64) -> String {
    let placed = gap_layout(s, lang, width);
    let svg = gap::svg::write(&placed, t(lang, Metric::Gap), &s.summary(lang));
    svg.replace("><", ">\n<") + "\n"
}

#[test]
fn gap_with_a_bracket_at_each_moment() {
    let names = [
        "Kanana",
        "EXAONE 3.5",
        "Motif 2",
        "GPT-3.5",
        "Llama 3",
        "Qwen2.5",
    ];
    let s = gap_fixture(
        vec![
            point(0, Date::ymd(2024, 11, 14), 77.7, false, true),
            point(1, Date::ymd(2024, 12, 9), 72.7, false, false),
            point(2, Date::ymd(2025, 11, 0), 78.1, false, true),
        ],
        vec![
            point(3, Date::ymd(2022, 11, 30), 70.0, true, false),
            point(4, Date::ymd(2024, 4, 18), 79.5, true, false),
            point(5, Date::ymd(2024, 9, 19), 85.0, true, false),
        ],
        &names,
    );
    let svg = render_gap(&s, Lang::En, 380.0);
    assert!(svg.contains(">article: 7 months</text>"), "{svg}");
    assert!(svg.contains(">now: 19 months</text>"), "{svg}");
    check("gap-en-380", &svg);
}

#[test]
fn gap_as_a_lower_bound_in_korean_at_320px() {
    let names = ["카나나", "엑사원 3.5", "라마 3.1", "큐원 2.5"];
    let s = gap_fixture(
        vec![
            point(0, Date::ymd(2024, 11, 14), 77.7, false, true),
            point(1, Date::ymd(2024, 12, 9), 72.7, false, false),
        ],
        vec![
            point(2, Date::ymd(2024, 7, 23), 78.9, true, false),
            point(3, Date::ymd(2024, 9, 19), 86.1, true, false),
        ],
        &names,
    );
    let svg = render_gap(&s, Lang::Ko, 320.0);
    assert!(svg.contains(">4개월 이상</text>"), "{svg}");
    assert!(
        svg.contains("stroke-dasharray=\"5 3\""),
        "a lower bound is dashed"
    );
    check("gap-ko-320", &svg);
}
