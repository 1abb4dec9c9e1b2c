//! What a tapped or focused mark explains: its full value, how sure it is, who measured it
//! and where it comes from. Pure; the words come from `crate::i18n`.

use super::row::{value_full, Row, Value};
use crate::i18n::{chart as words, format, t, text, ui};
use crate::model::Dataset;
use crate::settings::Lang;

/// The details panel's content for one row.
#[derive(Clone, Debug, PartialEq)]
pub struct Detail {
    pub title: String,
    /// Full value and status: "320억 · 확인됨".
    pub value: String,
    /// Further facts, one per line (size, evaluator).
    pub notes: Vec<String>,
    /// "출처: <title>(<publisher>, <date>)".
    pub source: String,
    pub url: String,
}

/// The details of `row`.
pub fn detail(d: &Dataset, row: &Row, lang: Lang) -> Detail {
    let src = d.source(row.source);
    let mut notes = Vec::new();
    if let (Value::Billions(_), n @ 2..) = (row.value, row.sizes) {
        notes.push(words::largest_of(lang, n));
    }
    if let Some(m) = row.measured {
        let org = text(lang, &d.org(m.by).name);
        notes.push(ui::measured_by(lang, org, m.self_reported));
        let mut what = t(lang, m.variant).to_string();
        if let Some(size) = m.size {
            what = format!("{what} · {}", format::params(size, lang));
        }
        notes.push(what);
    }
    let date = src.date.map(|dt| format::date(dt, lang));
    Detail {
        title: row.label.clone(),
        value: format!("{} · {}", value_full(row.value, lang), t(lang, row.status)),
        notes,
        source: words::source_line(lang, &src.title, &src.publisher, date.as_deref()),
        url: src.url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::rows::series::{series_up_to, MAX_ROWS};
    use crate::data::dataset;
    use crate::settings::Metric;

    #[test]
    fn a_self_reported_score_names_its_measurer() {
        let d = dataset();
        let s = series_up_to(
            d,
            &[d.find("ax-4-0").unwrap()],
            Metric::Kmmlu,
            Lang::En,
            MAX_ROWS,
        );
        let det = detail(d, &s.rows[0], Lang::En);
        assert_eq!(det.value, "78.3 · Developer's claim");
        assert!(det.notes[0].ends_with("(self-reported)"), "{det:?}");
        assert!(det.url.starts_with("https://"));
    }

    #[test]
    fn a_multi_size_release_says_it_shows_the_largest() {
        let d = dataset();
        let s = series_up_to(
            d,
            &[d.find("exaone-3-5").unwrap()],
            Metric::Params,
            Lang::Ko,
            MAX_ROWS,
        );
        let det = detail(d, &s.rows[0], Lang::Ko);
        assert_eq!(det.notes, ["크기 3종 중 가장 큰 모델"]);
        assert!(det.value.starts_with("320억"));
    }
}
