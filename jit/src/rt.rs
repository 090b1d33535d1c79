//! The runtime entry points compiled code calls, with their machine
//! signatures (System V; `g` first, as `gorun_runtime::abi` documents).
//!
//! Invariant: every signature here matches the `extern "C"` definition in
//! the runtime; the addresses are resolved by name through [`address`]
//! (the JIT module's symbol lookup, an image's outside references), so no
//! symbol is looked up in the process.

use crate::rtglue as glue;
use cranelift_codegen::ir::{Type as ClType, types::*};
use gorun_runtime as rt;

pub struct RtFn {
    pub name: &'static str,
    pub params: &'static [ClType],
    pub returns: &'static [ClType],
}

macro_rules! rtfns {
    ($( $name:ident : ($($p:ident),*) -> ($($r:ident),*) = $path:path ;)*) => {
        /// Every runtime entry point, by name.
        pub fn all() -> Vec<RtFn> {
            vec![ $( RtFn {
                name: stringify!($name),
                params: &[$($p),*],
                returns: &[$($r),*],
            } ),* ]
        }

        /// The address of the runtime entry point `name` (no list built:
        /// image loading asks once per reference).
        pub fn address(name: &str) -> Option<*const u8> {
            match name {
                $( stringify!($name) => Some($path as *const u8), )*
                _ => None,
            }
        }
    };
}

