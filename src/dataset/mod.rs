//! Reading and validating `data/models.json`. Runs natively only: in `build.rs` (which embeds
//! the result into the crate as a blob, `model::blob`) and in tests. The wasm never parses.

mod parse;
mod read;
mod rules;

pub use read::DataError;
pub use rules::MIRROR_HOSTS;

use crate::model::Dataset;

/// Parses and checks a dataset; every problem found is returned, each naming its entry and field.
pub fn load(json: &str) -> Result<Dataset, Vec<DataError>> {
    let dataset = parse::parse(json)?;
    let errors = rules::check(&dataset);
    if errors.is_empty() {
        Ok(dataset)
    } else {
        Err(errors)
    }
}
