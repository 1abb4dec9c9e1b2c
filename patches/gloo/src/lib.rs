//! Stand-in for the `gloo` 0.11 umbrella crate: its module names, for the parts kllm-widget's
//! dependency tree uses. A crate that needs another part fails to compile naming the module
//! (e.g. `gloo::net`); add it here with its feature.

#[cfg(feature = "console")]
pub use gloo_console as console;
#[cfg(feature = "events")]
pub use gloo_events as events;
#[cfg(feature = "timers")]
pub use gloo_timers as timers;
#[cfg(feature = "utils")]
pub use gloo_utils as utils;
