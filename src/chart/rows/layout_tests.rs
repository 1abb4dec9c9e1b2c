//! Exact-number tests of the layout (fixtures built here, not from the dataset).

use super::*;
use crate::chart::row::Measured;
use crate::chart::rows::series::{NoMark, Unknown};
use crate::model::{ModelRef, OrgRef, SourceRef, Status, Variant};

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

fn series(rows: Vec<Row>) -> Series {
    Series {
        rows,
        unknown: vec![],
        ..Default::default()
    }
}

#[test]
fn empty_and_all_unknown_place_nothing() {
    let empty = layout(
        &Series::default(),
        Metric::Params,
        Lang::Ko,
        320.0,
        ARTICLE,
        NOW,
    );
    assert_eq!(empty, Placed::default());
    let all_unknown = Series {
        rows: vec![],
        unknown: vec![Unknown {
            model: ModelRef(0),
            name: "GPT-4".into(),
            gap: NoMark::Missing(crate::model::UnknownKind::Undisclosed),
        }],
        ..Default::default()
    };
    let p = layout(
        &all_unknown,
        Metric::Timeline,
        Lang::En,
        640.0,
        ARTICLE,
        NOW,
    );
    assert!(p.marks.is_empty() && p.frame.ticks.is_empty() && p.rule.is_none());
    assert_eq!(p.frame.height, 0.0);
}

#[test]
fn log_dots_at_320_px() {
    let s = series(vec![
        row(0, "EXAONE 3.5", Value::Billions(32.0), false),
        row(1, "Llama 3.1", Value::Billions(8.0), true),
    ]);
    let p = layout(&s, Metric::Params, Lang::En, 320.0, ARTICLE, NOW);
    assert_eq!(
        (p.frame.width, p.frame.height, p.frame.x0, p.frame.x1),
        (320.0, 116.0, 112.0, 258.0)
    );
    assert_eq!(p.frame.grid, (42.0, 110.0));
    let ticks: Vec<(f64, &str)> = p
        .frame
        .ticks
        .iter()
        .map(|t| (t.x, t.text.as_str()))
        .collect();
    assert_eq!(ticks, [(112.0, "1B"), (185.0, "10B"), (258.0, "100B")]);
    assert_eq!(p.frame.legend.len(), 2);
    assert_eq!((p.frame.legend[1].x, p.frame.legend[1].y), (104.7, 12.0));
    let a = &p.marks[0];
    assert_eq!(
        a.shape,
        Shape::Dot {
            cx: 221.9,
            cy: 62.0,
            r: 5.0
        }
    );
    assert_eq!(
        (a.value.x, a.value.y, a.value.text.as_str()),
        (230.9, 66.0, "32B")
    );
    assert_eq!((a.name[0].x, a.name[0].y), (102.0, 66.0));
    assert_eq!(a.mark.aria, "EXAONE 3.5: 32B");
    let b = &p.marks[1];
    // A diamond's centre is kept unrounded: its corners are rounded where they are drawn.
    let Shape::Diamond { cx, cy, r } = b.shape else {
        panic!("{:?}", b.shape)
    };
    assert_eq!((r1(cx), cy, r), (177.9, 94.0, 6.5));
    assert!(p.guides);
}

#[test]
fn tick_labels_on_log_scales() {
    let s = series(vec![
        row(0, "a", Value::Billions(0.57), false),
        row(1, "b", Value::Billions(750.0), false),
    ]);
    let p = layout(&s, Metric::Params, Lang::Ko, 1280.0, ARTICLE, NOW);
    let labels: Vec<&str> = p.frame.ticks.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(labels, ["1억", "10억", "100억", "1000억", "1조"]);
    let s = series(vec![
        row(0, "a", Value::Tokens(2048), false),
        row(1, "b", Value::Tokens(262_144), false),
    ]);
    // Token axes read as model cards write them, in both languages.
    for lang in [Lang::Ko, Lang::En] {
        let p = layout(&s, Metric::Context, lang, 1280.0, ARTICLE, NOW);
        let labels: Vec<&str> = p.frame.ticks.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(labels, ["1K", "10K", "100K", "1M"]);
    }
}

#[test]
fn narrow_log_axes_grid_every_power_but_label_fewer() {
    let s = series(vec![
        row(0, "a", Value::Billions(0.57), false),
        row(1, "b", Value::Billions(750.0), false),
    ]);
    let p = layout(&s, Metric::Params, Lang::Ko, 284.0, ARTICLE, NOW);
    let ticks: Vec<(f64, &str)> = p
        .frame
        .ticks
        .iter()
        .map(|t| (t.x, t.text.as_str()))
        .collect();
    assert_eq!(
        ticks,
        [
            (101.0, ""),
            (131.3, "10억"),
            (161.5, ""),
            (191.8, ""),
            (222.0, "1조")
        ]
    );
}