rtfns! {
    gorun_morestack: (I64, I64) -> (I64) = rt::abi::gorun_morestack;
    gorun_call_on_new_stack: (I64, I64, I64, I64) -> () = rt::abi::gorun_call_on_new_stack;
    gorun_newproc: (I64, I64) -> () = rt::abi::gorun_newproc;
    gorun_mallocgc: (I64, I64, I64, I8) -> (I64) = rt::abi::gorun_mallocgc;
    gorun_gosched: (I64) -> () = rt::abi::gorun_gosched;
    gorun_makechan: (I64, I64, I64) -> (I64) = rt::abi::gorun_makechan;
    gorun_chansend: (I64, I64, I64, I8) -> (I8) = rt::abi::gorun_chansend;
    gorun_chanrecv: (I64, I64, I64, I8) -> (I64) = rt::abi::gorun_chanrecv;
    gorun_closechan: (I64, I64) -> () = rt::abi::gorun_closechan;
    gorun_chanlen: (I64, I64) -> (I64) = rt::abi::gorun_chanlen;
    gorun_chancap: (I64, I64) -> (I64) = rt::abi::gorun_chancap;
    gorun_selectgo: (I64, I64, I64, I64, I64, I8) -> (I64) = rt::abi::gorun_selectgo;
    gorun_printlock: (I64) -> () = rt::print::gorun_printlock;
    gorun_printunlock: (I64) -> () = rt::print::gorun_printunlock;
    gorun_printsp: (I64) -> () = rt::print::gorun_printsp;
    gorun_printnl: (I64) -> () = rt::print::gorun_printnl;
    gorun_printbool: (I64, I64) -> () = rt::print::gorun_printbool;
    gorun_printint: (I64, I64) -> () = rt::print::gorun_printint;
    gorun_printuint: (I64, I64) -> () = rt::print::gorun_printuint;
    gorun_printhex: (I64, I64) -> () = rt::print::gorun_printhex;
    gorun_printpointer: (I64, I64) -> () = rt::print::gorun_printpointer;
    gorun_printfloat64: (I64, F64) -> () = rt::print::gorun_printfloat64;
    gorun_printfloat32: (I64, F32) -> () = rt::print::gorun_printfloat32;
    gorun_printcomplex128: (I64, F64, F64) -> () = rt::print::gorun_printcomplex128;
    gorun_complex128div: (F64, F64, F64, F64) -> (F64, F64) = rt::complex::gorun_complex128div;
    gorun_printcomplex64: (I64, F32, F32) -> () = rt::print::gorun_printcomplex64;
    gorun_printstring: (I64, I64, I64) -> () = rt::print::gorun_printstring;
    gorun_printslice: (I64, I64, I64, I64) -> () = rt::print::gorun_printslice;
    gorun_printiface: (I64, I64, I64) -> () = rt::print::gorun_printiface;
    gorun_panic_bounds: (I64, I64, I64, I64, I64) -> () = rt::panic::gorun_panic_bounds;
    gorun_panic_divide: (I64) -> () = rt::panic::gorun_panic_divide;
    gorun_panic_nil: (I64) -> () = rt::panic::gorun_panic_nil;
    gorun_throw_pruned: (I64, I64, I64) -> () = rt::panic::gorun_throw_pruned;
    gorun_panic_shift: (I64) -> () = rt::panic::gorun_panic_shift;
    gorun_panic_unsafe: (I64, I64) -> () = rt::panic::gorun_panic_unsafe;
    gorun_panicrangestate: (I64, I64) -> () = rt::panic::gorun_panicrangestate;
    gorun_panic_value: (I64, I64, I64) -> () = rt::panic::gorun_panic_value;
    gorun_gopanic: (I64, I64, I64) -> () = rt::panic::gorun_gopanic;
    gorun_deferproc: (I64, I64, I64, I64) -> () = rt::panic::gorun_deferproc;
    gorun_deferreturn: (I64, I64) -> () = rt::panic::gorun_deferreturn;
    gorun_deferrangefunc: (I64, I64, I64) -> (I64) = rt::panic::gorun_deferrangefunc;
    gorun_deferprocat: (I64, I64, I64) -> () = rt::panic::gorun_deferprocat;
    gorun_recover: (I64, I64) -> (I64, I64) = rt::panic::gorun_recover;
    gorun_concatstrings: (I64, I64, I64, I64) -> (I64, I64) = rt::abi::gorun_concatstrings;
    gorun_strequal: (I64, I64, I64, I64) -> (I8) = glue::gorun_strequal;
    gorun_cmpstring: (I64, I64, I64, I64, I64) -> (I64) = rt::abi::gorun_cmpstring;
    gorun_stringtoslicebyte: (I64, I64, I64, I64) -> (I64, I64) = rt::abi::gorun_stringtoslicebyte;
    gorun_stringtoslicerune: (I64, I64, I64, I64, I64) -> () = rt::abi::gorun_stringtoslicerune;
    gorun_slicebytetostring: (I64, I64, I64, I64) -> (I64, I64) = rt::abi::gorun_slicebytetostring;
    gorun_slicerunetostring: (I64, I64, I64, I64) -> (I64, I64) = rt::abi::gorun_slicerunetostring;
    gorun_intstring: (I64, I64, I64) -> (I64, I64) = rt::abi::gorun_intstring;
    gorun_decoderune: (I64, I64, I64, I64) -> (I64, I64) = rt::abi::gorun_decoderune;
    gorun_makeslice: (I64, I64, I64, I64) -> (I64) = rt::abi::gorun_makeslice;
    gorun_growslice: (I64, I64, I64, I64, I64, I64) -> (I64, I64) = rt::abi::gorun_growslice;
    gorun_getitab: (I64, I64, I64) -> (I64) = glue::gorun_getitab;
    gorun_efaceeq: (I64, I64, I64, I64, I64) -> (I8) = glue::gorun_efaceeq;
    gorun_panic_assert: (I64, I64, I64, I64) -> () = glue::gorun_panic_assert;
    gorun_makemap: (I64, I64, I64) -> (I64) = rt::abi::gorun_makemap;
    gorun_makemap_small: (I64) -> (I64) = rt::abi::gorun_makemap_small;
    gorun_mapaccess1: (I64, I64, I64, I64) -> (I64) = rt::abi::gorun_mapaccess1;
    gorun_mapaccess2: (I64, I64, I64, I64) -> (I64, I64) = rt::abi::gorun_mapaccess2;
    gorun_mapaccess1_fat: (I64, I64, I64, I64, I64) -> (I64) = rt::abi::gorun_mapaccess1_fat;
    gorun_mapaccess2_fat: (I64, I64, I64, I64, I64) -> (I64, I64) = rt::abi::gorun_mapaccess2_fat;
    gorun_mapassign: (I64, I64, I64, I64) -> (I64) = rt::abi::gorun_mapassign;
    gorun_mapdelete: (I64, I64, I64, I64) -> () = rt::abi::gorun_mapdelete;
    gorun_mapclear: (I64, I64, I64) -> () = rt::abi::gorun_mapclear;
    gorun_mapclone: (I64, I64, I64) -> (I64) = rt::abi::gorun_mapclone;
    gorun_mapiterinit: (I64, I64, I64, I64) -> () = rt::abi::gorun_mapiterinit;
    gorun_mapiternext: (I64, I64) -> () = rt::abi::gorun_mapiternext;
    gorun_mapaccess1_fast64: (I64, I64, I64, I64) -> (I64) = rt::abi::gorun_mapaccess1_fast64;
    gorun_mapaccess2_fast64: (I64, I64, I64, I64) -> (I64, I64) = rt::abi::gorun_mapaccess2_fast64;
    gorun_mapassign_fast64: (I64, I64, I64, I64) -> (I64) = rt::abi::gorun_mapassign_fast64;
    gorun_mapdelete_fast64: (I64, I64, I64, I64) -> () = rt::abi::gorun_mapdelete_fast64;
    gorun_mapaccess1_fast32: (I64, I64, I64, I64) -> (I64) = rt::abi::gorun_mapaccess1_fast32;
    gorun_mapaccess2_fast32: (I64, I64, I64, I64) -> (I64, I64) = rt::abi::gorun_mapaccess2_fast32;
    gorun_mapassign_fast32: (I64, I64, I64, I64) -> (I64) = rt::abi::gorun_mapassign_fast32;
    gorun_mapdelete_fast32: (I64, I64, I64, I64) -> () = rt::abi::gorun_mapdelete_fast32;
    gorun_mapaccess1_faststr: (I64, I64, I64, I64, I64) -> (I64) = rt::abi::gorun_mapaccess1_faststr;
    gorun_mapaccess2_faststr: (I64, I64, I64, I64, I64) -> (I64, I64) = rt::abi::gorun_mapaccess2_faststr;
    gorun_mapassign_faststr: (I64, I64, I64, I64, I64) -> (I64) = rt::abi::gorun_mapassign_faststr;
    gorun_mapdelete_faststr: (I64, I64, I64, I64, I64) -> () = rt::abi::gorun_mapdelete_faststr;
}
