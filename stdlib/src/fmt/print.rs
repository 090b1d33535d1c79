//! The printer (Go's `fmt/print.go`): `doPrint`, `doPrintln`, `doPrintf`,
//! and the walk over values by kind that `%v` and friends do with
//! reflection in Go, here with type descriptors.
//!
//! Invariants:
//! - Output accumulates in `buf` (Rust memory, bytes only); nothing is
//!   written anywhere until the whole format is done, as in Go.
//! - No Go value makes this code panic: a verb that does not fit its
//!   operand is a `%!verb(type=value)` annotation, a malformed descriptor
//!   prints as what can be read of it.
//! - `erroring` is set while printing a bad verb's operand so that its
//!   methods are not called (Go's rule: the annotation shows the raw value).
//! - Methods (Error, String, GoString, Format) are called on the
//!   goroutine's stack with the interface data word as receiver, under
//!   `catch_panic` (Go's catchPanic: a panic in them is printed, not
//!   propagated); the printer's own recursion checks stack room at each
//!   nesting level.

use super::format::{Flags, LDIGITS, UDIGITS};
use super::maps;
use super::state;
use crate::goabi::{self, Val, call_string_method, elem_of, ensure_stack, find_method};
use gorun_runtime::panic::catch_panic;
use gorun_runtime::runtime2::G;
use gorun_runtime::types::{Eface, Type, kind};
use gorun_strconv::quote::{append_rune, decode_rune};

const PERCENT_BANG: &[u8] = b"%!";
const NIL_ANGLE: &[u8] = b"<nil>";
const NIL_PAREN: &[u8] = b"(nil)";

/// Go's `pp`: the output buffer and the state of one Print/Printf call.
pub struct Printer {
    pub(crate) g: *mut G,
    pub buf: Vec<u8>,
    pub(crate) f: Flags,
    /// The format used explicit argument indexes (`%[2]d`).
    reordered: bool,
    /// The current verb's argument index was valid.
    good_arg_num: bool,
    /// Printing a bad verb's operand: do not call its methods.
    erroring: bool,
    /// Printing the value a method panicked with (Go's `panicking`).
    panicking: bool,
    /// Errorf: `%w` is allowed, and the indexes of its operands.
    pub(crate) wrap_errs: bool,
    pub(crate) wrapped: Vec<usize>,
}

/// What a format verb got as its operand: the top-level `any` (so its
/// type name is known), or a value reached inside another.
#[derive(Clone, Copy)]
enum Arg {
    /// A nil interface.
    Nil,
    Val(Val),
}

/// True if `t` is the unnamed or predeclared type written `name` (Go's
/// fast-path type switch in printArg matches exact types, not defined
/// ones, whose reflect names carry their package).
fn is_exact(t: &Type, name: &str) -> bool {
    t.name() == name
}

impl Printer {
    pub fn new(g: *mut G) -> Printer {
        Printer {
            g,
            buf: Vec::with_capacity(64),
            f: Flags::default(),
            reordered: false,
            good_arg_num: true,
            erroring: false,
            panicking: false,
            wrap_errs: false,
            wrapped: Vec::new(),
        }
    }

    fn write_verb(&mut self, verb: u32) {
        append_rune(&mut self.buf, i64::from(verb));
    }

    /// `%!verb(type=value)`, or `%!verb(<nil>)`.
    fn bad_verb(&mut self, arg: Arg, verb: u32) {
        self.erroring = true;
        self.buf.extend_from_slice(PERCENT_BANG);
        self.write_verb(verb);
        self.buf.push(b'(');
        match arg {
            Arg::Val(v) => {
                self.buf.extend_from_slice(v.typ.name().as_bytes());
                self.buf.push(b'=');
                self.print_value(v, 'v' as u32, 0);
            }
            Arg::Nil => self.buf.extend_from_slice(NIL_ANGLE),
        }
        self.buf.push(b')');
        self.erroring = false;
    }

