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
pub use ftoa::{FixedBuf, Out, append_float, format_float, format_float_to, write_float};
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
    write_complex(out, re, im, fmt, prec, bitsize)
}

/// [`append_complex`] into `buf` without allocating (the runtime's print);
/// returns the length, cut as [`format_float_to`] cuts.
pub fn format_complex_to(
    buf: &mut [u8],
    re: f64,
    im: f64,
    fmt: u8,
    prec: i32,
    bitsize: u32,
) -> usize {
    let mut out = FixedBuf { buf, n: 0 };
    write_complex(&mut out, re, im, fmt, prec, bitsize);
    out.n
}

/// [`append_complex`] to any [`Out`]: the imaginary part always has a sign.
pub fn write_complex(out: &mut impl Out, re: f64, im: f64, fmt: u8, prec: i32, bitsize: u32) {
    let half = if bitsize == 64 { 32 } else { 64 };
    out.push(b'(');
    write_float(out, re, fmt, prec, half);
    // FormatFloat writes a sign for negative values (-0 too) and +Inf,
    // none for NaN and other values.
    let signed = !im.is_nan() && (im.is_sign_negative() || im == f64::INFINITY);
    if !signed {
        out.push(b'+');
    }
    write_float(out, im, fmt, prec, half);
    out.extend_from_slice(b"i)");
}

#[cfg(test)]
mod tests;
