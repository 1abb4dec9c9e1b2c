//! The chart's words: fixed strings ([`ChartMsg`]) and the sentences the chart composes from a
//! series (its text summary, the note on rows left out, a mark's details). Functions here
//! take plain values; `crate::chart` computes them.

use super::{paren, words, Label, Msg};
use crate::model::UnknownKind;
use crate::settings::Lang;

/// A fixed chart string.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChartMsg {
    /// Accessible name of the metric switch.
    MetricGroup,
    /// Accessible name of the chart/table switch.
    ModeGroup,
    Korean,
    Global,
    /// Legend entry and label of the article's date line.
    ArticleLine,
    /// Legend entry for the `*` on self-reported scores.
    SelfReported,
    /// A model with no score on the benchmark.
    NoScore,
    /// Caveat under a benchmark chart measured by different parties.
    MixedEvaluators,
    /// Note under the parameter chart.
    LargestSize,
    LogScale,
    NoData,
    DetailsHint,
    TableAlternative,
    Source,
    MeasuredBy,
    Model,
    Value,
    ExportSvg,
    ExportPng,
    ExportFailed,
    /// The gap view's caption.
    GapTitle,
    /// Accessible name of the gap view's benchmark switch.
    BenchmarkGroup,
    /// Label of the gap view's comparison (setting) choice.
    SettingLabel,
    /// Legend entry of the step lines.
    BestSoFar,
    /// Summary of the disclosure with the rule and the caveats.
    GapHow,
    /// The rule for comparable scores, for readers.
    GapRule,
    /// What a missing model would do to the figure.
    GapCoverage,
    /// The gap view ignores filters and pins.
    GapAllModels,
    /// Column and caption words of the gap tables.
    GapFigures,
    GapPoints,
    When,
    KoreanBest,
    GlobalFirst,
    Gap,
    Side,
    GapCsv,
    /// How self-reported scores are shown in the gap view.
    GapSelfReported,
    /// Caption of the table of the scores a figure rests on, and its column.
    GapRests,
    GapWithout,
    /// Column of the scores table: where the source states the score's setting.
    SettingStated,
    /// Where the tables are for a reader without JavaScript (the catalogue page).
    TablesElsewhere,
}

