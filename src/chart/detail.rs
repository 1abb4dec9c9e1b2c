//! What a tapped or focused mark explains: its full value, how sure it is, who measured it
//! and where it comes from. Pure.

use super::series::{Row, Value};
use super::text::{t, value_full, Msg};
use crate::format;
use crate::model::Dataset;
use crate::state::Lang;

/// The details panel's content for one row.
#[derive(Clone, Debug, PartialEq)]
pub struct Detail {
    pub title: String,
    /// Full value and status: "320억 · 확인됨".
    pub value: String,
    /// Further facts, one per line (size, evaluator).
    pub notes: Vec<String>,
    /// "Source: <title> (<publisher>, <date>)".
    pub source: String,
    pub url: String,
}

/// The details of `row`.
pub fn detail(d: &Dataset, row: &Row, lang: Lang) -> Detail {
    let src = d.source(row.source);
    let mut notes = Vec::new();
    if let (Value::Billions(_), n @ 2..) = (row.value, row.sizes) {
        notes.push(match lang {
            Lang::Ko => format!("크기 {n}종 중 가장 큰 모델"),
            Lang::En => format!("Largest of {n} sizes"),
        });
    }
    if let Some(m) = row.measured {
        let org = d.org(m.by);
        let org = match lang {
            Lang::Ko => &org.name.ko,
            Lang::En => &org.name.en,
        };
        let own = match (m.self_reported, lang) {
            (false, _) => "",
            (true, Lang::Ko) => " (개발사 자체 측정)",
            (true, Lang::En) => " (the developer's own measurement)",
        };
        notes.push(format!("{}: {org}{own}", t(lang, Msg::MeasuredBy)));
        let mut what = t(lang, Msg::Variant(m.variant)).to_string();
        if let Some(size) = m.size {
            what = format!("{what} · {}", format::params(size, lang));
        }
        notes.push(what);
    }
    let date = src
        .date
        .map(|dt| format!(", {}", format::date(dt, lang)))
        .unwrap_or_default();
    Detail {
        title: row.label.clone(),
        value: format!(
            "{} · {}",
            value_full(row.value, lang),
            t(lang, Msg::Status(row.status))
        ),
        notes,
        source: format!(
            "{}: {} ({}{date})",
            t(lang, Msg::Source),
            src.title,
            src.publisher
        ),
        url: src.url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::series;
    use crate::data::dataset;
    use crate::state::Metric;

    #[test]
    fn a_self_reported_score_names_its_measurer() {
        let d = dataset();
        let s = series(d, &[d.find("ax-4-0").unwrap()], Metric::Kmmlu, Lang::En);
        let det = detail(d, &s.rows[0], Lang::En);
        assert_eq!(det.value, "78.3 · developer's claim");
        assert!(
            det.notes[0].ends_with("(the developer's own measurement)"),
            "{det:?}"
        );
        assert!(det.url.starts_with("https://"));
    }

    #[test]
    fn a_multi_size_release_says_it_shows_the_largest() {
        let d = dataset();
        let s = series(
            d,
            &[d.find("exaone-3-5").unwrap()],
            Metric::Params,
            Lang::Ko,
        );
        let det = detail(d, &s.rows[0], Lang::Ko);
        assert_eq!(det.notes, ["크기 3종 중 가장 큰 모델"]);
        assert!(det.value.starts_with("320억"));
    }
}
