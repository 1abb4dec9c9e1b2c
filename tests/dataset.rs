//! The dataset: the real file loads cleanly, and each kind of mistake in a broken fixture
//! is reported with the entry, the field and the problem.
#![cfg(not(target_arch = "wasm32"))]

use kllm_widget::data::dataset;
use kllm_widget::dataset::load;
use kllm_widget::model::*;
use serde_json::{json, Value};

/// A minimal valid dataset, built here so every broken fixture differs from it by one mistake.
fn fixture() -> Value {
    json!({
        "schema": 1,
        "as_of": "2026-11-28",
        "article": {"source": "news", "date": "2025-02-06"},
        "sources": [
            {"id": "news", "url": "https://news.example.com/a", "title": "A story", "publisher": "Wire", "kind": "news"},
            {"id": "card", "url": "https://huggingface.co/org/m", "title": "Card", "publisher": "Org", "kind": "model_card", "date": "2024-12"}
        ],
        "orgs": [
            {"id": "org", "name": {"ko": "기관", "en": "Org"}, "kind": "startup", "country": "KR", "url": "https://org.example.com"},
            {"id": "lab", "name": {"ko": "평가", "en": "Lab"}, "kind": "evaluator", "country": "US", "url": "https://lab.example.com"}
        ],
        "models": [{
            "id": "m-1", "org": "org", "family": "m", "version": "1",
            "name": {"ko": "엠", "en": "M"}, "aliases": [], "reference": false, "in_article": true,
            "ecosystem_graphs": null,
            "released": {"value": {"date": "2024-12-09", "event": "release"}, "source": "card", "status": "verified"},
            "params": {"value": [{"total": 2.4}, {"total": 32, "active": 3}], "source": "card", "status": "verified"},
            "context": {"value": null, "unknown": "undisclosed", "reason": {"ko": "비공개", "en": "Not disclosed"}},
            "modality": {"value": "text", "source": "card", "status": "verified"},
            "access": {"value": "open_weights", "source": "card", "status": "verified"},
            "licence": {"value": {"name": "MIT", "kind": "permissive"}, "source": "card", "status": "verified"},
            "base_model": {"value": {"relation": "none"}, "source": "card", "status": "verified"},
            "benchmarks": [{"benchmark": "kmmlu", "value": 46.36, "size": 32, "variant": "base", "measured_by": "lab", "source": "card", "status": "verified",
                            "evidence": {"where": "Table 1", "words": null}}],
            "claims": [{"text": {"ko": "1위", "en": "#1"}, "date": "2024-01", "leaderboard": "open_llm_v1", "by": "article", "source": "news", "status": "unverified"}]
        }]
    })
}

/// The fixture with a programme: two teams selected, one model entered and shown, one team
/// dropped at the first evaluation, and a team outside the dataset added later.
fn with_programme() -> Value {
    let mut v = fixture();
    v["sources"].as_array_mut().unwrap().push(json!(
        {"id": "ministry", "url": "https://www.msit.go.kr/a", "title": "Teams selected", "publisher": "Ministry", "kind": "press_release", "date": "2025-08-04"}
    ));
    v["orgs"].as_array_mut().unwrap().push(json!(
        {"id": "big", "name": {"ko": "큰회사", "en": "Big"}, "kind": "big_tech", "country": "KR", "url": "https://big.example.com"}
    ));
    v["programmes"] = json!([{
        "id": "sovereign",
        "name": {"ko": "독자 모델", "en": "Sovereign model"},
        "run_by": {"ko": "부처", "en": "Ministry"},
        "sources": ["ministry"],
        "teams": [
            {"id": "org", "name": {"ko": "기관", "en": "Org"}, "org": "org",
             "entries": [{"model": "m-1", "round": "showcase", "source": "ministry", "status": "verified"}]},
            {"id": "big", "name": {"ko": "큰회사", "en": "Big"}, "org": "big", "entries": []},
            {"id": "uni", "name": {"ko": "대학", "en": "University"}, "entries": []}
        ],
        "rounds": [
            {"id": "selection", "kind": "selection", "name": {"ko": "선정", "en": "Selection"},
             "date": {"value": "2025-08-04", "source": "ministry", "status": "verified"},
             "outcomes": [
                {"team": "org", "result": "selected", "source": "ministry", "status": "verified"},
                {"team": "big", "result": "selected", "source": "ministry", "status": "verified"},
                {"team": "uni", "result": "not_selected", "source": "news", "status": "unverified"}
             ]},
            {"id": "showcase", "kind": "showcase", "name": {"ko": "발표회", "en": "Showcase"},
             "date": {"value": "2025-12-30", "source": "news", "status": "unverified"}},
            {"id": "phase-1", "kind": "evaluation", "name": {"ko": "1차 평가", "en": "Phase 1"},
             "date": {"value": "2026-01-15", "source": "ministry", "status": "verified"},
             "outcomes": [
                {"team": "org", "result": "advanced", "source": "ministry", "status": "verified"},
                {"team": "big", "result": "dropped", "reason": {"ko": "독자성 미달", "en": "Not independent enough"}, "source": "ministry", "status": "verified"}
             ]},
            {"id": "extra", "kind": "selection", "name": {"ko": "추가 선정", "en": "Extra team"},
             "date": {"value": "2026-02-20", "source": "ministry", "status": "verified"},
             "outcomes": [{"team": "uni", "result": "added", "source": "ministry", "status": "verified"}]},
            {"id": "phase-2", "kind": "evaluation", "name": {"ko": "2차 평가", "en": "Phase 2"},
             "date": {"value": "2026-08", "source": "news", "status": "unverified"},
             "outcome_unknown": {"unknown": "not_found", "reason": {"ko": "결과를 찾지 못함", "en": "Result not found"}}}
        ]
    }]);
    v
}