    fn fmt_bool(&mut self, arg: Arg, v: bool, verb: u32) {
        match char::from_u32(verb) {
            Some('t' | 'v') => self.fmt_boolean(v),
            _ => self.bad_verb(arg, verb),
        }
    }

    /// Hexadecimal with or without the leading 0x.
    fn fmt_0x64(&mut self, v: u64, leading0x: bool) {
        let sharp = self.f.sharp;
        self.f.sharp = leading0x;
        self.fmt_integer(v, 16, false, 'v' as u32, LDIGITS);
        self.f.sharp = sharp;
    }

    fn fmt_int_verb(&mut self, arg: Arg, v: u64, signed: bool, verb: u32) {
        match char::from_u32(verb) {
            Some('v') => {
                if self.f.sharp_v && !signed {
                    self.fmt_0x64(v, true)
                } else {
                    self.fmt_integer(v, 10, signed, verb, LDIGITS)
                }
            }
            Some('d') => self.fmt_integer(v, 10, signed, verb, LDIGITS),
            Some('b') => self.fmt_integer(v, 2, signed, verb, LDIGITS),
            Some('o' | 'O') => self.fmt_integer(v, 8, signed, verb, LDIGITS),
            Some('x') => self.fmt_integer(v, 16, signed, verb, LDIGITS),
            Some('X') => self.fmt_integer(v, 16, signed, verb, UDIGITS),
            Some('c') => self.fmt_c(v),
            Some('q') => self.fmt_qc(v),
            Some('U') => self.fmt_unicode(v),
            _ => self.bad_verb(arg, verb),
        }
    }

    fn fmt_float_verb(&mut self, arg: Arg, v: f64, size: u32, verb: u32) {
        match char::from_u32(verb) {
            Some('v') => self.fmt_float(v, size, b'g', -1),
            Some(c @ ('b' | 'g' | 'G' | 'x' | 'X')) => self.fmt_float(v, size, c as u8, -1),
            Some(c @ ('f' | 'e' | 'E')) => self.fmt_float(v, size, c as u8, 6),
            Some('F') => self.fmt_float(v, size, b'f', 6),
            _ => self.bad_verb(arg, verb),
        }
    }

    fn fmt_complex(&mut self, arg: Arg, re: f64, im: f64, size: u32, verb: u32) {
        match char::from_u32(verb) {
            Some('v' | 'b' | 'g' | 'G' | 'x' | 'X' | 'f' | 'F' | 'e' | 'E') => {
                let old_plus = self.f.plus;
                self.buf.push(b'(');
                self.fmt_float_verb(arg, re, size / 2, verb);
                // The imaginary part always has a sign.
                self.f.plus = true;
                self.fmt_float_verb(arg, im, size / 2, verb);
                self.buf.extend_from_slice(b"i)");
                self.f.plus = old_plus;
            }
            _ => self.bad_verb(arg, verb),
        }
    }

    fn fmt_string(&mut self, arg: Arg, v: &[u8], verb: u32) {
        match char::from_u32(verb) {
            Some('v') => {
                if self.f.sharp_v {
                    self.fmt_q(v)
                } else {
                    self.fmt_s(v)
                }
            }
            Some('s') => self.fmt_s(v),
            Some('x') => self.fmt_sbx(v, LDIGITS),
            Some('X') => self.fmt_sbx(v, UDIGITS),
            Some('q') => self.fmt_q(v),
            _ => self.bad_verb(arg, verb),
        }
    }

