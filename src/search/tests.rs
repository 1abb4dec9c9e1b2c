//! Table tests by behaviour: small fixtures (one field of text) and the real dataset.

use super::*;
use crate::data::dataset;

/// Asserts, per row, whether `query` is found in `text`.
fn check(rows: &[(&str, &str, bool)]) {
    for &(query, text, expected) in rows {
        assert_eq!(
            Query::new(query).matches_text(text),
            expected,
            "query {query:?} in {text:?}"
        );
    }
}

/// The ids of the dataset's models that answer to `query`.
fn found(query: &str) -> Vec<&'static str> {
    let d = dataset();
    let q = Query::new(query);
    d.models
        .iter()
        .filter(|m| q.matches(m, d.org_of(m)))
        .map(|m| m.id.as_ref())
        .collect()
}

fn finds(query: &str, id: &str) -> bool {
    found(query).contains(&id)
}

#[test]
fn finds_hyperclova_by_initial_consonants() {
    assert!(finds("ㅎㅇㅍ", "hyperclova"));
    assert!(finds("ㅎㅇㅍㅋㄹㅂ", "hyperclova"));
    assert!(finds("ㅇㅅㅇ", "exaone-3-5"));
    check(&[
        ("ㅎㅇㅍ", "하이퍼클로바", true),
        ("ㅋㄹㅂ", "하이퍼클로바", true),
        ("ㅎㅍ", "하이퍼클로바", false),
        ("ㅎ", "하", true),
        ("ㅎ", "ㅎ", true),
        ("ㅇ", "HyperCLOVA", false),
    ]);
}

#[test]
fn mixes_initial_consonants_and_syllables() {
    assert!(finds("ㅎ이퍼", "hyperclova"));
    check(&[
        ("ㅎ이퍼", "하이퍼클로바", true),
        ("하ㅇ퍼", "하이퍼클로바", true),
        ("ㅋㄹ바", "하이퍼클로바", true),
        ("ㅎ이파", "하이퍼클로바", false),
        ("엑ㅅㅇ3.5", "엑사원 3.5", true),
        ("k-ㅇㅅㅇ", "K-엑사원", true),
    ]);
}

#[test]
fn matches_the_syllable_being_typed() {
    // The states a 2-set keyboard passes through typing 하이퍼: ㅎ 하 항 하이 하잎 하이퍼.
    for typing in ["ㅎ", "하", "항", "하이", "하잎", "하이퍼"] {
        assert!(finds(typing, "hyperclova"), "{typing}");
    }
    check(&[
        ("카난", "카나나", true),
        ("하", "한국", true),
        ("고", "과학", true),
        ("구", "권", true),
        ("그", "의", false),
        ("으", "의", true),
        ("달", "닭", true),
        ("닭", "달걀", true),
        ("달", "다리", true),
        ("앉", "안자", true),
        // Only the last syllable is open: earlier ones are complete.
        ("항이", "하이퍼", false),
        ("하입", "하이퍼", false),
        ("괍", "과반", true),
        ("곱", "과반", false),
        ("핫", "하이", false),
    ]);
}

#[test]
fn splits_merged_consonants() {
    assert!(finds("ㄻ", "llama-3-1"));
    check(&[
        ("ㄳ", "가시", true),
        ("ㄵ", "누지", true),
        ("ㄶ", "나하", true),
        ("ㄺ", "라게", true),
        ("ㄻ", "라마", true),
        ("ㄼ", "로봇", true),
        ("ㄽ", "리스", true),
        ("ㄾ", "라틴", true),
        ("ㄿ", "라파", true),
        ("ㅀ", "로하", true),
        ("ㅄ", "바스", true),
        ("ㅎㄻ", "하라마", true),
        ("ㄻ", "마라", false),
    ]);
}

#[test]
fn accepts_every_unicode_form_of_jamo() {
    // Choseong (U+1100) consonants, as some keyboards send them.
    assert!(finds("\u{1112}\u{110B}\u{1111}", "hyperclova"));
    check(&[
        ("\u{1112}\u{110B}\u{1111}", "하이퍼", true),
        ("ㅎ\u{110B}퍼", "하이퍼", true),
        // A lone final (U+11A8..) counts as the bare consonant.
        ("\u{11AF}\u{11B7}", "라마", true),
    ]);
}

