//! The typed dataset: models, organisations, sources and the provenance of every value.
//!
//! Strings and lists are `Cow<'static, _>` so one set of types serves both the build-time
//! reader (owned values from `data/models.json`) and the widget, which decodes the embedded
//! blob (`blob`) with its strings borrowed from it. Pure: no browser imports.
//!
//! **These types are the dataset's one description.** Each record is declared once, inside
//! `records!`, which gives it `Deserialize` (how `data/models.json` is read, unknown fields
//! rejected), `JsonSchema` (the schema editors check the file against, with these doc comments
//! as its descriptions: `data/models.schema.json`) and both sides of the blob. A new field is
//! a line here with its doc comment; the compiler then finds every writer that must show it.
//! The shapes that need care — a fact, a reference by id, a date, a slug — are in `json`.

pub mod blob;
mod date;
mod enums;
pub mod json;

pub use date::{Date, Precision};
pub use enums::*;

use std::borrow::Cow;

use blob::records;
use json::{ContextTokens, Nullable, COUNTRY, MAYBE_EMPTY, SLUG, URL};

/// A string borrowed from the embedded blob in the widget and owned while parsing.
pub type Str = Cow<'static, str>;
/// A list (owned in both: the widget builds it while decoding the blob).
pub type List<T> = Cow<'static, [T]>;

/// Index of a source in [`Dataset::sources`]; written as the source's `id` in the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SourceRef(pub u16);
/// At most this many organisations: the filters keep the pressed ones as bits of a `u64`
/// (the build checks the dataset against it).
pub const MAX_ORGS: usize = 64;

/// Index of an organisation in [`Dataset::orgs`]; written as its `id` in the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct OrgRef(pub u16);
/// Index of a model in [`Dataset::models`]; written as its `id` in the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ModelRef(pub u16);
/// Index of a team in [`Programme::teams`]; written as its `id` in the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TeamRef(pub u16);
/// Index of a round in [`Programme::rounds`]; written as its `id` in the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RoundRef(pub u16);

/// A value with its provenance, or the reason it is unknown. In the file: `{"value": …,
/// "source", "status", "note"?, "alternatives"?}`, or `{"value": null, "unknown", "reason",
/// "source"?}` (see `json`).
#[derive(Clone, Debug, PartialEq)]
pub enum Fact<T: Clone + 'static> {
    Known(Known<T>),
    Unknown(Missing),
}

impl<T: Clone + 'static> Fact<T> {
    /// The value, when known.
    pub fn value(&self) -> Option<&T> {
        match self {
            Fact::Known(k) => Some(&k.value),
            Fact::Unknown(_) => None,
        }
    }
}