    /// Byte slices and arrays (`type_name` is what `%#v` shows); other
    /// verbs print them as a list of integers, through `fallback`.
    fn fmt_bytes(&mut self, v: &[u8], verb: u32, type_name: &str, fallback: Option<Val>) {
        match char::from_u32(verb) {
            Some('v' | 'd') => {
                if self.f.sharp_v {
                    self.buf.extend_from_slice(type_name.as_bytes());
                    if let Some(val) = fallback
                        && val.kind() == kind::SLICE
                        && val.slice().ptr.is_null()
                    {
                        self.buf.extend_from_slice(NIL_PAREN);
                        return;
                    }
                    self.buf.push(b'{');
                    for (i, &c) in v.iter().enumerate() {
                        if i > 0 {
                            self.buf.extend_from_slice(b", ");
                        }
                        self.fmt_0x64(u64::from(c), true);
                    }
                    self.buf.push(b'}');
                } else {
                    self.buf.push(b'[');
                    for (i, &c) in v.iter().enumerate() {
                        if i > 0 {
                            self.buf.push(b' ');
                        }
                        self.fmt_integer(u64::from(c), 10, false, verb, LDIGITS);
                    }
                    self.buf.push(b']');
                }
            }
            Some('s') => self.fmt_s(v),
            Some('x') => self.fmt_sbx(v, LDIGITS),
            Some('X') => self.fmt_sbx(v, UDIGITS),
            Some('q') => self.fmt_q(v),
            _ => {
                if let Some(val) = fallback {
                    self.print_list(val, verb, 0)
                }
            }
        }
    }

    /// Pointer-shaped values: `%p`, and `%v` of pointers, chans, funcs.
    fn fmt_pointer(&mut self, v: Val, verb: u32) {
        let u = match v.kind() {
            kind::CHAN | kind::FUNC | kind::MAP | kind::POINTER | kind::UNSAFE_POINTER => {
                v.pointer()
            }
            kind::SLICE => v.slice().ptr as usize,
            _ => return self.bad_verb(Arg::Val(v), verb),
        } as u64;
        match char::from_u32(verb) {
            Some('v') => {
                if self.f.sharp_v {
                    self.buf.push(b'(');
                    self.buf.extend_from_slice(v.typ.name().as_bytes());
                    self.buf.extend_from_slice(b")(");
                    if u == 0 {
                        self.buf.extend_from_slice(b"nil");
                    } else {
                        self.fmt_0x64(u, true);
                    }
                    self.buf.push(b')');
                } else if u == 0 {
                    self.pad(NIL_ANGLE);
                } else {
                    let sharp = !self.f.sharp;
                    self.fmt_0x64(u, sharp);
                }
            }
            Some('p') => {
                let sharp = !self.f.sharp;
                self.fmt_0x64(u, sharp)
            }
            Some('b' | 'o' | 'd' | 'x' | 'X') => self.fmt_int_verb(Arg::Val(v), u, false, verb),
            _ => self.bad_verb(Arg::Val(v), verb),
        }
    }

    /// Go's `handleMethods`: Formatter, GoStringer, error, Stringer.
    /// Returns whether the value was printed.
    fn handle_methods(&mut self, v: Val, mut verb: u32) -> bool {
        if self.erroring || v.typ.methods().is_empty() && verb != 'w' as u32 {
            return false;
        }
        let error_m = find_method(v.typ, "Error", &[], &["string"]);
        if verb == 'w' as u32 {
            // %w is only for Errorf, and only for errors.
            if error_m.is_none() || !self.wrap_errs {
                self.bad_verb(Arg::Val(v), verb);
                return true;
            }
            verb = 'v' as u32;
        }
        let g = self.g;
        if let Some(m) = find_method(v.typ, "Format", &["fmt.State", "int32"], &[]) {
            let caught = catch_panic(g, &mut || state::call_format(self, m, v.iface_data(), verb));
            if let Some(e) = caught {
                self.caught_panic(v, verb, e, "Format");
            }
            return true;
        }
        if self.f.sharp_v {
            if let Some(m) = find_method(v.typ, "GoString", &[], &["string"]) {
                let mut s = Vec::new();
                match catch_panic(g, &mut || call_string_method(g, m, v.iface_data(), &mut s)) {
                    None => self.fmt_s(&s),
                    Some(e) => self.caught_panic(v, verb, e, "GoString"),
                }
                return true;
            }
            return false;
        }
        if !matches!(char::from_u32(verb), Some('v' | 's' | 'x' | 'X' | 'q')) {
            return false;
        }
        let (m, name) = match error_m {
            Some(m) => (m, "Error"),
            None => match find_method(v.typ, "String", &[], &["string"]) {
                Some(m) => (m, "String"),
                None => return false,
            },
        };
        let mut s = Vec::new();
        match catch_panic(g, &mut || call_string_method(g, m, v.iface_data(), &mut s)) {
            None => self.fmt_string(Arg::Val(v), &s, verb),
            Some(e) => self.caught_panic(v, verb, e, name),
        }
        true
    }

