//! "Get the data": the models of a view (or all of them) as CSV and JSON, with the provenance
//! of every value, the release and the data's date, the data's licence and how to cite it.
//! Pure; the footer turns the strings into downloads.
//!
//! Both formats are written straight into one `String` by two tiny writers rather than
//! assembled from `format!`ed pieces: the same bytes, in about half the wasm.

use std::fmt::Write;

use crate::i18n::{format, ui};
use crate::model::*;
use crate::release;
use crate::settings::Lang;

/// Excel reads a UTF-8 CSV as UTF-8 (Hangul intact) only when it starts with a byte order mark.
pub const BOM: &str = "\u{feff}";

/// One CSV field, quoted when it holds a separator, quote or line break (RFC 4180). A field
/// that a spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`, a tab or a
/// carriage return) gets a leading `'`, so it opens as text.
fn field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// CSV being written: cells separated by `,`, rows ended by CRLF.
struct Csv {
    out: String,
    row_start: bool,
}

impl Csv {
    fn cell(&mut self, s: &str) {
        if !self.row_start {
            self.out.push(',');
        }
        self.row_start = false;
        self.out.push_str(&field(s));
    }

    fn end_row(&mut self) {
        self.out.push_str("\r\n");
        self.row_start = true;
    }

    /// Value, status, source URL and reason (when unknown) of a fact.
    fn fact<T: Clone>(&mut self, d: &Dataset, f: &Fact<T>, show: impl Fn(&T) -> String) {
        match f {
            Fact::Known(k) => {
                self.cell(&show(&k.value));
                self.cell(k.status.slug());
                self.cell(&d.source(k.source).url);
                self.cell("");
            }
            Fact::Unknown(u) => {
                self.cell("");
                self.cell(u.kind.slug());
                self.cell(u.source.map_or("", |s| &d.source(s).url));
                self.cell(&u.reason.en);
            }
        }
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

fn flag(b: bool) -> &'static str {
    if b {
        "true"
    } else {
        "false"
    }
}

/// Columns describing a model's place in a programme (empty when it has none).
const PROGRAMME: [&str; 9] = [
    "programme",
    "programme_team_ko",
    "programme_team_en",
    "programme_entered",
    "programme_standing",
    "programme_standing_round",
    "programme_standing_date",
    "programme_status",
    "programme_source",
];

/// The programme columns of one model: the team that entered it, the rounds it was entered
/// in, the team's latest decision, and the status and source of the (first) entry.
fn programme_cells(c: &mut Csv, d: &Dataset, r: ModelRef) {
    let Some(p) = d.programme_entry(r) else {
        for _ in PROGRAMME {
            c.cell("");
        }
        return;
    };
    let team = p.team();
    c.cell(&p.programme.id);
    c.cell(&team.name.ko);
    c.cell(&team.name.en);
    let rounds: Vec<&str> = p
        .entries(r)
        .map(|e| p.programme.round(e.round).id.as_ref())
        .collect();
    c.cell(&rounds.join(";"));
    match p.standing() {
        Some((round, o)) => {
            c.cell(o.result.slug());
            c.cell(&round.id);
            c.cell(&round.date.value().map(Date::to_string).unwrap_or_default());
        }
        None => {
            c.cell("");
            c.cell("");
            c.cell("");
        }
    }
    match p.entries(r).next() {
        Some(e) => {
            c.cell(e.status.slug());
            c.cell(&d.source(e.source).url);
        }
        None => {
            c.cell("");
            c.cell("");
        }
    }
}

/// The data licence as one cell: `CC BY 4.0 https://creativecommons.org/licenses/by/4.0/`.
fn licence_cell() -> String {
    format!("{} {}", release::DATA_LICENCE, release::DATA_LICENCE_URL)
}

/// The models as CSV (with BOM): one row per model; each fact has value, status, source and
/// reason columns; benchmarks as `name=value@measurer` list; the data's as-of date, the
/// release, the data's licence and how to cite it on every row (a CSV has no other place a
/// spreadsheet keeps); the programme columns.
pub fn csv(d: &Dataset, models: &[ModelRef]) -> String {
    let mut c = Csv {
        out: String::from(BOM),
        row_start: true,
    };
    for name in [
        "data_as_of",
        "release",
        "data_licence",
        "cite_as",
        "id",
        "name_ko",
        "name_en",
        "developer_ko",
        "developer_en",
        "developer_kind",
        "reference",
        "in_article",
        "ecosystem_graphs",
    ] {
        c.cell(name);
    }
    for f in FACTS {
        for suffix in ["", "_status", "_source", "_reason"] {
            c.cell(&[f, suffix].concat());
        }
    }
    c.cell("benchmarks");
    c.cell("claims");
    for name in PROGRAMME {
        c.cell(name);
    }
    c.end_row();
    let as_of = d.as_of.to_string();
    let name = release::name(d.as_of);
    let (licence, cite) = (licence_cell(), ui::citation(Lang::En, &name, d.as_of));
    for &r in models {
        let m = d.model(r);
        let org = d.org_of(m);
        for cell in [&as_of, &name, &licence, &cite] {
            c.cell(cell);
        }
        for text in [&m.id, &m.name.ko, &m.name.en, &org.name.ko, &org.name.en] {
            c.cell(text);
        }
        c.cell(org.kind.slug());
        c.cell(flag(m.reference));
        c.cell(flag(m.in_article));
        c.cell(m.ecosystem_graphs.as_ref().map_or("", |e| &e.name));
        c.fact(d, &m.released, |r| r.date.to_string());
        c.fact(d, &m.params, |s| sizes_text(s));
        c.fact(d, &m.context, |n| n.to_string());
        c.fact(d, &m.modality, |x| x.slug().to_string());
        c.fact(d, &m.access, |a| a.slug().to_string());
        c.fact(d, &m.licence, |l| l.name.to_string());
        c.fact(d, &m.base_model, |b| base_text(d, b));
        let benchmarks: Vec<String> = m
            .benchmarks
            .iter()
            .map(|b| {
                format!(
                    "{}={}@{}",
                    b.benchmark.slug(),
                    format::decimal(b.value, 2),
                    d.org(b.measured_by).id
                )
            })
            .collect();
        c.cell(&benchmarks.join(";"));
        let claims: Vec<&str> = m.claims.iter().map(|c| c.text.en.as_ref()).collect();
        c.cell(&claims.join(" | "));
        programme_cells(&mut c, d, r);
        c.end_row();
    }
    c.out
}

/// Writes `s` as a JSON string literal.
fn push_js(o: &mut String, s: &str) {
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
}

/// JSON being written. [`Json::key`] puts the comma before every member but the first.
struct Json(String);

impl Json {
    fn raw(&mut self, s: &str) -> &mut Self {
        self.0.push_str(s);
        self
    }