words!(ChartMsg {
    ChartMsg::MetricGroup => ("비교 항목", "Compare by"),
    ChartMsg::ModeGroup => ("보기 방식", "Show as"),
    ChartMsg::Korean => ("한국 모델", "Korean model"),
    ChartMsg::Global => ("글로벌 비교 모델", "Global reference model"),
    ChartMsg::ArticleLine => ("기사 시점", "Article's date"),
    ChartMsg::SelfReported => ("* 개발사 자체 측정", "* self-reported by the developer"),
    ChartMsg::NoScore => ("점수 없음", "No score"),
    ChartMsg::MixedEvaluators => (
        "점수마다 측정한 곳과 조건이 달라, 막대 길이를 그대로 순위로 읽으면 안 됩니다.",
        "These scores were measured by different evaluators under different conditions, so the order is not a fair ranking."
    ),
    ChartMsg::LargestSize => (
        "여러 크기로 나온 모델은 가장 큰 모델을 기준으로 표시합니다.",
        "For models released in several sizes, the largest is shown."
    ),
    ChartMsg::LogScale => ("로그 눈금: 눈금 한 칸마다 10배씩 커집니다.", "Log scale: each gridline is ten times the one before."),
    ChartMsg::NoData => ("이 항목에 값이 있는 모델이 없습니다.", "None of these models has a figure for this measure."),
    ChartMsg::DetailsHint => (
        "점이나 막대를 누르면 값의 출처가 여기에 나옵니다.",
        "Tap or select a dot or bar to see its source here."
    ),
    ChartMsg::TableAlternative => ("같은 값을 표로 보기", "Show the same values as a table"),
    ChartMsg::Source => ("출처", "Source"),
    ChartMsg::MeasuredBy => ("측정", "Measured by"),
    ChartMsg::Model => ("모델", "Model"),
    ChartMsg::Value => ("값", "Value"),
    ChartMsg::ExportSvg => ("SVG 저장", "Download SVG"),
    ChartMsg::ExportPng => ("PNG 저장", "Download PNG"),
    ChartMsg::ExportFailed => ("저장 실패", "Download failed"),
    ChartMsg::GapTitle => ("한국 모델은 얼마나 뒤처졌나", "How far behind are Korea's models?"),
    ChartMsg::BenchmarkGroup => ("벤치마크", "Benchmark"),
    ChartMsg::SettingLabel => ("비교 조건", "Setting"),
    ChartMsg::BestSoFar => ("그때까지 최고 점수", "Best score so far"),
    ChartMsg::GapHow => ("어떻게 계산했나", "How this is worked out"),
    ChartMsg::GapRule => (
        "두 점수는 같은 벤치마크(같은 판)에서, 같은 종류의 모델(기본 모델(base)·지시 학습 모델·추론 모델)을, 같은 예시 수(shot)와 같은 단계적 추론(CoT) 여부로 측정했을 때만 비교합니다. 출처가 예시 수를 밝히지 않은 점수는 한 측정 기관이 한 문서에 낸 표 안에서만 비교합니다. 한쪽에 비교할 수 있는 모델이 2개 미만이면 수치를 내지 않습니다. 격차는 한국 최고 점수가 처음 나온 달과, 글로벌 모델이 그 점수에 처음 도달한 달 사이의 개월 수입니다.",
        "Two scores are compared only when they were measured on the same benchmark and version, for the same kind of model (base, instruction-tuned or reasoning), with the same number of examples in the prompt (shots) and the same use of chain-of-thought (CoT). Scores whose source does not state the shot count are compared only within one table: one measurer in one document. With fewer than two comparable models on a side there is no figure. The gap is the number of calendar months between the month the best Korean score was first set and the month a global model first reached it."
    ),
    ChartMsg::GapCoverage => (
        "글로벌 쪽은 이 데이터에 있는 비교 모델뿐입니다. 빠진 글로벌 모델이 더해지면 격차는 길어질 수만 있고, 빠진 한국 모델이 더해지면 짧아질 수 있습니다.",
        "The global side is only the reference models in this data: a global model missing from it could only make the gap longer, a missing Korean model could make it shorter."
    ),
    ChartMsg::GapAllModels => (
        "격차 보기는 필터나 비교 목록과 상관없이 데이터의 모든 모델로 계산합니다.",
        "The gap view uses every model in the data, whatever the filters or the comparison list."
    ),
    ChartMsg::GapFigures => ("격차", "The gap"),
    ChartMsg::GapPoints => ("비교한 점수", "The scores compared"),
    ChartMsg::When => ("시점", "When"),
    ChartMsg::KoreanBest => ("한국 최고 점수", "Best Korean score"),
    ChartMsg::GlobalFirst => ("처음 도달한 글로벌 모델", "First global model to reach it"),
    ChartMsg::Gap => ("격차", "Gap"),
    ChartMsg::Side => ("구분", "Side"),
    ChartMsg::GapCsv => ("격차 CSV 저장", "Download the gap (CSV)"),
    ChartMsg::GapRests => ("이 수치를 정한 점수", "What the figure rests on"),
    ChartMsg::GapWithout => ("이 점수를 빼면", "Without this score"),
    ChartMsg::SettingStated => ("조건이 적힌 곳", "Where the setting is stated"),
    ChartMsg::TablesElsewhere => ("모든 모델과 출처 페이지에서 표 보기", "See the tables on the page of every model and source"),
    ChartMsg::GapSelfReported => (
        "흐린 점: 개발사 자체 측정(표에는 *)",
        "Paler points: self-reported by the developer (* in the table)"
    ),
});

/// Why a model has no mark: its value's unknown kind (the same word its card uses), or
/// `None` when it has no score on the benchmark.
pub fn no_mark(lang: Lang, kind: Option<UnknownKind>) -> &'static str {
    match kind {
        Some(k) => k.label(lang),
        None => ChartMsg::NoScore.label(lang),
    }
}

