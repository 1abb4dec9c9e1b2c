//! The embedded dataset: `data/models.json`, validated and turned into Rust statics by
//! `build.rs`. Nothing is parsed at run time.

use std::borrow::Cow;

use crate::model::*;

include!(concat!(env!("OUT_DIR"), "/dataset.rs"));

/// The dataset the widget shows.
pub fn dataset() -> &'static Dataset {
    &DATASET
}
