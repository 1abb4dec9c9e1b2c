//! Tests of the parity computation: hand-made series first (ties, one point, never meeting,
//! settings that must not mix), then the real dataset with the expected figures worked out by
//! hand from `data/models.json`.

use super::*;
use crate::data::dataset;
use crate::model::{Benchmark, Evidence};

const K: bool = false;
const G: bool = true;

fn p(model: u16, date: Date, score: f64, reference: bool) -> Point {
    Point {
        model: ModelRef(model),
        date,
        score,
        reference,
        measured_by: OrgRef(0),
        self_reported: false,
        size: None,
        source: SourceRef(0),
        status: Status::Verified,
        entry: 0,
    }
}

fn ymd(y: u16, m: u8, d: u8) -> Date {
    Date::ymd(y, m, d)
}

fn step(model: u16, date: Date, score: f64) -> Step {
    Step {
        model: ModelRef(model),
        date,
        score,
    }
}

#[test]
fn months_count_calendar_months() {
    assert_eq!(months_between(ymd(2024, 4, 18), ymd(2025, 11, 0)), 19);
    assert_eq!(months_between(ymd(2024, 7, 31), ymd(2024, 8, 1)), 1);
    assert_eq!(months_between(ymd(2024, 8, 1), ymd(2024, 8, 31)), 0);
    assert_eq!(months_between(ymd(2025, 1, 0), ymd(2024, 11, 14)), -2);
}

#[test]
fn best_so_far_steps_only_on_a_new_record() {
    let pts = [
        p(0, ymd(2023, 1, 1), 60.0, G),
        p(1, ymd(2023, 6, 1), 58.0, G),
        p(2, ymd(2024, 1, 1), 70.0, G),
        // A tie is not a new record.
        p(3, ymd(2024, 6, 1), 70.0, G),
        p(4, ymd(2025, 1, 1), 75.0, G),
    ];
    assert_eq!(
        best_so_far(&pts),
        [
            step(0, ymd(2023, 1, 1), 60.0),
            step(2, ymd(2024, 1, 1), 70.0),
            step(4, ymd(2025, 1, 1), 75.0)
        ]
    );
    // Order of the input does not matter; on one day the highest sets the step.
    let same_day = [
        p(1, ymd(2024, 1, 1), 50.0, G),
        p(0, ymd(2024, 1, 1), 55.0, G),
    ];
    assert_eq!(best_so_far(&same_day), [step(0, ymd(2024, 1, 1), 55.0)]);
    assert!(best_so_far(&[]).is_empty());
}

#[test]
fn behind_by_the_months_between_the_global_and_the_korean_record() {
    let global = [
        p(10, ymd(2023, 3, 14), 70.0, G),
        p(11, ymd(2024, 4, 18), 79.5, G),
        p(12, ymd(2024, 9, 19), 85.0, G),
    ];
    let korean = [
        p(1, ymd(2025, 5, 23), 76.8, K),
        p(2, ymd(2025, 11, 0), 78.1, K),
    ];
    assert_eq!(
        figure(&korean, &global, ymd(2026, 1, 1)),
        Figure::Behind {
            korean: step(2, ymd(2025, 11, 0), 78.1),
            global: step(11, ymd(2024, 4, 18), 79.5),
            months: 19,
            at_least: false,
        }
    );
    // Earlier, only the first Korean model counted: one point is not enough.
    assert_eq!(
        figure(&korean, &global, ymd(2025, 6, 1)),
        Figure::None(Why::TooFewKorean(1))
    );
}

#[test]
fn a_tie_counts_as_reached() {
    let global = [
        p(10, ymd(2023, 1, 1), 60.0, G),
        p(11, ymd(2024, 1, 1), 70.0, G),
    ];
    let korean = [
        p(1, ymd(2024, 2, 1), 65.0, K),
        p(2, ymd(2024, 7, 1), 70.0, K),
    ];
    assert_eq!(
        figure(&korean, &global, ymd(2025, 1, 1)).months_behind(),
        Some(6)
    );
    // A tie on the same day: parity, zero months.
    let korean = [
        p(1, ymd(2023, 6, 1), 65.0, K),
        p(2, ymd(2024, 1, 1), 70.0, K),
    ];
    assert_eq!(
        figure(&korean, &global, ymd(2025, 1, 1)),
        Figure::Behind {
            korean: step(2, ymd(2024, 1, 1), 70.0),
            global: step(11, ymd(2024, 1, 1), 70.0),
            months: 0,
            at_least: false,
        }
    );
}