records! {
    /// A text in both languages the widget speaks, each in our own words.
    pub struct Text {
        /// Korean.
        pub ko: Str,
        /// English.
        pub en: Str,
    }

    /// A known value and where it comes from.
    #[schemars(rename = "Known_{T}")]
    pub struct Known<T> {
        /// The value.
        pub value: T,
        /// The id of the source that states it (in `sources`).
        pub source: SourceRef,
        /// How far the value can be trusted.
        pub status: Status,
        /// Context a reader needs; required when the status is `disputed` (why this value is shown).
        pub note: Option<Text>,
        /// Other values that other sources give (only when the status is `disputed`).
        #[serde(default)]
        pub alternatives: List<Alternative<T>>,
    }

    /// A value another source gives for a disputed fact.
    #[schemars(rename = "Alternative_{T}")]
    pub struct Alternative<T> {
        /// The other value.
        pub value: T,
        /// The id of the source that gives it.
        pub source: SourceRef,
        /// How far that value can be trusted.
        pub status: Status,
        /// Why it differs.
        pub note: Option<Text>,
    }

    /// Why a value is unknown, and where that is said (if anywhere).
    pub struct Missing {
        /// Why it is missing: not published by the developer, looked for and not found, or not applicable.
        #[serde(rename = "unknown")]
        pub kind: UnknownKind,
        /// Why, in both languages (reasons end in -음: "네이버가 공개하지 않음").
        pub reason: Text,
        /// The id of a source that says it is undisclosed, if any.
        pub source: Option<SourceRef>,
    }

    /// One document the dataset cites.
    pub struct Source {
        /// Unique id, lower case a-z, 0-9 and - (publisher-date or developer-thing).
        #[schemars(pattern(SLUG))]
        pub id: Str,
        /// The canonical https:// address: the model card, the arXiv abstract page, the official blog or release, the outlet's own article (never a mirror).
        #[schemars(pattern(URL))]
        pub url: Str,
        /// The document's own title, copied character for character (a repository: owner/name).
        pub title: Str,
        /// Who published it (Korean name, then the English one in brackets).
        pub publisher: Str,
        /// What kind of document it is.
        pub kind: SourceKind,
        /// When it was published: YYYY, YYYY-MM or YYYY-MM-DD.
        pub date: Option<Date>,
    }

    /// A developer or an evaluator.
    pub struct Org {
        /// Unique id (lower case a-z, 0-9 and -).
        #[schemars(pattern(SLUG))]
        pub id: Str,
        /// Its name in both languages.
        pub name: Text,
        /// What kind of organisation it is (`evaluator`: only measures other models).
        pub kind: OrgKind,
        /// ISO 3166-1 alpha-2 code of the headquarters ("KR").
        #[schemars(pattern(COUNTRY))]
        pub country: Str,
        /// Its website (https://).
        #[schemars(pattern(URL))]
        pub url: Str,
        /// Context a reader needs.
        pub note: Option<Text>,
        /// Ids of the sources for the note, kind or country.
        #[serde(default)]
        pub sources: List<SourceRef>,
    }

    /// When a model came out, and what the date marks.
    pub struct Release {
        /// YYYY, YYYY-MM or YYYY-MM-DD: the precision the source gives.
        pub date: Date,
        /// What the date marks.
        pub event: ReleaseEvent,
    }

    /// One size of a release, in billions of parameters.
    pub struct Size {
        /// Total parameters, billions (0.01 to 100,000; never 0: use null with a reason).
        #[schemars(range(min = 0.01, max = 100000.0))]
        pub total: f64,
        /// Active parameters per token for mixture-of-experts models, billions.
        #[schemars(range(min = 0.01, max = 100000.0))]
        pub active: Option<f64>,
        /// The developer's name for this size ("Flag", "Light", "32B").
        pub label: Option<Str>,
    }

    /// A licence and what it allows.
    pub struct Licence {
        /// The licence's name as the developer gives it.
        pub name: Str,
        /// What it allows.
        pub kind: LicenceKind,
    }

    /// What a model was built on.
    pub struct Base {
        /// How the model relates to its base (`none`: trained from scratch).
        pub relation: Relation,
        /// The base model's name, unless trained from scratch.
        pub name: Option<Str>,
        /// The id of the base model, when it is in this file.
        pub model: Option<ModelRef>,
    }

    /// Stanford CRFM Ecosystem Graphs lists the model under this name.
    pub struct EcosystemListing {
        /// The name Ecosystem Graphs gives it.
        pub name: Str,
        /// The id of the Ecosystem Graphs source.
        pub source: SourceRef,
    }

    /// Where in its source a score's setting is stated, so that the checkpoint, the shots and
    /// chain-of-thought are read, not assumed (the gap view compares scores by them).
    pub struct Evidence {
        /// The table or section, as the source labels it: "Table 2", "README § Evaluation, table 'Base models'".
        #[serde(rename = "where")]
        pub at: Str,
        /// The few words of the source that state the checkpoint, the shot count and chain-of-thought — a locator, not a passage; fragments joined by " … " — or null when the source does not state them (then the score has no "shots" and is compared only within its own table).
        #[schemars(with = "Nullable<String>")]
        pub words: Option<Str>,
    }

    /// A benchmark score and who measured it.
    pub struct Benchmark {
        /// Which benchmark (and version: KMMLU, KMMLU-Redux and KMMLU-Pro are different tests).
        pub benchmark: BenchmarkId,
        /// The score in the benchmark's own unit: percent 0–100, or 0–10 for mt_bench, ko_mt_bench and logickor.
        #[schemars(range(min = 0.0))]
        pub value: f64,
        /// Which size of the release was measured, in billions (one of the release's sizes); null when it has only one.
        #[schemars(range(min = 0.01, max = 100000.0))]
        pub size: Option<f64>,
        /// Which checkpoint was measured: the pre-trained base model, the instruction-tuned one, or a reasoning one.
        pub variant: Variant,
        /// The setting as the source words it ("5-shot, log-likelihood").
        pub setting: Option<Str>,
        /// The id of the organisation that ran the test (the model's own developer: self-reported).
        pub measured_by: OrgRef,
        /// The id of the source that publishes the score.
        pub source: SourceRef,
        /// `claimed` when self-reported; `verified` when a third party publishes its own measurement.
        pub status: Status,
        /// Examples shown before each question (0 = zero-shot), when the source states it.
        #[schemars(range(max = 64))]
        pub shots: Option<u8>,
        /// Whether the model was asked to reason step by step (chain of thought), when the source states it.
        pub cot: Option<bool>,
        /// Where the source states the setting.
        pub evidence: Evidence,
    }

    /// A notable claim ("#1 on the Open LLM Leaderboard").
    pub struct Claim {
        /// The claim in our words, attributed ("기사는 … 전한다", "LG가 밝혔다").
        pub text: Text,
        /// When it was claimed or held.
        pub date: Date,
        /// The leaderboard it is about: v1 and v2 of the Open LLM Leaderboard are different contests.
        pub leaderboard: Option<Leaderboard>,
        /// Who makes the claim.
        pub by: ClaimBy,
        /// The id of the source that makes or reports it.
        pub source: SourceRef,
        /// How far it can be trusted.
        pub status: Status,
        /// What we found when we checked.
        pub note: Option<Text>,
    }

    /// One release of a model line, with all its sizes.
    pub struct Model {
        /// Stable id (lower case a-z, 0-9 and -), used in share links: never reuse or rename it.
        #[schemars(pattern(SLUG))]
        pub id: Str,
        /// The id of the developer (in `orgs`).
        pub org: OrgRef,
        /// Groups versions of one line ("exaone").
        #[schemars(pattern(SLUG))]
        pub family: Str,
        /// The version ("3.5"), or "" when there is none.
        #[schemars(pattern(MAYBE_EMPTY))]
        pub version: Str,
        /// The name in both languages.
        pub name: Text,
        /// Extra search terms a reader might type, in any script.
        pub aliases: List<Str>,
        /// A global model shown for comparison (true), or a Korean one (false).
        pub reference: bool,
        /// Whether the Yonhap article names it.
        pub in_article: bool,
        /// How Stanford CRFM Ecosystem Graphs lists it, or null when it does not.
        #[schemars(with = "Nullable<EcosystemListing>")]
        pub ecosystem_graphs: Option<EcosystemListing>,
        /// When it came out.
        pub released: Fact<Release>,
        /// Every size of the release.
        pub params: Fact<List<Size>>,
        /// Context window, tokens ("128K" is 131072).
        #[schemars(with = "Fact<ContextTokens>")]
        pub context: Fact<u32>,
        /// What goes in and comes out.
        pub modality: Fact<Modality>,
        /// How the public can use it.
        pub access: Fact<Access>,
        /// Its licence.
        pub licence: Fact<Licence>,
        /// What it was built on.
        pub base_model: Fact<Base>,
        /// Benchmark scores (may be empty).
        pub benchmarks: List<Benchmark>,
        /// Notable claims (may be empty).
        pub claims: List<Claim>,
        /// Context a reader needs ("the service, not the model").
        pub note: Option<Text>,
    }

    /// The story the widget accompanies.
    pub struct Article {
        /// The id of the article in `sources`.
        pub source: SourceRef,
        /// Its date: the "as the article saw it" cut-off.
        pub date: Date,
    }

    /// A government programme that selects teams and evaluates their models in rounds (the
    /// Ministry of Science and ICT's sovereign AI foundation model project).
    pub struct Programme {
        /// Stable id (lower case a-z, 0-9 and -).
        #[schemars(pattern(SLUG))]
        pub id: Str,
        /// Its name in both languages.
        pub name: Text,
        /// Who runs it (a ministry), as text: not a developer.
        pub run_by: Text,
        /// Context a reader needs.
        pub note: Option<Text>,
        /// Ids of the sources for the name, the runner and the note.
        pub sources: List<SourceRef>,
        /// Every team that took part in a selection, selected or not.
        pub teams: List<Team>,
        /// Selections, calls, showcases and evaluations, oldest first.
        pub rounds: List<Round>,
    }

    /// A consortium (or single applicant) in a programme, named after its lead.
    pub struct Team {
        /// Id, unique in the file (lower case a-z, 0-9 and -).
        #[schemars(pattern(SLUG))]
        pub id: Str,
        /// The team's name in the programme (usually its lead company).
        pub name: Text,
        /// The id of the lead developer, when it is in `orgs`.
        pub org: Option<OrgRef>,
        /// The models the team entered, and in which round.
        pub entries: List<Entry>,
    }

    /// A model a team entered in a round (a showcase or an evaluation).
    pub struct Entry {
        /// The id of the model.
        pub model: ModelRef,
        /// The id of the round.
        pub round: RoundRef,
        /// The id of the source that says so.
        pub source: SourceRef,
        /// How far it can be trusted.
        pub status: Status,
        /// Context a reader needs.
        pub note: Option<Text>,
    }

    /// One step of a programme: a selection, a call for entries, a showcase or an evaluation.
    pub struct Round {
        /// Id, unique in the file (lower case a-z, 0-9 and -).
        #[schemars(pattern(SLUG))]
        pub id: Str,
        /// What kind of step it is.
        pub kind: RoundKind,
        /// Its name in both languages.
        pub name: Text,
        /// When the result was announced (or the event held): a known date with its source.
        pub date: Fact<Date>,
        /// What the round decided for each team, each with its own source (none for a call or a showcase).
        #[serde(default)]
        pub outcomes: List<Outcome>,
        /// Why the decisions (or some of them) are not known, when a selection or evaluation took place but its result could not be found.
        pub outcome_unknown: Option<Missing>,
        /// Context a reader needs.
        pub note: Option<Text>,
    }

    /// What a round decided for one team, and where that is said.
    pub struct Outcome {
        /// The id of the team.
        pub team: TeamRef,
        /// The decision.
        pub result: OutcomeKind,
        /// Why, when the announcement says (required for `dropped`).
        pub reason: Option<Text>,
        /// The id of the source that says so.
        pub source: SourceRef,
        /// How far it can be trusted.
        pub status: Status,
        /// Context a reader needs.
        pub note: Option<Text>,
    }

    /// The whole dataset: `data/models.json`.
    pub struct Dataset {
        /// The file format's version: 1.
        #[schemars(range(min = 1, max = 1))]
        pub schema: u32,
        /// The day the data was last checked against its sources (YYYY-MM-DD): nothing in the file is dated after it.
        pub as_of: Date,
        /// The story the widget accompanies.
        pub article: Article,
        /// Ids of sources about the story as a whole (not about one value), cited in the footer.
        #[serde(default)]
        pub background: List<SourceRef>,
        /// Every document the data cites.
        pub sources: List<Source>,
        /// Developers and evaluators.
        pub orgs: List<Org>,
        /// The models, one entry per release.
        pub models: List<Model>,
        /// Government programmes the models take part in.
        #[serde(default)]
        pub programmes: List<Programme>,
    }
}