    fn str(&mut self, s: &str) -> &mut Self {
        push_js(&mut self.0, s);
        self
    }

    /// `"key":`, after a comma unless it opens its object.
    fn key(&mut self, key: &str) -> &mut Self {
        if !self.0.ends_with(['{', '[']) {
            self.0.push(',');
        }
        self.0.push('"');
        self.raw(key).raw("\":")
    }

    fn text(&mut self, t: &Text) -> &mut Self {
        self.raw("{\"ko\":")
            .str(&t.ko)
            .raw(",\"en\":")
            .str(&t.en)
            .raw("}")
    }

    /// `{"value":…,"status":…,"source":…,"alternatives":[…]}` or the unknown's reason;
    /// `value` writes a value as JSON.
    fn fact<T: Clone>(&mut self, d: &Dataset, f: &Fact<T>, value: impl Fn(&mut Json, &T)) {
        self.raw("{");
        match f {
            Fact::Known(k) => {
                value(self.key("value"), &k.value);
                self.key("status").str(k.status.slug());
                self.key("source").str(&d.source(k.source).url);
                self.key("alternatives").raw("[");
                for a in k.alternatives.iter() {
                    self.key_less_object();
                    value(self.key("value"), &a.value);
                    self.key("status").str(a.status.slug());
                    self.key("source").str(&d.source(a.source).url).raw("}");
                }
                self.raw("]");
            }
            Fact::Unknown(u) => {
                self.key("value").raw("null");
                self.key("unknown").str(u.kind.slug());
                self.key("reason").text(&u.reason);
                match u.source {
                    Some(s) => self.key("source").str(&d.source(s).url),
                    None => self.key("source").raw("null"),
                };
            }
        }
        self.raw("}");
    }