/// Loads the programme fixture after applying `change`, expecting exactly the problems listed.
fn programme_errors_after(change: impl FnOnce(&mut Value)) -> Vec<String> {
    let mut v = with_programme();
    change(&mut v);
    match load(&v.to_string()) {
        Ok(_) => vec![],
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}

fn round(v: &mut Value, i: usize) -> &mut Value {
    &mut v["programmes"][0]["rounds"][i]
}

/// Loads a fixture after applying `change`, expecting exactly the problems listed.
fn errors_after(change: impl FnOnce(&mut Value)) -> Vec<String> {
    let mut v = fixture();
    change(&mut v);
    match load(&v.to_string()) {
        Ok(_) => vec![],
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}

fn model(v: &mut Value) -> &mut Value {
    &mut v["models"][0]
}

#[test]
fn the_fixture_itself_is_valid() {
    assert_eq!(errors_after(|_| {}), Vec::<String>::new());
}

#[test]
fn bad_date_names_entry_and_field() {
    let e = errors_after(|v| model(v)["released"]["value"]["date"] = json!("2024-02-30"));
    assert_eq!(
        e,
        ["models[m-1].released.value.date: day 30 in \"2024-02-30\" does not exist"]
    );
}

#[test]
fn unknown_enum_value_lists_the_expected_ones() {
    let e = errors_after(|v| model(v)["access"]["value"] = json!("open-weights"));
    assert_eq!(e.len(), 1);
    assert!(
        e[0].starts_with("models[m-1].access.value: unknown value \"open-weights\""),
        "{e:?}"
    );
    assert!(
        e[0].contains("open_weights, api, service, unreleased"),
        "{e:?}"
    );
}

#[test]
fn missing_source_on_a_known_value() {
    let e = errors_after(|v| {
        model(v)["modality"]
            .as_object_mut()
            .unwrap()
            .remove("source");
    });
    assert_eq!(e, ["models[m-1].modality.source: missing"]);
}

#[test]
fn unknown_value_without_reason() {
    let e = errors_after(|v| {
        model(v)["context"]
            .as_object_mut()
            .unwrap()
            .remove("reason");
    });
    assert_eq!(e, ["models[m-1].context.reason: missing"]);
}

#[test]
fn zero_is_not_an_unknown() {
    let e = errors_after(|v| model(v)["params"]["value"][0]["total"] = json!(0));
    assert_eq!(
        e,
        ["models[m-1].params.value[0].total: 0 is out of range 0.01..=100000"]
    );
}

#[test]
fn duplicate_model_id() {
    let e = errors_after(|v| {
        let copy = v["models"][0].clone();
        v["models"].as_array_mut().unwrap().push(copy);
    });
    assert_eq!(e, ["models[m-1].id: duplicate id \"m-1\""]);
}

#[test]
fn url_that_is_not_https() {
    let e = errors_after(|v| v["sources"][1]["url"] = json!("http://huggingface.co/org/m"));
    assert_eq!(
        e,
        ["sources[card].url: \"http://huggingface.co/org/m\" is not an https:// URL"]
    );
}

#[test]
fn mirror_is_not_a_source() {
    let e = errors_after(|v| v["sources"][1]["url"] = json!("https://hf-mirror.com/org/m"));
    assert_eq!(e, ["sources[card].url: hf-mirror.com is a mirror or summary site: cite the canonical document"]);
}

#[test]
fn arxiv_is_cited_by_abstract_page() {
    let e = errors_after(|v| v["sources"][1]["url"] = json!("https://arxiv.org/pdf/2412.04862"));
    assert_eq!(
        e,
        ["sources[card].url: cite an arXiv paper by its abstract page, https://arxiv.org/abs/…"]
    );
}

#[test]
fn reference_to_unknown_organisation() {
    let e = errors_after(|v| model(v)["org"] = json!("lg"));
    assert_eq!(e, ["models[m-1].org: unknown organisation id \"lg\""]);
}

#[test]
fn reference_to_unknown_source() {
    let e = errors_after(|v| model(v)["licence"]["source"] = json!("nowhere"));
    assert_eq!(
        e,
        ["models[m-1].licence.source: unknown source id \"nowhere\""]
    );
}

#[test]
fn benchmark_out_of_range() {
    let e = errors_after(|v| model(v)["benchmarks"][0]["value"] = json!(104.2));
    assert_eq!(
        e,
        ["models[m-1].benchmarks[0].value: 104.2 is out of range 0..=100"]
    );
}

#[test]
fn benchmark_of_a_size_the_release_does_not_have() {
    let e = errors_after(|v| model(v)["benchmarks"][0]["size"] = json!(7.8));
    assert_eq!(
        e,
        ["models[m-1].benchmarks[0].size: 7.8 is not one of the release's sizes [2.4, 32.0]"]
    );
}

#[test]
fn self_reported_score_cannot_be_verified() {
    let e = errors_after(|v| model(v)["benchmarks"][0]["measured_by"] = json!("org"));
    assert_eq!(e, ["models[m-1].benchmarks[0].status: a self-reported score is \"claimed\", not \"verified\""]);
}

#[test]
fn disputed_value_keeps_its_alternatives() {
    let e = errors_after(|v| model(v)["params"]["status"] = json!("disputed"));
    assert_eq!(
        e,
        ["models[m-1].params: status is \"disputed\" but there are no alternatives"]
    );
}

#[test]
fn misspelt_field_is_reported() {
    let e = errors_after(|v| {
        let m = model(v).as_object_mut().unwrap();
        let c = m.remove("context").unwrap();
        m.insert("contxt".into(), c);
    });
    assert_eq!(
        e,
        [
            "models[m-1].context: missing",
            "models[m-1].contxt: unknown field"
        ]
    );
}

#[test]
fn more_active_than_total_parameters() {
    let e = errors_after(|v| model(v)["params"]["value"][1]["active"] = json!(40));
    assert_eq!(
        e,
        ["models[m-1].params.value[1].active: more active than total parameters"]
    );
}

#[test]
fn unused_source_is_reported() {
    let e = errors_after(|v| {
        v["sources"].as_array_mut().unwrap().push(json!(
            {"id": "spare", "url": "https://x.example.com", "title": "T", "publisher": "P", "kind": "blog"}
        ));
    });
    assert_eq!(
        e,
        ["sources[spare]: no value cites this source: remove it or cite it"]
    );
}

#[test]
fn more_organisations_than_the_filters_hold() {
    let e = errors_after(|v| {
        let orgs = v["orgs"].as_array_mut().unwrap();
        for i in orgs.len()..=MAX_ORGS {
            orgs.push(json!(
                {"id": format!("o{i}"), "name": {"ko": "기관", "en": "Org"}, "kind": "startup", "country": "KR", "url": "https://org.example.com"}
            ));
        }
    });
    assert_eq!(e, ["orgs: 65 organisations; the filters hold at most 64"]);
}

#[test]
fn release_after_the_as_of_date() {
    let e = errors_after(|v| model(v)["released"]["value"]["date"] = json!("2026-12-01"));
    assert_eq!(
        e,
        ["models[m-1].released.value.date: 2026-12-01 is after the data's as-of date 2026-11-28: fix the date, or check the data again and move \"as_of\""]
    );
}

#[test]
fn a_month_precision_release_in_the_as_of_month_is_not_late() {
    assert_eq!(
        errors_after(|v| model(v)["released"]["value"]["date"] = json!("2026-11")),
        Vec::<String>::new()
    );
    assert_eq!(
        errors_after(|v| model(v)["released"]["value"]["date"] = json!("2026-12")).len(),
        1
    );
}

#[test]
fn source_and_claim_dated_after_the_as_of_date() {
    let e = errors_after(|v| {
        v["sources"][1]["date"] = json!("2027");
        model(v)["claims"][0]["date"] = json!("2026-11-29");
    });
    assert_eq!(
        e,
        [
            "sources[card].date: 2027 is after the data's as-of date 2026-11-28: fix the date, or check the data again and move \"as_of\"",
            "models[m-1].claims[0].date: 2026-11-29 is after the data's as-of date 2026-11-28: fix the date, or check the data again and move \"as_of\""
        ]
    );
}

#[test]
fn the_old_updated_field_is_rejected() {
    let e = errors_after(|v| {
        let o = v.as_object_mut().unwrap();
        let d = o.remove("as_of").unwrap();
        o.insert("updated".into(), d);
    });
    assert_eq!(e, ["$.as_of: missing", "$.updated: unknown field"]);
}

#[test]
fn benchmark_shots_and_chain_of_thought() {
    assert_eq!(
        errors_after(|v| {
            model(v)["benchmarks"][0]["shots"] = json!(5);
            model(v)["benchmarks"][0]["cot"] = json!(false);
            model(v)["benchmarks"][0]["evidence"]["words"] = json!("5-shot, direct answer");
        }),
        Vec::<String>::new()
    );
    let e = errors_after(|v| model(v)["benchmarks"][0]["shots"] = json!("5-shot"));
    assert_eq!(
        e,
        ["models[m-1].benchmarks[0].shots: expected a whole number, got \"5-shot\""]
    );
}

// Programmes -------------------------------------------------------------------------------

#[test]
fn the_programme_fixture_is_valid_and_read_in_full() {
    let v = with_programme();
    let d = load(&v.to_string()).unwrap_or_else(|e| panic!("{e:#?}"));
    let p = &d.programmes[0];
    assert_eq!((p.teams.len(), p.rounds.len()), (3, 5));
    let entry = d.programme_entry(ModelRef(0)).expect("m-1 is entered");
    assert_eq!(entry.team().id, "org");
    let (round, outcome) = entry.standing().unwrap();
    assert_eq!(
        (round.id.as_ref(), outcome.result),
        ("phase-1", OutcomeKind::Advanced)
    );
    let (round, outcome) = p.standing(TeamRef(1)).unwrap();
    assert_eq!(
        (round.id.as_ref(), outcome.result),
        ("phase-1", OutcomeKind::Dropped)
    );
    assert_eq!(p.standing(TeamRef(2)).unwrap().1.result, OutcomeKind::Added);
    assert!(p.rounds[4].outcomes.is_empty() && p.rounds[4].outcome_unknown.is_some());
    assert!(p.rounds[1].outcomes.is_empty() && p.rounds[1].outcome_unknown.is_none());
}

#[test]
fn programme_team_reference_must_exist() {
    let e = programme_errors_after(|v| round(v, 0)["outcomes"][0]["team"] = json!("nobody"));
    assert_eq!(
        e,
        ["programmes[sovereign].rounds[selection].outcomes[0].team: unknown team id \"nobody\" in this programme"]
    );
}

#[test]
fn programme_entry_round_must_exist() {
    let e = programme_errors_after(|v| {
        v["programmes"][0]["teams"][0]["entries"][0]["round"] = json!("final")
    });
    assert_eq!(
        e,
        ["programmes[sovereign].teams[org].entries[0].round: unknown round id \"final\" in this programme"]
    );
}

#[test]
fn dropped_team_needs_a_reason() {
    let e = programme_errors_after(|v| {
        round(v, 2)["outcomes"][1]
            .as_object_mut()
            .unwrap()
            .remove("reason");
    });
    assert_eq!(
        e,
        ["programmes[sovereign].rounds[phase-1].outcomes[1].reason: missing: say why the team was dropped"]
    );
}

#[test]
fn a_team_outside_the_programme_cannot_advance() {
    // "uni" was not selected, so it cannot pass the first evaluation.
    let e = programme_errors_after(|v| {
        round(v, 2)["outcomes"].as_array_mut().unwrap().push(
            json!({"team": "uni", "result": "advanced", "source": "news", "status": "unverified"}),
        )
    });
    assert_eq!(
        e,
        ["programmes[sovereign].rounds[phase-1].outcomes[2].result: team \"uni\" cannot be \"advanced\": it is not in the programme at this round"]
    );
}

#[test]
fn a_team_in_the_programme_cannot_be_added_again() {
    let e = programme_errors_after(|v| round(v, 3)["outcomes"][0]["team"] = json!("org"));
    assert_eq!(
        e,
        ["programmes[sovereign].rounds[extra].outcomes[0].result: team \"org\" cannot be \"added\": it is already in the programme at this round"]
    );
}

#[test]
fn rounds_are_listed_oldest_first() {
    let e = programme_errors_after(|v| round(v, 1)["date"]["value"] = json!("2025-07-01"));
    assert_eq!(
        e,
        ["programmes[sovereign].rounds[showcase].date.value: 2025-07-01 is earlier than the round before it (2025-08-04): list rounds oldest first"]
    );
}

#[test]
fn a_round_after_the_as_of_date() {
    let e = programme_errors_after(|v| round(v, 4)["date"]["value"] = json!("2026-12"));
    assert_eq!(
        e,
        ["programmes[sovereign].rounds[phase-2].date.value: 2026-12 is after the data's as-of date 2026-11-28: fix the date, or check the data again and move \"as_of\""]
    );
}

#[test]
fn a_round_needs_a_known_date() {
    let e = programme_errors_after(|v| {
        round(v, 4)["date"] = json!({"value": null, "unknown": "not_found", "reason": {"ko": "모름", "en": "Unknown"}})
    });
    assert_eq!(
        e,
        ["programmes[sovereign].rounds[phase-2].date.value: a round needs a date"]
    );
}

#[test]
fn a_showcase_decides_nothing() {
    let e = programme_errors_after(|v| {
        round(v, 1)["outcomes"] =
            json!([{"team": "org", "result": "advanced", "source": "news", "status": "unverified"}])
    });
    assert_eq!(
        e,
        ["programmes[sovereign].rounds[showcase].outcomes: a showcase decides nothing: leave out \"outcomes\""]
    );
}

#[test]
fn an_evaluation_lists_outcomes_or_says_why_not() {
    let e = programme_errors_after(|v| {
        round(v, 4)
            .as_object_mut()
            .unwrap()
            .remove("outcome_unknown");
    });
    assert_eq!(
        e,
        ["programmes[sovereign].rounds[phase-2].outcomes: an evaluation decides something: list the outcomes, or say why they are unknown in \"outcome_unknown\""]
    );
}

#[test]
fn an_entry_is_a_model_of_the_team_s_developer() {
    let e = programme_errors_after(|v| {
        let entry = v["programmes"][0]["teams"][0]["entries"][0].clone();
        v["programmes"][0]["teams"][1]["entries"] = json!([entry]);
        v["programmes"][0]["teams"][0]["entries"] = json!([]);
    });
    assert_eq!(
        e,
        ["programmes[sovereign].teams[big].entries[0].model: \"m-1\" is a model of \"org\", not of the team's developer \"big\""]
    );
}

#[test]
fn a_dropped_team_enters_no_later_round() {
    let e = programme_errors_after(|v| {
        let o = v["orgs"].as_array_mut().unwrap();
        o.retain(|x| x["id"] != "big");
        v["programmes"][0]["teams"][1]
            .as_object_mut()
            .unwrap()
            .remove("org");
        v["programmes"][0]["teams"][1]["entries"] =
            json!([{"model": "m-1", "round": "phase-2", "source": "news", "status": "unverified"}]);
    });
    assert!(
        e.contains(&"programmes[sovereign].teams[big].entries[0].round: team \"big\" is not in the programme at round \"phase-2\"".to_string()),
        "{e:?}"
    );
}

#[test]
fn a_model_is_entered_in_a_showcase_or_evaluation() {
    let e = programme_errors_after(|v| {
        v["programmes"][0]["teams"][0]["entries"][0]["round"] = json!("selection")
    });
    assert_eq!(
        e,
        ["programmes[sovereign].teams[org].entries[0].round: models are entered in a showcase or an evaluation, not a selection"]
    );
}

#[test]
fn duplicate_team_id_in_a_programme() {
    let e = programme_errors_after(|v| v["programmes"][0]["teams"][2]["id"] = json!("big"));
    assert!(
        e.contains(&"programmes[sovereign].teams[big].id: duplicate id \"big\"".to_string()),
        "{e:?}"
    );
}

#[test]
fn a_source_only_the_programme_cites_is_used() {
    // "ministry" is cited only by the programme: it is not reported as unused.
    assert_eq!(programme_errors_after(|_| {}), Vec::<String>::new());
    let e = programme_errors_after(|v| {
        let p = &mut v["programmes"][0];
        p["sources"] = json!(["news"]);
        p["teams"][0]["entries"][0]["source"] = json!("news");
        for r in p["rounds"].as_array_mut().unwrap() {
            if r["date"]["source"] == "ministry" {
                r["date"]["source"] = json!("news");
            }
            if let Some(outcomes) = r.get_mut("outcomes").and_then(Value::as_array_mut) {
                for o in outcomes {
                    o["source"] = json!("news");
                }
            }
        }
    });
    assert_eq!(
        e,
        ["sources[ministry]: no value cites this source: remove it or cite it"]
    );
}

#[test]
fn not_json_at_all() {
    let e = load("{\"schema\": 1,").unwrap_err();
    assert!(
        e[0].to_string()
            .starts_with("data/models.json: not valid JSON"),
        "{e:?}"
    );
}

#[test]
fn every_problem_is_reported_not_just_the_first() {
    let e = errors_after(|v| {
        model(v)["org"] = json!("nobody");
        model(v)["released"]["value"]["date"] = json!("yesterday");
    });
    assert_eq!(e.len(), 2, "{e:?}");
}

#[test]
fn three_mistakes_are_reported_in_one_run() {
    let e = errors_after(|v| {
        model(v)["released"]["value"]["date"] = json!("Dec 2024");
        model(v)["access"]["value"] = json!("open");
        model(v)["licence"]["source"] = json!("nowhere");
    });
    assert_eq!(
        e,
        [
            "models[m-1].access.value: unknown value \"open\" (expected one of: open_weights, api, service, unreleased)",
            "models[m-1].released.value.date: \"Dec 2024\" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)",
            "models[m-1].licence.source: unknown source id \"nowhere\"",
        ]
    );
}

// Setting evidence ------------------------------------------------------------------------

#[test]
fn a_score_without_evidence_is_rejected_naming_the_model_and_the_score() {
    let e = errors_after(|v| {
        model(v)["benchmarks"][0]
            .as_object_mut()
            .unwrap()
            .remove("evidence");
    });
    assert_eq!(e.len(), 1, "{e:?}");
    assert!(
        e[0].starts_with(
            "models[m-1].benchmarks[0].evidence: missing: say where the source states"
        ),
        "{e:?}"
    );
    assert!(e[0].ends_with("— the kmmlu score 46.36"), "{e:?}");
}

#[test]
fn evidence_needs_the_place_in_the_source() {
    let e = errors_after(|v| {
        model(v)["benchmarks"][0]["evidence"]
            .as_object_mut()
            .unwrap()
            .remove("where");
    });
    assert_eq!(e, ["models[m-1].benchmarks[0].evidence.where: missing"]);
    let e = errors_after(|v| model(v)["benchmarks"][0]["evidence"]["where"] = json!(" "));
    assert_eq!(
        e,
        ["models[m-1].benchmarks[0].evidence.where: must not be empty"]
    );
}

#[test]
fn a_stated_shot_count_needs_the_words_that_state_it() {
    let e = errors_after(|v| model(v)["benchmarks"][0]["shots"] = json!(5));
    assert_eq!(
        e,
        ["models[m-1].benchmarks[0].evidence.words: null, but the kmmlu score 46.36 gives \"shots\": 5: quote the few words of the source that state it, or leave the setting out (then the score is compared only within its own table)"]
    );
    let e = errors_after(|v| model(v)["benchmarks"][0]["cot"] = json!(true));
    assert_eq!(e.len(), 1, "{e:?}");
    // A score whose source states no setting is still allowed: compared within its table.
    assert_eq!(errors_after(|_| {}), Vec::<String>::new());
}

#[test]
fn every_real_score_says_where_its_setting_is_stated() {
    let d = dataset();
    let mut scores = 0;
    for m in d.models.iter() {
        for b in m.benchmarks.iter() {
            scores += 1;
            assert!(!b.evidence.at.is_empty(), "{} {:?}", m.id, b.benchmark);
            if b.shots.is_some() || b.cot.is_some() {
                assert!(b.evidence.words.is_some(), "{} {:?}", m.id, b.benchmark);
            }
        }
    }
    assert!(scores > 250, "{scores}");
}

// The schema ----------------------------------------------------------------------------------

#[test]
fn the_committed_schema_is_the_one_the_types_generate() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/models.schema.json");
    let want = kllm_widget::dataset::schema::text();
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(path, &want).unwrap();
    }
    let have = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        have == want,
        "data/models.schema.json is stale: run `UPDATE_SCHEMA=1 cargo test --test dataset` and commit it"
    );
}

