//! "Get the data": the models of a view (or all of them) as CSV and JSON, with the provenance
//! of every value, the release and the data's date, the data's licence and how to cite it.
//! Pure; the footer turns the strings into downloads.
//!
//! Both formats are written straight into one `String` by two tiny writers rather than
//! assembled from `format!`ed pieces: the same bytes, in about half the wasm. This file has
//! the CSV of the models; `json.rs` the JSON; `gap.rs` the gap figures in both.

mod gap;
mod json;
mod write;

pub use gap::{gap_comparisons, gap_csv, GAP_CSV};
pub use json::json;
pub use write::BOM;

use write::{base_text, flag, Csv};

use crate::i18n::{format, ui};
use crate::model::*;
use crate::release;
use crate::settings::Lang;

const FACTS: [&str; 7] = [
    "released",
    "params_billions",
    "context_tokens",
    "modality",
    "access",
    "licence",
    "base_model",
];

fn sizes_text(sizes: &[Size]) -> String {
    sizes
        .iter()
        .map(|s| match s.active {
            Some(a) => format!("{}/{}A", format::decimal(s.total, 3), format::decimal(a, 3)),
            None => format::decimal(s.total, 3),
        })
        .collect::<Vec<_>>()
        .join(";")
}

/// Columns describing a model's place in a programme (empty when it has none).
const PROGRAMME: [&str; 9] = [
    "programme",
    "programme_team_ko",
    "programme_team_en",
    "programme_entered",
    "programme_standing",
    "programme_standing_round",
    "programme_standing_date",
    "programme_status",
    "programme_source",
];

/// The programme columns of one model: the team that entered it, the rounds it was entered
/// in, the team's latest decision, and the status and source of the (first) entry.
fn programme_cells(c: &mut Csv, d: &Dataset, r: ModelRef) {
    let Some(p) = d.programme_entry(r) else {
        for _ in PROGRAMME {
            c.cell("");
        }
        return;
    };
    let team = p.team();
    c.cell(&p.programme.id);
    c.cell(&team.name.ko);
    c.cell(&team.name.en);
    let rounds: Vec<&str> = p
        .entries(r)
        .map(|e| p.programme.round(e.round).id.as_ref())
        .collect();
    c.cell(&rounds.join(";"));
    match p.standing() {
        Some((round, o)) => {
            c.cell(o.result.slug());
            c.cell(&round.id);
            c.cell(&round.date.value().map(Date::to_string).unwrap_or_default());
        }
        None => {
            c.cell("");
            c.cell("");
            c.cell("");
        }
    }
    match p.entries(r).next() {
        Some(e) => {
            c.cell(e.status.slug());
            c.cell(&d.source(e.source).url);
        }
        None => {
            c.cell("");
            c.cell("");
        }
    }
}

/// The data licence as one cell: `CC BY 4.0 https://creativecommons.org/licenses/by/4.0/`.
fn licence_cell() -> String {
    format!("{} {}", release::DATA_LICENCE, release::DATA_LICENCE_URL)
}

/// The models as CSV (with BOM): one row per model; each fact has value, status, source and
/// reason columns; benchmarks as `name=value@measurer` list; the data's as-of date, the
/// release, the data's licence and how to cite it on every row (a CSV has no other place a
/// spreadsheet keeps); the programme columns.
pub fn csv(d: &Dataset, models: &[ModelRef]) -> String {
    let mut c = Csv::new();
    for name in [
        "data_as_of",
        "release",
        "data_licence",
        "cite_as",
        "id",
        "name_ko",
        "name_en",
        "developer_ko",
        "developer_en",
        "developer_kind",
        "reference",
        "in_article",
        "ecosystem_graphs",
    ] {
        c.cell(name);
    }
    for f in FACTS {
        for suffix in ["", "_status", "_source", "_reason"] {
            c.cell(&[f, suffix].concat());
        }
    }
    c.cell("benchmarks");
    c.cell("claims");
    for name in PROGRAMME {
        c.cell(name);
    }
    c.end_row();
    let as_of = d.as_of.to_string();
    let name = release::name(d.as_of);
    let (licence, cite) = (licence_cell(), ui::citation(Lang::En, &name, d.as_of));
    for &r in models {
        let m = d.model(r);
        let org = d.org_of(m);
        for cell in [&as_of, &name, &licence, &cite] {
            c.cell(cell);
        }
        for text in [&m.id, &m.name.ko, &m.name.en, &org.name.ko, &org.name.en] {
            c.cell(text);
        }
        c.cell(org.kind.slug());
        c.cell(flag(m.reference));
        c.cell(flag(m.in_article));
        c.cell(m.ecosystem_graphs.as_ref().map_or("", |e| &e.name));
        c.fact(d, &m.released, |r| r.date.to_string());
        c.fact(d, &m.params, |s| sizes_text(s));
        c.fact(d, &m.context, |n| n.to_string());
        c.fact(d, &m.modality, |x| x.slug().to_string());
        c.fact(d, &m.access, |a| a.slug().to_string());
        c.fact(d, &m.licence, |l| l.name.to_string());
        c.fact(d, &m.base_model, |b| base_text(d, b));
        let benchmarks: Vec<String> = m
            .benchmarks
            .iter()
            .map(|b| {
                format!(
                    "{}={}@{}",
                    b.benchmark.slug(),
                    format::decimal(b.value, 2),
                    d.org(b.measured_by).id
                )
            })
            .collect();
        c.cell(&benchmarks.join(";"));
        let claims: Vec<&str> = m.claims.iter().map(|c| c.text.en.as_ref()).collect();
        c.cell(&claims.join(" | "));
        programme_cells(&mut c, d, r);
        c.end_row();
    }
    c.finish()
}
#[cfg(test)]
mod tests {
    use super::write::{field, push_js};
    use super::*;
    use crate::data::dataset;

