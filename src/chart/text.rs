//! Every string the chart shows, in both languages. Each language is an exhaustive `match`
//! over [`Msg`], so a message without a translation fails to compile. Pure.

use super::series::{Gap, Row, Series, Value};
use crate::format;
use crate::model::{Date, Status, Variant};
use crate::state::{ChartView, Lang, Metric};

/// A fixed chart string.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Msg {
    Metric(Metric),
    View(ChartView),
    /// Accessible name of the metric switcher.
    MetricGroup,
    ViewGroup,
    Korean,
    Global,
    /// Legend entry for the article's date line.
    ArticleLine,
    /// Legend entry for the `*` on self-reported scores.
    SelfReported,
    Gap(Gap),
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
    Status(Status),
    Variant(Variant),
    ExportSvg,
    ExportPng,
    ExportFailed,
}

fn ko(m: Msg) -> &'static str {
    match m {
        Msg::Metric(Metric::Timeline) => "출시 시점",
        Msg::Metric(Metric::Params) => "매개변수 수",
        Msg::Metric(Metric::Context) => "문맥 길이",
        Msg::Metric(Metric::Kmmlu) => "KMMLU 점수",
        Msg::Metric(Metric::Mmlu) => "MMLU 점수",
        Msg::View(ChartView::Chart) => "차트",
        Msg::View(ChartView::Table) => "표",
        Msg::MetricGroup => "비교 항목",
        Msg::ViewGroup => "보기 방식",
        Msg::Korean => "한국 모델",
        Msg::Global => "글로벌 비교 모델",
        Msg::ArticleLine => "기사 날짜",
        Msg::SelfReported => "* 개발사 자체 측정",
        Msg::Gap(Gap::Undisclosed) => "비공개",
        Msg::Gap(Gap::NotFound) => "출처 미확인",
        Msg::Gap(Gap::NoScore) => "점수 없음",
        Msg::MixedEvaluators => {
            "점수마다 측정한 곳과 조건이 달라, 막대 길이를 그대로 순위로 읽으면 안 됩니다."
        }
        Msg::LargestSize => "크기가 여럿인 모델은 가장 큰 것을 표시합니다.",
        Msg::LogScale => "로그 눈금: 눈금 한 칸마다 10배씩 커집니다.",
        Msg::NoData => "이 항목에 값이 있는 모델이 없습니다.",
        Msg::DetailsHint => "점이나 막대를 누르면 값의 출처가 여기에 나옵니다.",
        Msg::TableAlternative => "같은 값을 표로 보기",
        Msg::Source => "출처",
        Msg::MeasuredBy => "측정",
        Msg::Model => "모델",
        Msg::Value => "값",
        Msg::Status(Status::Verified) => "확인됨",
        Msg::Status(Status::Claimed) => "개발사 주장",
        Msg::Status(Status::Unverified) => "미검증",
        Msg::Status(Status::Disputed) => "출처마다 다름",
        Msg::Variant(Variant::Base) => "기본(base) 모델",
        Msg::Variant(Variant::Instruct) => "대화(instruct) 모델",
        Msg::Variant(Variant::Reasoning) => "추론 모델",
        Msg::ExportSvg => "SVG 저장",
        Msg::ExportPng => "PNG 저장",
        Msg::ExportFailed => "저장 실패",
    }
}

fn en(m: Msg) -> &'static str {
    match m {
        Msg::Metric(Metric::Timeline) => "Release timeline",
        Msg::Metric(Metric::Params) => "Parameters",
        Msg::Metric(Metric::Context) => "Context window",
        Msg::Metric(Metric::Kmmlu) => "KMMLU score",
        Msg::Metric(Metric::Mmlu) => "MMLU score",
        Msg::View(ChartView::Chart) => "Chart",
        Msg::View(ChartView::Table) => "Table",
        Msg::MetricGroup => "Compare by",
        Msg::ViewGroup => "View as",
        Msg::Korean => "Korean model",
        Msg::Global => "Global reference",
        Msg::ArticleLine => "Article date",
        Msg::SelfReported => "* measured by the developer itself",
        Msg::Gap(Gap::Undisclosed) => "Undisclosed",
        Msg::Gap(Gap::NotFound) => "No source found",
        Msg::Gap(Gap::NoScore) => "No score",
        Msg::MixedEvaluators => {
            "These scores come from different testers under different conditions, so the order is not a fair ranking."
        }
        Msg::LargestSize => "Models released in several sizes show the largest.",
        Msg::LogScale => "Log scale: each gridline is ten times the one before.",
        Msg::NoData => "None of these models has a value for this.",
        Msg::DetailsHint => "Tap or focus a dot or bar to see its source here.",
        Msg::TableAlternative => "The same values as a table",
        Msg::Source => "Source",
        Msg::MeasuredBy => "Measured by",
        Msg::Model => "Model",
        Msg::Value => "Value",
        Msg::Status(Status::Verified) => "verified",
        Msg::Status(Status::Claimed) => "developer's claim",
        Msg::Status(Status::Unverified) => "unverified",
        Msg::Status(Status::Disputed) => "sources disagree",
        Msg::Variant(Variant::Base) => "base model",
        Msg::Variant(Variant::Instruct) => "instruct model",
        Msg::Variant(Variant::Reasoning) => "reasoning model",
        Msg::ExportSvg => "Download SVG",
        Msg::ExportPng => "Download PNG",
        Msg::ExportFailed => "Download failed",
    }
}