#[test]
fn the_data_file_names_its_schema_for_editors() {
    let json =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/models.json")).unwrap();
    let v: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["$schema"], "./models.schema.json");
    let schema = kllm_widget::dataset::schema::schema();
    assert_eq!(schema["$id"], "models.schema.json");
    // Field docs become the descriptions an editor shows on hover.
    let evidence = &schema["$defs"]["Evidence"]["properties"]["where"]["description"];
    assert!(evidence
        .as_str()
        .unwrap()
        .starts_with("The table or section"));
    let status = &schema["$defs"]["Status"];
    assert_eq!(status["enum"][0], "verified");
    assert!(status["enumDescriptions"][0]
        .as_str()
        .unwrap()
        .starts_with("Stated as fact"));
}

// The real dataset ------------------------------------------------------------------------

#[test]
fn the_real_dataset_loads_and_matches_the_embedded_one() {
    let json =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/models.json")).unwrap();
    let parsed = load(&json).unwrap_or_else(|e| panic!("{e:#?}"));
    assert_eq!(&parsed, dataset(), "build.rs output differs from the file");
}

#[test]
fn every_value_has_provenance_or_a_reason() {
    fn check<T: Clone>(d: &Dataset, m: &Model, field: &str, f: &Fact<T>) {
        match f {
            Fact::Known(k) => {
                let s = d.source(k.source);
                assert!(s.url.starts_with("https://"), "{}.{field}", m.id);
            }
            Fact::Unknown(u) => {
                assert!(
                    !u.reason.ko.is_empty() && !u.reason.en.is_empty(),
                    "{}.{field}",
                    m.id
                )
            }
        }
    }
    let d = dataset();
    for m in d.models.iter() {
        check(d, m, "released", &m.released);
        check(d, m, "params", &m.params);
        check(d, m, "context", &m.context);
        check(d, m, "modality", &m.modality);
        check(d, m, "access", &m.access);
        check(d, m, "licence", &m.licence);
        check(d, m, "base_model", &m.base_model);
    }
}

