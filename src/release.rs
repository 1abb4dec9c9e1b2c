//! Which release this build is, and the terms the data may be reused under. Pure.
//!
//! A release is named by the crate's version and the data's "as of" date, joined by a
//! hyphen: `0.1.0-2026-11-30`. `./dev release` builds into a folder of that name, so the name
//! is also the last segment of a published release's folder URL; the footer shows it, the
//! exports and the share link carry it, and a reader who opens a link into an older release
//! is told when the folder next to it has a newer one.

use crate::model::Date;

/// The crate's version (`Cargo.toml`).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The licence of the compiled dataset and of every export made from it (CSV, JSON).
pub const DATA_LICENCE: &str = "CC BY 4.0";
/// Where [`DATA_LICENCE`]'s terms are.
pub const DATA_LICENCE_URL: &str = "https://creativecommons.org/licenses/by/4.0/";
/// The licence of the code (`LICENSE`, `Cargo.toml`).
pub const CODE_LICENCE: &str = "MIT";

/// The name of the release built from version `version` with data as of `as_of`.
pub fn name_of(version: &str, as_of: Date) -> String {
    format!("{version}-{as_of}")
}

/// The name of this build's release: `0.1.0-2026-11-30`.
pub fn name(as_of: Date) -> String {
    name_of(VERSION, as_of)
}

/// A release name read back: the version's numbers and the data's date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Release {
    /// Compared first: newer data make a newer release.
    pub as_of: Date,
    /// `major.minor.patch`, compared when the data's dates are equal.
    pub version: [u32; 3],
}

/// Reads a release name (`0.1.0-2026-11-30`); `None` when it is not one.
pub fn parse(name: &str) -> Option<Release> {
    let mut parts = name.splitn(2, '-');
    let (version, date) = (parts.next()?, parts.next()?);
    let mut numbers = version.split('.').map(|n| {
        // `u32::parse` takes a leading `+`; a version does not.
        (!n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
            .then(|| n.parse::<u32>().ok())
            .flatten()
    });
    let version = [numbers.next()??, numbers.next()??, numbers.next()??];
    if numbers.next().is_some() {
        return None;
    }
    let as_of = Date::parse(date).ok()?;
    // Only a full date names a release (the data's as-of date is a day).
    (as_of.day != 0).then_some(Release { as_of, version })
}

/// Whether `other` names a newer release than `mine` (both release names). A name that
/// cannot be read is never newer.
pub fn is_newer(other: &str, mine: &str) -> bool {
    match (parse(other), parse(mine)) {
        (Some(o), Some(m)) => o > m,
        (Some(_), None) => true,
        (None, _) => false,
    }
}

/// The file beside the release folders that lists them and names the newest, written by
/// `./dev release` (`scripts/release.mjs`): `{"latest": "0.1.0-2026-12-15", "releases": […]}`.
pub const INDEX: &str = "releases.json";

/// Whether the widget's folder URL (ending in `/`) is the folder of release `mine`, as
/// `./dev release` publishes it: only then is there a release index beside it to ask.
pub fn in_release_folder(folder: &str, mine: &str) -> bool {
    folder
        .strip_suffix('/')
        .and_then(|f| f.strip_suffix(mine))
        .is_some_and(|rest| rest.ends_with('/'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_release_is_named_by_version_and_data_date() {
        assert_eq!(
            name_of("0.1.0", Date::ymd(2026, 11, 30)),
            "0.1.0-2026-11-30"
        );
        assert_eq!(
            parse("0.1.0-2026-11-30"),
            Some(Release {
                as_of: Date::ymd(2026, 11, 30),
                version: [0, 1, 0]
            })
        );
        assert_eq!(
            parse(&name(Date::ymd(2026, 11, 30))).map(|r| r.as_of),
            Some(Date::ymd(2026, 11, 30))
        );
    }

    #[test]
    fn other_strings_are_not_release_names() {
        for s in [
            "",
            "0.1.0",
            "0.1-2026-11-30",
            "0.1.0.1-2026-11-30",
            "0.1.+0-2026-11-30",
            "a.b.c-2026-11-30",
            "0.1.0-2026-11",
            "0.1.0-2026-02-30",
            "0.1.0-latest",
        ] {
            assert_eq!(parse(s), None, "{s}");
        }
    }

    #[test]
    fn only_a_folder_named_after_the_release_is_a_release_folder() {
        let mine = "0.1.0-2026-11-30";
        assert!(in_release_folder(
            "https://cdn.example.org/kllm/0.1.0-2026-11-30/",
            mine
        ));
        assert!(in_release_folder(
            "http://127.0.0.1:8080/0.1.0-2026-11-30/",
            mine
        ));
        for folder in [
            "http://127.0.0.1:8080/",
            "https://cdn.example.org/kllm/0.1.0-2026-11-30",
            "https://cdn.example.org/kllm/x0.1.0-2026-11-30/",
            "https://cdn.example.org/kllm/0.1.0-2026-12-15/",
        ] {
            assert!(!in_release_folder(folder, mine), "{folder}");
        }
    }

    #[test]
    fn newer_data_then_a_higher_version_make_a_newer_release() {
        let rows = [
            ("0.1.0-2026-12-15", "0.1.0-2026-11-30", true),
            ("0.1.0-2026-11-30", "0.1.0-2026-12-15", false),
            ("0.1.1-2026-11-30", "0.1.0-2026-11-30", true),
            ("0.10.0-2026-11-30", "0.9.0-2026-11-30", true),
            // Older data stay older, whatever the code's version.
            ("1.0.0-2026-10-01", "0.1.0-2026-11-30", false),
            ("0.1.0-2026-11-30", "0.1.0-2026-11-30", false),
            ("garbage", "0.1.0-2026-11-30", false),
        ];
        for (other, mine, newer) in rows {
            assert_eq!(is_newer(other, mine), newer, "{other} vs {mine}");
        }
    }
}