/// The string for `m` in `lang`.
pub fn t(lang: Lang, m: Msg) -> &'static str {
    match lang {
        Lang::Ko => ko(m),
        Lang::En => en(m),
    }
}

/// A value as labelled on its mark: `2024.12`, `320억` / `32B`, `3.3만` / `33K`, `64.2*`.
pub fn value_label(v: Value, self_reported: bool, lang: Lang) -> String {
    let star = if self_reported { "*" } else { "" };
    match v {
        Value::Date(d) => format::date_short(d, lang),
        Value::Billions(b) => format::params(b, lang),
        Value::Tokens(n) => format::tokens_short(n, lang),
        Value::Score(s) => format!("{}{star}", format::decimal(s, 1)),
    }
}

/// A value in full, for the details panel and the table: `2024년 12월 9일`, `32,768`.
pub fn value_full(v: Value, lang: Lang) -> String {
    match v {
        Value::Date(d) => format::date(d, lang),
        Value::Billions(b) => format::params(b, lang),
        Value::Tokens(n) => match lang {
            Lang::Ko => format!("{}토큰", format::tokens(n)),
            Lang::En => format!("{} tokens", format::tokens(n)),
        },
        Value::Score(s) => format::score(s),
    }
}

/// The accessible name of a mark: "EXAONE 3.5: 32B".
pub fn mark_label(row: &Row, lang: Lang) -> String {
    let own = row.measured.is_some_and(|m| m.self_reported);
    let mut s = format!("{}: {}", row.label, value_full(row.value, lang));
    if own {
        s.push_str(match lang {
            Lang::Ko => " (개발사 자체 측정)",
            Lang::En => " (self-reported)",
        });
    }
    s
}

/// "비공개: GPT-4, GPT-4o" — one line per kind of gap, in `Gap` order.
pub fn unknown_lines(series: &Series, lang: Lang) -> Vec<String> {
    Gap::ALL
        .into_iter()
        .filter(|&gap| series.unknown.iter().any(|u| u.gap == gap))
        .map(|gap| {
            let names: Vec<&str> = series
                .unknown
                .iter()
                .filter(|u| u.gap == gap)
                .map(|u| u.name.as_str())
                .collect();
            format!("{}: {}", t(lang, Msg::Gap(gap)), names.join(", "))
        })
        .collect()
}

/// The note for a chart that left rows out (`None` when it drew every row).
pub fn dropped_line(series: &Series, metric: Metric, lang: Lang) -> Option<String> {
    if series.dropped == 0 {
        return None;
    }
    let (kept, dropped) = (series.rows.len(), series.dropped);
    let timeline = metric == Metric::Timeline;
    Some(match (lang, timeline) {
        (Lang::Ko, true) => format!("모델이 많아 가장 최근 {kept}개만 그렸습니다. 나머지 {dropped}개는 모델을 고정하거나 필터를 좁히면 볼 수 있습니다."),
        (Lang::Ko, false) => format!("모델이 많아 값이 큰 {kept}개만 그렸습니다. 나머지 {dropped}개는 모델을 고정하거나 필터를 좁히면 볼 수 있습니다."),
        (Lang::En, true) => format!("Too many models to draw: the {kept} newest are shown. Pin models or narrow the filters to see the other {dropped}."),
        (Lang::En, false) => format!("Too many models to draw: the {kept} with the highest values are shown. Pin models or narrow the filters to see the other {dropped}."),
    })
}