fn model_by_id(id: &str) -> &'static Model {
    let d = dataset();
    d.model(
        d.find(id)
            .unwrap_or_else(|| panic!("{id} is missing from the dataset")),
    )
}

#[test]
fn covers_every_model_the_story_names() {
    // The article's models (HyperCLOVA … Solar Pro Preview), SOLAR 10.7B, later versions and
    // the global references the comparison needs.
    let in_article = [
        "hyperclova",
        "hyperclova-x",
        "kanana",
        "exaone-3-5",
        "ax",
        "midm",
        "varco-llm",
        "konan-llm",
        "marengo-2-6",
        "pegasus-1",
        "momo-72b",
        "n3n-10b",
        "solar-pro-preview",
        "deepseek-v2-5",
    ];
    for id in in_article {
        assert!(
            model_by_id(id).in_article,
            "{id} should be marked as named by the article"
        );
    }
    let later = [
        "solar-10-7b",
        "exaone-deep",
        "exaone-4-0",
        "kanana-1-5",
        "ax-3-1",
        "ax-4-0",
        "midm-2-0",
        "hyperclova-x-seed",
        "hyperclova-x-think",
        "solar-pro-2",
        // Through November 2026: the programme's entries, challengers and later releases.
        "k-exaone",
        "exaone-4-5",
        "k-exaone-2-0",
        "ax-k1",
        "ax-k2",
        "kanana-2",
        "kanana-2-3b",
        "kanana-v-4b-hybrid",
        "hyperclova-x-seed-think-32b",
        "hyperclova-x-seed-omni-8b",
        "vaetki",
        "midm-k-2-5-pro",
        "solar-open-100b",
        "solar-open-2",
        "motif-2-12-7b",
        "tri",
    ];
    for id in later {
        assert!(!model_by_id(id).reference, "{id}");
    }
    let references = [
        "gpt-4",
        "gpt-4o",
        "llama-3-1",
        "qwen2-5-72b",
        "deepseek-v2-5",
        "deepseek-v3",
        "deepseek-r1",
        // The global frontier as it moved (issue 16).
        "gpt-3-5",
        "llama-2",
        "llama-3",
        "o1",
        "qwen3-235b",
        "qwen3-235b-thinking-2507",
        "gpt-oss-120b",
        "gpt-5",
        "gemini-3-pro",
    ];
    for id in references {
        assert!(
            model_by_id(id).reference,
            "{id} should be a global reference"
        );
    }
    let korean = dataset()
        .models
        .iter()
        .filter(|m| !m.reference && m.in_article)
        .count();
    assert_eq!(
        korean,
        in_article.len() - 1,
        "Korean models named by the article"
    );
}