/// A mark's accessible name: `EXAONE 3.5: 32B`, `A.X 4.0: 78.3(자체 측정)`.
pub fn mark_name(lang: Lang, label: &str, value: &str, self_reported: bool) -> String {
    let value = if self_reported {
        paren(lang, value, Msg::SelfReported.label(lang))
    } else {
        value.to_string()
    };
    format!("{label}: {value}")
}

/// The details line of a size chosen among several: `크기 3종 중 가장 큰 모델`.
pub fn largest_of(lang: Lang, sizes: usize) -> String {
    match lang {
        Lang::Ko => format!("크기 {sizes}종 중 가장 큰 모델"),
        Lang::En => format!("Largest of {sizes} sizes"),
    }
}

/// The details panel's source line: `출처: 제목(게시자, 날짜)`.
pub fn source_line(lang: Lang, title: &str, publisher: &str, date: Option<&str>) -> String {
    let inner = match date {
        Some(d) => format!("{publisher}, {d}"),
        None => publisher.to_string(),
    };
    format!(
        "{}: {}",
        ChartMsg::Source.label(lang),
        paren(lang, title, &inner)
    )
}

/// The note for a chart that left rows out.
pub fn dropped(lang: Lang, kept: usize, dropped: usize, timeline: bool) -> String {
    match (lang, timeline) {
        (Lang::Ko, true) => format!("모델이 많아 가장 최근 {kept}개만 그렸습니다. 나머지 {dropped}개는 비교에 추가하거나 필터를 좁히면 볼 수 있습니다."),
        (Lang::Ko, false) => format!("모델이 많아 값이 큰 {kept}개만 그렸습니다. 나머지 {dropped}개는 비교에 추가하거나 필터를 좁히면 볼 수 있습니다."),
        (Lang::En, true) => format!("Too many models to draw: the {kept} newest are shown. Add models to the comparison or narrow the filters to see the other {dropped}."),
        (Lang::En, false) => format!("Too many models to draw: the {kept} with the highest values are shown. Add models to the comparison or narrow the filters to see the other {dropped}."),
    }
}

/// What a chart's text summary says, as plain values.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary<'a> {
    /// The metric's name.
    pub what: &'a str,
    /// Drawn rows, and how many of them are global references.
    pub rows: usize,
    pub references: usize,
    /// The first and last rows (oldest and newest on the timeline, highest and lowest
    /// elsewhere) as (name, full value).
    pub first: (&'a str, &'a str),
    pub last: (&'a str, &'a str),
    /// The article's date in full, on the timeline; `None` elsewhere.
    pub article: Option<&'a str>,
    /// Models listed under the chart instead of drawn.
    pub missing: usize,
}

/// The chart's text summary (its `<desc>` and the screen reader's description).
pub fn summary(lang: Lang, s: &Summary) -> String {
    let Summary {
        what,
        rows: n,
        references: refs,
        first: (first, first_v),
        last: (last, last_v),
        article,
        missing,
    } = *s;
    let korean = n - refs;
    let mut text = match (lang, article, refs) {
        (Lang::Ko, Some(a), 0) => format!(
            "한국 모델 {n}개의 {what}. 가장 이른 모델은 {first}({first_v}), 가장 최근은 {last}({last_v}). 기사 날짜({a})는 세로선으로 표시했습니다."
        ),
        (Lang::Ko, Some(a), _) => format!(
            "한국 모델 {korean}개와 글로벌 비교 모델 {refs}개의 {what}. 가장 이른 모델은 {first}({first_v}), 가장 최근은 {last}({last_v}). 기사 날짜({a})는 세로선으로 표시했습니다."
        ),
        (Lang::En, Some(a), 0) => format!(
            "Release dates of {n} Korean models. Earliest: {first} ({first_v}); newest: {last} ({last_v}). A vertical line marks the article's date, {a}."
        ),
        (Lang::En, Some(a), _) => format!(
            "Release dates of {korean} Korean and {refs} global reference models. Earliest: {first} ({first_v}); newest: {last} ({last_v}). A vertical line marks the article's date, {a}."
        ),
        (Lang::Ko, None, _) => format!(
            "모델 {n}개의 {what}. 가장 큰 값은 {first}({first_v}), 가장 작은 값은 {last}({last_v})."
        ),
        (Lang::En, None, _) => format!(
            "{what} of {n} models. Highest: {first} ({first_v}); lowest: {last} ({last_v})."
        ),
    };
    match (missing, lang) {
        (0, _) => {}
        (_, Lang::Ko) => text.push_str(&format!(
            " 값이 없는 모델 {missing}개는 그리지 않고 아래에 나열했습니다."
        )),
        (1, Lang::En) => text.push_str(" 1 model without a value is listed below, not drawn."),
        (_, Lang::En) => text.push_str(&format!(
            " {missing} models without a value are listed below, not drawn."
        )),
    }
    text
}