    /// Go's `catchPanic`: method `method` of `v` panicked with `err`. A
    /// nil pointer receiver prints `<nil>` (no padding); otherwise
    /// `%!verb(PANIC=Method method: err)`, or, if this is already the
    /// printing of a panic value, the panic goes on.
    fn caught_panic(&mut self, v: Val, verb: u32, err: Eface, method: &str) {
        if v.kind() == kind::POINTER && v.word() == 0 {
            // Unpadded, as Go writes it straight to the buffer.
            self.buf.extend_from_slice(NIL_ANGLE);
            return;
        }
        if self.panicking {
            // Nested panics: the recursion in print_arg cannot succeed.
            gorun_runtime::panic::gopanic_eface(self.g, err, false);
        }
        // Go saves and restores the flags but not the width and precision.
        let old = self.f;
        self.clear_flags();
        self.buf.extend_from_slice(PERCENT_BANG);
        self.write_verb(verb);
        self.buf.extend_from_slice(b"(PANIC=");
        self.buf.extend_from_slice(method.as_bytes());
        self.buf.extend_from_slice(b" method: ");
        self.panicking = true;
        let arg = unsafe { goabi::eface_val(&err) };
        self.print_arg(arg, 'v' as u32);
        self.panicking = false;
        self.buf.push(b')');
        self.f = Flags {
            wid: 0,
            prec: 0,
            ..old
        };
    }

    /// Go's `printArg`: one operand of Print or of a verb.
    pub(crate) fn print_arg(&mut self, arg: Option<Val>, verb: u32) {
        let Some(v) = arg else {
            match char::from_u32(verb) {
                Some('T' | 'v') => self.pad(NIL_ANGLE),
                _ => self.bad_verb(Arg::Nil, verb),
            }
            return;
        };
        match char::from_u32(verb) {
            Some('T') => return self.fmt_s(v.typ.name().as_bytes()),
            Some('p') => return self.fmt_pointer(v, verb),
            _ => {}
        }
        // Exact []byte prints its type as "[]byte" under %#v.
        if v.kind() == kind::SLICE && is_exact(v.typ, "[]uint8") {
            let b = v.bytes();
            return self.fmt_bytes(b, verb, "[]byte", Some(v));
        }
        if !self.handle_methods(v, verb) {
            self.print_value(v, verb, 0);
        }
    }

    /// Go's `printValue`: `v` by kind, at nesting `depth`.
    pub(crate) fn print_value(&mut self, v: Val, verb: u32, depth: usize) {
        let g = self.g;
        ensure_stack(g, || self.print_value_here(v, verb, depth))
    }