#[test]
fn the_real_programme_records_selection_phase_one_and_the_added_team() {
    let d = dataset();
    let p = &d.programmes[0];
    assert_eq!(&*p.id, "sovereign-ai-foundation-model");
    let team = |id: &str| {
        TeamRef(
            p.teams
                .iter()
                .position(|t| &*t.id == id)
                .unwrap_or_else(|| panic!("team {id}")) as u16,
        )
    };
    let result_in = |round: &str, id: &str| {
        let r = p.rounds.iter().find(|r| &*r.id == round).unwrap();
        r.outcomes
            .iter()
            .find(|o| o.team == team(id))
            .map(|o| o.result)
    };
    let selected: Vec<_> = ["naver-cloud", "upstage", "skt", "nc-ai", "lg-ai-research"]
        .into_iter()
        .filter(|t| result_in("selection", t) == Some(OutcomeKind::Selected))
        .collect();
    assert_eq!(selected.len(), 5, "five teams selected in August 2025");
    for t in ["lg-ai-research", "skt", "upstage"] {
        assert_eq!(result_in("phase-1", t), Some(OutcomeKind::Advanced), "{t}");
    }
    for t in ["naver-cloud", "nc-ai"] {
        assert_eq!(result_in("phase-1", t), Some(OutcomeKind::Dropped), "{t}");
    }
    assert_eq!(
        result_in("additional-selection", "motif"),
        Some(OutcomeKind::Added)
    );
    // The second evaluation (18 August 2026): three of four go on, Motif is dropped.
    for t in ["skt", "upstage", "lg-ai-research"] {
        assert_eq!(result_in("phase-2", t), Some(OutcomeKind::Advanced), "{t}");
    }
    assert_eq!(result_in("phase-2", "motif"), Some(OutcomeKind::Dropped));
    // Standing as of the data's date, seen from a model.
    let solar = d.find("solar-open-100b").unwrap();
    let entry = d
        .programme_entry(solar)
        .expect("Solar Open 100B was entered");
    assert_eq!(&*entry.team().id, "upstage");
    let (round, outcome) = entry.standing().unwrap();
    assert_eq!(
        (&*round.id, outcome.result),
        ("phase-2", OutcomeKind::Advanced)
    );
    assert_eq!(entry.entries(solar).count(), 1);
    // Every entered model belongs to its team's organisation (the build checks it; this pins
    // that the real data has entries at all).
    let entered: usize = p.teams.iter().map(|t| t.entries.len()).sum();
    assert!(entered >= 6, "{entered}");
    assert!(d.programme_entry(d.find("gpt-4").unwrap()).is_none());
}

