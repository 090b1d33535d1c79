//! Scanning (Go's `fmt/scan.go`): the Sscan and Fscan families, Scan
//! being Fscan of os.Stdin. Operands are pointers to booleans, integers,
//! floats, strings or byte slices (defined types of those kinds too).
//!
//! Go's scanner reports errors by panicking and recovering; here every
//! step returns `Result<_, ScanErr>` and `?` plays the recover. The Go
//! body of each Sscan function turns the error into Go's value
//! (`scanError` in stdlib/go/fmt): `io.EOF`, `io.ErrUnexpectedEOF`, or a
//! new error with the message.
//!
//! Readers (Scan, Fscan…) are read as Go reads them: a `*os.File` one
//! byte per read(2), an io.RuneScanner through its ReadRune/UnreadRune,
//! any other reader one byte per Read call.
//!
//! Not done: operands implementing `fmt.Scanner`, and complex numbers.

use crate::goabi::{Val, efaces, elem_of, go_bytes, go_string};
use crate::native::Native;
use gorun_runtime::runtime2::G;
use gorun_runtime::types::{Eface, GoSlice, GoString, Iface, Itab, kind};
use gorun_strconv::quote::{append_rune, decode_rune};

/// Why scanning stopped (Go's recovered panic values).
#[derive(Debug)]
pub enum ScanErr {
    /// `io.EOF`: no input for an operand.
    Eof,
    /// `io.ErrUnexpectedEOF`: input ended inside an operand.
    UnexpectedEof,
    /// Any other error, by its message.
    Msg(String),
    /// An error value a reader returned: its interface words.
    Value(u64, u64),
}

type R<T> = Result<T, ScanErr>;

const EOF: i64 = -1;
const HUGE_WID: usize = 1 << 30;

fn err<T>(msg: impl Into<String>) -> R<T> {
    Err(ScanErr::Msg(msg.into()))
}

/// Go's `isSpace`: Unicode white space as fmt defines it.
fn is_space(r: i64) -> bool {
    matches!(r, 0x09..=0x0d | 0x20 | 0x85 | 0xa0 | 0x1680 | 0x2000..=0x200a | 0x2028 | 0x2029 | 0x202f | 0x205f | 0x3000)
}

/// Where runes come from: a string, or an io.Reader (see `ReaderSource`).
/// A failed read is kept by the source and reads as the end of input;
/// the scanner reports it in preference to what it made of the end
/// (Go panics with it at once).
trait Source {
    /// The next rune and its width, or None at the end of input.
    fn read_rune(&mut self) -> Option<(u32, usize)>;
    /// Steps back over the rune just read.
    fn unread_rune(&mut self);
    /// The read error, if one happened.
    fn take_error(&mut self) -> Option<ScanErr> {
        None
    }
}

/// A string being scanned.
struct StrSource<'a> {
    input: &'a [u8],
    pos: usize,
    /// Width of the last rune read, for unread_rune.
    last: usize,
}

impl Source for StrSource<'_> {
    fn read_rune(&mut self) -> Option<(u32, usize)> {
        if self.pos >= self.input.len() {
            self.last = 0;
            return None;
        }
        let (r, w) = decode_rune(&self.input[self.pos..]);
        self.pos += w;
        self.last = w;
        Some((r, w))
    }
    fn unread_rune(&mut self) {
        self.pos -= self.last;
        self.last = 0;
    }
}

/// Go's `ss`.
struct Ss<'a> {
    src: &'a mut dyn Source,
    /// Runes consumed, against the width limit of the current operand.
    count: usize,
    arg_limit: usize,
    at_eof: bool,
    nl_is_space: bool,
    nl_is_end: bool,
    buf: Vec<u8>,
}

