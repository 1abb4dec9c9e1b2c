//! What a chart says of one model, whatever the kind of chart: the value in its own unit, who
//! measured a score, where it comes from ([`Row`]), and the value in words. The row chart draws
//! a mark per row; the gap chart turns its points into rows for the details and the table.
//! Pure.

use crate::i18n::{format, ui};
use crate::model::{Date, ModelRef, OrgRef, Precision, SourceRef, Status, Variant};
use crate::settings::Lang;

/// A row's value in the metric's own unit.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Value {
    /// Release date.
    Date(Date),
    /// Parameters, billions.
    Billions(f64),
    /// Context window, tokens.
    Tokens(u32),
    /// Benchmark score, 0–100.
    Score(f64),
}

impl Value {
    /// The number a scale takes: days since 1970 (a year-only date counts from 1 July, the
    /// middle of what it can mean), billions, tokens or points.
    pub fn number(self) -> f64 {
        match self {
            Value::Date(d) if d.precision() == Precision::Year => {
                Date::ymd(d.year, 7, 1).days_since_epoch() as f64
            }
            Value::Date(d) => d.days_since_epoch() as f64,
            Value::Billions(b) => b,
            Value::Tokens(t) => t as f64,
            Value::Score(s) => s,
        }
    }
}

/// Who measured a benchmark score.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Measured {
    pub by: OrgRef,
    /// The developer measured its own model (`measured_by == model.org`).
    pub self_reported: bool,
    pub variant: Variant,
    /// The measured size in billions, when the release has several.
    pub size: Option<f64>,
}

/// One mark: a model's value for the metric and where it comes from.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub model: ModelRef,
    /// Name in the reader's language, with the size when the value is for one size of several
    /// ("EXAONE 3.5 · 32B").
    pub label: String,
    pub value: Value,
    /// A global reference model, drawn distinctly.
    pub reference: bool,
    pub source: SourceRef,
    pub status: Status,
    /// How many sizes the release has (the parameter chart shows the largest).
    pub sizes: usize,
    /// Benchmark rows only.
    pub measured: Option<Measured>,
}

/// A value as labelled on its mark: `2024.12`, `320억` / `32B`, `32K`, `64.2*`.
pub fn value_label(v: Value, self_reported: bool, lang: Lang) -> String {
    let star = if self_reported { "*" } else { "" };
    match v {
        Value::Date(d) => format::date_short(d, lang),
        Value::Billions(b) => format::params(b, lang),
        Value::Tokens(n) => format::tokens_short(n, lang),
        Value::Score(s) => format!("{}{star}", format::score(s)),
    }
}

/// A value in full, for the details panel and the table: `2024년 12월 9일`, `32,768 토큰`.
pub fn value_full(v: Value, lang: Lang) -> String {
    match v {
        Value::Date(d) => format::date(d, lang),
        Value::Billions(b) => format::params(b, lang),
        Value::Tokens(n) => ui::context(lang, n),
        Value::Score(s) => format::score(s),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_labels_in_both_languages() {
        let cases: &[(Value, &str, &str)] = &[
            (Value::Billions(32.0), "320억", "32B"),
            (Value::Tokens(131_072), "128K", "128K"),
            (Value::Date(Date::ymd(2024, 12, 9)), "2024.12", "Dec 2024"),
            (Value::Score(64.19), "64.2", "64.2"),
            (Value::Score(60.0), "60.0", "60.0"),
        ];
        for &(v, ko, en) in cases {
            assert_eq!(value_label(v, false, Lang::Ko), ko);
            assert_eq!(value_label(v, false, Lang::En), en);
        }
        assert_eq!(value_label(Value::Score(78.32), true, Lang::En), "78.3*");
    }
}