/// A comparison's setting: `MMLU · 5-shot · 기본 모델(base)`, `KMMLU · 카카오 비교표 · 지시
/// 학습 모델` / `MMLU · 5-shot · base`, `KMMLU · Kakao's table · instruction-tuned`. `table` is
/// the measurer of a table whose setting is not stated.
pub fn setting(
    lang: Lang,
    bench: &str,
    shots: Option<u8>,
    cot: Option<bool>,
    variant: crate::model::Variant,
    table: Option<&str>,
) -> String {
    let mut parts = vec![bench.to_string()];
    if let Some(n) = shots {
        parts.push(match cot {
            Some(true) => format!("{n}-shot CoT"),
            _ => format!("{n}-shot"),
        });
    }
    if let Some(owner) = table {
        parts.push(match lang {
            Lang::Ko => format!("{owner} 비교표"),
            Lang::En => format!("{owner}'s table"),
        });
    }
    parts.push(variant.label(lang).to_string());
    parts.join(" · ")
}

/// A gap in months: `19개월` / `19 months`, `1 month`; a lower bound `4개월 이상` / `4+ months`.
pub fn months(lang: Lang, n: u32, at_least: bool) -> String {
    match (lang, at_least) {
        (Lang::Ko, false) => format!("{n}개월"),
        (Lang::Ko, true) => format!("{n}개월 이상"),
        (Lang::En, false) if n == 1 => "1 month".to_string(),
        (Lang::En, false) => format!("{n} months"),
        (Lang::En, true) => format!("{n}+ months"),
    }
}

/// A gap in months with years for a year or more: `19개월(1년 7개월)` / `19 months (1 year 7
/// months)`, so it reads against "1–2 years".
fn months_long(lang: Lang, n: u32) -> String {
    let short = months(lang, n, false);
    match years(lang, n) {
        Some(years) => paren(lang, &short, &years),
        None => short,
    }
}

/// A year or more of months in years: `2년 8개월` / `2 years 8 months`; `None` under a year.
fn years(lang: Lang, n: u32) -> Option<String> {
    if n < 12 {
        return None;
    }
    let (y, m) = (n / 12, n % 12);
    Some(match (lang, y, m) {
        (Lang::Ko, _, 0) => format!("{y}년"),
        (Lang::Ko, _, _) => format!("{y}년 {m}개월"),
        (Lang::En, 1, 0) => "1 year".to_string(),
        (Lang::En, _, 0) => format!("{y} years"),
        (Lang::En, _, _) => format!(
            "{y} year{} {}",
            if y == 1 { "" } else { "s" },
            months(lang, m, false)
        ),
    })
}

/// The moment a figure is for: `기사 시점(2025년 2월 6일)` / `at the article's date (6 Feb
/// 2025)`, or the day the data was last checked (the footer's words): `데이터 확인일(2026년
/// 11월 30일)` / `when the data was last checked (30 Nov 2026)`. `date` is written by the
/// caller.
pub fn when(lang: Lang, article: bool, date: &str) -> String {
    match (lang, article) {
        (Lang::Ko, true) => format!("기사 시점({date})"),
        (Lang::Ko, false) => format!("데이터 확인일({date})"),
        (Lang::En, true) => format!("at the article's date ({date})"),
        (Lang::En, false) => format!("when the data was last checked ({date})"),
    }
}

