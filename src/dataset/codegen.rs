//! Writes a validated [`Dataset`] as a Rust `static`, so the widget embeds the data with no
//! JSON parser in the wasm and nothing to parse at start-up.

use std::fmt::Write;

use crate::model::*;

/// Rust source text for a value, as an expression.
trait Gen {
    fn gen(&self, o: &mut String);
}

impl Gen for str {
    fn gen(&self, o: &mut String) {
        write!(o, "Cow::Borrowed({self:?})").unwrap();
    }
}

impl Gen for Str {
    fn gen(&self, o: &mut String) {
        self.as_ref().gen(o)
    }
}

impl Gen for f64 {
    fn gen(&self, o: &mut String) {
        write!(o, "{self:?}f64").unwrap();
    }
}

impl Gen for u32 {
    fn gen(&self, o: &mut String) {
        write!(o, "{self}").unwrap();
    }
}

impl Gen for bool {
    fn gen(&self, o: &mut String) {
        write!(o, "{self}").unwrap();
    }
}

impl<T: Gen> Gen for Option<T> {
    fn gen(&self, o: &mut String) {
        match self {
            None => o.push_str("None"),
            Some(v) => {
                o.push_str("Some(");
                v.gen(o);
                o.push(')');
            }
        }
    }
}

impl<T: Gen + Clone> Gen for List<T> {
    fn gen(&self, o: &mut String) {
        o.push_str("Cow::Borrowed(&[");
        for item in self.iter() {
            item.gen(o);
            o.push_str(",\n");
        }
        o.push_str("])");
    }
}

/// Unit-like values written with their `Debug` form, prefixed by their type.
macro_rules! gen_debug {
    ($($t:ty => $prefix:literal),* $(,)?) => {$(
        impl Gen for $t {
            fn gen(&self, o: &mut String) {
                write!(o, concat!($prefix, "{:?}"), self).unwrap();
            }
        }
    )*};
}

gen_debug!(
    Status => "Status::", UnknownKind => "UnknownKind::", OrgKind => "OrgKind::",
    Modality => "Modality::", Access => "Access::", LicenceKind => "LicenceKind::",
    Relation => "Relation::", ReleaseEvent => "ReleaseEvent::", BenchmarkId => "BenchmarkId::",
    Variant => "Variant::", Leaderboard => "Leaderboard::", ClaimBy => "ClaimBy::",
    SourceKind => "SourceKind::", SourceRef => "", OrgRef => "", ModelRef => "",
    RoundKind => "RoundKind::", OutcomeKind => "OutcomeKind::", TeamRef => "", RoundRef => "",
);

impl Gen for u8 {
    fn gen(&self, o: &mut String) {
        write!(o, "{self}").unwrap();
    }
}

impl Gen for Date {
    fn gen(&self, o: &mut String) {
        write!(o, "Date::ymd({}, {}, {})", self.year, self.month, self.day).unwrap();
    }
}

/// Writes `Name { field: <gen>, ... }` for the listed fields.
macro_rules! gen_struct {
    ($($t:ident { $($f:ident),* $(,)? })*) => {$(
        impl Gen for $t {
            fn gen(&self, o: &mut String) {
                o.push_str(concat!(stringify!($t), " {"));
                $(
                    o.push_str(concat!(stringify!($f), ": "));
                    self.$f.gen(o);
                    o.push_str(", ");
                )*
                o.push('}');
            }
        }
    )*};
}

gen_struct!(
    Text { ko, en }
    Missing { kind, reason, source }
    Source { id, url, title, publisher, kind, date }
    Org { id, name, kind, country, url, note, sources }
    Release { date, event }
    Size { total, active, label }
    Licence { name, kind }
    Base { relation, name, model }
    EcosystemListing { name, source }
    Benchmark { benchmark, value, size, variant, setting, measured_by, source, status, shots, cot }
    Claim { text, date, leaderboard, by, source, status, note }
    Model {
        id, org, family, version, name, aliases, reference, in_article, ecosystem_graphs,
        released, params, context, modality, access, licence, base_model, benchmarks, claims, note,
    }
    Article { source, date }
    Programme { id, name, run_by, note, sources, teams, rounds }
    Team { id, name, org, entries }
    Entry { model, round, source, status, note }
    Round { id, kind, name, date, outcomes, outcome_unknown, note }
    Outcome { team, result, reason, source, status, note }
);

impl<T: Gen + Clone> Gen for Alternative<T> {
    fn gen(&self, o: &mut String) {
        o.push_str("Alternative { value: ");
        self.value.gen(o);
        o.push_str(", source: ");
        self.source.gen(o);
        o.push_str(", status: ");
        self.status.gen(o);
        o.push_str(", note: ");
        self.note.gen(o);
        o.push('}');
    }
}

impl<T: Gen + Clone> Gen for Fact<T> {
    fn gen(&self, o: &mut String) {
        match self {
            Fact::Unknown(m) => {
                o.push_str("Fact::Unknown(");
                m.gen(o);
            }
            Fact::Known(k) => {
                o.push_str("Fact::Known(Known { value: ");
                k.value.gen(o);
                o.push_str(", source: ");
                k.source.gen(o);
                o.push_str(", status: ");
                k.status.gen(o);
                o.push_str(", note: ");
                k.note.gen(o);
                o.push_str(", alternatives: ");
                k.alternatives.gen(o);
                o.push('}');
            }
        }
        o.push(')');
    }
}

/// The dataset as a Rust item: `pub static DATASET: Dataset = …;`. The including module
/// must have `std::borrow::Cow` and `crate::model::*` in scope.
pub fn to_rust(d: &Dataset) -> String {
    let mut o = String::from("// Generated by build.rs from data/models.json. Do not edit.\n");
    o.push_str("pub static DATASET: Dataset = Dataset {\n");
    write!(o, "schema: {},\nas_of: ", d.schema).unwrap();
    d.as_of.gen(&mut o);
    o.push_str(",\narticle: ");
    d.article.gen(&mut o);
    o.push_str(",\nbackground: ");
    d.background.gen(&mut o);
    o.push_str(",\nsources: ");
    d.sources.gen(&mut o);
    o.push_str(",\norgs: ");
    d.orgs.gen(&mut o);
    o.push_str(",\nmodels: ");
    d.models.gen(&mut o);
    o.push_str(",\nprogrammes: ");
    d.programmes.gen(&mut o);
    o.push_str(",\n};\n");
    o
}