    fn print_value_here(&mut self, v: Val, verb: u32, depth: usize) {
        // Values inside others get their methods called too, unless they
        // were reached through unexported fields.
        if depth > 0 && !v.ro && self.handle_methods(v, verb) {
            return;
        }
        let arg = Arg::Val(v);
        match v.kind() {
            kind::BOOL => self.fmt_bool(arg, v.bool(), verb),
            kind::INT | kind::INT8 | kind::INT16 | kind::INT32 | kind::INT64 => {
                self.fmt_int_verb(arg, v.int() as u64, true, verb)
            }
            kind::UINT
            | kind::UINT8
            | kind::UINT16
            | kind::UINT32
            | kind::UINT64
            | kind::UINTPTR => self.fmt_int_verb(arg, v.uint(), false, verb),
            kind::FLOAT32 => self.fmt_float_verb(arg, v.float(), 32, verb),
            kind::FLOAT64 => self.fmt_float_verb(arg, v.float(), 64, verb),
            kind::COMPLEX64 => {
                let (re, im) = v.complex();
                self.fmt_complex(arg, re, im, 64, verb)
            }
            kind::COMPLEX128 => {
                let (re, im) = v.complex();
                self.fmt_complex(arg, re, im, 128, verb)
            }
            kind::STRING => self.fmt_string(arg, v.string(), verb),
            kind::MAP => self.print_map(v, verb, depth),
            kind::STRUCT => self.print_struct(v, verb, depth),
            kind::INTERFACE => match v.elem_iface() {
                None => {
                    if self.f.sharp_v {
                        self.buf.extend_from_slice(v.typ.name().as_bytes());
                        self.buf.extend_from_slice(NIL_PAREN);
                    } else {
                        self.buf.extend_from_slice(NIL_ANGLE);
                    }
                }
                Some(e) => self.print_value(e, verb, depth + 1),
            },
            kind::ARRAY | kind::SLICE => {
                if matches!(char::from_u32(verb), Some('s' | 'q' | 'x' | 'X'))
                    && elem_of(v.typ).kind() == kind::UINT8
                {
                    let b = v.bytes();
                    return self.fmt_bytes(b, verb, v.typ.name(), Some(v));
                }
                self.print_list(v, verb, depth)
            }
            kind::POINTER => {
                // A pointer at top level to an array, slice, struct or map
                // prints as & and the pointee.
                if depth == 0 && v.word() != 0 {
                    let elem = elem_of(v.typ);
                    if matches!(
                        elem.kind(),
                        kind::ARRAY | kind::SLICE | kind::STRUCT | kind::MAP
                    ) {
                        self.buf.push(b'&');
                        let pointee = Val {
                            typ: elem,
                            ptr: v.word() as *const u8,
                            ro: v.ro,
                        };
                        return self.print_value(pointee, verb, depth + 1);
                    }
                }
                self.fmt_pointer(v, verb)
            }
            kind::CHAN | kind::FUNC | kind::UNSAFE_POINTER => self.fmt_pointer(v, verb),
            _ => {
                // Go's unknownType.
                self.buf.push(b'?');
                self.buf.extend_from_slice(v.typ.name().as_bytes());
                self.buf.push(b'?');
            }
        }
    }

    /// Arrays and slices, element by element.
    fn print_list(&mut self, v: Val, verb: u32, depth: usize) {
        let n = v.len();
        if self.f.sharp_v {
            self.buf.extend_from_slice(v.typ.name().as_bytes());
            if v.kind() == kind::SLICE && v.slice().ptr.is_null() {
                self.buf.extend_from_slice(NIL_PAREN);
                return;
            }
            self.buf.push(b'{');
            for i in 0..n {
                if i > 0 {
                    self.buf.extend_from_slice(b", ");
                }
                self.print_value(v.index(i), verb, depth + 1);
            }
            self.buf.push(b'}');
        } else {
            self.buf.push(b'[');
            for i in 0..n {
                if i > 0 {
                    self.buf.push(b' ');
                }
                self.print_value(v.index(i), verb, depth + 1);
            }
            self.buf.push(b']');
        }
    }

