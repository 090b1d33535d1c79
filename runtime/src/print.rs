//! Printing to stderr without allocating (Go's `print`), for fatal errors,
//! tracebacks and schedtrace. Formats into a fixed buffer on the stack and
//! writes it with one `write(2)` per buffer.

use std::fmt::Write;

struct Buf {
    b: [u8; 1024],
    n: usize,
}

impl Buf {
    fn flush(&mut self) {
        crate::os_linux::write_err(&self.b[..self.n]);
        self.n = 0;
    }
}

impl Write for Buf {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        for &c in s.as_bytes() {
            if self.n == self.b.len() {
                self.flush();
            }
            self.b[self.n] = c;
            self.n += 1;
        }
        Ok(())
    }
}

pub fn eprint(args: std::fmt::Arguments) {
    let captured = CAPTURE.with(|c| match c.borrow_mut().as_mut() {
        Some(v) => {
            let _ = std::io::Write::write_fmt(v, args);
            true
        }
        None => false,
    });
    if captured {
        return;
    }
    let mut b = Buf { b: [0; 1024], n: 0 };
    let _ = b.write_fmt(args);
    b.flush();
}

thread_local! {
    /// Set while [`capture`] runs: what `rtprint!` writes goes here.
    static CAPTURE: std::cell::RefCell<Option<Vec<u8>>> = const { std::cell::RefCell::new(None) };
}

/// Runs `f` with this thread's `rtprint!` output collected instead of
/// written (runtime.Stack's text is the traceback printer's). `f` must not
/// switch goroutines: the collection belongs to the thread.
pub fn capture(f: impl FnOnce()) -> Vec<u8> {
    CAPTURE.with(|c| *c.borrow_mut() = Some(Vec::new()));
    f();
    CAPTURE.with(|c| c.borrow_mut().take().unwrap_or_default())
}

#[macro_export]
macro_rules! rtprint {
    ($($t:tt)*) => { $crate::print::eprint(format_args!($($t)*)) };
}

// ---------------------------------------------------------------------------
// The `print` and `println` builtins (print.go). The JIT lowers each
// argument to one of these calls between `gorun_printlock` and
// `gorun_printunlock`; output goes to stderr unbuffered, one write per call.

use crate::runtime2::G;

fn write_bytes(b: &[u8]) {
    crate::os_linux::write_err(b);
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_printlock(_g: *mut G) {}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_printunlock(_g: *mut G) {}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_printsp(_g: *mut G) {
    write_bytes(b" ");
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_printnl(_g: *mut G) {
    write_bytes(b"\n");
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_printbool(_g: *mut G, v: u64) {
    write_bytes(if v & 0xff != 0 { b"true" } else { b"false" });
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_printint(_g: *mut G, v: i64) {
    write_bytes(v.to_string().as_bytes());
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_printuint(_g: *mut G, v: u64) {
    write_bytes(v.to_string().as_bytes());
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_printhex(_g: *mut G, v: u64) {
    write_bytes(format!("{v:#x}").as_bytes());
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_printpointer(_g: *mut G, v: u64) {
    write_bytes(format!("{v:#x}").as_bytes());
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_printfloat64(_g: *mut G, v: f64) {
    write_bytes(format_g_shortest(v, false).as_bytes());
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_printfloat32(_g: *mut G, v: f32) {
    write_bytes(format_g_shortest(v as f64, true).as_bytes());
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_printcomplex128(_g: *mut G, re: f64, im: f64) {
    let mut s = String::from("(");
    s.push_str(&format_g_shortest(re, false));
    let imv = format_g_shortest(im, false);
    if !imv.starts_with('-') && !imv.starts_with('+') {
        s.push('+');
    }
    s.push_str(&imv);
    s.push_str("i)");
    write_bytes(s.as_bytes());
}

#[unsafe(no_mangle)]
pub extern "C" fn gorun_printcomplex64(_g: *mut G, re: f32, im: f32) {
    let mut s = String::from("(");
    s.push_str(&format_g_shortest(re as f64, true));
    let imv = format_g_shortest(im as f64, true);
    if !imv.starts_with('-') && !imv.starts_with('+') {
        s.push('+');
    }
    s.push_str(&imv);
    s.push_str("i)");
    write_bytes(s.as_bytes());
}

/// Prints a Go string.
///
/// # Safety
/// `p` must point to `n` readable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gorun_printstring(_g: *mut G, p: *const u8, n: i64) {
    if n > 0 && !p.is_null() {
        // SAFETY: the caller passes a Go string.
        write_bytes(unsafe { std::slice::from_raw_parts(p, n as usize) });
    }
}

/// `print` of a slice: `[len/cap]0xptr`.
#[unsafe(no_mangle)]
pub extern "C" fn gorun_printslice(_g: *mut G, p: u64, len: i64, cap: i64) {
    write_bytes(format!("[{len}/{cap}]{p:#x}").as_bytes());
}

/// `print` of an interface: `(0xtype,0xdata)`.
#[unsafe(no_mangle)]
pub extern "C" fn gorun_printiface(_g: *mut G, t: u64, d: u64) {
    write_bytes(format!("({t:#x},{d:#x})").as_bytes());
}

/// strconv.FormatFloat(v, 'g', -1, 32 or 64): the shortest digits that
/// read back as `v`, in %e form when the exponent is below -4 or at least
/// 6, else in %f form (what Go 1.27's print.go writes).
pub fn format_g_shortest(v: f64, f32bits: bool) -> String {
    if v.is_nan() {
        return "NaN".into();
    }
    if v.is_infinite() {
        return if v > 0.0 {
            "+Inf".into()
        } else {
            "-Inf".into()
        };
    }
    // Rust's `{:e}` writes the shortest round-tripping digits.
    let e = if f32bits {
        format!("{:e}", v as f32)
    } else {
        format!("{v:e}")
    };
    let (mant, exp) = e.split_once('e').unwrap_or((&e, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let neg = mant.starts_with('-');
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let digits = if digits.chars().all(|c| c == '0') {
        "0".to_string()
    } else {
        digits
    };
    let nd = digits.len() as i32;
    // strconv's 'g' with the shortest precision: %e when the exponent is
    // below -4 or at least 6 (ftoa.go's fmtEFG), else %f.
    let dp = exp + 1;
    let mut s = String::new();
    if neg {
        s.push('-');
    }
    if !(-4..6).contains(&exp) {
        // %e
        let b = digits.as_bytes();
        s.push(b[0] as char);
        if b.len() > 1 {
            s.push('.');
            s.push_str(&digits[1..]);
        }
        s.push('e');
        s.push(if exp < 0 { '-' } else { '+' });
        let a = exp.unsigned_abs();
        if a < 10 {
            s.push('0');
        }
        s.push_str(&a.to_string());
        return s;
    }
    // %f with exactly the digits needed.
    if dp <= 0 {
        s.push_str("0.");
        for _ in 0..(-dp) {
            s.push('0');
        }
        s.push_str(&digits);
    } else if dp >= nd {
        s.push_str(&digits);
        for _ in 0..(dp - nd) {
            s.push('0');
        }
    } else {
        s.push_str(&digits[..dp as usize]);
        s.push('.');
        s.push_str(&digits[dp as usize..]);
    }
    s
}