impl Model {
    /// The largest size in billions, when any size is known.
    pub fn largest_params(&self) -> Option<f64> {
        self.params
            .value()?
            .iter()
            .map(|s| s.total)
            .max_by(|a, b| a.total_cmp(b))
    }

    /// The release date, when known.
    pub fn release_date(&self) -> Option<Date> {
        self.released.value().map(|r| r.date)
    }
}

impl Programme {
    pub fn team(&self, r: TeamRef) -> &Team {
        &self.teams[r.0 as usize]
    }

    pub fn round(&self, r: RoundRef) -> &Round {
        &self.rounds[r.0 as usize]
    }

    /// Every known decision about `team`, oldest first.
    pub fn outcomes_of(&self, team: TeamRef) -> impl Iterator<Item = (&Round, &Outcome)> + '_ {
        self.rounds.iter().flat_map(move |round| {
            round
                .outcomes
                .iter()
                .filter(move |o| o.team == team)
                .map(move |o| (round, o))
        })
    }

    /// The latest known decision about `team` (its standing as of the data's date).
    pub fn standing(&self, team: TeamRef) -> Option<(&Round, &Outcome)> {
        self.outcomes_of(team).last()
    }
}

/// A model's place in a programme: the programme, the team that entered it and the entries.
#[derive(Clone, Copy, Debug)]
pub struct ProgrammeEntry<'a> {
    pub programme: &'a Programme,
    pub team: TeamRef,
}

