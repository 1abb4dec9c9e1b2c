//! The share-link codec against the real dataset: round trips (Hangul queries, every enum
//! value, pin order), the exact fragments written, and garbled links read leniently.
#![cfg(not(target_arch = "wasm32"))]

use kllm_widget::data::dataset;
use kllm_widget::model::{Access, BenchmarkId, Modality, ModelRef, OrgKind, OrgRef};
use kllm_widget::settings::*;
use kllm_widget::state::*;
use kllm_widget::url_state::{decode, encode, with_release};

fn model(id: &str) -> ModelRef {
    dataset().find(id).expect(id)
}

fn org(id: &str) -> OrgRef {
    let i = dataset().orgs.iter().position(|o| o.id == id).expect(id);
    OrgRef(i as u16)
}

fn state(actions: impl IntoIterator<Item = Action>) -> WidgetState {
    actions
        .into_iter()
        .fold(WidgetState::default(), |s, a| reduce(&s, a))
}

/// Encodes `s`, checks the fragment is messenger-safe, and decodes it back without warnings.
fn round_trip(s: &WidgetState) -> String {
    let fragment = encode(s, dataset());
    assert!(!fragment.contains(['+', ' ', '#']), "{fragment}");
    let back = decode(&fragment, dataset());
    assert_eq!(back.warnings, Vec::<String>::new(), "{fragment}");
    assert_eq!(&back.state, s, "{fragment}");
    fragment
}

#[test]
fn the_default_state_is_the_empty_fragment() {
    assert_eq!(round_trip(&WidgetState::default()), "");
    for empty in ["", "#", "&", "#&&"] {
        let d = decode(empty, dataset());
        assert_eq!(d.state, WidgetState::default(), "{empty:?}");
        assert!(d.warnings.is_empty(), "{empty:?}");
    }
}

#[test]
fn writes_short_versioned_fragments() {
    let exaone = model("exaone-3-5");
    let hcx = model("hyperclova-x");
    let rows: Vec<(Vec<Action>, &str)> = vec![
        (
            vec![Action::SetQuery("엑사원".into())],
            "v=2&q=%EC%97%91%EC%82%AC%EC%9B%90",
        ),
        (
            vec![Action::SetQuery("mi:dm 2.0".into())],
            "v=2&q=mi%3Adm%202.0",
        ),
        (
            vec![
                Action::ToggleKind(OrgKind::Startup),
                Action::ToggleKind(OrgKind::Telecom),
            ],
            "v=2&kind=telecom~startup",
        ),
        (vec![Action::ToggleOrg(org("naver"))], "v=2&org=naver"),
        (
            vec![Action::ToggleAccess(Access::OpenWeights)],
            "v=2&access=open_weights",
        ),
        (
            vec![Action::ToggleModality(Modality::VisionLanguage)],
            "v=2&mod=vision_language",
        ),
        (vec![Action::SetEra(Era::Article)], "v=2&era=article"),
        (vec![Action::SetReferences(true)], "v=2&ref=1"),
        (vec![Action::SetSort(SortKey::Largest)], "v=2&sort=size"),
        (
            vec![Action::TogglePin(exaone), Action::TogglePin(hcx)],
            "v=2&pin=exaone-3-5~hyperclova-x",
        ),
        (
            vec![Action::TogglePin(hcx), Action::TogglePin(exaone)],
            "v=2&pin=hyperclova-x~exaone-3-5",
        ),
        (vec![Action::SetLang(Lang::En)], "v=2&lang=en"),
        (vec![Action::SetTheme(Theme::Dark)], "v=2&theme=dark"),
        (vec![Action::SetMetric(Metric::Kmmlu)], "v=2&metric=kmmlu"),
        (
            vec![Action::SetChartMode(ChartMode::Table)],
            "v=2&view=table",
        ),
        // The gap view is the default view: its metric is left out, its choices are not.
        (vec![Action::SetMetric(Metric::Gap)], ""),
        (vec![Action::SetMetric(Metric::Timeline)], "v=2&metric=time"),
        (
            vec![Action::SetGapBench(BenchmarkId::Kmmlu)],
            "v=2&bench=kmmlu",
        ),
        (
            vec![Action::SetGapSet(Some("instruct.0shot.cot".into()))],
            "v=2&set=instruct.0shot.cot",
        ),
        (
            vec![
                Action::SetChartMode(ChartMode::Table),
                Action::TogglePin(exaone),
                Action::SetQuery("ㅎㅇㅍ".into()),
                Action::ToggleKind(OrgKind::BigTech),
            ],
            "v=2&kind=big_tech&q=%E3%85%8E%E3%85%87%E3%85%8D&pin=exaone-3-5&view=table",
        ),
    ];
    for (actions, expected) in rows {
        assert_eq!(round_trip(&state(actions.clone())), expected, "{actions:?}");
    }
}