#[test]
fn single_value_log_chart_sits_inside_the_plot() {
    let s = series(vec![row(0, "MoMo-72B", Value::Billions(72.0), false)]);
    let p = layout(&s, Metric::Params, Lang::Ko, 320.0, ARTICLE, NOW);
    let labels: Vec<&str> = p.frame.ticks.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(labels, ["100억", "1000억"]);
    let Shape::Dot { cx, .. } = p.marks[0].shape else {
        panic!("a dot")
    };
    assert!(cx > p.frame.x0 && cx < p.frame.x1);
    assert_eq!(p.marks[0].value.text, "720억");
}

#[test]
fn timeline_marks_the_article_date() {
    let s = series(vec![
        row(0, "GPT-4", Value::Date(Date::ymd(2023, 3, 14)), true),
        row(1, "EXAONE 3.5", Value::Date(Date::ymd(2024, 12, 9)), false),
    ]);
    let p = layout(&s, Metric::Timeline, Lang::Ko, 640.0, ARTICLE, NOW);
    assert_eq!((p.frame.x0, p.frame.x1), (210.0, 624.0));
    let ticks: Vec<(f64, &str)> = p
        .frame
        .ticks
        .iter()
        .map(|t| (t.x, t.text.as_str()))
        .collect();
    assert_eq!(
        ticks,
        [
            (210.0, "2021"),
            (279.0, "2022"),
            (347.9, "2023"),
            (416.9, "2024"),
            (486.1, "2025"),
            (555.0, "2026"),
            (624.0, "2027")
        ]
    );
    let rule = p.rule.unwrap();
    assert_eq!((rule.x, rule.label.anchor), (492.9, Anchor::End));
    assert_eq!(rule.label.text, "기사 시점(2025.2.6)");
    assert_eq!(
        p.frame.legend.iter().map(|l| l.kind).collect::<Vec<_>>(),
        [LegendKind::Korean, LegendKind::Global, LegendKind::Article]
    );
    assert!(matches!(p.marks[0].shape, Shape::Diamond { .. }));
    // Dates sit left of their dot when there is room, else right of it.
    assert_eq!(p.marks[1].value.text, "2024.12");
    assert_eq!(
        (p.marks[1].value.x, p.marks[1].value.anchor),
        (472.7, Anchor::End)
    );
    let early = series(vec![row(
        0,
        "HyperCLOVA",
        Value::Date(Date::ymd(2021, 9, 10)),
        false,
    )]);
    let p = layout(&early, Metric::Timeline, Lang::En, 320.0, ARTICLE, NOW);
    assert_eq!(p.marks[0].value.anchor, Anchor::Start);
}

#[test]
fn score_bars_start_at_zero_and_mark_self_reported() {
    let mut own = row(0, "A.X 4.0 · 72B", Value::Score(78.32), false);
    own.measured = Some(Measured {
        by: OrgRef(3),
        self_reported: true,
        variant: Variant::Instruct,
        size: Some(72.0),
    });
    let s = series(vec![own, row(1, "GPT-4", Value::Score(59.95), true)]);
    let p = layout(&s, Metric::Kmmlu, Lang::En, 320.0, ARTICLE, NOW);
    assert_eq!(
        p.marks[0].shape,
        Shape::Bar {
            x: 112.0,
            y: 73.0,
            w: 114.3,
            h: 14.0
        }
    );
    assert_eq!(p.marks[0].value.text, "78.3*");
    assert!(p.marks[0].mark.self_reported);
    assert!(!p.guides);
    assert!(p
        .frame
        .legend
        .iter()
        .any(|l| l.kind == LegendKind::SelfReported));
    let ticks: Vec<&str> = p.frame.ticks.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(ticks, ["0", "20", "40", "60", "80", "100"]);
}

#[test]
fn everything_fits_the_width() {
    let long = "HyperCLOVA X SEED Think 14B Instruct Preview Edition";
    let s = series(vec![row(0, long, Value::Billions(1500.0), false)]);
    for width in [200.0, 320.0, 360.0, 1280.0] {
        let p = layout(&s, Metric::Params, Lang::Ko, width, ARTICLE, NOW);
        let m = &p.marks[0];
        assert!(m.name.len() <= 2);
        for l in &m.name {
            assert!(text_width(&l.text, FONT) <= l.x, "{width}: {}", l.text);
        }
        let value_end = m.value.x + text_width(&m.value.text, FONT - 1.0);
        assert!(
            value_end <= p.frame.width,
            "{width}: value ends at {value_end}"
        );
    }
}