impl<'a> Ss<'a> {
    fn new(src: &'a mut dyn Source, nl_is_space: bool, nl_is_end: bool) -> Ss<'a> {
        Ss {
            src,
            count: 0,
            arg_limit: HUGE_WID,
            at_eof: false,
            nl_is_space,
            nl_is_end,
            buf: Vec::new(),
        }
    }

    /// Go's `ReadRune` with its width limit and end at a newline.
    fn get_rune(&mut self) -> i64 {
        if self.at_eof || self.count >= self.arg_limit {
            return EOF;
        }
        match self.src.read_rune() {
            None => {
                self.at_eof = true;
                EOF
            }
            Some((r, _)) => {
                self.count += 1;
                if self.nl_is_end && r == u32::from(b'\n') {
                    self.at_eof = true;
                }
                i64::from(r)
            }
        }
    }

    fn unread_rune(&mut self) {
        self.src.unread_rune();
        self.at_eof = false;
        self.count = self.count.saturating_sub(1);
    }

    /// `r`, unless a read failed meanwhile: then that failure.
    fn checked<T>(&mut self, r: R<T>) -> R<T> {
        match self.src.take_error() {
            Some(e) => Err(e),
            None => r,
        }
    }

    fn must_read_rune(&mut self) -> R<i64> {
        match self.get_rune() {
            EOF => Err(ScanErr::UnexpectedEof),
            r => Ok(r),
        }
    }

    fn not_eof(&mut self) -> R<()> {
        if self.get_rune() == EOF {
            return Err(ScanErr::Eof);
        }
        self.unread_rune();
        Ok(())
    }

    /// Go's `consume`: the next rune if it is in `ok` (kept in buf if `keep`).
    fn consume(&mut self, ok: &str, keep: bool) -> bool {
        let r = self.get_rune();
        if r == EOF {
            return false;
        }
        if ok.chars().any(|c| i64::from(u32::from(c)) == r) {
            if keep {
                append_rune(&mut self.buf, r);
            }
            return true;
        }
        self.unread_rune();
        false
    }

    fn accept(&mut self, ok: &str) -> bool {
        self.consume(ok, true)
    }

    fn peek(&mut self, ok: &str) -> bool {
        let r = self.get_rune();
        if r != EOF {
            self.unread_rune();
        }
        ok.chars().any(|c| i64::from(u32::from(c)) == r)
    }

    /// Go's `SkipSpace`.
    fn skip_space(&mut self) -> R<()> {
        loop {
            let r = self.get_rune();
            if r == EOF {
                return Ok(());
            }
            if r == i64::from(b'\r') && self.peek("\n") {
                continue;
            }
            if r == i64::from(b'\n') {
                if self.nl_is_space {
                    continue;
                }
                return err("unexpected newline");
            }
            if !is_space(r) {
                self.unread_rune();
                return Ok(());
            }
        }
    }

    /// The next run of non-space runes.
    fn token(&mut self) -> R<Vec<u8>> {
        self.skip_space()?;
        loop {
            let r = self.get_rune();
            if r == EOF {
                break;
            }
            if is_space(r) {
                self.unread_rune();
                break;
            }
            append_rune(&mut self.buf, r);
        }
        Ok(std::mem::take(&mut self.buf))
    }

    fn ok_verb(&self, verb: u32, okv: &str, typ: &str) -> R<()> {
        if okv.chars().any(|c| u32::from(c) == verb) {
            return Ok(());
        }
        let mut m = b"bad verb '%".to_vec();
        append_rune(&mut m, i64::from(verb));
        m.extend_from_slice(format!("' for {typ}").as_bytes());
        err(String::from_utf8_lossy(&m).into_owned())
    }

    fn scan_bool(&mut self, verb: u32) -> R<bool> {
        self.skip_space()?;
        self.not_eof()?;
        self.ok_verb(verb, "tv", "boolean")?;
        let bad = || err("syntax error scanning boolean");
        match u8::try_from(self.get_rune()).unwrap_or(0) {
            b'0' => Ok(false),
            b'1' => Ok(true),
            b't' | b'T' => {
                if self.accept("rR") && (!self.accept("uU") || !self.accept("eE")) {
                    return bad();
                }
                Ok(true)
            }
            b'f' | b'F' => {
                if self.accept("aA")
                    && (!self.accept("lL") || !self.accept("sS") || !self.accept("eE"))
                {
                    return bad();
                }
                Ok(false)
            }
            _ => Ok(false),
        }
    }

    fn get_base(&self, verb: u32) -> R<(i64, &'static str)> {
        self.ok_verb(verb, "bdoUxXv", "integer")?;
        Ok(match char::from_u32(verb) {
            Some('b') => (2, "01"),
            Some('o') => (8, "01234567"),
            Some('x' | 'X' | 'U') => (16, "0123456789aAbBcCdDeEfF"),
            _ => (10, "0123456789"),
        })
    }

    fn scan_number(&mut self, digits: &str, have_digits: bool) -> R<String> {
        if !have_digits {
            self.not_eof()?;
            if !self.accept(digits) {
                return err("expected integer");
            }
        }
        while self.accept(digits) {}
        Ok(String::from_utf8_lossy(&self.buf).into_owned())
    }

    fn scan_base_prefix(&mut self) -> (i64, &'static str, bool) {
        if !self.peek("0") {
            return (0, "0123456789_", false);
        }
        self.accept("0");
        if self.peek("bB") {
            self.consume("bB", true);
            (0, "01_", true)
        } else if self.peek("oO") {
            self.consume("oO", true);
            (0, "01234567_", true)
        } else if self.peek("xX") {
            self.consume("xX", true);
            (0, "0123456789aAbBcCdDeEfF_", true)
        } else {
            (0, "01234567_", true)
        }
    }

    fn scan_rune(&mut self, bits: u32) -> R<i64> {
        self.not_eof()?;
        let r = self.get_rune();
        let x = (r << (64 - bits)) >> (64 - bits);
        if x != r {
            let mut m = b"overflow on character value ".to_vec();
            append_rune(&mut m, r);
            return err(String::from_utf8_lossy(&m).into_owned());
        }
        Ok(r)
    }

    fn scan_int(&mut self, verb: u32, bits: u32) -> R<i64> {
        if verb == 'c' as u32 {
            return self.scan_rune(bits);
        }
        self.skip_space()?;
        self.not_eof()?;
        let (mut base, mut digits) = self.get_base(verb)?;
        let mut have_digits = false;
        if verb == 'U' as u32 {
            if !self.consume("U", false) || !self.consume("+", false) {
                return err("bad unicode format ");
            }
        } else {
            self.accept("+-");
            if verb == 'v' as u32 {
                (base, digits, have_digits) = self.scan_base_prefix();
            }
        }
        let tok = self.scan_number(digits, have_digits)?;
        let i = match gorun_strconv::parse_int(tok.as_bytes(), base, 64) {
            Ok(i) => i,
            Err((_, e)) => return err(num_error("ParseInt", &tok, e, base, 64)),
        };
        let x = (i << (64 - bits)) >> (64 - bits);
        if x != i {
            return err(format!("integer overflow on token {tok}"));
        }
        Ok(i)
    }

    fn scan_uint(&mut self, verb: u32, bits: u32) -> R<u64> {
        if verb == 'c' as u32 {
            return Ok(self.scan_rune(bits)? as u64);
        }
        self.skip_space()?;
        self.not_eof()?;
        let (mut base, mut digits) = self.get_base(verb)?;
        let mut have_digits = false;
        if verb == 'U' as u32 {
            if !self.consume("U", false) || !self.consume("+", false) {
                return err("bad unicode format ");
            }
        } else if verb == 'v' as u32 {
            (base, digits, have_digits) = self.scan_base_prefix();
        }
        let tok = self.scan_number(digits, have_digits)?;
        let i = match gorun_strconv::parse_uint(tok.as_bytes(), base, 64) {
            Ok(i) => i,
            Err((_, e)) => return err(num_error("ParseUint", &tok, e, base, 64)),
        };
        let x = (i << (64 - bits)) >> (64 - bits);
        if x != i {
            return err(format!("unsigned integer overflow on token {tok}"));
        }
        Ok(i)
    }

    fn float_token(&mut self) -> String {
        self.buf.clear();
        if self.accept("nN") && self.accept("aA") && self.accept("nN") {
            return String::from_utf8_lossy(&self.buf).into_owned();
        }
        self.accept("+-");
        if self.accept("iI") && self.accept("nN") && self.accept("fF") {
            return String::from_utf8_lossy(&self.buf).into_owned();
        }
        let mut digits = "0123456789_";
        let mut exp = "eEpP";
        if self.accept("0") && self.accept("xX") {
            digits = "0123456789aAbBcCdDeEfF_";
            exp = "pP";
        }
        while self.accept(digits) {}
        if self.accept(".") {
            while self.accept(digits) {}
        }
        if self.accept(exp) {
            self.accept("+-");
            while self.accept("0123456789_") {}
        }
        String::from_utf8_lossy(&self.buf).into_owned()
    }

    fn convert_float(&self, s: &str, bits: i64) -> R<f64> {
        // A decimal mantissa with a binary exponent: ParseFloat then Ldexp.
        if let Some(p) = s.find('p')
            && !s.contains(['x', 'X'])
        {
            let (f, e) = gorun_strconv::parse_float(&s.as_bytes()[..p], bits);
            if let Some(e) = e {
                return err(num_error("ParseFloat", s, e, 0, bits));
            }
            let m = match gorun_strconv::atoi(&s.as_bytes()[p + 1..]) {
                Ok(m) => m,
                Err((_, e)) => return err(num_error("Atoi", s, e, 0, 0)),
            };
            return Ok(ldexp(f, m));
        }
        let (f, e) = gorun_strconv::parse_float(s.as_bytes(), bits);
        match e {
            Some(e) => err(num_error("ParseFloat", s, e, 0, bits)),
            None => Ok(f),
        }
    }

    fn convert_string(&mut self, verb: u32) -> R<Vec<u8>> {
        self.ok_verb(verb, "svqxX", "string")?;
        self.skip_space()?;
        self.not_eof()?;
        match char::from_u32(verb) {
            Some('q') => self.quoted_string(),
            Some('x' | 'X') => self.hex_string(),
            _ => self.token(),
        }
    }

    fn quoted_string(&mut self) -> R<Vec<u8>> {
        self.not_eof()?;
        let quote = self.get_rune();
        match u8::try_from(quote).unwrap_or(0) {
            b'`' => loop {
                let r = self.must_read_rune()?;
                if r == quote {
                    return Ok(std::mem::take(&mut self.buf));
                }
                append_rune(&mut self.buf, r);
            },
            b'"' => {
                self.buf.push(b'"');
                loop {
                    let r = self.must_read_rune()?;
                    append_rune(&mut self.buf, r);
                    if r == i64::from(b'\\') {
                        let r = self.must_read_rune()?;
                        append_rune(&mut self.buf, r);
                    } else if r == i64::from(b'"') {
                        break;
                    }
                }
                let lit = std::mem::take(&mut self.buf);
                match gorun_strconv::unquote(&lit) {
                    Some(s) => Ok(s),
                    None => err("invalid syntax"),
                }
            }
            _ => err("expected quoted string"),
        }
    }

    fn hex_string(&mut self) -> R<Vec<u8>> {
        self.not_eof()?;
        loop {
            let r1 = self.get_rune();
            if r1 == EOF {
                break;
            }
            let Some(v1) = hex_digit(r1) else {
                self.unread_rune();
                break;
            };
            let r2 = self.must_read_rune()?;
            let Some(v2) = hex_digit(r2) else {
                return err("illegal hex digit");
            };
            self.buf.push((v1 << 4 | v2) as u8);
        }
        if self.buf.is_empty() {
            return err("no hex data for %x string");
        }
        Ok(std::mem::take(&mut self.buf))
    }

    /// Go's `scanOne`: one operand, a pointer.
    fn scan_one(&mut self, g: *mut G, verb: u32, arg: Option<Val>) -> R<()> {
        self.buf.clear();
        let Some(arg) = arg else {
            return err("can't scan type: <nil>");
        };
        if arg.kind() != kind::POINTER {
            return err(format!("type not a pointer: {}", arg.typ.name()));
        }
        let p = arg.word() as *mut u8;
        let elem = elem_of(arg.typ);
        if p.is_null() {
            return err(format!("can't scan type: {}", arg.typ.name()));
        }
        let bits = ((elem.size * 8) as u32).clamp(8, 64);
        // SAFETY (stores below): p is a non-nil pointer to a value of elem.
        unsafe {
            match elem.kind() {
                kind::BOOL => *p = u8::from(self.scan_bool(verb)?),
                kind::INT | kind::INT8 | kind::INT16 | kind::INT32 | kind::INT64 => {
                    let v = self.scan_int(verb, bits)?;
                    store(p, elem.size, v as u64);
                }
                kind::UINT
                | kind::UINT8
                | kind::UINT16
                | kind::UINT32
                | kind::UINT64
                | kind::UINTPTR => {
                    let v = self.scan_uint(verb, bits)?;
                    store(p, elem.size, v);
                }
                kind::FLOAT32 | kind::FLOAT64 => {
                    let name = if elem.kind() == kind::FLOAT32 {
                        "float32"
                    } else {
                        "float64"
                    };
                    self.ok_verb(verb, "beEfFgGv", name)?;
                    self.skip_space()?;
                    self.not_eof()?;
                    let tok = self.float_token();
                    let f = self.convert_float(&tok, i64::from(bits))?;
                    if elem.kind() == kind::FLOAT32 {
                        (p as *mut f32).write_unaligned(f as f32);
                    } else {
                        (p as *mut f64).write_unaligned(f);
                    }
                }
                kind::STRING => {
                    let s = self.convert_string(verb)?;
                    (p as *mut GoString).write_unaligned(go_string(g, &s));
                }
                kind::SLICE if elem_of(elem).kind() == kind::UINT8 => {
                    let s = self.convert_string(verb)?;
                    let data = go_bytes(g, &s);
                    let n = s.len() as isize;
                    (p as *mut GoSlice).write_unaligned(GoSlice {
                        ptr: data,
                        len: n,
                        cap: n,
                    });
                }
                _ => return err(format!("can't scan type: {}", arg.typ.name())),
            }
        }
        Ok(())
    }

    /// Go's `doScan` (Sscan, Sscanln).
    fn do_scan(&mut self, g: *mut G, a: &[Eface], n: &mut i64) -> R<()> {
        for e in a {
            let arg = unsafe { crate::goabi::eface_val(e) };
            let r = self.scan_one(g, 'v' as u32, arg);
            self.checked(r)?;
            *n += 1;
        }
        if self.nl_is_end {
            loop {
                let r = self.get_rune();
                if r == i64::from(b'\n') || r == EOF {
                    break;
                }
                if !is_space(r) {
                    return err("expected newline");
                }
            }
        }
        self.checked(Ok(()))
    }

    /// Go's `advance`: matches the literal text of the format. Returns the
    /// bytes of format consumed, or -1 on a mismatch.
    fn advance(&mut self, format: &[u8]) -> R<i64> {
        let mut i = 0;
        while i < format.len() {
            let (mut fmtc, mut w) = decode_rune(&format[i..]);
            let mut fc = i64::from(fmtc);
            if is_space(fc) {
                let mut newlines = 0;
                let mut trailing_space = false;
                while is_space(fc) && i < format.len() {
                    if fc == i64::from(b'\n') {
                        newlines += 1;
                        trailing_space = false;
                    } else {
                        trailing_space = true;
                    }
                    i += w;
                    (fmtc, w) = decode_rune(&format[i.min(format.len())..]);
                    fc = if i < format.len() {
                        i64::from(fmtc)
                    } else {
                        EOF
                    };
                }
                for _ in 0..newlines {
                    let mut inputc = self.get_rune();
                    while is_space(inputc) && inputc != i64::from(b'\n') {
                        inputc = self.get_rune();
                    }
                    if inputc != i64::from(b'\n') && inputc != EOF {
                        return err("newline in format does not match input");
                    }
                }
                if trailing_space {
                    let mut inputc = self.get_rune();
                    if newlines == 0 {
                        if !is_space(inputc) && inputc != EOF {
                            return err("expected space in input to match format");
                        }
                        if inputc == i64::from(b'\n') {
                            return err("newline in input does not match format");
                        }
                    }
                    while is_space(inputc) && inputc != i64::from(b'\n') {
                        inputc = self.get_rune();
                    }
                    if inputc != EOF {
                        self.unread_rune();
                    }
                }
                continue;
            }
            if fc == i64::from(b'%') {
                if i + w == format.len() {
                    return err("missing verb: % at end of format string");
                }
                let (nextc, _) = decode_rune(&format[i + w..]);
                if nextc != u32::from(b'%') {
                    return Ok(i as i64);
                }
                i += w; // skip the first %
            }
            let inputc = self.must_read_rune()?;
            if fc != inputc {
                self.unread_rune();
                return Ok(-1);
            }
            i += w;
        }
        Ok(i as i64)
    }

    /// Go's `doScanf`.
    fn do_scanf(&mut self, g: *mut G, format: &[u8], a: &[Eface], n: &mut i64) -> R<()> {
        let end = format.len() as i64 - 1;
        let mut i: i64 = 0;
        while i <= end {
            let w = self.advance(&format[i as usize..]);
            let w = self.checked(w)?;
            if w > 0 {
                i += w;
                continue;
            }
            if format[i as usize] != b'%' {
                if w < 0 {
                    return err("input does not match format");
                }
                break;
            }
            i += 1; // % is one byte
            let (wid, wid_present, ni) = parsenum(format, i as usize, end.max(0) as usize);
            i = ni as i64;
            let max_wid = if wid_present { wid } else { HUGE_WID };
            let (c, cw) = decode_rune(&format[(i as usize).min(format.len())..]);
            i += cw as i64;
            if c != u32::from(b'c') {
                self.skip_space()?;
            }
            if c == u32::from(b'%') {
                self.skip_space()?;
                self.not_eof()?;
                if !self.accept("%") {
                    return err("missing literal %");
                }
                continue;
            }
            self.arg_limit = HUGE_WID.min(self.count + max_wid);
            if *n as usize >= a.len() {
                let rest = &format[(i as usize - cw).min(format.len())..];
                return err(format!(
                    "too few operands for format '%{}'",
                    String::from_utf8_lossy(rest)
                ));
            }
            let arg = unsafe { crate::goabi::eface_val(&a[*n as usize]) };
            let r = self.scan_one(g, c, arg);
            self.checked(r)?;
            *n += 1;
            self.arg_limit = HUGE_WID;
        }
        if (*n as usize) < a.len() {
            return err("too many operands");
        }
        self.checked(Ok(()))
    }
}

/// Go's `parsenum` for scan widths.
fn parsenum(s: &[u8], start: usize, end: usize) -> (usize, bool, usize) {
    let mut num = 0usize;
    let mut isnum = false;
    let mut i = start;
    while i < end && i < s.len() && s[i].is_ascii_digit() {
        if num > 1_000_000 {
            return (0, false, end);
        }
        num = num * 10 + usize::from(s[i] - b'0');
        isnum = true;
        i += 1;
    }
    (num, isnum, i)
}

fn hex_digit(r: i64) -> Option<i64> {
    match u8::try_from(r).ok()? {
        c @ b'0'..=b'9' => Some(i64::from(c - b'0')),
        c @ b'a'..=b'f' => Some(i64::from(c - b'a' + 10)),
        c @ b'A'..=b'F' => Some(i64::from(c - b'A' + 10)),
        _ => None,
    }
}

unsafe fn store(p: *mut u8, size: usize, v: u64) {
    unsafe {
        match size {
            1 => *p = v as u8,
            2 => (p as *mut u16).write_unaligned(v as u16),
            4 => (p as *mut u32).write_unaligned(v as u32),
            _ => (p as *mut u64).write_unaligned(v),
        }
    }
}

/// `math.Ldexp` for finite results in range, exact (powers of two).
fn ldexp(f: f64, e: i64) -> f64 {
    let mut f = f;
    let mut e = e.clamp(-2200, 2200);
    while e > 0 {
        let s = e.min(1000);
        f *= 2f64.powi(s as i32);
        e -= s;
    }
    while e < 0 {
        let s = (-e).min(1000);
        f /= 2f64.powi(s as i32);
        e += s;
    }
    f
}

/// The message of strconv's `*NumError` for this failure.
fn num_error(func: &str, s: &str, e: gorun_strconv::NumErr, base: i64, bits: i64) -> String {
    use gorun_strconv::NumErr;
    let reason = match e {
        NumErr::Syntax => "invalid syntax".to_string(),
        NumErr::Range => "value out of range".to_string(),
        NumErr::Base => format!("invalid base {base}"),
        NumErr::BitSize => format!("invalid bit size {bits}"),
    };
    format!(
        "strconv.{func}: parsing {}: {reason}",
        gorun_strconv::quote(s.as_bytes())
    )
}

/// How a reader is read: its descriptor (a `*os.File`), its own
/// ReadRune/UnreadRune (an io.RuneScanner, such as a *bufio.Reader), or
/// byte by byte through Read, as Go's `readRune` wrapper does.
enum ReaderKind {
    Fd(i32),
    RuneScanner {
        read_rune: *const u8,
        unread_rune: *const u8,
    },
    Reader,
}

/// An io.Reader being scanned. For `Fd` and `Reader`, this is Go's
/// `readRune`: one byte per read, so nothing past the last rune scanned
/// is consumed but that one rune, which a later scan does not see (as in
/// Go, where only a RuneScanner keeps it).
struct ReaderSource {
    g: *mut G,
    r: Iface,
    kind: ReaderKind,
    /// io.EOF, to tell the end of input from other errors.
    eof: Iface,
    /// A one-byte Go buffer for Read.
    byte: *mut u8,
    /// The last rune read (to unread), and whether it was unread.
    last: Option<(u32, usize)>,
    unread: bool,
    /// Bytes read past an invalid encoding, to be read again.
    pending: Vec<u8>,
    err: Option<ScanErr>,
}

type ReadRuneMethod = extern "C" fn(*mut G, *const u8, *mut [u64; 4], *mut u8);
/// Two result words (an error), returned in registers.
#[repr(C)]
struct Words2(u64, u64);

type UnreadRuneMethod = extern "C" fn(*mut G, *const u8, *mut u8) -> Words2;

impl ReaderSource {
    fn new(g: *mut G, r: Iface, eof: Iface) -> ReaderSource {
        let typ = unsafe { r.tab.as_ref().and_then(|t| t.typ.as_ref()) };
        let mut kind = ReaderKind::Reader;
        if let Some(typ) = typ {
            if let Some(fd) = super::os_file_fd(r) {
                kind = ReaderKind::Fd(fd);
            } else if let (Some(rr), Some(ur)) = (
                crate::goabi::find_method(typ, "ReadRune", &[], &["int32", "int", "error"]),
                crate::goabi::find_method(typ, "UnreadRune", &[], &["error"]),
            ) {
                kind = ReaderKind::RuneScanner {
                    read_rune: rr.ifn,
                    unread_rune: ur.ifn,
                };
            }
        }
        let byte = gorun_runtime::abi::gorun_mallocgc(g, 1, std::ptr::null(), true);
        ReaderSource {
            g,
            r,
            kind,
            eof,
            byte,
            last: None,
            unread: false,
            pending: Vec::new(),
            err: None,
        }
    }