#[test]
fn every_enum_value_round_trips() {
    let mut states = Vec::new();
    states.extend(OrgKind::ALL.iter().map(|&k| state([Action::ToggleKind(k)])));
    states.extend(
        Access::ALL
            .iter()
            .map(|&a| state([Action::ToggleAccess(a)])),
    );
    states.extend(
        Modality::ALL
            .iter()
            .map(|&m| state([Action::ToggleModality(m)])),
    );
    states.extend(Era::ALL.iter().map(|&e| state([Action::SetEra(e)])));
    states.extend(SortKey::ALL.iter().map(|&k| state([Action::SetSort(k)])));
    states.extend(Lang::ALL.iter().map(|&l| state([Action::SetLang(l)])));
    states.extend(Theme::ALL.iter().map(|&t| state([Action::SetTheme(t)])));
    states.extend(Metric::ALL.iter().map(|&m| state([Action::SetMetric(m)])));
    states.extend(
        ChartMode::ALL
            .iter()
            .map(|&v| state([Action::SetChartMode(v)])),
    );
    let d = dataset();
    // Every benchmark of the gap view, with each of its comparisons.
    for &b in BenchmarkId::ALL {
        states.push(state([
            Action::SetMetric(Metric::Gap),
            Action::SetGapBench(b),
        ]));
        for c in kllm_widget::gap::comparisons(d, b) {
            states.push(state([
                Action::SetGapBench(b),
                Action::SetGapSet(Some(c.protocol.slug(d))),
            ]));
        }
    }
    states.extend((0..d.orgs.len()).map(|i| state([Action::ToggleOrg(OrgRef(i as u16))])));
    states.extend((0..d.models.len()).map(|i| state([Action::TogglePin(ModelRef(i as u16))])));
    // Everything at once: every chip on, six pins, a non-default of each setting.
    let mut all: Vec<Action> = Vec::new();
    all.extend(OrgKind::ALL.iter().map(|&k| Action::ToggleKind(k)));
    all.extend((0..d.orgs.len()).map(|i| Action::ToggleOrg(OrgRef(i as u16))));
    all.extend(Access::ALL.iter().map(|&a| Action::ToggleAccess(a)));
    all.extend(Modality::ALL.iter().map(|&m| Action::ToggleModality(m)));
    all.extend((0..6).rev().map(|i| Action::TogglePin(ModelRef(i))));
    all.extend([
        Action::SetEra(Era::Article),
        Action::SetReferences(true),
        Action::SetQuery("하이퍼클로바 X".into()),
        Action::SetSort(SortKey::Oldest),
        Action::SetLang(Lang::En),
        Action::SetTheme(Theme::Light),
        Action::SetMetric(Metric::Gap),
        Action::SetChartMode(ChartMode::Table),
        Action::SetGapBench(BenchmarkId::Kmmlu),
        Action::SetGapSet(Some("instruct.0shot.cot".into())),
    ]);
    states.push(state(all));
    for s in &states {
        round_trip(s);
    }
}

#[test]
fn queries_round_trip_whatever_they_contain() {
    let queries = [
        "엑사원",
        "ㅎ이퍼",
        "\u{1112}\u{1161}\u{110B}\u{1175}",
        "a+b",
        "100%",
        "~&=#?",
        " leading and trailing ",
        "tab\tnew\nline",
        "🚀 로켓",
        "%E0%A4%A",
        "\0",
    ];
    for q in queries {
        round_trip(&state([Action::SetQuery(q.into())]));
    }
}