    fn all() -> Vec<ModelRef> {
        (0..dataset().models.len() as u16).map(ModelRef).collect()
    }

    #[test]
    fn cells_a_spreadsheet_would_run_as_formulas_open_as_text() {
        assert_eq!(
            field("=HYPERLINK(\"http://x\")"),
            "\"'=HYPERLINK(\"\"http://x\"\")\""
        );
        assert_eq!(field("+1"), "'+1");
        assert_eq!(field("-2+3"), "'-2+3");
        assert_eq!(field("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(field("\t=1"), "'\t=1");
        assert_eq!(field("\r=1"), "\"'\r=1\"");
        // Ordinary cells are unchanged, including ones with a sign inside.
        assert_eq!(field("EXAONE-3.5"), "EXAONE-3.5");
        assert_eq!(field("2024-12-09"), "2024-12-09");
        assert_eq!(field("32/3A"), "32/3A");
        assert_eq!(field("a, b"), "\"a, b\"");
    }

    #[test]
    fn no_cell_of_the_real_data_starts_like_a_formula() {
        let csv = csv(dataset(), &all());
        for row in csv.trim_start_matches(BOM).split("\r\n") {
            for cell in row.split(',') {
                let cell = cell.trim_start_matches('"');
                assert!(
                    !cell.starts_with(['=', '+', '-', '@', '\t']),
                    "{cell:?} in {row}"
                );
            }
        }
    }

    #[test]
    fn csv_starts_with_bom_and_has_a_row_per_model() {
        let csv = csv(dataset(), &all());
        assert!(csv.starts_with(BOM));
        assert_eq!(csv.matches("\r\n").count(), dataset().models.len() + 1);
        assert!(csv.contains("released_source"));
    }

    #[test]
    fn csv_quotes_fields_with_commas_and_quotes() {
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("엑사원"), "엑사원");
    }

    #[test]
    fn json_export_is_valid_json_with_every_model() {
        let text = json(dataset(), &all());
        let v: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
        assert_eq!(
            v["models"].as_array().unwrap().len(),
            dataset().models.len()
        );
        let first = &v["models"][0];
        assert!(
            first["released"]["source"]
                .as_str()
                .is_some_and(|s| s.starts_with("https://"))
                || first["released"]["value"].is_null()
        );
    }

    /// The rows of a CSV export as cells (quoted cells unquoted).
    fn parse_csv(csv: &str) -> Vec<Vec<String>> {
        let mut rows = vec![];
        let mut row = vec![];
        let mut cell = String::new();
        let mut quoted = false;
        let mut chars = csv.trim_start_matches(BOM).chars().peekable();
        while let Some(ch) = chars.next() {
            match (quoted, ch) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                (true, '"') => quoted = false,
                (true, _) => cell.push(ch),
                (false, '"') => quoted = true,
                (false, ',') => row.push(std::mem::take(&mut cell)),
                (false, '\r') => {}
                (false, '\n') => {
                    row.push(std::mem::take(&mut cell));
                    rows.push(std::mem::take(&mut row));
                }
                (false, _) => cell.push(ch),
            }
        }
        rows
    }