#[test]
fn composes_decomposed_text() {
    let decomposed_hyper = "\u{1112}\u{1161}\u{110B}\u{1175}\u{1111}\u{1165}";
    assert_eq!(normalize(decomposed_hyper), "하이퍼");
    assert_eq!(
        normalize("\u{1106}\u{1175}\u{11AE}\u{110B}\u{1173}\u{11B7}"),
        "믿음"
    );
    // An NFC syllable followed by a conjoining final.
    assert_eq!(normalize("\u{B9C8}\u{11AB}"), "만");
    assert!(finds(decomposed_hyper, "hyperclova"));
    check(&[
        (decomposed_hyper, "하이퍼클로바", true),
        ("하이퍼", decomposed_hyper, true),
        ("ㅎㅇㅍ", decomposed_hyper, true),
    ]);
}

#[test]
fn ignores_case_spaces_and_punctuation() {
    for query in ["mi:dm", "MIDM 2.0", "midm-2", "믿음", "믿:음 2", "Ｍｉｄｍ"] {
        assert!(finds(query, "midm-2-0") || finds(query, "midm"), "{query}");
    }
    assert!(finds("MIDM 2.0", "midm-2-0"));
    assert!(!finds("MIDM 2.0", "midm"));
    check(&[
        ("hyper clova", "HyperCLOVA", true),
        ("A.X", "에이닷엑스 (A.X)", true),
        ("a_x 4", "A.X-4.0", true),
        ("ＥＸＡＯＮＥ", "exaone", true),
        ("exa one", "EXAONE-3.5", true),
        ("qwen 2.5", "Qwen2.5-72B", true),
    ]);
}

#[test]
fn matches_aliases_across_scripts() {
    for id in ["exaone-3-5", "exaone-2-0", "exaone-4-0", "k-exaone"] {
        assert!(finds("엑사원", id), "엑사원 → {id}");
        assert!(finds("EXAONE", id), "EXAONE → {id}");
    }
    assert!(finds("HyperCLOVA", "hyperclova-x"));
    assert!(finds("하이퍼클로바", "hyperclova-x"));
    assert!(finds("hcx", "hyperclova-x"));
    assert!(finds("클로바X", "hyperclova-x"));
    assert!(finds("솔라", "solar-10-7b"));
    assert!(finds("바르코", "llama-varco-8b"));
}

#[test]
fn matches_organisation_names_in_both_languages() {
    for query in ["네이버", "NAVER", "naver", "ㄴㅇㅂ"] {
        let ids = found(query);
        assert!(ids.contains(&"hyperclova"), "{query}");
        assert!(
            ids.iter().all(|id| id.starts_with("hyperclova")),
            "{query}: {ids:?}"
        );
    }
    assert!(finds("LG AI", "exaone-3-5"));
    assert!(finds("LG AI연구원", "exaone-4-0"));
    assert!(finds("카카오", "kanana"));
    assert!(finds("sk telecom", "ax-4-0"));
    assert!(finds("업스테이지", "solar-pro-2"));
}

#[test]
fn empty_queries_match_everything() {
    let all = dataset().models.len();
    for query in ["", "   ", "-.:_·", "()"] {
        assert!(Query::new(query).is_empty(), "{query:?}");
        assert_eq!(found(query).len(), all, "{query:?}");
    }
}

#[test]
fn unrelated_queries_match_nothing() {
    for query in ["zzz", "ㅋㅋㅋㅋ", "뷁", "gpt-9"] {
        assert_eq!(found(query), Vec::<&str>::new(), "{query}");
    }
}

#[test]
fn the_index_and_folding_on_the_spot_agree() {
    let d = dataset();
    let queries = [
        "ㅎㅇㅍ",
        "엑사원",
        "exaone",
        "항",
        "ㄻ",
        "네이버",
        "kt",
        "2.0",
        "x",
        "R1",
    ];
    for m in d.models.iter() {
        // A copy is not in the embedded dataset, so it is folded on the spot.
        let (copy, org_copy) = (m.clone(), d.org_of(m).clone());
        for q in queries.map(Query::new) {
            assert_eq!(
                q.matches(m, d.org_of(m)),
                q.matches(&copy, &org_copy),
                "{}",
                m.id
            );
        }
    }
}

#[test]
fn finds_positions_only_of_real_elements() {
    let items = [10u32, 20, 30];
    assert_eq!(position_in(&items, &items[2]), Some(2));
    assert_eq!(position_in(&items, &30), None);
    let empty: [(); 0] = [];
    assert_eq!(position_in(&empty, &()), None);
}

#[test]
fn every_syllable_splits_and_rebuilds() {
    for c in '가'..='힣' {
        let s = Syllable::of(c).expect("a syllable");
        assert_eq!(s.to_char(), c);
    }
    assert_eq!(Syllable::of('ㄱ'), None);
    assert_eq!(Syllable::of('\u{D7A4}'), None);
    let s = Syllable::of('닭').unwrap();
    assert_eq!((s.initial, s.vowel, final_jamo(s.last)), (3, 0, Some('ㄺ')));
}
