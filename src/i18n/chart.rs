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
