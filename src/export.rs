//! "Get the data": the models of a view (or all of them) as CSV and JSON, with the provenance
//! of every value. Pure; the footer turns the strings into downloads.

use std::fmt::Write;

use crate::format;
use crate::model::*;

/// Excel reads a UTF-8 CSV as UTF-8 (Hangul intact) only when it starts with a byte order mark.
pub const BOM: &str = "\u{feff}";

/// One CSV field, quoted when it holds a separator, quote or line break (RFC 4180).
fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// Value, status, source URL and reason (when unknown) of a fact.
fn fact_cells<T: Clone>(d: &Dataset, f: &Fact<T>, show: impl Fn(&T) -> String) -> [String; 4] {
    match f {
        Fact::Known(k) => [
            show(&k.value),
            k.status.slug().to_string(),
            d.source(k.source).url.to_string(),
            String::new(),
        ],
        Fact::Unknown(u) => [
            String::new(),
            u.kind.slug().to_string(),
            u.source
                .map(|s| d.source(s).url.to_string())
                .unwrap_or_default(),
            u.reason.en.to_string(),
        ],
    }
}

const FACTS: [&str; 7] = [
    "released",
    "params_billions",
    "context_tokens",
    "modality",
    "access",
    "licence",
    "base_model",
];

fn sizes_text(sizes: &[Size]) -> String {
    sizes
        .iter()
        .map(|s| match s.active {
            Some(a) => format!("{}/{}A", format::decimal(s.total, 3), format::decimal(a, 3)),
            None => format::decimal(s.total, 3),
        })
        .collect::<Vec<_>>()
        .join(";")
}

fn base_text(d: &Dataset, b: &Base) -> String {
    match (&b.name, b.model) {
        (_, Some(r)) => format!("{}:{}", b.relation.slug(), d.model(r).id),
        (Some(n), None) => format!("{}:{n}", b.relation.slug()),
        (None, None) => b.relation.slug().to_string(),
    }
}