#[test]
fn the_data_is_dated_and_nothing_comes_after_it() {
    let d = dataset();
    assert_eq!(d.as_of, Date::ymd(2026, 12, 6));
    for m in d.models.iter() {
        if let Some(date) = m.release_date() {
            assert!(date <= d.as_of, "{}", m.id);
        }
    }
}

#[test]
fn keeps_both_sides_where_sources_disagree_with_the_article() {
    // HyperCLOVA: 82B in the paper vs Naver's ">204B"; Pegasus-1: size by version;
    // DeepSeek-V2.5: the repository's date vs the article's 2024-09-10.
    for (id, field) in [
        ("hyperclova", "params"),
        ("pegasus-1", "params"),
        ("deepseek-v2-5", "released"),
    ] {
        let m = model_by_id(id);
        let (status, alternatives) = match field {
            "params" => match &m.params {
                Fact::Known(k) => (k.status, k.alternatives.len()),
                Fact::Unknown(_) => panic!("{id}.params unknown"),
            },
            _ => match &m.released {
                Fact::Known(k) => (k.status, k.alternatives.len()),
                Fact::Unknown(_) => panic!("{id}.released unknown"),
            },
        };
        assert_eq!(status, Status::Disputed, "{id}.{field}");
        assert!(alternatives >= 1, "{id}.{field}");
    }
    let v25 = model_by_id("deepseek-v2-5").release_date().unwrap();
    assert_eq!(v25, Date::ymd(2024, 9, 5), "shown date is the repository's");
}