    fn print_struct(&mut self, v: Val, verb: u32, depth: usize) {
        if self.f.sharp_v {
            self.buf.extend_from_slice(v.typ.name().as_bytes());
        }
        self.buf.push(b'{');
        for (i, field) in v.typ.struct_fields().iter().enumerate() {
            if i > 0 {
                if self.f.sharp_v {
                    self.buf.extend_from_slice(b", ");
                } else {
                    self.buf.push(b' ');
                }
            }
            let name = unsafe { field.name.as_bytes() };
            if (self.f.plus_v || self.f.sharp_v) && !name.is_empty() {
                self.buf.extend_from_slice(name);
                self.buf.push(b':');
            }
            let Some(ft) = (unsafe { field.typ.as_ref() }) else {
                continue;
            };
            let fv = Val {
                typ: ft,
                ptr: v.ptr.wrapping_add(field.offset),
                ro: v.ro || !is_exported(name),
            };
            // Go's getField: a non-nil interface field prints as its
            // dynamic value (so %#v shows the dynamic type).
            let fv = if ft.kind() == kind::INTERFACE {
                fv.elem_iface().unwrap_or(fv)
            } else {
                fv
            };
            self.print_value(fv, verb, depth + 1);
        }
        self.buf.push(b'}');
    }

    fn print_map(&mut self, v: Val, verb: u32, depth: usize) {
        let m = v.word() as *const u8;
        if self.f.sharp_v {
            self.buf.extend_from_slice(v.typ.name().as_bytes());
            if m.is_null() {
                self.buf.extend_from_slice(NIL_PAREN);
                return;
            }
            self.buf.push(b'{');
        } else {
            self.buf.extend_from_slice(b"map[");
        }
        let entries = maps::sorted_entries(v);
        for (i, (k, e)) in entries.iter().enumerate() {
            if i > 0 {
                if self.f.sharp_v {
                    self.buf.extend_from_slice(b", ");
                } else {
                    self.buf.push(b' ');
                }
            }
            self.print_value(*k, verb, depth + 1);
            self.buf.push(b':');
            self.print_value(*e, verb, depth + 1);
        }
        self.buf.push(if self.f.sharp_v { b'}' } else { b']' });
    }

    // --- Print, Println, Printf --------------------------------------------------

    /// Go's `doPrint`: spaces between operands when neither is a string.
    pub fn do_print(&mut self, a: &[Eface]) {
        let mut prev_string = false;
        for (i, e) in a.iter().enumerate() {
            let arg = unsafe { goabi::eface_val(e) };
            let is_string = arg.is_some_and(|v| v.kind() == kind::STRING);
            if i > 0 && !is_string && !prev_string {
                self.buf.push(b' ');
            }
            self.print_arg(arg, 'v' as u32);
            prev_string = is_string;
        }
    }

    /// Go's `doPrintln`: spaces between all operands, and a newline.
    pub fn do_println(&mut self, a: &[Eface]) {
        for (i, e) in a.iter().enumerate() {
            if i > 0 {
                self.buf.push(b' ');
            }
            let arg = unsafe { goabi::eface_val(e) };
            self.print_arg(arg, 'v' as u32);
        }
        self.buf.push(b'\n');
    }

    /// `%[n]`: an explicit argument index at `format[i..]`.
    fn arg_number(
        &mut self,
        arg_num: usize,
        format: &[u8],
        i: usize,
        num_args: usize,
    ) -> (usize, usize, bool) {
        if format.len() <= i || format[i] != b'[' {
            return (arg_num, i, false);
        }
        self.reordered = true;
        let (index, wid, ok) = parse_arg_number(&format[i..]);
        if ok && 0 <= index && (index as usize) < num_args {
            return (index as usize, i + wid, true);
        }
        self.good_arg_num = false;
        (arg_num, i + wid, ok)
    }