    #[test]
    fn csv_carries_the_as_of_date_and_the_programme_columns() {
        let rows = parse_csv(&csv(dataset(), &all()));
        let header = &rows[0];
        assert_eq!(header[0], "data_as_of");
        assert!(rows.iter().all(|r| r.len() == header.len()));
        let col = |name: &str| header.iter().position(|h| h == name).unwrap();
        let row = |id: &str| rows.iter().find(|r| r[col("id")] == id).unwrap();
        let solar = row("solar-open-100b");
        assert_eq!(solar[0], "2026-12-06");
        assert_eq!(solar[col("programme")], "sovereign-ai-foundation-model");
        assert_eq!(solar[col("programme_team_en")], "Upstage");
        assert_eq!(solar[col("programme_entered")], "phase-1");
        assert_eq!(solar[col("programme_standing")], "advanced");
        assert_eq!(solar[col("programme_standing_round")], "phase-2");
        assert_eq!(solar[col("programme_standing_date")], "2026-08-18");
        assert!(solar[col("programme_source")].starts_with("https://"));
        assert_eq!(row("vaetki")[col("programme_standing")], "dropped");
        let gpt4 = row("gpt-4");
        assert_eq!(gpt4[col("programme")], "");
        assert_eq!(gpt4[col("programme_standing")], "");
    }