/// A model in a gap sentence: its name, release month and score.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GapModel<'a> {
    pub name: &'a str,
    pub released: &'a str,
    pub score: &'a str,
}

/// What a gap sentence says, as plain values (computed by `crate::chart::gap`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum GapOutcome<'a> {
    /// A global model reached the Korean best `months` earlier (`at_least`: or before).
    Behind {
        korean: GapModel<'a>,
        global: GapModel<'a>,
        months: u32,
        at_least: bool,
    },
    /// No global model had reached it when the Korean model set it; `later`: the first that
    /// did afterwards, and the months between.
    Ahead {
        korean: GapModel<'a>,
        later: Option<(GapModel<'a>, u32)>,
    },
    /// No figure: this many comparable Korean (`korean`) or global models, fewer than two.
    TooFew { korean: bool, count: usize },
}

/// The gap sentence for one moment, `when` from [`when`]; with `setting` (from [`setting`])
/// in front when the sentence stands alone (the summary, exports), without it under the
/// view's own setting label.
pub fn gap_sentence(lang: Lang, setting: Option<&str>, when: &str, outcome: &GapOutcome) -> String {
    let body = gap_body(lang, when, outcome);
    match setting {
        Some(s) => format!("{s}: {body}"),
        None => body,
    }
}

fn gap_body(lang: Lang, when: &str, outcome: &GapOutcome) -> String {
    let cap = |s: &str| {
        let mut c = s.chars();
        c.next()
            .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
            .unwrap_or_default()
    };
    match (lang, *outcome) {
        (
            Lang::Ko,
            GapOutcome::Behind {
                korean: k,
                global: g,
                months: n,
                at_least,
            },
        ) => {
            let head = format!(
                "{when} 한국 최고 점수는 {}({})의 {}입니다.",
                k.name, k.released, k.score
            );
            let tail = match (n, at_least) {
                (_, true) => format!(
                    " 글로벌 모델은 적어도 {} 먼저 이 점수에 도달했습니다: 이 비교에서 가장 이른 글로벌 모델인 {}({})의 점수가 이미 {}입니다.",
                    months(lang, n, false), g.name, g.released, g.score
                ),
                (0, false) => format!(
                    " 글로벌 모델도 같은 달에 이 점수에 도달했습니다: {}({}) {}.",
                    g.name, g.released, g.score
                ),
                (_, false) => format!(
                    " 글로벌 모델은 이 점수에 {} 먼저 도달했습니다: {}({}) {}.",
                    months_long(lang, n), g.name, g.released, g.score
                ),
            };
            head + &tail
        }
        (
            Lang::En,
            GapOutcome::Behind {
                korean: k,
                global: g,
                months: n,
                at_least,
            },
        ) => {
            let head = format!(
                "{}, the best Korean score was {}, by {} ({}).",
                cap(when),
                k.score,
                k.name,
                k.released
            );
            let tail = match (n, at_least) {
                (_, true) => format!(
                    " A global model had reached it at least {} earlier: {} ({}), the earliest global model in this comparison, already scored {}.",
                    months(lang, n, false), g.name, g.released, g.score
                ),
                (0, false) => format!(
                    " A global model reached it in the same month: {} ({}), {}.",
                    g.name, g.released, g.score
                ),
                (_, false) => format!(
                    " A global model had first reached it {} earlier: {} ({}), {}.",
                    months_long(lang, n), g.name, g.released, g.score
                ),
            };
            head + &tail
        }
        (Lang::Ko, GapOutcome::Ahead { korean: k, later }) => {
            let head = format!(
                "{when} 한국 최고 점수는 {}({})의 {}입니다.",
                k.name, k.released, k.score
            );
            let tail = match later {
                None => " 이 비교의 글로벌 모델 가운데 그때까지 이 점수에 도달한 모델은 없습니다."
                    .to_string(),
                Some((g, n)) => format!(
                    " 이 비교의 글로벌 모델은 {} 뒤에야 이 점수에 도달했습니다: {}({}) {}.",
                    months(lang, n, false),
                    g.name,
                    g.released,
                    g.score
                ),
            };
            head + &tail
        }
        (Lang::En, GapOutcome::Ahead { korean: k, later }) => {
            let head = format!(
                "{}, the best Korean score was {}, by {} ({}).",
                cap(when),
                k.score,
                k.name,
                k.released
            );
            let tail = match later {
                None => " No global model in this comparison had reached it by then.".to_string(),
                Some((g, n)) => {
                    format!(
                    " The global models in this comparison reached it only {} later: {} ({}), {}.",
                    months(lang, n, false), g.name, g.released, g.score
                )
                }
            };
            head + &tail
        }
        (Lang::Ko, GapOutcome::TooFew { korean, count }) => {
            let side = if korean {
                "한국 모델"
            } else {
                "글로벌 모델"
            };
            let have = if count == 0 {
                format!("비교할 수 있는 {side} 점수가 없어")
            } else {
                format!("비교할 수 있는 {side} 점수가 {count}개뿐이라")
            };
            format!("{when}: {have} 수치를 내지 않았습니다(2개 이상 필요).")
        }
        (Lang::En, GapOutcome::TooFew { korean, count }) => {
            let side = if korean { "Korean" } else { "global" };
            let have = match count {
                0 => format!("no {side} model has a comparable score"),
                1 => format!("only 1 {side} model has a comparable score"),
                n => format!("only {n} {side} models have a comparable score"),
            };
            format!("No figure {when}: {have} (two are needed).")
        }
    }
}

