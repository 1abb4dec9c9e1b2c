//! How the types that need care are read from `data/models.json` and described in its schema:
//! a fact (a value with its provenance, or `null` with the reason), a reference by id, a
//! date, a closed vocabulary, and the patterns of ids, addresses and country codes. Everything
//! else derives its reading and its schema in `records!` (`model/mod.rs`).
//!
//! References are written as ids and held as indices. `dataset::load` collects the ids of
//! every table first and hands them to [`with_ids`] for the one deserialisation. An unknown id,
//! an unknown slug or a date that does not exist fails with its own message and leaves in
//! [`take_fix`] a valid value to put in its place, so the reader can go on and report every
//! such problem in one run.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::de::{Deserialize, Deserializer, Error as _};

use super::*;

/// An id: lower case a-z, 0-9 and `-`, not starting or ending with `-`.
pub const SLUG: &str = "^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$";
/// A canonical `https://` address with a host name that has a dot, and no spaces.
pub const URL: &str = r"^https://[^/?#\s]+\.[^/?#\s]+(?:[/?#]\S*)?$";
/// An ISO 3166-1 alpha-2 country code.
pub const COUNTRY: &str = "^[A-Z]{2}$";
/// A date at the precision its source gives: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
pub const DATE: &str = r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$";
/// A non-empty text without spaces at either end: what every other string must be.
pub const TRIMMED: &str = r"^\S(?:[\s\S]*\S)?$";
/// Like [`TRIMMED`], or empty (a model's version).
pub const MAYBE_EMPTY: &str = r"^(?:\S(?:[\s\S]*\S)?)?$";

/// The ids of the file's tables, by table, while it is read.
#[derive(Clone, Debug, Default)]
pub struct Ids {
    pub sources: HashMap<String, u16>,
    pub orgs: HashMap<String, u16>,
    pub models: HashMap<String, u16>,
    /// Team and round ids, unique in the file: (index in its programme).
    pub teams: HashMap<String, u16>,
    pub rounds: HashMap<String, u16>,
}

thread_local! {
    static IDS: RefCell<Option<Ids>> = const { RefCell::new(None) };
    static FIX: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Runs `read` with `ids` as the tables references resolve against.
pub fn with_ids<R>(ids: Ids, read: impl FnOnce() -> R) -> R {
    IDS.with(|c| *c.borrow_mut() = Some(ids));
    let out = read();
    IDS.with(|c| *c.borrow_mut() = None);
    out
}

/// The id to put in place of the unknown one the last failed reference named, if any.
pub fn take_fix() -> Option<String> {
    FIX.with(|f| f.borrow_mut().take())
}

/// The tables a reference can point into, with the words its messages use.
#[derive(Clone, Copy)]
enum Table {
    Source,
    Org,
    Model,
    Team,
    Round,
}

impl Table {
    fn map(self, ids: &Ids) -> &HashMap<String, u16> {
        match self {
            Table::Source => &ids.sources,
            Table::Org => &ids.orgs,
            Table::Model => &ids.models,
            Table::Team => &ids.teams,
            Table::Round => &ids.rounds,
        }
    }

    fn what(self) -> &'static str {
        match self {
            Table::Source => "source",
            Table::Org => "organisation",
            Table::Model => "model",
            Table::Team => "team",
            Table::Round => "round",
        }
    }

    fn unknown(self, id: &str) -> String {
        match self {
            Table::Team | Table::Round => {
                format!("unknown {} id \"{id}\" in this programme", self.what())
            }
            _ => format!("unknown {} id \"{id}\"", self.what()),
        }
    }

    fn description(self) -> &'static str {
        match self {
            Table::Source => "The id of a source in `sources`.",
            Table::Org => "The id of an organisation in `orgs`.",
            Table::Model => "The id of a model in `models`.",
            Table::Team => "The id of a team of this programme.",
            Table::Round => "The id of a round of this programme.",
        }
    }
}

/// Reads an id and resolves it in `table`.
fn reference<'de, D: Deserializer<'de>>(d: D, table: Table) -> Result<u16, D::Error> {
    let id = Cow::<str>::deserialize(d)?;
    let found = IDS.with(|c| {
        c.borrow()
            .as_ref()
            .map(|ids| (table.map(ids).get(id.as_ref()).copied(), table.map(ids)))
            .map(|(hit, map)| hit.ok_or_else(|| map.keys().min().cloned()))
    });
    match found {
        Some(Ok(i)) => Ok(i),
        Some(Err(known)) => Err(fail(table.unknown(&id), known)),
        None => Err(D::Error::custom(
            "references are read only through dataset::load",
        )),
    }
}

fn reference_schema(table: Table) -> Schema {
    json_schema!({ "type": "string", "pattern": SLUG, "description": table.description() })
}