impl<'a> ProgrammeEntry<'a> {
    pub fn team(&self) -> &'a Team {
        self.programme.team(self.team)
    }

    /// The rounds the model was entered in, oldest first.
    pub fn entries(&self, model: ModelRef) -> impl Iterator<Item = &'a Entry> + 'a {
        self.team().entries.iter().filter(move |e| e.model == model)
    }

    /// The team's latest known decision.
    pub fn standing(&self) -> Option<(&'a Round, &'a Outcome)> {
        self.programme.standing(self.team)
    }
}

impl Dataset {
    pub fn source(&self, r: SourceRef) -> &Source {
        &self.sources[r.0 as usize]
    }

    pub fn org(&self, r: OrgRef) -> &Org {
        &self.orgs[r.0 as usize]
    }

    pub fn model(&self, r: ModelRef) -> &Model {
        &self.models[r.0 as usize]
    }

    /// The model a `data-m` attribute names (its index, as the card and chart markup write
    /// it), or `None` when it is not the index of a model. The live DOM is the page's too: an
    /// edited attribute must not become an index out of range.
    pub fn model_ref(&self, index: &str) -> Option<ModelRef> {
        let i: u16 = index.parse().ok()?;
        ((i as usize) < self.models.len()).then_some(ModelRef(i))
    }

    /// The organisation that develops `model`.
    pub fn org_of(&self, model: &Model) -> &Org {
        self.org(model.org)
    }

    /// The model with this id.
    pub fn find(&self, id: &str) -> Option<ModelRef> {
        self.models
            .iter()
            .position(|m| m.id == id)
            .map(|i| ModelRef(i as u16))
    }

    /// Whether `model` was entered in a programme.
    pub fn in_programme(&self, model: &Model) -> bool {
        self.programmes.iter().any(|p| {
            p.teams.iter().any(|t| {
                t.entries
                    .iter()
                    .any(|e| std::ptr::eq(self.model(e.model), model))
            })
        })
    }

    /// The programme team that entered `model`, if any (a model is entered by one team).
    pub fn programme_entry(&self, model: ModelRef) -> Option<ProgrammeEntry<'_>> {
        self.programmes.iter().find_map(|p| {
            p.teams
                .iter()
                .position(|t| t.entries.iter().any(|e| e.model == model))
                .map(|i| ProgrammeEntry {
                    programme: p,
                    team: TeamRef(i as u16),
                })
        })
    }
}
