//! The `fmt.State` a `Formatter`'s `Format` method receives: an interface
//! value whose data word points at the [`Printer`] and whose itab lists
//! the printer's methods in the interface's order (sorted by name: Flag,
//! Precision, Width, Write), as Go's `*pp` implements it.
//!
//! The dynamic type is described by `pp_type()` (`*fmt.pp`, with its
//! method set Flag, Precision, Width, Write, WriteString), so that code in
//! `Format` may assert the State to other interfaces (`io.StringWriter`).
//! The methods' signature descriptors are not filled in (`mtyp` null): a
//! type assertion that compares signatures must accept these by name.
//!
//! Invariant: the State is valid only during the `Format` call: its data
//! word points at a printer on the native's stack.

use super::print::Printer;
use crate::goabi::Ret3;
use gorun_runtime::runtime2::G;
use gorun_runtime::types::{GoString, Method, Type, Uncommon, kind, tflag};
use std::sync::OnceLock;

/// An itab for `fmt.State` with its four methods.
#[repr(C)]
struct StateItab {
    inter: *const Type,
    typ: *const Type,
    hash: u32,
    fun: [*const u8; 4],
}

unsafe impl Sync for StateItab {}
unsafe impl Send for StateItab {}

/// Two words returned in registers.
#[repr(C)]
pub struct Pair(pub u64, pub u64);

extern "C" fn pp_flag(_g: *mut G, _ctx: *const u8, p: *mut Printer, c: i64) -> u64 {
    // SAFETY: p is the printer of the running Format call (module invariant).
    let f = unsafe { (*p).f };
    let r = match u8::try_from(c).unwrap_or(0) {
        b'-' => f.minus,
        b'+' => f.plus || f.plus_v,
        b'#' => f.sharp || f.sharp_v,
        b' ' => f.space,
        b'0' => f.zero,
        _ => false,
    };
    u64::from(r)
}

extern "C" fn pp_precision(_g: *mut G, _ctx: *const u8, p: *mut Printer) -> Pair {
    let f = unsafe { (*p).f };
    Pair(f.prec as u64, u64::from(f.prec_present))
}

extern "C" fn pp_width(_g: *mut G, _ctx: *const u8, p: *mut Printer) -> Pair {
    let f = unsafe { (*p).f };
    Pair(f.wid as u64, u64::from(f.wid_present))
}

extern "C" fn pp_write(
    _g: *mut G,
    _ctx: *const u8,
    ret: *mut Ret3,
    p: *mut Printer,
    ptr: *const u8,
    len: isize,
    _cap: isize,
) {
    let b = unsafe { GoString { ptr, len }.as_bytes() };
    unsafe {
        (*p).buf.extend_from_slice(b);
        *ret = [len.max(0) as u64, 0, 0];
    }
}

extern "C" fn pp_write_string(
    _g: *mut G,
    _ctx: *const u8,
    ret: *mut Ret3,
    p: *mut Printer,
    ptr: *const u8,
    len: isize,
) {
    pp_write(_g, _ctx, ret, p, ptr, len, len)
}

const fn method(name: &'static str, f: *const u8) -> Method {
    Method {
        name: GoString::from_static(name),
        pkg_path: GoString::EMPTY,
        mtyp: std::ptr::null(),
        ifn: f,
        tfn: f,
    }
}

static PP_METHODS: [Method; 5] = [
    method("Flag", pp_flag as *const u8),
    method("Precision", pp_precision as *const u8),
    method("Width", pp_width as *const u8),
    method("Write", pp_write as *const u8),
    method("WriteString", pp_write_string as *const u8),
];

static PP_UNCOMMON: Uncommon = Uncommon {
    pkg_path: GoString::from_static("fmt"),
    methods: PP_METHODS.as_ptr(),
    mcount: PP_METHODS.len(),
};

const PP_NAME: &str = "*fmt.pp";

/// `*fmt.pp`: the printer as a Go type. Built at first use: a descriptor
/// holds its uncommon data as an address, which a static cannot.
fn pp_type() -> &'static Type {
    static T: OnceLock<&'static Type> = OnceLock::new();
    T.get_or_init(|| {
        Box::leak(Box::new(Type {
            size: 8,
            ptrdata: 8,
            hash: 0x6670_7070,
            tflag: tflag::UNCOMMON,
            align: 8,
            field_align: 8,
            kind: kind::POINTER | gorun_runtime::types::KIND_DIRECT_IFACE,
            equal: None,
            gcdata: std::ptr::null(),
            hashfn: None,
            name: PP_NAME.as_ptr(),
            name_len: PP_NAME.len(),
            elem: std::ptr::null(),
            reserved: [0, 0, &PP_UNCOMMON as *const Uncommon as usize, 0],
        }))
    })
}

fn state_itab() -> &'static StateItab {
    static TAB: OnceLock<StateItab> = OnceLock::new();
    TAB.get_or_init(|| StateItab {
        inter: std::ptr::null(),
        typ: pp_type(),
        hash: 0x6670_7070,
        fun: [
            pp_flag as *const u8,
            pp_precision as *const u8,
            pp_width as *const u8,
            pp_write as *const u8,
        ],
    })
}

type FormatMethod = extern "C" fn(*mut G, *const u8, *mut u8, *const StateItab, *mut Printer, i64);

/// Calls `Format(state, verb)` on the receiver word `recv`.
pub(crate) fn call_format(p: &mut Printer, m: &Method, recv: *mut u8, verb: u32) {
    let g = p.g;
    let pp: *mut Printer = p;
    // SAFETY: find_method checked Format's signature (fmt.State, rune);
    // the State's data word is the printer, alive for the call.
    let f: FormatMethod = unsafe { std::mem::transmute(m.ifn) };
    f(g, std::ptr::null(), recv, state_itab(), pp, i64::from(verb));
}