/// The one line under the view's large figure: between which two models it is counted.
/// `None` when there is no figure.
pub fn gap_between(lang: Lang, outcome: &GapOutcome) -> Option<String> {
    // A year or more is also given in years, to read against the article's "1–2 years".
    let span = |n: u32, at_least: bool| match (years(lang, n), lang, at_least) {
        (None, ..) => String::new(),
        (Some(y), Lang::Ko, false) => format!(" · {y}"),
        (Some(y), Lang::Ko, true) => format!(" · {y} 이상"),
        (Some(y), Lang::En, false) => format!(" · {y}"),
        (Some(y), Lang::En, true) => format!(" · {y} or more"),
    };
    Some(match (lang, *outcome) {
        (
            Lang::Ko,
            GapOutcome::Behind {
                korean: k,
                global: g,
                months: n,
                at_least,
            },
        ) => format!(
            "{}({})부터 {}({})까지{}",
            g.name,
            g.released,
            k.name,
            k.released,
            span(n, at_least)
        ),
        (
            Lang::En,
            GapOutcome::Behind {
                korean: k,
                global: g,
                months: n,
                at_least,
            },
        ) => format!(
            "From {} ({}) to {} ({}){}",
            g.name,
            g.released,
            k.name,
            k.released,
            span(n, at_least)
        ),
        (
            Lang::Ko,
            GapOutcome::Ahead {
                korean: k,
                later: Some((g, _)),
            },
        ) => format!(
            "{}({})가 {}({})보다 먼저 도달",
            k.name, k.released, g.name, g.released
        ),
        (
            Lang::En,
            GapOutcome::Ahead {
                korean: k,
                later: Some((g, _)),
            },
        ) => format!(
            "{} ({}) got there before {} ({})",
            k.name, k.released, g.name, g.released
        ),
        (
            Lang::Ko,
            GapOutcome::Ahead {
                korean: k,
                later: None,
            },
        ) => {
            format!("{}({})의 점수에 이른 글로벌 모델 없음", k.name, k.released)
        }
        (
            Lang::En,
            GapOutcome::Ahead {
                korean: k,
                later: None,
            },
        ) => {
            format!(
                "No global model has reached the score of {} ({})",
                k.name, k.released
            )
        }
        (_, GapOutcome::TooFew { .. }) => return None,
    })
}