    #[test]
    fn json_carries_the_as_of_date_the_programme_and_each_models_place_in_it() {
        let d = dataset();
        let v: serde_json::Value = serde_json::from_str(&json(d, &all())).unwrap();
        assert_eq!(v["as_of"], "2026-12-06");
        let p = &v["programmes"][0];
        assert_eq!(p["id"], "sovereign-ai-foundation-model");
        assert!(p["note"]["ko"].as_str().is_some_and(|s| !s.is_empty()));
        let rounds = p["rounds"].as_array().unwrap();
        let phase1 = rounds.iter().find(|r| r["id"] == "phase-1").unwrap();
        assert_eq!(phase1["kind"], "evaluation");
        assert_eq!(phase1["date"]["value"], "2026-01-15");
        let naver = phase1["outcomes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|o| o["team"] == "naver-cloud")
            .unwrap();
        assert_eq!(naver["result"], "dropped");
        assert!(naver["reason"]["en"]
            .as_str()
            .is_some_and(|s| !s.is_empty()));
        assert!(naver["source"].as_str().unwrap().starts_with("https://"));
        let models = v["models"].as_array().unwrap();
        let by_id = |id: &str| models.iter().find(|m| m["id"] == id).unwrap();
        let solar = &by_id("solar-open-100b")["programme"];
        assert_eq!(solar["team"], "upstage");
        assert_eq!(solar["entered"][0], "phase-1");
        assert_eq!(solar["standing"]["result"], "advanced");
        assert!(by_id("gpt-4")["programme"].is_null());
    }

    #[test]
    fn every_csv_row_carries_the_release_the_licence_and_the_citation() {
        let rows = parse_csv(&csv(dataset(), &all()));
        let header = &rows[0];
        assert_eq!(
            header[..4],
            ["data_as_of", "release", "data_licence", "cite_as"]
        );
        let name = format!("{}-2026-12-06", release::VERSION);
        for row in &rows[1..] {
            assert_eq!(row[1], name);
            assert_eq!(
                row[2],
                "CC BY 4.0 https://creativecommons.org/licenses/by/4.0/"
            );
            assert!(
                row[3].starts_with("kllm-widget, “Korea's large language models")
                    && row[3].contains(&format!("release {name} (data as of 6 Dec 2026)"))
                    && row[3].ends_with("CC BY 4.0."),
                "{}",
                row[3]
            );
        }
    }

    #[test]
    fn json_names_the_release_the_licence_and_how_to_cite_in_both_languages() {
        let v: serde_json::Value = serde_json::from_str(&json(dataset(), &all())).unwrap();
        let name = format!("{}-2026-12-06", release::VERSION);
        assert_eq!(v["release"], name.as_str());
        assert_eq!(v["licence"]["name"], "CC BY 4.0");
        assert_eq!(
            v["licence"]["url"],
            "https://creativecommons.org/licenses/by/4.0/"
        );
        assert!(v["licence"]["terms"]["ko"]
            .as_str()
            .is_some_and(|s| s.contains("이용 조건")));
        assert!(v["licence"]["terms"]["en"]
            .as_str()
            .is_some_and(|s| s.contains("keeps its own terms")));
        let ko = v["cite_as"]["ko"].as_str().unwrap();
        assert!(ko.contains(&format!("릴리스 {name}(데이터 기준 2026년 12월 6일)")));
        let en = v["cite_as"]["en"].as_str().unwrap();
        assert!(en.contains(&format!("release {name} (data as of 6 Dec 2026)")));
    }

    #[test]
    fn json_escapes_control_characters() {
        let mut o = String::new();
        push_js(&mut o, "a\"b\\c\nd\u{1}");
        assert_eq!(o, "\"a\\\"b\\\\c\\nd\\u0001\"");
    }

    #[test]
    fn gap_csv_has_a_row_per_comparison_and_moment() {
        let d = dataset();
        let rows = parse_csv(&gap_csv(d));
        let head = &rows[0];
        let col = |name: &str| head.iter().position(|h| h == name).unwrap();
        assert_eq!(rows.len() - 1, gap_comparisons(d).len() * 2);
        let find = |bench: &str, cmp: &str, moment: &str| {
            rows.iter()
                .find(|r| {
                    r[col("benchmark")] == bench
                        && r[col("comparison")] == cmp
                        && r[col("moment")] == moment
                })
                .unwrap_or_else(|| panic!("{bench} {cmp} {moment}"))
        };
        let now = find("mmlu", "base.5shot", "as_of");
        assert_eq!(now[col("outcome")], "behind");
        assert_eq!(now[col("months")], "32");
        assert_eq!(now[col("at_least")], "false");
        assert_eq!(now[col("korean_model")], "motif-2-12-7b");
        assert_eq!(now[col("global_model")], "gpt-4");
        // What the figure rests on: 20 months without Motif 2's score, 23 without GPT-4's.
        assert_eq!(now[col("without_korean_best")], "20");
        assert_eq!(now[col("without_global_first")], "23");
        assert_eq!(now[col("shots")], "5");
        assert_eq!(now[col("setting")], "MMLU · 5-shot · base");
        let then = find("mmlu", "base.5shot", "article");
        assert_eq!(
            (then[col("outcome")].as_str(), then[col("reason")].as_str()),
            ("no_figure", "too_few_korean")
        );
        assert_eq!(then[col("without_korean_best")], "");
        let kmmlu = find("kmmlu", "base.5shot", "as_of");
        assert_eq!(kmmlu[col("months")], "15");
        assert_eq!(kmmlu[col("without_korean_best")], "2");
        assert_eq!(kmmlu[col("without_global_first")], "no_figure");
        let cot = find("mmlu", "instruct.0shot.cot", "as_of");
        assert_eq!(
            (cot[col("months")].as_str(), cot[col("at_least")].as_str()),
            ("12", "true")
        );
        assert_eq!(cot[col("without_global_first")], "10+");
    }

    #[test]
    fn json_carries_the_gap_figures() {
        let d = dataset();
        let v: serde_json::Value = serde_json::from_str(&json(d, &all())).unwrap();
        let gap = v["gap"].as_array().unwrap();
        assert_eq!(gap.len(), gap_comparisons(d).len());
        let mmlu = gap
            .iter()
            .find(|g| g["benchmark"] == "mmlu" && g["comparison"] == "base.5shot")
            .unwrap();
        assert_eq!(mmlu["shots"], 5);
        assert_eq!(mmlu["figures"]["as_of"]["months"], 32);
        assert_eq!(mmlu["figures"]["as_of"]["global"]["model"], "gpt-4");
        assert_eq!(mmlu["figures"]["article"]["reason"], "too_few_korean");
        assert_eq!(mmlu["korean"].as_array().unwrap().len(), 4);
        // What the figure rests on, each score with the figure without it.
        let rests = mmlu["figures"]["as_of"]["rests_on"].as_array().unwrap();
        assert_eq!(rests.len(), 2);
        assert_eq!(rests[1]["model"], "gpt-4");
        assert_eq!(rests[1]["without"]["months"], 23);
        assert_eq!(rests[0]["without"]["outcome"], "behind");
        assert!(mmlu["figures"]["article"]["rests_on"]
            .as_array()
            .unwrap()
            .is_empty());
        // Each point says where its source states the setting.
        let gpt4 = mmlu["global"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["model"] == "gpt-4")
            .unwrap();
        assert!(gpt4["evidence"]["words"]
            .as_str()
            .unwrap()
            .contains("pre-trained base GPT-4"));
    }
}
