//! Go's `strconv` in Rust, byte for byte: the text forms of numbers and
//! strings shared by the type checker (constants in diagnostics), the
//! standard library's natives (`strconv`, `fmt`) and the runtime
//! (`println` of floats).
//!
//! No dependencies, no allocation beyond the outputs, no panics on any
//! input: Go's panics (a bad base or bit size) are the callers' business,
//! so functions here take any argument and do something defined.
//!
//! - [`ftoa`]: `FormatFloat`/`AppendFloat` (every format and precision,
//!   shortest included), `FormatComplex`.
//! - [`atof`]: `ParseFloat`, `ParseComplex` with Go's syntax and rounding.
//! - [`atoi`]: `ParseInt`, `ParseUint`, `Atoi`, `FormatInt`.
//! - [`quote`]: `Quote*`, `Unquote*`, `CanBackquote`, `IsPrint`,
//!   `IsGraphic`, and UTF-8 decoding as Go's `unicode/utf8` does it.

pub mod atof;
pub mod atoi;
pub mod ftoa;
mod isprint;
pub mod quote;

pub use atof::{parse_complex, parse_float, parse_float_prefix};
pub use atoi::{append_int, append_uint, atoi, parse_int, parse_uint};
pub use ftoa::{append_float, format_float};
pub use quote::{
    QuoteMode, append_quoted, append_quoted_rune, can_backquote, decode_rune, is_graphic, is_print,
    quote, unquote, unquote_char, unquote_prefix,
};

/// Why a parse failed: the `Err` of Go's `*NumError`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum NumErr {
    /// `strconv.ErrSyntax`.
    Syntax,
    /// `strconv.ErrRange`.
    Range,
    /// `invalid base N`.
    Base,
    /// `invalid bit size N`.
    BitSize,
}

/// Go's `strconv.FormatComplex` (`bitsize` 64 formats float32 parts).
pub fn append_complex(out: &mut Vec<u8>, re: f64, im: f64, fmt: u8, prec: i32, bitsize: u32) {
    let half = if bitsize == 64 { 32 } else { 64 };
    out.push(b'(');
    append_float(out, re, fmt, prec, half);
    let i = out.len();
    append_float(out, im, fmt, prec, half);
    if out[i] != b'+' && out[i] != b'-' {
        out.insert(i, b'+');
    }
    out.extend_from_slice(b"i)");
}

#[cfg(test)]
mod tests;