#[test]
fn a_side_with_one_point_gives_no_figure() {
    let two = [
        p(1, ymd(2024, 1, 1), 60.0, K),
        p(2, ymd(2024, 6, 1), 65.0, K),
    ];
    let one = [p(10, ymd(2023, 1, 1), 80.0, G)];
    assert_eq!(
        figure(&two, &one, ymd(2025, 1, 1)),
        Figure::None(Why::TooFewGlobal(1))
    );
    assert_eq!(
        figure(&one[..0], &two, ymd(2025, 1, 1)),
        Figure::None(Why::TooFewKorean(0))
    );
    // Points after the date do not count.
    let later = [p(11, ymd(2026, 1, 1), 90.0, G)];
    let global = [one[0], later[0]];
    assert_eq!(
        figure(&two, &global, ymd(2025, 1, 1)),
        Figure::None(Why::TooFewGlobal(1))
    );
}

#[test]
fn scores_that_never_meet() {
    let global = [
        p(10, ymd(2023, 1, 1), 50.0, G),
        p(11, ymd(2024, 1, 1), 55.0, G),
    ];
    let korean = [
        p(1, ymd(2023, 6, 1), 60.0, K),
        p(2, ymd(2024, 6, 1), 62.0, K),
    ];
    assert_eq!(
        figure(&korean, &global, ymd(2025, 1, 1)),
        Figure::Ahead {
            korean: step(2, ymd(2024, 6, 1), 62.0),
            global: None,
            months: None,
        }
    );
    // A global model that gets there later: Korea was first by the months between.
    let global = [global[0], global[1], p(12, ymd(2024, 9, 1), 63.0, G)];
    assert_eq!(
        figure(&korean, &global, ymd(2025, 1, 1)),
        Figure::Ahead {
            korean: step(2, ymd(2024, 6, 1), 62.0),
            global: Some(step(12, ymd(2024, 9, 1), 63.0)),
            months: Some(3),
        }
    );
}

#[test]
fn when_the_first_global_score_is_already_higher_the_gap_is_a_lower_bound() {
    let global = [
        p(10, ymd(2024, 7, 23), 78.9, G),
        p(11, ymd(2024, 9, 19), 86.1, G),
    ];
    let korean = [
        p(1, ymd(2024, 11, 14), 77.7, K),
        p(2, ymd(2024, 12, 9), 72.7, K),
    ];
    assert_eq!(
        figure(&korean, &global, ymd(2025, 2, 6)),
        Figure::Behind {
            korean: step(1, ymd(2024, 11, 14), 77.7),
            global: step(10, ymd(2024, 7, 23), 78.9),
            months: 4,
            at_least: true,
        }
    );
}

/// Whether two benchmark entries may be compared: their protocols are equal.
fn comparable(a: &Benchmark, b: &Benchmark) -> bool {
    Protocol::of(a) == Protocol::of(b)
}

fn entry(
    shots: Option<u8>,
    cot: Option<bool>,
    variant: Variant,
    source: u16,
    by: u16,
) -> Benchmark {
    Benchmark {
        benchmark: BenchmarkId::Mmlu,
        value: 70.0,
        size: None,
        variant,
        setting: None,
        measured_by: OrgRef(by),
        source: SourceRef(source),
        status: Status::Verified,
        shots,
        cot,
        evidence: Evidence {
            at: "Table 1".into(),
            words: Some("5-shot".into()),
        },
    }
}

#[test]
fn the_rule_for_comparable_scores() {
    use Variant::{Base, Instruct};
    let five = entry(Some(5), None, Base, 0, 0);
    // Same benchmark, checkpoint kind and stated setting: comparable across documents and
    // measurers (the view flags the mixing).
    assert!(comparable(&five, &entry(Some(5), None, Base, 7, 3)));
    // A different shot count, chain-of-thought, checkpoint kind or benchmark version: not.
    assert!(!comparable(&five, &entry(Some(0), None, Base, 0, 0)));
    assert!(!comparable(&five, &entry(Some(5), Some(true), Base, 0, 0)));
    assert!(!comparable(&five, &entry(Some(5), None, Instruct, 0, 0)));
    let mut redux = five.clone();
    redux.benchmark = BenchmarkId::MmluRedux;
    assert!(!comparable(&five, &redux));
    // An unstated setting is never comparable with a stated one…
    let unstated = entry(None, None, Base, 0, 0);
    assert!(!comparable(&five, &unstated));
    // …and only within one table: the same document and the same measurer.
    assert!(comparable(&unstated, &entry(None, None, Base, 0, 0)));
    assert!(!comparable(&unstated, &entry(None, None, Base, 1, 0)));
    assert!(!comparable(&unstated, &entry(None, None, Base, 0, 1)));
}