/// Reads `fragment`, expecting `expected` and warnings that mention each of `mentions`.
fn lenient(fragment: &str, expected: &WidgetState, mentions: &[&str]) {
    let d = decode(fragment, dataset());
    assert_eq!(&d.state, expected, "{fragment:?}");
    assert_eq!(
        d.warnings.len(),
        mentions.len(),
        "{fragment:?}: {:?}",
        d.warnings
    );
    for (warning, mention) in d.warnings.iter().zip(mentions) {
        assert!(
            warning.contains(mention),
            "{fragment:?}: {warning:?} lacks {mention:?}"
        );
    }
}

/// `actions` on the timeline: what a format-1 link (no `v`, or `v=1`) without a metric means.
fn v1(actions: impl IntoIterator<Item = Action>) -> WidgetState {
    state(std::iter::once(Action::SetMetric(Metric::Timeline)).chain(actions))
}

#[test]
fn format_1_links_keep_their_timeline() {
    let q = |s: &str| Action::SetQuery(s.into());
    let gap_q = state([q("엑사원")]);
    assert_eq!(gap_q.metric, Metric::Gap);
    lenient("#q=엑사원", &v1([q("엑사원")]), &[]);
    lenient("v=1&q=%EC%97%91%EC%82%AC%EC%9B%90", &v1([q("엑사원")]), &[]);
    lenient("v=2&q=%EC%97%91%EC%82%AC%EC%9B%90", &gap_q, &[]);
    lenient("v=1&metric=gap&q=%EC%97%91%EC%82%AC%EC%9B%90", &gap_q, &[]);
    lenient(
        "v=1&metric=kmmlu",
        &state([Action::SetMetric(Metric::Kmmlu)]),
        &[],
    );
    // Every key that describes a view makes a format-1 link a timeline link unless it names
    // a metric — the programme filter too (`#prog=1` opened on the gap view before the keys
    // were one table).
    for (fragment, action) in [
        ("prog=1", Action::SetProgramme(true)),
        ("ref=1", Action::SetReferences(true)),
        ("rows=1", Action::ShowAllRows(true)),
        ("all=1", Action::ShowAllCards(true)),
        ("bench=kmmlu", Action::SetGapBench(BenchmarkId::Kmmlu)),
        ("lang=en", Action::SetLang(Lang::En)),
    ] {
        let want = v1([action]);
        lenient(fragment, &want, &[]);
        lenient(&format!("v=1&{fragment}"), &want, &[]);
        assert_eq!(
            decode(&format!("#{fragment}"), dataset()).state.metric,
            Metric::Timeline,
            "{fragment}"
        );
    }
    // A link that describes no view is the default view, whatever its format.
    lenient("v=1", &WidgetState::default(), &[]);
    lenient("fbclid=IwAR0", &WidgetState::default(), &["fbclid"]);
}

#[test]
fn reads_garbled_links_leniently() {
    let default = WidgetState::default();
    let exaone = model("exaone-3-5");
    let query = |q: &str| v1([Action::SetQuery(q.into())]);
    lenient("#%E0%A4%A", &default, &["not a key=value"]);
    lenient("v=9&x=1", &default, &["newer", "\"x\""]);
    lenient("v=abc", &default, &["\"abc\""]);
    lenient("v=0", &default, &["format"]);
    lenient(
        "pin=nope~exaone-3-5",
        &v1([Action::TogglePin(exaone)]),
        &["\"nope\""],
    );
    lenient("&&&==", &default, &["unknown key \"\""]);
    lenient("q=%E0%A4%A", &query("\u{FFFD}%A"), &["%-escape", "UTF-8"]);
    lenient("q=hyper+clova", &query("hyper clova"), &[]);
    lenient("q=a%20b", &query("a b"), &[]);
    lenient("#q=엑사원", &query("엑사원"), &[]);
    lenient("q", &default, &["not a key=value"]);
    lenient(
        "sort=name&sort=size",
        &v1([Action::SetSort(SortKey::Name)]),
        &["repeated"],
    );
    lenient(
        "kind=startup~startup~bogus",
        &v1([Action::ToggleKind(OrgKind::Startup)]),
        &["twice", "\"bogus\""],
    );
    lenient(
        "kind=startup~~telecom~",
        &v1([
            Action::ToggleKind(OrgKind::Startup),
            Action::ToggleKind(OrgKind::Telecom),
        ]),
        &[],
    );
    lenient("ref=yes&era=then", &v1([]), &["\"yes\"", "\"then\""]);
    lenient(
        "era=article&fbclid=IwAR0",
        &v1([Action::SetEra(Era::Article)]),
        &["fbclid"],
    );
    lenient(
        "org=naver~NAVER",
        &v1([Action::ToggleOrg(org("naver"))]),
        &["\"NAVER\""],
    );
    lenient(
        "lang=EN&theme=&metric=%",
        &default,
        &["\"EN\"", "\"\"", "%-escape", "\"%\""],
    );
}