macro_rules! references {
    ($($t:ident => $table:ident),*) => {$(
        impl<'de> Deserialize<'de> for $t {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                reference(d, Table::$table).map($t)
            }
        }

        impl JsonSchema for $t {
            fn schema_name() -> Cow<'static, str> {
                stringify!($t).into()
            }

            fn inline_schema() -> bool {
                true
            }

            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                reference_schema(Table::$table)
            }
        }
    )*};
}

references!(SourceRef => Source, OrgRef => Org, ModelRef => Model, TeamRef => Team, RoundRef => Round);

/// Fails with `message`, leaving `fix` as the value to read in its place (see [`take_fix`]).
pub(super) fn fail<E: serde::de::Error>(message: String, fix: Option<String>) -> E {
    FIX.with(|f| *f.borrow_mut() = fix);
    E::custom(message)
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = Cow::<str>::deserialize(d)?;
        Date::parse(&s).map_err(|e| fail(e, Some("2000".into())))
    }
}

impl JsonSchema for Date {
    fn schema_name() -> Cow<'static, str> {
        "Date".into()
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "pattern": DATE,
            "description": "A date at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD (a day that exists; years 1900 to 2100)."
        })
    }
}

/// The context window's schema: a whole number of tokens, 256 to 100 million.
#[derive(Clone)]
pub struct ContextTokens;

impl JsonSchema for ContextTokens {
    fn schema_name() -> Cow<'static, str> {
        "ContextTokens".into()
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "integer", "minimum": 256, "maximum": 100_000_000 })
    }
}

/// The schema of a field that must be written and may be `null` (an `Option` field is one
/// that may be left out): `with = "Nullable<T>"`.
pub struct Nullable<T>(std::marker::PhantomData<T>);

impl<T: JsonSchema> JsonSchema for Nullable<T> {
    fn schema_name() -> Cow<'static, str> {
        format!("Nullable_{}", T::schema_name()).into()
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(g: &mut SchemaGenerator) -> Schema {
        let inner = g.subschema_for::<T>();
        match inner.as_object().and_then(|o| o.get("type")) {
            // A plain type: one schema with both types, so its own checks still speak.
            Some(serde_json::Value::String(t)) => {
                let mut s = inner.clone();
                s.insert("type".into(), serde_json::json!([t, "null"]));
                s
            }
            _ => json_schema!({ "anyOf": [inner, { "type": "null" }] }),
        }
    }
}

/// A fact as the file writes it: both shapes' fields in one object; which ones may appear is
/// the schema's `if`/`then`/`else` (checked before anything is deserialised).
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct FactFields<T: Clone + 'static> {
    value: Option<T>,
    source: Option<SourceRef>,
    status: Option<Status>,
    note: Option<Text>,
    #[serde(default = "Vec::new")]
    alternatives: Vec<Alternative<T>>,
    unknown: Option<UnknownKind>,
    reason: Option<Text>,
}

impl<'de, T: Deserialize<'de> + Clone + 'static> Deserialize<'de> for Fact<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let f = FactFields::<T>::deserialize(d)?;
        let missing = |field| D::Error::custom(format!("missing field `{field}`"));
        Ok(match f.value {
            Some(value) => Fact::Known(Known {
                value,
                source: f.source.ok_or_else(|| missing("source"))?,
                status: f.status.ok_or_else(|| missing("status"))?,
                note: f.note,
                alternatives: Cow::Owned(f.alternatives),
            }),
            None => Fact::Unknown(Missing {
                kind: f.unknown.ok_or_else(|| missing("unknown"))?,
                reason: f.reason.ok_or_else(|| missing("reason"))?,
                source: f.source,
            }),
        })
    }
}

impl<T: JsonSchema + Clone + 'static> JsonSchema for Fact<T> {
    fn schema_name() -> Cow<'static, str> {
        format!("Fact_{}", T::schema_name()).into()
    }

    fn json_schema(g: &mut SchemaGenerator) -> Schema {
        let value = g.subschema_for::<T>();
        let source = g.subschema_for::<SourceRef>();
        let status = g.subschema_for::<Status>();
        let text = g.subschema_for::<Text>();
        let alternative = g.subschema_for::<Alternative<T>>();
        let unknown = g.subschema_for::<UnknownKind>();
        json_schema!({
            "description": "A value with its provenance — {\"value\": …, \"source\": id, \"status\": …} — or, when it is not known, {\"value\": null, \"unknown\": why, \"reason\": {\"ko\", \"en\"}}. Never guess and never write 0.",
            "type": "object",
            "required": ["value"],
            "if": { "properties": { "value": { "type": "null" } } },
            "then": {
                "properties": {
                    "value": { "type": "null" },
                    "unknown": unknown,
                    "reason": text.clone(),
                    "source": source.clone()
                },
                "required": ["unknown", "reason"],
                "additionalProperties": false
            },
            "else": {
                "properties": {
                    "value": value,
                    "source": source,
                    "status": status,
                    "note": text,
                    "alternatives": { "type": "array", "items": alternative }
                },
                "required": ["source", "status"],
                "additionalProperties": false
            }
        })
    }
}