/// A score a figure rests on, and the figure without it (in [`gap_short`]'s words).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Resting<'a> {
    pub model: GapModel<'a>,
    pub without: &'a str,
}

/// What a figure rests on, for readers: the scores that decide it and the figure with each
/// left out. `article`: the figure at the article's date (else the data's).
/// `이 수치는 두 점수로 정해집니다: GPT-4 86.4(2023년 3월), … 한 점수씩 빼고 계산하면: GPT-4
/// 없이 23개월, … ` / `This figure rests on two scores: GPT-4's 86.4 (Mar 2023) and …`.
pub fn gap_rests(lang: Lang, article: bool, items: &[Resting]) -> String {
    let n = items.len();
    match lang {
        Lang::Ko => {
            let which = if article {
                "기사 시점 수치를"
            } else {
                "이 수치를"
            };
            let count = if n == 1 { "한 점수" } else { "두 점수" };
            let list: Vec<String> = items
                .iter()
                .map(|r| format!("{} {}({})", r.model.name, r.model.score, r.model.released))
                .collect();
            let loo: Vec<String> = items
                .iter()
                .map(|r| format!("{} 없이 {}", r.model.name, r.without))
                .collect();
            let how = if n == 1 {
                "이 점수를 빼면"
            } else {
                "하나씩 빼면"
            };
            format!(
                "{which} 정한 {count}: {}. {how}: {}.",
                list.join(", "),
                loo.join(", ")
            )
        }
        Lang::En => {
            let which = if article {
                "The figure at the article's date"
            } else {
                "This figure"
            };
            let count = if n == 1 { "one score" } else { "two scores" };
            let list: Vec<String> = items
                .iter()
                .map(|r| {
                    format!(
                        "{}'s {} ({})",
                        r.model.name, r.model.score, r.model.released
                    )
                })
                .collect();
            let loo: Vec<String> = items
                .iter()
                .map(|r| format!("without {}, {}", r.model.name, r.without))
                .collect();
            let how = if n == 1 {
                "Leaving it out"
            } else {
                "Leaving one out"
            };
            format!(
                "{which} rests on {count}: {}. {how}: {}.",
                list.join(" and "),
                loo.join("; ")
            )
        }
    }
}

/// Where a score's setting is stated in its source: `Table 2: “pre-trained base GPT-4 model …
/// 5-shot”`, or `… (조건을 밝히지 않음)` / `… (setting not stated)` when the source does not.
/// The place and the words are the source's own (any language).
pub fn evidence(lang: Lang, at: &str, words: Option<&str>) -> String {
    match (words, lang) {
        (Some(w), _) => format!("{at}: “{w}”"),
        (None, Lang::Ko) => format!("{at}(조건을 밝히지 않음)"),
        (None, Lang::En) => format!("{at} (setting not stated)"),
    }
}

/// The bracket's label: `19개월`, `4개월 이상` / `19 months`, `4+ months`, prefixed with the
/// moment when two brackets are drawn.
pub fn bracket(lang: Lang, n: u32, at_least: bool, article: Option<bool>) -> String {
    let m = months(lang, n, at_least);
    match (lang, article) {
        (_, None) => m,
        (Lang::Ko, Some(true)) => format!("기사 시점 {m}"),
        (Lang::Ko, Some(false)) => format!("지금 {m}"),
        (Lang::En, Some(true)) => format!("article: {m}"),
        (Lang::En, Some(false)) => format!("now: {m}"),
    }
}

/// The note next to a figure whose scores several parties measured.
/// Up to three measurers are named; more are counted (the table names each score's).
pub fn gap_mixed(lang: Lang, names: &[&str]) -> String {
    let n = names.len();
    let list = match n {
        0..=3 => paren(lang, "", &names.join(", ")),
        _ => String::new(),
    };
    match lang {
        Lang::Ko => format!("측정한 곳 {n}곳{list}: 곳마다 점수가 조금씩 다를 수 있습니다."),
        Lang::En => {
            format!("Measured by {n} parties{list}: scores differ somewhat between measurers.")
        }
    }
}