    fn is_eof(&self, tab: u64, data: u64) -> bool {
        tab == self.eof.tab as u64 && data == self.eof.data as u64
    }

    /// One byte (Go's `readByte`, with io.ReadFull's retry of empty reads).
    fn read_byte(&mut self) -> Option<u8> {
        if !self.pending.is_empty() {
            return Some(self.pending.remove(0));
        }
        if let ReaderKind::Fd(fd) = self.kind {
            let mut b = 0u8;
            let (n, errno) = crate::goabi::read_fd(self.g, fd, std::slice::from_mut(&mut b));
            if errno == 0 {
                return (n == 1).then_some(b);
            }
            // Let (*os.File).Read report the failure in os's terms.
        }
        if self.r.tab.is_null() {
            self.err = Some(ScanErr::Msg(
                "invalid memory address or nil pointer dereference".into(),
            ));
            return None;
        }
        loop {
            let p = GoSlice {
                ptr: self.byte,
                len: 1,
                cap: 1,
            };
            // SAFETY: r is a non-nil io.Reader; Read is its only method.
            let (n, e) = unsafe { crate::goabi::call_writer(self.g, self.r, p) };
            if n >= 1 {
                return Some(unsafe { *self.byte });
            }
            if !e.tab.is_null() {
                if !self.is_eof(e.tab as u64, e.data as u64) {
                    self.err = Some(ScanErr::Value(e.tab as u64, e.data as u64));
                }
                return None;
            }
        }
    }
}

impl Source for ReaderSource {
    fn read_rune(&mut self) -> Option<(u32, usize)> {
        if self.err.is_some() {
            return None;
        }
        if let ReaderKind::RuneScanner { read_rune, .. } = self.kind {
            let f: ReadRuneMethod = unsafe { std::mem::transmute(read_rune) };
            let mut ret = [0u64; 4];
            f(self.g, std::ptr::null(), &mut ret, self.r.data);
            if ret[2] != 0 {
                if !self.is_eof(ret[2], ret[3]) {
                    self.err = Some(ScanErr::Value(ret[2], ret[3]));
                }
                return None;
            }
            return Some((ret[0] as i32 as u32, ret[1] as usize));
        }
        if self.unread {
            self.unread = false;
            return self.last;
        }
        let b0 = self.read_byte()?;
        if b0 < 0x80 {
            self.last = Some((u32::from(b0), 1));
            return self.last;
        }
        let mut buf = [b0, 0, 0, 0];
        let mut n = 1;
        while n < 4 && !full_rune(&buf[..n]) {
            match self.read_byte() {
                Some(b) => {
                    buf[n] = b;
                    n += 1;
                }
                None if self.err.is_some() => return None,
                None => break,
            }
        }
        let (r, size) = decode_rune(&buf[..n]);
        // Bytes after an invalid start are read again next time.
        self.pending.splice(0..0, buf[size..n].iter().copied());
        self.last = Some((r, size));
        self.last
    }

