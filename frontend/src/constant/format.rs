//! Go's text forms of numbers and strings: `strconv.FormatFloat` and
//! `strconv.Quote`, byte for byte. They live in the `gorun-strconv` crate,
//! shared with the standard library's natives and the runtime; this module
//! keeps the checker's names for them.

pub use gorun_strconv::{format_float, is_print, quote};