/// The note next to a figure from one measurer's table.
pub fn gap_one_table(lang: Lang, owner: &str) -> String {
    match lang {
        Lang::Ko => format!("모든 점수가 {owner}의 표 하나에서 나왔습니다. 글로벌 쪽은 그 표에 실린 모델뿐입니다."),
        Lang::En => format!("Every score comes from one table by {owner}: the global side is only the models in it."),
    }
}

/// The other comparisons on the same benchmark, each `setting: figure then, figure now`.
pub fn gap_others(lang: Lang, items: &[(String, String, String)]) -> String {
    let list: Vec<String> = items
        .iter()
        .map(|(setting, then, now)| match lang {
            Lang::Ko => format!("{setting}: 기사 시점 {then}, 지금 {now}"),
            Lang::En => format!("{setting}: {then} at the article's date, {now} now"),
        })
        .collect();
    match lang {
        Lang::Ko => format!("같은 벤치마크의 다른 비교 — {}.", list.join("; ")),
        Lang::En => format!("Other comparisons on this benchmark — {}.", list.join("; ")),
    }
}

/// A figure in a list of comparisons: `19개월`, `4개월 이상`, `앞섬` / `ahead`, `수치 없음` /
/// `no figure`.
pub fn gap_short(lang: Lang, outcome: Option<(u32, bool)>, ahead: bool) -> String {
    match (outcome, ahead, lang) {
        (Some((n, at_least)), _, _) => months(lang, n, at_least),
        (None, true, Lang::Ko) => "한국이 먼저 도달".to_string(),
        (None, true, Lang::En) => "Korea first".to_string(),
        (None, false, Lang::Ko) => "수치 없음".to_string(),
        (None, false, Lang::En) => "no figure".to_string(),
    }
}

/// The benchmarks without a figure, named so that no benchmark is silently left out.
pub fn gap_unscored(lang: Lang, names: &[&str]) -> String {
    let list = names.join(", ");
    match lang {
        Lang::Ko => format!("다음 벤치마크는 비교할 수 있는 묶음마다 한쪽 모델이 2개 미만이라 격차를 내지 않았습니다: {list}."),
        Lang::En => format!("No gap for these benchmarks, where every comparable set has fewer than two models on a side: {list}."),
    }
}

/// The gap chart's text summary (its `<desc>`): what is drawn, then the sentences.
pub fn gap_summary(
    lang: Lang,
    setting: &str,
    korean: usize,
    global: usize,
    sentences: &[String],
) -> String {
    let head = match lang {
        Lang::Ko => format!(
            "{setting}: 한국 모델 {korean}개와 글로벌 비교 모델 {global}개의 점수를 공개 시점에 따라 점으로, 양쪽의 그때까지 최고 점수를 계단선으로 그렸습니다. 기사 시점은 세로선으로 표시했습니다."
        ),
        Lang::En => format!(
            "{setting}: the scores of {korean} Korean and {global} global reference models by release date, with each side's best score so far as a step line. A vertical line marks the article's date."
        ),
    };
    std::iter::once(head)
        .chain(sentences.iter().cloned())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_agrees_in_number() {
        let mut s = Summary {
            what: "Parameters",
            rows: 2,
            references: 0,
            first: ("EXAONE 3.5", "32B"),
            last: ("Mi:dm", "7B"),
            article: None,
            missing: 1,
        };
        assert_eq!(
            summary(Lang::En, &s),
            "Parameters of 2 models. Highest: EXAONE 3.5 (32B); lowest: Mi:dm (7B). \
             1 model without a value is listed below, not drawn."
        );
        s.missing = 3;
        assert!(summary(Lang::En, &s)
            .ends_with(" 3 models without a value are listed below, not drawn."));
    }

    #[test]
    fn marks_name_their_value_and_measurer() {
        assert_eq!(
            mark_name(Lang::En, "A.X 4.0", "78.3", true),
            "A.X 4.0: 78.3 (self-reported)"
        );
    }
}
