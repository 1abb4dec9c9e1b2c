//! Property tests (issue 8): the share-link codec and the search matcher on generated inputs.
//!
//! Each property runs 2,000 cases by default (a few seconds in CI); `PROPTEST_CASES`
//! overrides that, and the long run is
//! `PROPTEST_CASES=100000 cargo test --test properties`. A failing case is shrunk to a
//! small one and saved in `tests/properties.proptest-regressions`; commit that file so the
//! case is replayed first from then on.
#![cfg(not(target_arch = "wasm32"))]

use kllm_widget::data::dataset;
use kllm_widget::filter::{Filters, Member, Set};
use kllm_widget::model::{Access, BenchmarkId, Modality, Model, ModelRef, OrgKind, OrgRef, Str};
use kllm_widget::search::{normalize, Query};
use kllm_widget::settings::*;
use kllm_widget::state::*;
use kllm_widget::url_state::{decode, encode};
use proptest::prelude::*;
use proptest::sample::{select, subsequence};
use proptest::test_runner::FileFailurePersistence;

/// 2,000 cases unless `PROPTEST_CASES` says otherwise (proptest reads it into the default);
/// failures are kept beside this file.
fn config() -> ProptestConfig {
    let mut config = ProptestConfig::default();
    if std::env::var_os("PROPTEST_CASES").is_none() {
        config.cases = 2_000;
    }
    let beside = FileFailurePersistence::WithSource("proptest-regressions");
    config.failure_persistence = Some(Box::new(beside));
    config
}

/// Any subset of `all`.
fn subset<T: Member + std::fmt::Debug>(all: &'static [T]) -> impl Strategy<Value = Set<T>> {
    subsequence(all, 0..=all.len()).prop_map(|v| v.into_iter().collect())
}

/// Text that looks like a fragment: keys, slugs, ids, separators, escapes, Hangul.
fn fragment_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        select(&["v", "kind", "org", "access", "mod", "era", "ref", "q", "sort", "pin"][..])
            .prop_map(str::to_string),
        select(&["lang", "theme", "metric", "view", "=", "&", "~", "#", "+", "%"][..])
            .prop_map(str::to_string),
        "%[0-9A-Fa-f]{0,2}",
        "[a-z_0-9-]{1,12}",
        "[가-힣ㄱ-ㅣ]{1,3}",
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..24).prop_map(|p| p.concat())
}

/// Any text, weighted towards what a Korean search box sees: jamo in all three Unicode
/// forms, syllables, Latin, digits and punctuation.
fn search_text() -> impl Strategy<Value = String> {
    let korean = prop::collection::vec(
        prop_oneof![
            prop::char::range('\u{1100}', '\u{11FF}'),
            prop::char::range('\u{3131}', '\u{318E}'),
            prop::char::range('가', '힣'),
            prop::char::range(' ', '~'),
        ],
        0..12,
    )
    .prop_map(|c| c.into_iter().collect());
    prop_oneof![any::<String>(), korean]
}