    /// `{` of an array item, after a comma unless it is the first.
    fn key_less_object(&mut self) {
        if !self.0.ends_with('[') {
            self.0.push(',');
        }
        self.0.push('{');
    }
}

/// The models as a JSON array with the provenance of every value (source URLs resolved),
/// after the data's as-of date, the release, the data's licence, how to cite it, and the
/// programmes (teams, rounds and results).
pub fn json(d: &Dataset, models: &[ModelRef]) -> String {
    let mut j = Json(String::new());
    let name = release::name(d.as_of);
    j.raw("{").key("as_of").str(&d.as_of.to_string());
    j.key("release").str(&name);
    j.key("licence")
        .raw("{")
        .key("name")
        .str(release::DATA_LICENCE);
    j.key("url").str(release::DATA_LICENCE_URL);
    j.key("terms").raw("{");
    for (key, lang) in [("ko", Lang::Ko), ("en", Lang::En)] {
        j.key(key).str(&ui::data_licence(lang).concat());
    }
    j.raw("}}").key("cite_as").raw("{");
    for (key, lang) in [("ko", Lang::Ko), ("en", Lang::En)] {
        j.key(key).str(&ui::citation(lang, &name, d.as_of));
    }
    j.raw("}");
    j.key("programmes").raw("[");
    for p in d.programmes.iter() {
        j.key_less_object();
        programme_json(&mut j, d, p);
    }
    j.raw("]");
    j.key("models").raw("[\n");
    for (i, &r) in models.iter().enumerate() {
        if i > 0 {
            j.raw(",\n");
        }
        model_json(&mut j, d, r);
    }
    j.raw("\n]");
    j.key("gap").raw("[\n");
    for (i, (bench, c)) in gap_comparisons(d).iter().enumerate() {
        if i > 0 {
            j.raw(",\n");
        }
        gap_json(&mut j, d, *bench, c);
    }
    j.raw("\n]}\n");
    j.0
}

/// File name of the gap figures' CSV.
pub const GAP_CSV: &str = "kllm-gap.csv";

/// Every comparison the gap figures cover: on every benchmark, each protocol with at least
/// one Korean and one global score (with fewer, there is nothing to compare), in the gap
/// view's order. Computed from all models in the data.
pub fn gap_comparisons(d: &Dataset) -> Vec<(BenchmarkId, crate::gap::Comparison)> {
    BenchmarkId::ALL
        .iter()
        .flat_map(|&b| {
            crate::gap::comparisons(d, b)
                .into_iter()
                .filter(|c| !c.korean.is_empty() && !c.global.is_empty())
                .map(move |c| (b, c))
        })
        .collect()
}

/// The moments a gap figure is given for: the article's date and the data's.
fn gap_moments(d: &Dataset) -> [(&'static str, Date); 2] {
    [("article", d.article.date), ("as_of", d.as_of)]
}

/// `behind` / `ahead` / `no_figure`, the months, whether they are a lower bound, the two
/// steps and the reason there is no figure.
fn gap_parts(
    f: &crate::gap::Figure,
) -> (
    &'static str,
    Option<u32>,
    bool,
    Option<crate::gap::Step>,
    Option<crate::gap::Step>,
    &'static str,
) {
    use crate::gap::{Figure, Why};
    match *f {
        Figure::Behind {
            korean,
            global,
            months,
            at_least,
        } => (
            "behind",
            Some(months),
            at_least,
            Some(korean),
            Some(global),
            "",
        ),
        Figure::Ahead {
            korean,
            global,
            months,
        } => ("ahead", months, false, Some(korean), global, ""),
        Figure::None(Why::TooFewKorean(_)) => {
            ("no_figure", None, false, None, None, "too_few_korean")
        }
        Figure::None(Why::TooFewGlobal(_)) => {
            ("no_figure", None, false, None, None, "too_few_global")
        }
    }
}

/// The gap figures as CSV (with BOM): one row per comparison and moment — the protocol, the
/// outcome, the months (a lower bound when `at_least`), the Korean best and the first global
/// model to reach it, how many models each side had and who measured the scores.
pub fn gap_csv(d: &Dataset) -> String {
    let mut c = Csv {
        out: String::from(BOM),
        row_start: true,
    };
    for name in [
        "data_as_of",
        "benchmark",
        "comparison",
        "setting",
        "variant",
        "shots",
        "cot",
        "table_source",
        "table_measured_by",
        "moment",
        "date",
        "outcome",
        "months",
        "at_least",
        "korean_model",
        "korean_score",
        "korean_released",
        "global_model",
        "global_score",
        "global_released",
        "korean_models",
        "global_models",
        "measured_by",
        "reason",
    ] {
        c.cell(name);
    }
    c.end_row();
    let as_of = d.as_of.to_string();
    for (bench, cmp) in gap_comparisons(d) {
        let p = cmp.protocol;
        let setting = crate::chart::gap::setting_label(d, &cmp, crate::settings::Lang::En);
        for (moment, date) in gap_moments(d) {
            let (outcome, months, at_least, k, g, reason) = gap_parts(&cmp.figure(date));
            c.cell(&as_of);
            c.cell(bench.slug());
            c.cell(&p.slug(d));
            c.cell(&setting);
            c.cell(p.variant.slug());
            c.cell(&p.shots.map_or(String::new(), |n| n.to_string()));
            c.cell(p.cot.map_or("", flag));
            c.cell(p.table.map_or("", |t| &d.source(t.source).url));
            c.cell(p.table.map_or("", |t| &d.org(t.measured_by).id));
            c.cell(moment);
            c.cell(&date.to_string());
            c.cell(outcome);
            c.cell(&months.map_or(String::new(), |n| n.to_string()));
            c.cell(flag(at_least));
            for s in [k, g] {
                match s {
                    Some(s) => {
                        c.cell(&d.model(s.model).id);
                        c.cell(&format::decimal(s.score, 2));
                        c.cell(&s.date.to_string());
                    }
                    None => (0..3).for_each(|_| c.cell("")),
                }
            }
            let count = |ps: &[crate::gap::Point]| ps.iter().filter(|p| p.date <= date).count();
            c.cell(&count(&cmp.korean).to_string());
            c.cell(&count(&cmp.global).to_string());
            let by: Vec<&str> = cmp
                .measurers(date)
                .iter()
                .map(|&o| d.org(o).id.as_ref())
                .collect();
            c.cell(&by.join(";"));
            c.cell(reason);
            c.end_row();
        }
    }
    c.out
}

/// One comparison of the gap figures as a JSON object.
fn gap_json(j: &mut Json, d: &Dataset, bench: BenchmarkId, cmp: &crate::gap::Comparison) {
    let p = cmp.protocol;
    j.raw("{").key("benchmark").str(bench.slug());
    j.key("comparison").str(&p.slug(d));
    j.key("variant").str(p.variant.slug());
    match p.shots {
        Some(n) => j.key("shots").raw(&n.to_string()),
        None => j.key("shots").raw("null"),
    };
    match p.cot {
        Some(b) => j.key("cot").raw(if b { "true" } else { "false" }),
        None => j.key("cot").raw("null"),
    };
    match p.table {
        Some(t) => j
            .key("table")
            .raw("{")
            .key("source")
            .str(&d.source(t.source).url)
            .key("measured_by")
            .str(&d.org(t.measured_by).id)
            .raw("}"),
        None => j.key("table").raw("null"),
    };
    for (key, side) in [("korean", &cmp.korean), ("global", &cmp.global)] {
        j.key(key).raw("[");
        for pt in side.iter() {
            j.key_less_object();
            j.key("model").str(&d.model(pt.model).id);
            j.key("score").raw(&format::decimal(pt.score, 2));
            j.key("released").str(&pt.date.to_string());
            j.key("measured_by").str(&d.org(pt.measured_by).id);
            j.key("self_reported").raw(flag(pt.self_reported));
            j.key("source").str(&d.source(pt.source).url);
            j.raw("}");
        }
        j.raw("]");
    }
    j.key("figures").raw("{");
    for (moment, date) in gap_moments(d) {
        let (outcome, months, at_least, k, g, reason) = gap_parts(&cmp.figure(date));
        j.key(moment).raw("{").key("date").str(&date.to_string());
        j.key("outcome").str(outcome);
        match months {
            Some(n) => j.key("months").raw(&n.to_string()),
            None => j.key("months").raw("null"),
        };
        j.key("at_least").raw(flag(at_least));
        for (key, s) in [("korean", k), ("global", g)] {
            match s {
                Some(s) => j
                    .key(key)
                    .raw("{")
                    .key("model")
                    .str(&d.model(s.model).id)
                    .key("score")
                    .raw(&format::decimal(s.score, 2))
                    .key("released")
                    .str(&s.date.to_string())
                    .raw("}"),
                None => j.key(key).raw("null"),
            };
        }
        match reason {
            "" => j.key("reason").raw("null"),
            r => j.key("reason").str(r),
        };
        j.raw("}");
    }
    j.raw("}}");
}

/// The members of a programme object, after its opening `{`, and the closing `}`.
fn programme_json(j: &mut Json, d: &Dataset, p: &Programme) {
    j.key("id").str(&p.id);
    j.key("name").text(&p.name);
    j.key("run_by").text(&p.run_by);
    match &p.note {
        Some(t) => j.key("note").text(t),
        None => j.key("note").raw("null"),
    };
    j.key("sources").raw("[");
    for (i, s) in p.sources.iter().enumerate() {
        if i > 0 {
            j.raw(",");
        }
        j.str(&d.source(*s).url);
    }
    j.raw("]");
    j.key("teams").raw("[");
    for t in p.teams.iter() {
        j.key_less_object();
        j.key("id").str(&t.id);
        j.key("name").text(&t.name);
        match t.org {
            Some(o) => j.key("developer").str(&d.org(o).id),
            None => j.key("developer").raw("null"),
        };
        j.key("entries").raw("[");
        for e in t.entries.iter() {
            j.key_less_object();
            j.key("model").str(&d.model(e.model).id);
            j.key("round").str(&p.round(e.round).id);
            j.key("status").str(e.status.slug());
            j.key("source").str(&d.source(e.source).url).raw("}");
        }
        j.raw("]}");
    }
    j.raw("]");
    j.key("rounds").raw("[");
    for r in p.rounds.iter() {
        j.key_less_object();
        j.key("id").str(&r.id);
        j.key("kind").str(r.kind.slug());
        j.key("name").text(&r.name);
        match &r.note {
            Some(t) => j.key("note").text(t),
            None => j.key("note").raw("null"),
        };
        j.key("date");
        j.fact(d, &r.date, |j, date| {
            j.str(&date.to_string());
        });
        j.key("outcomes").raw("[");
        for o in r.outcomes.iter() {
            j.key_less_object();
            j.key("team").str(&p.team(o.team).id);
            j.key("result").str(o.result.slug());
            match &o.reason {
                Some(t) => j.key("reason").text(t),
                None => j.key("reason").raw("null"),
            };
            j.key("status").str(o.status.slug());
            j.key("source").str(&d.source(o.source).url).raw("}");
        }
        j.raw("]");
        match &r.outcome_unknown {
            None => {
                j.key("outcome_unknown").raw("null");
            }
            Some(m) => {
                j.key("outcome_unknown")
                    .raw("{")
                    .key("unknown")
                    .str(m.kind.slug());
                j.key("reason").text(&m.reason);
                match m.source {
                    Some(s) => j.key("source").str(&d.source(s).url),
                    None => j.key("source").raw("null"),
                };
                j.raw("}");
            }
        }
        j.raw("}");
    }
    j.raw("]}");
}

fn model_json(j: &mut Json, d: &Dataset, r: ModelRef) {
    let m = d.model(r);
    let org = d.org_of(m);
    j.raw("{").key("id").str(&m.id);
    j.key("name").text(&m.name);
    j.key("developer").raw("{").key("id").str(&org.id);
    j.key("name").text(&org.name);
    j.key("kind").str(org.kind.slug()).raw("}");
    j.key("reference").raw(flag(m.reference));
    j.key("in_article").raw(flag(m.in_article));
    j.key("released");
    j.fact(d, &m.released, |j, r| {
        j.str(&r.date.to_string());
    });
    j.key("params_billions");
    j.fact(d, &m.params, |j, s| {
        let totals: Vec<String> = s.iter().map(|s| format::decimal(s.total, 3)).collect();
        j.raw("[").raw(&totals.join(",")).raw("]");
    });
    j.key("context_tokens");
    j.fact(d, &m.context, |j, n| {
        j.raw(&n.to_string());
    });
    j.key("modality");
    j.fact(d, &m.modality, |j, x| {
        j.str(x.slug());
    });
    j.key("access");
    j.fact(d, &m.access, |j, a| {
        j.str(a.slug());
    });
    j.key("licence");
    j.fact(d, &m.licence, |j, l| {
        j.raw("{").key("name").str(&l.name);
        j.key("kind").str(l.kind.slug()).raw("}");
    });
    j.key("base_model");
    j.fact(d, &m.base_model, |j, b| {
        j.str(&base_text(d, b));
    });
    j.key("benchmarks").raw("[");
    for b in m.benchmarks.iter() {
        j.key_less_object();
        j.key("benchmark").str(b.benchmark.slug());
        j.key("value").raw(&format::decimal(b.value, 3));
        match b.size {
            Some(s) => j.key("size_billions").raw(&format::decimal(s, 3)),
            None => j.key("size_billions").raw("null"),
        };
        j.key("variant").str(b.variant.slug());
        match &b.setting {
            Some(x) => j.key("setting").str(x),
            None => j.key("setting").raw("null"),
        };
        match b.shots {
            Some(n) => j.key("shots").raw(&n.to_string()),
            None => j.key("shots").raw("null"),
        };
        match b.cot {
            Some(x) => j.key("cot").raw(flag(x)),
            None => j.key("cot").raw("null"),
        };
        j.key("measured_by").str(&d.org(b.measured_by).id);
        j.key("self_reported").raw(flag(b.measured_by == m.org));
        j.key("status").str(b.status.slug());
        j.key("source").str(&d.source(b.source).url).raw("}");
    }
    j.raw("]");
    j.key("claims").raw("[");
    for c in m.claims.iter() {
        j.key_less_object();
        j.key("text").text(&c.text);
        j.key("date").str(&c.date.to_string());
        j.key("by").str(c.by.slug());
        j.key("status").str(c.status.slug());
        j.key("source").str(&d.source(c.source).url).raw("}");
    }
    j.raw("]");
    j.key("programme");
    match d.programme_entry(r) {
        None => {
            j.raw("null");
        }
        Some(p) => {
            j.raw("{").key("id").str(&p.programme.id);
            j.key("team").str(&p.team().id);
            j.key("entered").raw("[");
            for (i, e) in p.entries(r).enumerate() {
                if i > 0 {
                    j.raw(",");
                }
                j.str(&p.programme.round(e.round).id);
            }
            j.raw("]");
            match p.standing() {
                Some((round, o)) => {
                    j.key("standing")
                        .raw("{")
                        .key("result")
                        .str(o.result.slug());
                    j.key("round").str(&round.id).raw("}");
                }
                None => {
                    j.key("standing").raw("null");
                }
            }
            j.raw("}");
        }
    }
    j.raw("}");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::dataset;

    fn all() -> Vec<ModelRef> {
        (0..dataset().models.len() as u16).map(ModelRef).collect()
    }

    #[test]
    fn cells_a_spreadsheet_would_run_as_formulas_open_as_text() {
        assert_eq!(
            field("=HYPERLINK(\"http://x\")"),
            "\"'=HYPERLINK(\"\"http://x\"\")\""
        );
        assert_eq!(field("+1"), "'+1");
        assert_eq!(field("-2+3"), "'-2+3");
        assert_eq!(field("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(field("\t=1"), "'\t=1");
        assert_eq!(field("\r=1"), "\"'\r=1\"");
        // Ordinary cells are unchanged, including ones with a sign inside.
        assert_eq!(field("EXAONE-3.5"), "EXAONE-3.5");
        assert_eq!(field("2024-12-09"), "2024-12-09");
        assert_eq!(field("32/3A"), "32/3A");
        assert_eq!(field("a, b"), "\"a, b\"");
    }

    #[test]
    fn no_cell_of_the_real_data_starts_like_a_formula() {
        let csv = csv(dataset(), &all());
        for row in csv.trim_start_matches(BOM).split("\r\n") {
            for cell in row.split(',') {
                let cell = cell.trim_start_matches('"');
                assert!(
                    !cell.starts_with(['=', '+', '-', '@', '\t']),
                    "{cell:?} in {row}"
                );
            }
        }
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

    /// The rows of a CSV export as cells (quoted cells unquoted).
    fn parse_csv(csv: &str) -> Vec<Vec<String>> {
        let mut rows = vec![];
        let mut row = vec![];
        let mut cell = String::new();
        let mut quoted = false;
        let mut chars = csv.trim_start_matches(BOM).chars().peekable();
        while let Some(ch) = chars.next() {
            match (quoted, ch) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                (true, '"') => quoted = false,
                (true, _) => cell.push(ch),
                (false, '"') => quoted = true,
                (false, ',') => row.push(std::mem::take(&mut cell)),
                (false, '\r') => {}
                (false, '\n') => {
                    row.push(std::mem::take(&mut cell));
                    rows.push(std::mem::take(&mut row));
                }
                (false, _) => cell.push(ch),
            }
        }
        rows
    }

    #[test]
    fn csv_carries_the_as_of_date_and_the_programme_columns() {
        let rows = parse_csv(&csv(dataset(), &all()));
        let header = &rows[0];
        assert_eq!(header[0], "data_as_of");
        assert!(rows.iter().all(|r| r.len() == header.len()));
        let col = |name: &str| header.iter().position(|h| h == name).unwrap();
        let row = |id: &str| rows.iter().find(|r| r[col("id")] == id).unwrap();
        let solar = row("solar-open-100b");
        assert_eq!(solar[0], "2026-11-30");
        assert_eq!(solar[col("programme")], "sovereign-ai-foundation-model");
        assert_eq!(solar[col("programme_team_en")], "Upstage");
        assert_eq!(solar[col("programme_entered")], "phase-1");
        assert_eq!(solar[col("programme_standing")], "advanced");
        assert_eq!(solar[col("programme_standing_round")], "phase-1");
        assert_eq!(solar[col("programme_standing_date")], "2026-01-15");
        assert!(solar[col("programme_source")].starts_with("https://"));
        assert_eq!(row("vaetki")[col("programme_standing")], "dropped");
        let gpt4 = row("gpt-4");
        assert_eq!(gpt4[col("programme")], "");
        assert_eq!(gpt4[col("programme_standing")], "");
    }

    #[test]
    fn json_carries_the_as_of_date_the_programme_and_each_models_place_in_it() {
        let d = dataset();
        let v: serde_json::Value = serde_json::from_str(&json(d, &all())).unwrap();
        assert_eq!(v["as_of"], "2026-11-30");
        let p = &v["programmes"][0];
        assert_eq!(p["id"], "sovereign-ai-foundation-model");
        assert!(p["note"]["ko"].as_str().is_some_and(|s| !s.is_empty()));
        let rounds = p["rounds"].as_array().unwrap();
        let phase1 = rounds.iter().find(|r| r["id"] == "phase-1").unwrap();
        assert_eq!(phase1["kind"], "evaluation");
        assert_eq!(phase1["date"]["value"], "2026-01-15");
        let naver = phase1["outcomes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|o| o["team"] == "naver-cloud")
            .unwrap();
        assert_eq!(naver["result"], "dropped");
        assert!(naver["reason"]["en"]
            .as_str()
            .is_some_and(|s| !s.is_empty()));
        assert!(naver["source"].as_str().unwrap().starts_with("https://"));
        let models = v["models"].as_array().unwrap();
        let by_id = |id: &str| models.iter().find(|m| m["id"] == id).unwrap();
        let solar = &by_id("solar-open-100b")["programme"];
        assert_eq!(solar["team"], "upstage");
        assert_eq!(solar["entered"][0], "phase-1");
        assert_eq!(solar["standing"]["result"], "advanced");
        assert!(by_id("gpt-4")["programme"].is_null());
    }

    #[test]
    fn every_csv_row_carries_the_release_the_licence_and_the_citation() {
        let rows = parse_csv(&csv(dataset(), &all()));
        let header = &rows[0];
        assert_eq!(
            header[..4],
            ["data_as_of", "release", "data_licence", "cite_as"]
        );
        let name = format!("{}-2026-11-30", release::VERSION);
        for row in &rows[1..] {
            assert_eq!(row[1], name);
            assert_eq!(
                row[2],
                "CC BY 4.0 https://creativecommons.org/licenses/by/4.0/"
            );
            assert!(
                row[3].starts_with("kllm-widget, “Korea's large language models")
                    && row[3].contains(&format!("release {name} (data as of 30 Nov 2026)"))
                    && row[3].ends_with("CC BY 4.0."),
                "{}",
                row[3]
            );
        }
    }

    #[test]
    fn json_names_the_release_the_licence_and_how_to_cite_in_both_languages() {
        let v: serde_json::Value = serde_json::from_str(&json(dataset(), &all())).unwrap();
        let name = format!("{}-2026-11-30", release::VERSION);
        assert_eq!(v["release"], name.as_str());
        assert_eq!(v["licence"]["name"], "CC BY 4.0");
        assert_eq!(
            v["licence"]["url"],
            "https://creativecommons.org/licenses/by/4.0/"
        );
        assert!(v["licence"]["terms"]["ko"]
            .as_str()
            .is_some_and(|s| s.contains("이용 조건")));
        assert!(v["licence"]["terms"]["en"]
            .as_str()
            .is_some_and(|s| s.contains("keeps its own terms")));
        let ko = v["cite_as"]["ko"].as_str().unwrap();
        assert!(ko.contains(&format!("릴리스 {name}(데이터 기준 2026년 11월 30일)")));
        let en = v["cite_as"]["en"].as_str().unwrap();
        assert!(en.contains(&format!("release {name} (data as of 30 Nov 2026)")));
    }

    #[test]
    fn json_escapes_control_characters() {
        let mut o = String::new();
        push_js(&mut o, "a\"b\\c\nd\u{1}");
        assert_eq!(o, "\"a\\\"b\\\\c\\nd\\u0001\"");
    }

    #[test]
    fn gap_csv_has_a_row_per_comparison_and_moment() {
        let d = dataset();
        let rows = parse_csv(&gap_csv(d));
        let head = &rows[0];
        let col = |name: &str| head.iter().position(|h| h == name).unwrap();
        assert_eq!(rows.len() - 1, gap_comparisons(d).len() * 2);
        let find = |bench: &str, cmp: &str, moment: &str| {
            rows.iter()
                .find(|r| {
                    r[col("benchmark")] == bench
                        && r[col("comparison")] == cmp
                        && r[col("moment")] == moment
                })
                .unwrap_or_else(|| panic!("{bench} {cmp} {moment}"))
        };
        let now = find("mmlu", "base.5shot", "as_of");
        assert_eq!(now[col("outcome")], "behind");
        assert_eq!(now[col("months")], "19");
        assert_eq!(now[col("at_least")], "false");
        assert_eq!(now[col("korean_model")], "motif-2-12-7b");
        assert_eq!(now[col("global_model")], "llama-3");
        assert_eq!(now[col("shots")], "5");
        assert_eq!(now[col("setting")], "MMLU · 5-shot · base");
        let then = find("mmlu", "base.5shot", "article");
        assert_eq!(
            (then[col("outcome")].as_str(), then[col("reason")].as_str()),
            ("no_figure", "too_few_korean")
        );
        let kmmlu = find("kmmlu", "base.kakao-kanana-github.kakao", "article");
        assert_eq!(kmmlu[col("months")], "2");
        assert_eq!(kmmlu[col("table_measured_by")], "kakao");
    }

    #[test]
    fn json_carries_the_gap_figures() {
        let d = dataset();
        let v: serde_json::Value = serde_json::from_str(&json(d, &all())).unwrap();
        let gap = v["gap"].as_array().unwrap();
        assert_eq!(gap.len(), gap_comparisons(d).len());
        let mmlu = gap
            .iter()
            .find(|g| g["benchmark"] == "mmlu" && g["comparison"] == "base.5shot")
            .unwrap();
        assert_eq!(mmlu["shots"], 5);
        assert_eq!(mmlu["figures"]["as_of"]["months"], 19);
        assert_eq!(mmlu["figures"]["as_of"]["global"]["model"], "llama-3");
        assert_eq!(mmlu["figures"]["article"]["reason"], "too_few_korean");
        assert_eq!(mmlu["korean"].as_array().unwrap().len(), 3);
    }
}