fn id(d: &Dataset, r: ModelRef) -> &str {
    &d.model(r).id
}

fn ids<'a>(d: &'a Dataset, ps: &[Point]) -> Vec<&'a str> {
    ps.iter().map(|p| id(d, p.model)).collect()
}

const ARTICLE: Date = Date::ymd(2025, 2, 6);

#[test]
fn real_data_mmlu_five_shot_base_models() {
    let d = dataset();
    let all = comparisons(d, BenchmarkId::Mmlu);
    let c = &all[0];
    assert_eq!(c.protocol.slug(d), "base.5shot", "the default: most models");
    // Every point is a 5-shot score of a pre-trained checkpoint, as its source states. The
    // global side reaches back to GPT-3 (2020), so the first crossing is inside the data.
    assert_eq!(
        ids(d, &c.global),
        [
            "gpt-3",
            "gopher",
            "chinchilla",
            "palm",
            "llama",
            "gpt-4",
            "llama-2",
            "yi-34b",
            "deepseek-llm-67b",
            "qwen-72b",
            "gemini-1-0",
            "mixtral-8x7b",
            "llama-3",
            "llama-3-1",
            "qwen2-5-72b"
        ]
    );
    // GPT-4's 86.4 is the base model's (GPT-4 Technical Report, Table 2).
    let gpt4 = c.global.iter().find(|p| id(d, p.model) == "gpt-4").unwrap();
    assert_eq!(gpt4.score, 86.4);
    // Kanana 1.0's base rows are 5-shot too (Kakao's README and report, 5-shot log-likelihood).
    assert_eq!(
        ids(d, &c.korean),
        ["kanana", "kanana-1-5", "motif-2-12-7b", "kanana-2"]
    );
    // Of Kanana 1.5's six base sizes, the best (32.5B, 76.76).
    assert_eq!(c.korean[1].score, 76.76);
    assert_eq!(c.korean[1].size, Some(32.5));
    // At the article's date only Kanana (November 2024) had a stated 5-shot base score.
    assert_eq!(c.figure(ARTICLE), Figure::None(Why::TooFewKorean(1)));
    // Now: Motif 2 12.7B (November 2025, 78.1); the first global model at or above it is
    // GPT-4 (14 March 2023, 86.4): March 2023 → November 2025 is 2 × 12 + 8 = 32 months, an
    // exact figure (GPT-3, Gopher, Chinchilla, PaLM and LLaMA came earlier, all below).
    let Figure::Behind {
        korean,
        global,
        months,
        at_least,
    } = c.figure(d.as_of)
    else {
        panic!("{:?}", c.figure(d.as_of))
    };
    assert_eq!((id(d, korean.model), korean.score), ("motif-2-12-7b", 78.1));
    assert_eq!((id(d, global.model), global.score), ("gpt-4", 86.4));
    assert_eq!((months, at_least), (32, false));
    // What it rests on. Without GPT-4's score the first global model at 78.1 or more is
    // Gemini 1.0 Ultra (December 2023, 83.7): December 2023 → November 2025, 23 months.
    // Without Motif 2's, Korea's best is Kanana (November 2024, 77.68), which GPT-4 had
    // passed in March 2023: 1 × 12 + 8 = 20 months.
    let r = c.rests(d.as_of);
    let (k, without_k) = r.korean.unwrap();
    let (g, without_g) = r.global.unwrap();
    assert_eq!((id(d, k.model), id(d, g.model)), ("motif-2-12-7b", "gpt-4"));
    assert_eq!(without_g.months_behind(), Some(23));
    assert!(
        matches!(without_g, Figure::Behind { global, .. } if id(d, global.model) == "gemini-1-0")
    );
    assert_eq!(without_k.months_behind(), Some(20));
    assert!(matches!(without_k, Figure::Behind { korean, .. } if id(d, korean.model) == "kanana"));
    assert_eq!(
        c.rests(ARTICLE),
        Rests {
            korean: None,
            global: None
        }
    );
}