#[test]
fn unconfirmed_leaderboard_claims_stay_unverified() {
    for id in ["momo-72b", "n3n-10b", "solar-pro-preview", "exaone-3-5"] {
        let m = model_by_id(id);
        let firsts: Vec<_> = m
            .claims
            .iter()
            .filter(|c| c.leaderboard.is_some() && c.by == ClaimBy::Article)
            .collect();
        assert!(!firsts.is_empty(), "{id} has the article's #1 claim");
        assert!(
            firsts.iter().all(|c| c.status == Status::Unverified),
            "{id}"
        );
    }
    // n3n-10B: nothing could be sourced, so nothing is asserted as fact.
    let n3n = model_by_id("n3n-10b");
    assert!(n3n.params.value().is_none() && n3n.context.value().is_none());
}

#[test]
fn fine_tunes_name_their_base_model() {
    let base = |id: &str| match model_by_id(id).base_model.value() {
        Some(b) => (b.relation, b.name.as_deref().map(str::to_string)),
        None => panic!("{id} base model unknown"),
    };
    let (rel, name) = base("momo-72b");
    assert_eq!(rel, Relation::FineTune);
    assert!(name.unwrap().contains("Qwen"));
    let (rel, name) = base("ax-4-0");
    assert_eq!(rel, Relation::ContinuedPretraining);
    assert!(name.unwrap().contains("Qwen2.5"));
}

#[test]
fn a_data_m_attribute_becomes_a_model_only_when_it_is_in_range() {
    let d = dataset();
    let last = d.models.len() - 1;
    assert_eq!(d.model_ref("0"), Some(ModelRef(0)));
    assert_eq!(d.model_ref(&last.to_string()), Some(ModelRef(last as u16)));
    // Values a host script could write into the open shadow root.
    for bad in [
        d.models.len().to_string().as_str(),
        "65535",
        "99999",
        "-1",
        "",
        "1e3",
        " 1",
        "x",
    ] {
        assert_eq!(d.model_ref(bad), None, "{bad:?}");
    }
}
