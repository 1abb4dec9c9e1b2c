//! `slug_enum!`: the one way this crate declares a closed vocabulary — a `Copy` enum whose
//! variants each have a stable short slug, used in `data/models.json`, share links, CSS
//! classes and CSV. Dataset enums (`model::enums`) and the reader's settings (`settings`)
//! both use it. Pure; also compiled into `build.rs`.

/// Declares a `Copy` enum with a slug per variant, plus `ALL`, `slug()`, `from_slug()` and
/// `expected()`; `default Variant` after the braces adds a `DEFAULT` constant.
macro_rules! slug_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[doc = $vdoc:literal])* $variant:ident = $slug:literal),+ $(,)? } default $default:ident) => {
        $crate::slug::slug_enum!($(#[$meta])* $name { $($(#[doc = $vdoc])* $variant = $slug),+ });

        impl $name {
            /// The value a reader starts with (omitted from share links).
            pub const DEFAULT: $name = $name::$default;
        }
    };
    ($(#[$meta:meta])* $name:ident { $($(#[doc = $vdoc:literal])* $variant:ident = $slug:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($(#[doc = $vdoc])* $variant),+ }

        impl $name {
            /// Every variant, in declaration order (the order filters and legends use).
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// Each variant's doc comment ("" when it has none), in the order of `ALL`: the
            /// dataset schema shows them to data editors beside the allowed values.
            pub const DOCS: &'static [&'static str] = &[$(concat!("" $(, $vdoc)*)),+];

            /// The stable identifier of this variant.
            pub const fn slug(self) -> &'static str {
                match self { $($name::$variant => $slug),+ }
            }

            /// The variant with this slug, if any.
            pub fn from_slug(slug: &str) -> Option<Self> {
                match slug { $($slug => Some($name::$variant),)+ _ => None }
            }

            /// All slugs joined by ", " (for error messages).
            pub fn expected() -> String {
                Self::ALL.iter().map(|v| v.slug()).collect::<Vec<_>>().join(", ")
            }
        }
    };
}

pub(crate) use slug_enum;