#[test]
fn real_data_mmlu_other_settings() {
    let d = dataset();
    let all = comparisons(d, BenchmarkId::Mmlu);
    let with_figure: Vec<String> = all
        .iter()
        .filter(|c| c.has_figure(d.as_of))
        .map(|c| c.protocol.slug(d))
        .collect();
    assert_eq!(
        with_figure,
        ["base.5shot", "instruct.0shot.cot", "instruct.5shot"]
    );
    // 0-shot chain-of-thought, instruction-tuned: Kanana 1.5 (23 May 2025, 82.76) against
    // GPT-4o (13 May 2024, 88.7), the comparison's earliest global model: at least 12 months.
    let cot = &all[1];
    let f = cot.figure(d.as_of);
    assert!(
        matches!(
            f,
            Figure::Behind {
                months: 12,
                at_least: true,
                ..
            }
        ),
        "{f:?}"
    );
    // At the article's date: Kanana (November 2024, 81.08), May → November: at least 6.
    assert_eq!(cot.figure(ARTICLE).months_behind(), Some(6));
    // 5-shot, instruction-tuned: no global model had reached MoMo-72B's 77.13 (Open LLM
    // Leaderboard, January 2024) by then; Llama 3 70B Instruct did in April 2024.
    let five = &all[2];
    let Figure::Ahead {
        korean,
        global,
        months,
    } = five.figure(d.as_of)
    else {
        panic!("{:?}", five.figure(d.as_of))
    };
    assert_eq!(id(d, korean.model), "momo-72b");
    assert_eq!(global.map(|g| id(d, g.model)), Some("llama-3"));
    assert_eq!(months, Some(3));
}

#[test]
fn real_data_kmmlu() {
    let d = dataset();
    let all = comparisons(d, BenchmarkId::Kmmlu);
    let c = &all[0];
    assert_eq!(c.protocol.slug(d), "base.5shot");
    // Kanana-2 (19 December 2025, 62.15) sets Korea's best by 0.05 over Kanana (62.1);
    // Llama 3.1 70B base had 53.0 (July 2024), Qwen2.5 72B base 68.57 (19 September 2024):
    // September 2024 → December 2025 is 15 months.
    let Figure::Behind {
        korean,
        global,
        months,
        at_least,
    } = c.figure(d.as_of)
    else {
        panic!("{:?}", c.figure(d.as_of))
    };
    assert_eq!((id(d, korean.model), korean.score), ("kanana-2", 62.15));
    assert_eq!((id(d, global.model), global.score), ("qwen2-5-72b", 68.57));
    assert_eq!((months, at_least), (15, false));
    // A fragile figure, and the view says so: without Kanana-2's score, Kanana (November
    // 2024, 62.1) against the same Qwen2.5 is 2 months; without Qwen2.5's, the global side
    // has one model and there is no figure.
    let r = c.rests(d.as_of);
    assert_eq!(r.korean.unwrap().1.months_behind(), Some(2));
    assert_eq!(r.global.unwrap().1, Figure::None(Why::TooFewGlobal(1)));
    // Instruction-tuned, 0-shot CoT (Kakao's report): Kanana 64.19 against Qwen2.5's 65.78,
    // September → November 2024, 2 months, at the article's date and now.
    assert_eq!(all[1].protocol.slug(d), "instruct.0shot.cot");
    for at in [ARTICLE, d.as_of] {
        assert_eq!(all[1].figure(at).months_behind(), Some(2));
    }
}

#[test]
fn real_data_the_answer_depends_on_the_benchmark() {
    let d = dataset();
    assert_eq!(
        benchmarks(d),
        [
            BenchmarkId::Kmmlu,
            BenchmarkId::Haerae,
            BenchmarkId::HaeraeGk,
            BenchmarkId::Mmlu
        ]
    );
    // HAE-RAE, 5-shot base: Kanana 90.47 is above every global score compared.
    let haerae = &comparisons(d, BenchmarkId::Haerae)[0];
    assert_eq!(haerae.protocol.slug(d), "base.5shot");
    assert!(matches!(
        haerae.figure(d.as_of),
        Figure::Ahead { global: None, .. }
    ));
    // Reasoning-era benchmarks have one Korean model per comparable table.
    let none = without_figure(d);
    assert!(none.contains(&BenchmarkId::GpqaDiamond), "{none:?}");
    assert!(!none.contains(&BenchmarkId::Mmlu));
}