/// The generated text summary for `<desc>`: what is drawn, and its extremes.
pub fn summary(series: &Series, metric: Metric, article: Date, lang: Lang) -> String {
    let rows = &series.rows;
    let (Some(first), Some(last)) = (rows.first(), rows.last()) else {
        return t(lang, Msg::NoData).to_string();
    };
    let what = t(lang, Msg::Metric(metric));
    let refs = rows.iter().filter(|r| r.reference).count();
    let n = rows.len();
    let v = |r: &Row| value_full(r.value, lang);
    let missing = series.unknown.len();
    let text = match (lang, metric) {
        (Lang::Ko, Metric::Timeline) if refs == 0 => format!(
            "한국 모델 {n}개의 {what}. 가장 이른 모델은 {}({}), 가장 최근은 {}({}). 기사 날짜({})에 세로선.",
            first.label, v(first), last.label, v(last), format::date(article, lang)
        ),
        (Lang::En, Metric::Timeline) if refs == 0 => format!(
            "{what} of {n} Korean models. Earliest: {} ({}); newest: {} ({}). A vertical line marks the article's date, {}.",
            first.label, v(first), last.label, v(last), format::date(article, lang)
        ),
        (Lang::Ko, Metric::Timeline) => format!(
            "한국 모델 {}개와 글로벌 비교 모델 {refs}개의 {what}. 가장 이른 모델은 {}({}), 가장 최근은 {}({}). 기사 날짜({})에 세로선.",
            n - refs, first.label, v(first), last.label, v(last), format::date(article, lang)
        ),
        (Lang::En, Metric::Timeline) => format!(
            "{what} of {} Korean and {refs} global reference models. Earliest: {} ({}); newest: {} ({}). A vertical line marks the article's date, {}.",
            n - refs, first.label, v(first), last.label, v(last), format::date(article, lang)
        ),
        (Lang::Ko, _) => format!(
            "모델 {n}개의 {what}. 가장 큰 값은 {}({}), 가장 작은 값은 {}({}).",
            first.label, v(first), last.label, v(last)
        ),
        (Lang::En, _) => format!(
            "{what} of {n} models. Highest: {} ({}); lowest: {} ({}).",
            first.label, v(first), last.label, v(last)
        ),
    };
    match (missing, lang) {
        (0, _) => text,
        (_, Lang::Ko) => {
            format!("{text} 값이 없는 {missing}개 모델은 그리지 않고 아래에 나열합니다.")
        }
        (_, Lang::En) => format!("{text} {missing} without a value are listed below, not drawn."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::series::Unknown;
    use crate::model::ModelRef;

    #[test]
    fn value_labels_in_both_languages() {
        let cases: &[(Value, &str, &str)] = &[
            (Value::Billions(32.0), "320억", "32B"),
            (Value::Tokens(131_072), "13만", "131K"),
            (Value::Date(Date::ymd(2024, 12, 9)), "2024.12", "Dec 2024"),
            (Value::Score(64.19), "64.2", "64.2"),
        ];
        for &(v, ko, en) in cases {
            assert_eq!(value_label(v, false, Lang::Ko), ko);
            assert_eq!(value_label(v, false, Lang::En), en);
        }
        assert_eq!(value_label(Value::Score(78.32), true, Lang::En), "78.3*");
    }

    #[test]
    fn unknown_lines_group_by_reason() {
        let u = |i, name: &str, gap| Unknown {
            model: ModelRef(i),
            name: name.into(),
            gap,
        };
        let s = Series {
            rows: vec![],
            unknown: vec![
                u(0, "GPT-4", Gap::Undisclosed),
                u(1, "n3n-10B", Gap::NotFound),
                u(2, "HyperCLOVA X", Gap::Undisclosed),
            ],
            ..Default::default()
        };
        assert_eq!(
            unknown_lines(&s, Lang::Ko),
            ["비공개: GPT-4, HyperCLOVA X", "출처 미확인: n3n-10B"]
        );
        assert_eq!(
            unknown_lines(&s, Lang::En)[0],
            "Undisclosed: GPT-4, HyperCLOVA X"
        );
    }

    #[test]
    fn summary_names_the_extremes_and_the_gaps() {
        let d = crate::data::dataset();
        let ids = ["exaone-3-5", "midm", "gpt-4"].map(|id| d.find(id).unwrap());
        let s = crate::chart::series(d, &ids, Metric::Params, Lang::En);
        assert_eq!(
            summary(&s, Metric::Params, d.article.date, Lang::En),
            "Parameters of 2 models. Highest: EXAONE 3.5 (32B); lowest: Mi:dm (7B). \
             1 without a value are listed below, not drawn."
        );
    }

    #[test]
    fn summary_of_nothing_says_so() {
        let s = Series::default();
        let d = Date::ymd(2025, 2, 6);
        assert_eq!(summary(&s, Metric::Params, d, Lang::En), en(Msg::NoData));
    }
}