    fn unread_rune(&mut self) {
        if let ReaderKind::RuneScanner { unread_rune, .. } = self.kind {
            let f: UnreadRuneMethod = unsafe { std::mem::transmute(unread_rune) };
            f(self.g, std::ptr::null(), self.r.data);
            return;
        }
        if self.last.is_some() {
            self.unread = true;
        }
    }

    fn take_error(&mut self) -> Option<ScanErr> {
        self.err.take()
    }
}

/// `utf8.FullRune`: whether `b` (not empty) begins with a full encoding,
/// or with an invalid one, which decodes as one byte.
fn full_rune(b: &[u8]) -> bool {
    let need = match b[0] {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => 1, // ASCII or an invalid first byte
    };
    if b.len() >= need {
        return true;
    }
    let (lo, hi) = match b[0] {
        0xE0 => (0xA0, 0xBF),
        0xED => (0x80, 0x9F),
        0xF0 => (0x90, 0xBF),
        0xF4 => (0x80, 0x8F),
        _ => (0x80, 0xBF),
    };
    (b.len() > 1 && !(lo..=hi).contains(&b[1])) || (b.len() > 2 && !(0x80..=0xBF).contains(&b[2]))
}

/// Runs a scan of `mode` (0 Sscan-like, 1 ln, 2 f) over `src` and packs
/// the outcome as the natives return it: n, code, message words, error words.
fn run_scan(g: *mut G, src: &mut dyn Source, a: &[Eface], mode: i64, format: &[u8]) -> [u64; 6] {
    let mut n = 0i64;
    let r = crate::goabi::ensure_stack(g, || {
        let (nl_space, nl_end) = match mode {
            0 => (true, false),
            1 => (false, true),
            _ => (false, false),
        };
        let mut s = Ss::new(src, nl_space, nl_end);
        if mode == 2 {
            s.do_scanf(g, format, a, &mut n)
        } else {
            s.do_scan(g, a, &mut n)
        }
    });
    let mut out = [n as u64, 0, 0, 0, 0, 0];
    match r {
        Ok(()) => {}
        Err(ScanErr::Eof) => out[1] = 1,
        Err(ScanErr::UnexpectedEof) => out[1] = 2,
        Err(ScanErr::Msg(m)) => {
            let msg = go_string(g, m.as_bytes());
            out[1] = 3;
            out[2] = msg.ptr as u64;
            out[3] = msg.len as u64;
        }
        Err(ScanErr::Value(tab, data)) => {
            out[1] = 4;
            out[4] = tab;
            out[5] = data;
        }
    }
    out
}

/// `sscan(str string, a []any, mode int, format string) (n, code int, msg string)`:
/// mode 0 Sscan, 1 Sscanln, 2 Sscanf; code 0 none, 1 io.EOF,
/// 2 io.ErrUnexpectedEOF, 3 errors.New(msg).
#[allow(clippy::too_many_arguments)]
extern "C" fn sscan(
    g: *mut G,
    ret: *mut [u64; 4],
    sp: *const u8,
    sl: isize,
    ap: *mut u8,
    al: isize,
    ac: isize,
    mode: i64,
    fp: *const u8,
    fl: isize,
) {
    let input = unsafe { GoString { ptr: sp, len: sl }.as_bytes() };
    let format = unsafe { GoString { ptr: fp, len: fl }.as_bytes() };
    let a = unsafe {
        efaces(GoSlice {
            ptr: ap,
            len: al,
            cap: ac,
        })
    };
    let mut src = StrSource {
        input,
        pos: 0,
        last: 0,
    };
    let out = run_scan(g, &mut src, a, mode, format);
    unsafe { *ret = [out[0], out[1], out[2], out[3]] };
}

/// `fscan(r io.Reader, a []any, mode int, format string, eof error)
/// (n, code int, msg string, err error)`: as `sscan`, reading from `r`;
/// code 4 returns a read error `err` as the reader gave it. `eof` is
/// io.EOF, passed in so that the end of input can be recognized.
#[allow(clippy::too_many_arguments)]
extern "C" fn fscan(
    g: *mut G,
    ret: *mut [u64; 6],
    rt: *const Itab,
    rd: *mut u8,
    ap: *mut u8,
    al: isize,
    ac: isize,
    mode: i64,
    fp: *const u8,
    fl: isize,
    et: *const Itab,
    ed: *mut u8,
) {
    let format = unsafe { GoString { ptr: fp, len: fl }.as_bytes() };
    let a = unsafe {
        efaces(GoSlice {
            ptr: ap,
            len: al,
            cap: ac,
        })
    };
    let mut src = ReaderSource::new(g, Iface { tab: rt, data: rd }, Iface { tab: et, data: ed });
    let out = run_scan(g, &mut src, a, mode, format);
    unsafe { *ret = out };
}

pub(crate) static NATIVES: &[Native] = &[
    Native {
        name: "fmt.fscan",
        code: fscan as *const u8,
        sig: "iiiiiiiiii>*",
    },
    Native {
        name: "fmt.sscan",
        code: sscan as *const u8,
        sig: "iiiiiiii>*",
    },
];