/// The models as CSV (with BOM): one row per model; each fact has value, status, source and
/// reason columns; benchmarks as `name=value@measurer` list.
pub fn csv(d: &Dataset, models: &[ModelRef]) -> String {
    let mut header = vec![
        "id",
        "name_ko",
        "name_en",
        "developer_ko",
        "developer_en",
        "developer_kind",
        "reference",
        "in_article",
        "ecosystem_graphs",
    ]
    .into_iter()
    .map(String::from)
    .collect::<Vec<_>>();
    for f in FACTS {
        header.extend([
            f.to_string(),
            format!("{f}_status"),
            format!("{f}_source"),
            format!("{f}_reason"),
        ]);
    }
    header.extend(["benchmarks".into(), "claims".into()]);
    let mut out = String::from(BOM);
    out.push_str(&header.join(","));
    out.push_str("\r\n");
    for &r in models {
        let m = d.model(r);
        let org = d.org_of(m);
        let mut cells = vec![
            m.id.to_string(),
            m.name.ko.to_string(),
            m.name.en.to_string(),
            org.name.ko.to_string(),
            org.name.en.to_string(),
            org.kind.slug().to_string(),
            m.reference.to_string(),
            m.in_article.to_string(),
            m.ecosystem_graphs
                .as_ref()
                .map(|e| e.name.to_string())
                .unwrap_or_default(),
        ];
        cells.extend(fact_cells(d, &m.released, |r| r.date.to_string()));
        cells.extend(fact_cells(d, &m.params, |s| sizes_text(s)));
        cells.extend(fact_cells(d, &m.context, |n| n.to_string()));
        cells.extend(fact_cells(d, &m.modality, |x| x.slug().to_string()));
        cells.extend(fact_cells(d, &m.access, |a| a.slug().to_string()));
        cells.extend(fact_cells(d, &m.licence, |l| l.name.to_string()));
        cells.extend(fact_cells(d, &m.base_model, |b| base_text(d, b)));
        cells.push(
            m.benchmarks
                .iter()
                .map(|b| {
                    format!(
                        "{}={}@{}",
                        b.benchmark.slug(),
                        format::decimal(b.value, 2),
                        d.org(b.measured_by).id
                    )
                })
                .collect::<Vec<_>>()
                .join(";"),
        );
        cells.push(
            m.claims
                .iter()
                .map(|c| c.text.en.to_string())
                .collect::<Vec<_>>()
                .join(" | "),
        );
        let row: Vec<String> = cells.iter().map(|c| field(c)).collect();
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}

/// A JSON string literal.
fn js(s: &str) -> String {
    let mut o = String::with_capacity(s.len() + 2);
    o.push('"');
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '\n' => o.push_str("\\n"),
            '\r' => o.push_str("\\r"),
            '\t' => o.push_str("\\t"),
            c if (c as u32) < 0x20 => write!(o, "\\u{:04x}", c as u32).unwrap(),
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

fn text_json(t: &Text) -> String {
    format!("{{\"ko\":{},\"en\":{}}}", js(&t.ko), js(&t.en))
}

fn fact_json<T: Clone>(d: &Dataset, f: &Fact<T>, value: impl Fn(&T) -> String) -> String {
    match f {
        Fact::Known(k) => {
            let alts: Vec<String> = k
                .alternatives
                .iter()
                .map(|a| {
                    format!(
                        "{{\"value\":{},\"status\":{},\"source\":{}}}",
                        value(&a.value),
                        js(a.status.slug()),
                        js(&d.source(a.source).url)
                    )
                })
                .collect();
            format!(
                "{{\"value\":{},\"status\":{},\"source\":{},\"alternatives\":[{}]}}",
                value(&k.value),
                js(k.status.slug()),
                js(&d.source(k.source).url),
                alts.join(",")
            )
        }
        Fact::Unknown(u) => format!(
            "{{\"value\":null,\"unknown\":{},\"reason\":{},\"source\":{}}}",
            js(u.kind.slug()),
            text_json(&u.reason),
            u.source
                .map_or("null".to_string(), |s| js(&d.source(s).url))
        ),
    }
}

/// The models as a JSON array with the provenance of every value (source URLs resolved).
pub fn json(d: &Dataset, models: &[ModelRef]) -> String {
    let items: Vec<String> = models
        .iter()
        .map(|&r| {
            let m = d.model(r);
            let org = d.org_of(m);
            let benchmarks: Vec<String> = m
                .benchmarks
                .iter()
                .map(|b| {
                    format!(
                        "{{\"benchmark\":{},\"value\":{},\"size_billions\":{},\"variant\":{},\"measured_by\":{},\"self_reported\":{},\"status\":{},\"source\":{}}}",
                        js(b.benchmark.slug()),
                        format::decimal(b.value, 3),
                        b.size.map_or("null".into(), |s| format::decimal(s, 3)),
                        js(b.variant.slug()),
                        js(&d.org(b.measured_by).id),
                        b.measured_by == m.org,
                        js(b.status.slug()),
                        js(&d.source(b.source).url)
                    )
                })
                .collect();
            let claims: Vec<String> = m
                .claims
                .iter()
                .map(|c| format!("{{\"text\":{},\"date\":{},\"by\":{},\"status\":{},\"source\":{}}}", text_json(&c.text), js(&c.date.to_string()), js(c.by.slug()), js(c.status.slug()), js(&d.source(c.source).url)))
                .collect();
            format!(
                "{{\"id\":{},\"name\":{},\"developer\":{{\"id\":{},\"name\":{},\"kind\":{}}},\"reference\":{},\"in_article\":{},\"released\":{},\"params_billions\":{},\"context_tokens\":{},\"modality\":{},\"access\":{},\"licence\":{},\"base_model\":{},\"benchmarks\":[{}],\"claims\":[{}]}}",
                js(&m.id),
                text_json(&m.name),
                js(&org.id),
                text_json(&org.name),
                js(org.kind.slug()),
                m.reference,
                m.in_article,
                fact_json(d, &m.released, |r| js(&r.date.to_string())),
                fact_json(d, &m.params, |s| format!("[{}]", s.iter().map(|s| format::decimal(s.total, 3)).collect::<Vec<_>>().join(","))),
                fact_json(d, &m.context, |n| n.to_string()),
                fact_json(d, &m.modality, |x| js(x.slug())),
                fact_json(d, &m.access, |a| js(a.slug())),
                fact_json(d, &m.licence, |l| format!("{{\"name\":{},\"kind\":{}}}", js(&l.name), js(l.kind.slug()))),
                fact_json(d, &m.base_model, |b| js(&base_text(d, b))),
                benchmarks.join(","),
                claims.join(",")
            )
        })
        .collect();
    format!(
        "{{\"updated\":{},\"models\":[\n{}\n]}}\n",
        js(&d.updated.to_string()),
        items.join(",\n")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::dataset;

    fn all() -> Vec<ModelRef> {
        (0..dataset().models.len() as u16).map(ModelRef).collect()
    }

    #[test]
    fn csv_starts_with_bom_and_has_a_row_per_model() {
        let csv = csv(dataset(), &all());
        assert!(csv.starts_with(BOM));
        assert_eq!(csv.matches("\r\n").count(), dataset().models.len() + 1);
        assert!(csv.contains("released_source"));
    }

    #[test]
    fn csv_quotes_fields_with_commas_and_quotes() {
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("엑사원"), "엑사원");
    }

    #[test]
    fn json_export_is_valid_json_with_every_model() {
        let text = json(dataset(), &all());
        let v: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
        assert_eq!(
            v["models"].as_array().unwrap().len(),
            dataset().models.len()
        );
        let first = &v["models"][0];
        assert!(
            first["released"]["source"]
                .as_str()
                .is_some_and(|s| s.starts_with("https://"))
                || first["released"]["value"].is_null()
        );
    }

    #[test]
    fn json_escapes_control_characters() {
        assert_eq!(js("a\"b\\c\nd\u{1}"), "\"a\\\"b\\\\c\\nd\\u0001\"");
    }
}