    /// Go's `doPrintf`.
    pub fn do_printf(&mut self, format: &[u8], a: &[Eface]) {
        let end = format.len();
        let mut arg_num = 0usize;
        let mut after_index;
        self.reordered = false;
        let arg = |n: usize| unsafe { goabi::eface_val(&a[n]) };
        let mut i = 0;
        'format_loop: while i < end {
            self.good_arg_num = true;
            let lasti = i;
            while i < end && format[i] != b'%' {
                i += 1;
            }
            if i > lasti {
                self.buf.extend_from_slice(&format[lasti..i]);
            }
            if i >= end {
                break;
            }
            i += 1; // skip %
            self.clear_flags();
            // Flags, and a fast path for a simple verb right after them.
            while i < end {
                let c = format[i];
                match c {
                    b'#' => self.f.sharp = true,
                    b'0' => self.f.zero = true,
                    b'+' => self.f.plus = true,
                    b'-' => self.f.minus = true,
                    b' ' => self.f.space = true,
                    _ => {
                        if c.is_ascii_lowercase() && arg_num < a.len() {
                            if c == b'w' {
                                self.wrapped.push(arg_num);
                            }
                            if c == b'v' || c == b'w' {
                                self.f.sharp_v = self.f.sharp;
                                self.f.sharp = false;
                                self.f.plus_v = self.f.plus;
                                self.f.plus = false;
                            }
                            self.print_arg(arg(arg_num), u32::from(c));
                            arg_num += 1;
                            i += 1;
                            continue 'format_loop;
                        }
                        break;
                    }
                }
                i += 1;
            }

            // Argument index, then width.
            (arg_num, i, after_index) = self.arg_number(arg_num, format, i, a.len());
            if i < end && format[i] == b'*' {
                i += 1;
                let (w, ok, n) = int_from_arg(a, arg_num);
                (self.f.wid, self.f.wid_present, arg_num) = (w, ok, n);
                if !self.f.wid_present {
                    self.buf.extend_from_slice(b"%!(BADWIDTH)");
                }
                // A negative width means left-justify.
                if self.f.wid < 0 {
                    self.f.wid = -self.f.wid;
                    self.f.minus = true;
                    self.f.zero = false;
                }
                after_index = false;
            } else {
                let (w, ok, ni) = parsenum(format, i, end);
                (self.f.wid, self.f.wid_present, i) = (w, ok, ni);
                if after_index && self.f.wid_present {
                    // "%[3]2d"
                    self.good_arg_num = false;
                }
            }

            // Precision.
            if i + 1 < end && format[i] == b'.' {
                i += 1;
                if after_index {
                    // "%[3].2d"
                    self.good_arg_num = false;
                }
                (arg_num, i, after_index) = self.arg_number(arg_num, format, i, a.len());
                if i < end && format[i] == b'*' {
                    i += 1;
                    let (p, ok, n) = int_from_arg(a, arg_num);
                    (self.f.prec, self.f.prec_present, arg_num) = (p, ok, n);
                    // A negative precision means none.
                    if self.f.prec < 0 {
                        self.f.prec = 0;
                        self.f.prec_present = false;
                    }
                    if !self.f.prec_present {
                        self.buf.extend_from_slice(b"%!(BADPREC)");
                    }
                    after_index = false;
                } else {
                    let (p, ok, ni) = parsenum(format, i, end);
                    (self.f.prec, self.f.prec_present, i) = (p, ok, ni);
                    if !self.f.prec_present {
                        self.f.prec = 0;
                        self.f.prec_present = true;
                    }
                }
            }

            if !after_index {
                // An index right before the verb ("%[2]d"); whether there
                // was one no longer matters after this point.
                (arg_num, i, _) = self.arg_number(arg_num, format, i, a.len());
            }

            if i >= end {
                self.buf.extend_from_slice(b"%!(NOVERB)");
                break;
            }

            let (verb, size) = match format[i] {
                c if c < 0x80 => (u32::from(c), 1),
                _ => decode_rune(&format[i..]),
            };
            i += size;

            if verb == '%' as u32 {
                // %% takes no operand and ignores width and precision.
                self.buf.push(b'%');
            } else if !self.good_arg_num {
                self.buf.extend_from_slice(PERCENT_BANG);
                self.write_verb(verb);
                self.buf.extend_from_slice(b"(BADINDEX)");
            } else if arg_num >= a.len() {
                self.buf.extend_from_slice(PERCENT_BANG);
                self.write_verb(verb);
                self.buf.extend_from_slice(b"(MISSING)");
            } else {
                if verb == 'w' as u32 {
                    self.wrapped.push(arg_num);
                }
                if verb == 'v' as u32 || verb == 'w' as u32 {
                    self.f.sharp_v = self.f.sharp;
                    self.f.sharp = false;
                    self.f.plus_v = self.f.plus;
                    self.f.plus = false;
                }
                self.print_arg(arg(arg_num), verb);
                arg_num += 1;
            }
        }