/// Any valid state: any chips, any dataset orgs, up to six distinct pins in any order, any
/// query text.
fn widget_state() -> impl Strategy<Value = WidgetState> {
    let d = dataset();
    let orgs: Vec<OrgRef> = (0..d.orgs.len() as u16).map(OrgRef).collect();
    let models: Vec<ModelRef> = (0..d.models.len() as u16).map(ModelRef).collect();
    let filters = (
        subset(OrgKind::ALL),
        subsequence(orgs.clone(), 0..=orgs.len()),
        subset(Access::ALL),
        subset(Modality::ALL),
        select(Era::ALL),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(
            |(kinds, orgs, access, modality, era, references, programme)| Filters {
                kinds,
                orgs: orgs.into_iter().collect(),
                access,
                modality,
                era,
                references,
                programme,
            },
        );
    let settings = (
        select(SortKey::ALL),
        select(Lang::ALL),
        select(Theme::ALL),
        select(Metric::ALL),
        select(ChartMode::ALL),
    );
    let pins = subsequence(models.clone(), 0..=MAX_PINS).prop_shuffle();
    let open = subsequence(models, 0..=8).prop_shuffle();
    // The gap view's benchmark, and one of its comparisons or none (the default).
    let gap = select(BenchmarkId::ALL).prop_flat_map(|b| {
        let d = dataset();
        let slugs: Vec<String> = kllm_widget::gap::comparisons(d, b)
            .iter()
            .map(|c| c.protocol.slug(d))
            .collect();
        let set = if slugs.is_empty() {
            Just(None).boxed()
        } else {
            prop::option::of(select(slugs)).boxed()
        };
        (Just(b), set)
    });
    let more = (open, any::<bool>(), any::<bool>(), gap);
    (filters, search_text(), pins, settings, more).prop_map(
        |(
            filters,
            query,
            pins,
            (sort, lang, theme, metric, chart_mode),
            (open, all_cards, all_rows, (gap_bench, gap_set)),
        )| {
            WidgetState {
                filters,
                query,
                sort,
                pins,
                lang,
                theme,
                metric,
                chart_mode,
                open,
                all_cards,
                all_rows,
                gap_bench,
                gap_set,
            }
        },
    )
}

/// A model's searchable names, folded.
fn folded_fields(m: &Model) -> Vec<Vec<char>> {
    let names = [&m.name.ko, &m.name.en].into_iter().chain(m.aliases.iter());
    names
        .map(|f| normalize(f).chars().collect::<Vec<char>>())
        .filter(|f| !f.is_empty())
        .collect()
}

/// The initial consonant of a syllable (`하` → `ㅎ`); other characters as they are.
fn initial_consonant(c: char) -> char {
    const INITIALS: [char; 19] = [
        'ㄱ', 'ㄲ', 'ㄴ', 'ㄷ', 'ㄸ', 'ㄹ', 'ㅁ', 'ㅂ', 'ㅃ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅉ', 'ㅊ',
        'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ',
    ];
    match (c as u32).checked_sub(0xAC00) {
        Some(i) if i < 11_172 => INITIALS[(i / 588) as usize],
        _ => c,
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn decode_never_panics(s in prop_oneof![any::<String>(), fragment_like()]) {
        let d = decode(&s, dataset());
        // Whatever was read is itself a valid state: it survives a round trip unchanged.
        let again = decode(&encode(&d.state, dataset()), dataset());
        prop_assert_eq!(again.warnings, Vec::<String>::new());
        prop_assert_eq!(again.state, d.state);
    }

    #[test]
    fn encode_then_decode_is_the_identity(state in widget_state()) {
        let fragment = encode(&state, dataset());
        prop_assert!(!fragment.contains(['+', ' ']), "{}", fragment);
        prop_assert_eq!(fragment.is_empty(), state == WidgetState::default());
        let back = decode(&fragment, dataset());
        prop_assert_eq!(back.warnings, Vec::<String>::new());
        prop_assert_eq!(back.state, state);
    }

    #[test]
    fn search_never_panics(query in search_text(), field in search_text()) {
        let d = dataset();
        let q = Query::new(&query);
        for m in d.models.iter() {
            q.matches(m, d.org_of(m));
        }
        // Arbitrary field text too, through a copy folded on the spot.
        let mut m = d.models[0].clone();
        m.aliases = vec![Str::from(field.clone())].into();
        q.matches(&m, d.org_of(&m));
        q.matches_text(&field);
        prop_assert!(Query::new(&field).matches_text(&field));
    }

    #[test]
    fn any_piece_of_a_name_finds_its_model(
        model in 0..dataset().models.len(),
        pick in any::<prop::sample::Index>(),
        start in any::<prop::sample::Index>(),
        len in 1usize..8,
        initials in any::<bool>(),
    ) {
        let d = dataset();
        let m = &d.models[model];
        let fields = folded_fields(m);
        let field = pick.get(&fields);
        let from = start.index(field.len());
        let piece = &field[from..field.len().min(from + len)];
        let query: String = if initials {
            piece.iter().copied().map(initial_consonant).collect()
        } else {
            piece.iter().collect()
        };
        prop_assert!(Query::new(&query).matches(m, d.org_of(m)), "{:?} in {}", query, m.id);
    }
}
