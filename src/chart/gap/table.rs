//! The gap view's numbers as HTML tables: the figure at the article's date and now, what each
//! rests on, and every score compared. Pure; the widget hands the text to Yew as one raw node
//! (`components::ChartTable`), and the catalogue page carries it for readers without
//! JavaScript.

use super::GapSeries;
use crate::chart::row::value_full;
use crate::chart::table;
use crate::gap::{Figure, Step};
use crate::i18n::chart as words;
use crate::i18n::{format, paren, t, text, ChartMsg, Msg};
use crate::markup::element;
use crate::model::Dataset;
use crate::settings::Lang;

/// A figure's cells: (Korean best, first global to reach it, the gap).
fn figure_cells(s: &GapSeries, f: &Figure, lang: Lang) -> [String; 3] {
    let model = |st: &Step| {
        let name = s.name(st.model);
        format!(
            "{name} {}",
            paren(
                lang,
                &format::score(st.score),
                &format::month(st.date, lang)
            )
        )
    };
    let none = || "—".to_string();
    match f {
        Figure::Behind {
            korean,
            global,
            months,
            at_least,
        } => [
            model(korean),
            model(global),
            words::months(lang, *months, *at_least),
        ],
        Figure::Ahead { korean, global, .. } => [
            model(korean),
            global.as_ref().map_or_else(none, model),
            words::gap_short(lang, None, true),
        ],
        Figure::None(_) => [none(), none(), words::gap_short(lang, None, false)],
    }
}

/// The gap view as HTML tables: the figure at the article's date and now, then every score
/// compared (release date, score, who measured it, source), oldest first.
pub fn write(d: &Dataset, s: &GapSeries, lang: Lang) -> String {
    let mut o = String::with_capacity(2000);
    let caption = format!("{} · {}", t(lang, ChartMsg::GapFigures), s.setting);
    let cols = [
        ChartMsg::When,
        ChartMsg::KoreanBest,
        ChartMsg::GlobalFirst,
        ChartMsg::Gap,
    ]
    .map(|c| t(lang, c));
    table::head(
        &mut o,
        "kllm-chart__table kllm-chart__table--gap",
        &caption,
        &cols,
    );
    for (article, (date, f)) in [(true, s.article), (false, s.now)] {
        let when = words::when(lang, article, &format::date_label(date, lang));
        let [k, g, gap] = figure_cells(s, &f, lang);
        let moment = if article { "article" } else { "now" };
        o.push_str("<tr>");
        element(&mut o, "th", &[("scope", "row")], &when);
        element(&mut o, "td", &[], &k);
        element(&mut o, "td", &[], &g);
        element(
            &mut o,
            "td",
            &[
                ("class", "kllm-chart__cell-value kllm-chart__gap-figure"),
                ("data-moment", moment),
            ],
            &gap,
        );
        o.push_str("</tr>");
    }
    o.push_str("</tbody></table>");
    write_rests(&mut o, s, lang);

    let cols = [
        t(lang, ChartMsg::Model),
        t(lang, ChartMsg::Side),
        t(lang, Msg::Released),
        t(lang, ChartMsg::Value),
        t(lang, ChartMsg::MeasuredBy),
        t(lang, ChartMsg::SettingStated),
        t(lang, ChartMsg::Source),
    ];
    table::head(
        &mut o,
        "kllm-chart__table kllm-chart__table--points",
        t(lang, ChartMsg::GapPoints),
        &cols,
    );
    let mut starred = false;
    for r in &s.rows(d) {
        let Some(p) = s.point(r.model) else { continue };
        let src = d.source(r.source);
        let m = r.measured.expect("gap rows are scores");
        starred |= m.self_reported;
        let by = format!(
            "{}{}",
            text(lang, &d.org(m.by).name),
            if m.self_reported { "*" } else { "" }
        );
        let side = t(
            lang,
            if r.reference {
                ChartMsg::Global
            } else {
                ChartMsg::Korean
            },
        );
        o.push_str("<tr>");
        table::name_cell(&mut o, &r.label);
        element(&mut o, "td", &[], side);
        element(
            &mut o,
            "td",
            &[("class", "kllm-chart__cell-value")],
            &format::month(p.date, lang),
        );
        element(
            &mut o,
            "td",
            &[("class", "kllm-chart__cell-value")],
            &value_full(r.value, lang),
        );
        element(&mut o, "td", &[], &by);
        let evidence = &d.model(p.model).benchmarks[p.entry as usize].evidence;
        element(
            &mut o,
            "td",
            &[("class", "kllm-chart__cell-evidence")],
            &words::evidence(lang, &evidence.at, evidence.words.as_deref()),
        );
        table::source_cell(&mut o, &src.url, &src.publisher);
        o.push_str("</tr>");
    }
    table::end(&mut o, lang, starred);
    o
}

/// What each figure rests on, as a table: the deciding scores of each moment and the figure
/// without each (the same as the sentence under the figures).
fn write_rests(o: &mut String, s: &GapSeries, lang: Lang) {
    let moments = [(true, s.rests.0), (false, s.rests.1)];
    if moments.iter().all(|(_, r)| r.each().next().is_none()) {
        return;
    }
    let cols = [ChartMsg::When, ChartMsg::Value, ChartMsg::GapWithout].map(|c| t(lang, c));
    table::head(
        o,
        "kllm-chart__table kllm-chart__table--rests",
        t(lang, ChartMsg::GapRests),
        &cols,
    );
    for (article, rests) in moments {
        let date = if article { s.article.0 } else { s.now.0 };
        let when = words::when(lang, article, &format::date_label(date, lang));
        for (step, without) in rests.each() {
            let score = format!(
                "{} {}",
                s.name(step.model),
                paren(
                    lang,
                    &format::score(step.score),
                    &format::month(step.date, lang)
                )
            );
            o.push_str("<tr>");
            element(o, "th", &[("scope", "row")], &when);
            element(o, "td", &[], &score);
            element(
                o,
                "td",
                &[("class", "kllm-chart__cell-value")],
                &super::short(&without, lang),
            );
            o.push_str("</tr>");
        }
    }
    o.push_str("</tbody></table>");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::dataset;

    #[test]
    fn the_gap_table_has_both_moments_and_every_score() {
        let d = dataset();
        let s = crate::chart::gap::gap_series(d, crate::model::BenchmarkId::Mmlu, None, Lang::En)
            .unwrap();
        let html = write(d, &s, Lang::En);
        assert!(
            html.contains(r#"data-moment="article">no figure</td>"#),
            "{html}"
        );
        assert!(
            html.contains(r#"data-moment="now">32 months</td>"#),
            "{html}"
        );
        assert!(
            html.contains("<td>Motif 2 12.7B 78.1 (Nov 2025)</td>"),
            "{html}"
        );
        assert_eq!(
            html.matches("<th scope=\"row\" class=\"kllm-chart__cell-name\">")
                .count(),
            19
        );
        // What the figure rests on: each deciding score and the figure without it.
        assert!(html.contains(
            "<caption class=\"kllm-chart__table-caption\">What the figure rests on</caption>"
        ));
        assert!(
            html.contains(
                "<td>GPT-4 86.4 (Mar 2023)</td><td class=\"kllm-chart__cell-value\">23 months</td>"
            ),
            "{html}"
        );
        // Every score says where its source states the setting.
        assert_eq!(html.matches("kllm-chart__cell-evidence").count(), 19);
        assert!(html.contains("pre-trained base GPT-4 model"), "{html}");
        assert!(html.contains("kllm-chart__table-note"));
    }
}