        // Leftover operands, unless the format chose them by index.
        if !self.reordered && arg_num < a.len() {
            self.clear_flags();
            self.buf.extend_from_slice(b"%!(EXTRA ");
            for (k, e) in a[arg_num..].iter().enumerate() {
                if k > 0 {
                    self.buf.extend_from_slice(b", ");
                }
                match unsafe { goabi::eface_val(e) } {
                    None => self.buf.extend_from_slice(NIL_ANGLE),
                    Some(v) => {
                        self.buf.extend_from_slice(v.typ.name().as_bytes());
                        self.buf.push(b'=');
                        self.print_arg(Some(v), 'v' as u32);
                    }
                }
            }
            self.buf.push(b')');
        }
    }
}

/// A struct field's name is exported if it starts with an upper-case letter.
fn is_exported(name: &[u8]) -> bool {
    let (r, _) = decode_rune(name);
    char::from_u32(r).is_some_and(char::is_uppercase)
}

/// Go's `tooLarge`: widths and precisions beyond a million are refused.
fn too_large(x: i64) -> bool {
    !(-1_000_000..=1_000_000).contains(&x)
}

/// Go's `parsenum`: a decimal number in `s[start..end]`.
fn parsenum(s: &[u8], start: usize, end: usize) -> (i64, bool, usize) {
    if start >= end {
        return (0, false, end);
    }
    let mut num: i64 = 0;
    let mut isnum = false;
    let mut i = start;
    while i < end && s[i].is_ascii_digit() {
        if too_large(num) {
            return (0, false, end); // overflow
        }
        num = num * 10 + i64::from(s[i] - b'0');
        isnum = true;
        i += 1;
    }
    (num, isnum, i)
}

/// Go's `parseArgNumber`: `[n]` at the start of `s`, as a zero-based
/// index, the bytes it takes, and whether it is well-formed.
fn parse_arg_number(s: &[u8]) -> (i64, usize, bool) {
    if s.len() < 3 {
        return (0, 1, false);
    }
    for i in 1..s.len() {
        if s[i] == b']' {
            let (width, ok, newi) = parsenum(s, 1, i);
            if !ok || newi != i {
                return (0, i + 1, false);
            }
            return (width - 1, i + 1, true);
        }
    }
    (0, 1, false)
}

/// Go's `intFromArg`: operand `arg_num` as a `*` width or precision.
fn int_from_arg(a: &[Eface], arg_num: usize) -> (i64, bool, usize) {
    if arg_num >= a.len() {
        return (0, false, arg_num);
    }
    let mut num = 0i64;
    let mut is_int = false;
    if let Some(v) = unsafe { goabi::eface_val(&a[arg_num]) } {
        match v.kind() {
            kind::INT | kind::INT8 | kind::INT16 | kind::INT32 | kind::INT64 => {
                num = v.int();
                is_int = true;
            }
            kind::UINT
            | kind::UINT8
            | kind::UINT16
            | kind::UINT32
            | kind::UINT64
            | kind::UINTPTR => {
                let n = v.uint();
                if (n as i64) >= 0 {
                    num = n as i64;
                    is_int = true;
                }
            }
            _ => {}
        }
    }
    if too_large(num) {
        num = 0;
        is_int = false;
    }
    (num, is_int, arg_num + 1)
}