#[test]
fn reads_garbled_gap_links_leniently() {
    let gap = state([Action::SetMetric(Metric::Gap)]);
    let kmmlu = state([
        Action::SetMetric(Metric::Gap),
        Action::SetGapBench(BenchmarkId::Kmmlu),
    ]);
    lenient("metric=gap&bench=nope", &gap, &["\"nope\""]);
    // A comparison the benchmark does not have falls back to its default one.
    lenient(
        "metric=gap&bench=kmmlu&set=base.5shot.cot",
        &kmmlu,
        &["not a comparison on kmmlu"],
    );
    lenient("metric=gap&set=", &gap, &[]);
    // The comparison is checked against the benchmark whatever the order of the keys.
    let instruct = reduce(&kmmlu, Action::SetGapSet(Some("instruct.0shot.cot".into())));
    lenient(
        "set=instruct.0shot.cot&metric=gap&bench=kmmlu",
        &instruct,
        &[],
    );
    // An older widget's link (no gap keys) reads as before.
    lenient(
        "metric=mmlu",
        &state([Action::SetMetric(Metric::Mmlu)]),
        &[],
    );
}

#[test]
fn keeps_the_first_six_pins() {
    let ids: Vec<&str> = dataset()
        .models
        .iter()
        .take(8)
        .map(|m| m.id.as_ref())
        .collect();
    let six = v1((0..6).map(|i| Action::TogglePin(ModelRef(i))));
    lenient(&format!("pin={}", ids.join("~")), &six, &["first 6 of 8"]);
}

#[test]
fn decode_onto_keeps_the_base_where_the_link_is_silent_or_garbled() {
    let data = kllm_widget::data::dataset();
    let base = WidgetState {
        lang: Lang::En,
        ..WidgetState::default()
    };
    let d = kllm_widget::url_state::decode_onto("q=solar", base.clone(), data);
    assert_eq!(
        d.state.lang,
        Lang::En,
        "a link without lang keeps the page's language"
    );
    assert_eq!(d.state.query, "solar");
    let d = kllm_widget::url_state::decode_onto("lang=ko", base.clone(), data);
    assert_eq!(d.state.lang, Lang::Ko);
    let d = kllm_widget::url_state::decode_onto("lang=xx", base, data);
    assert_eq!(d.state.lang, Lang::En, "a garbled value keeps the base");
    assert_eq!(d.warnings.len(), 1);
}

#[test]
fn a_shared_link_names_its_release_without_changing_the_view() {
    let s = state([Action::SetQuery("엑사원".into())]);
    let fragment = with_release(&encode(&s, dataset()), "0.1.0-2026-11-30");
    assert_eq!(
        fragment,
        "v=2&q=%EC%97%91%EC%82%AC%EC%9B%90&r=0.1.0-2026-11-30"
    );
    let back = decode(&fragment, dataset());
    assert_eq!(back.state, s);
    assert_eq!(back.release.as_deref(), Some("0.1.0-2026-11-30"));
    assert!(back.warnings.is_empty(), "{:?}", back.warnings);
    // The default view's link still names its release.
    let default = with_release("", "0.1.0-2026-11-30");
    assert_eq!(default, "v=2&r=0.1.0-2026-11-30");
    assert_eq!(decode(&default, dataset()).state, WidgetState::default());
    // A link without one, or with something that is not a release name, names none.
    assert_eq!(decode("q=x", dataset()).release, None);
    let bad = decode("v=1&r=latest", dataset());
    assert_eq!(bad.release, None);
    assert_eq!(bad.warnings.len(), 1, "{:?}", bad.warnings);
}
