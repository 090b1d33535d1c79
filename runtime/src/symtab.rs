//! The table of compiled functions (Go's `symtab.go`): for each function
//! the JIT compiled, its code range, Go name, file and line table, and the
//! call sites that have a landing pad for recovering panics. Tracebacks
//! turn PCs into `main.f(...)` / `file:line`; the panic machinery finds
//! where to resume a frame whose deferred call recovered.
//!
//! Invariants:
//! - Functions never move or go away once registered (code lives as long
//!   as the program); registering more (a REPL's next line) only adds.
//! - Lookups take a read lock and never allocate, so they are safe on any
//!   stack, including while printing a fatal error.

use std::sync::RwLock;

/// A call site with a landing pad: where the frame continues when a
/// deferred call of the frame recovers while this call is in progress.
#[derive(Clone, Copy, Debug)]
pub struct CallSite {
    /// Offset of the return address from the function's entry.
    pub ret: u32,
    /// Distance from the frame pointer down to the stack pointer at the call.
    pub frame: u32,
    /// Offset of the landing pad from the function's entry.
    pub landing: u32,
}

/// One compiled function.
#[derive(Debug)]
pub struct Func {
    pub entry: usize,
    pub size: usize,
    /// Go's name: `main.main`, `main.(*T).M`, `main.main.func1`.
    pub name: &'static str,
    /// Whether it has parameters (a traceback prints `f(...)` or `f()`).
    pub has_params: bool,
    pub file: &'static str,
    /// (offset from entry, line) where each line's code starts, sorted.
    pub lines: Vec<(u32, u32)>,
    pub calls: Vec<CallSite>,
}

static FUNCS: RwLock<Vec<Func>> = RwLock::new(Vec::new());

/// Adds compiled functions to the table.
pub fn register(mut funcs: Vec<Func>) {
    let mut t = FUNCS.write().unwrap_or_else(|e| e.into_inner());
    t.append(&mut funcs);
    t.sort_by_key(|f| f.entry);
}

/// Calls `f` with the function containing `pc`, if any.
pub fn with_func<R>(pc: usize, f: impl FnOnce(&Func) -> R) -> Option<R> {
    let t = FUNCS.read().unwrap_or_else(|e| e.into_inner());
    let i = t.partition_point(|x| x.entry <= pc);
    let func = t.get(i.checked_sub(1)?)?;
    (pc < func.entry + func.size).then(|| f(func))
}

impl Func {
    /// The line of the code at `pc` (0 if unknown).
    pub fn line(&self, pc: usize) -> u32 {
        let off = (pc - self.entry) as u32;
        let i = self.lines.partition_point(|&(o, _)| o <= off);
        i.checked_sub(1).map(|i| self.lines[i].1).unwrap_or(0)
    }
}

/// The traceback's view of a PC.
pub fn symbolize(pc: usize) -> Option<crate::traceback::FrameInfo> {
    with_func(pc, |f| crate::traceback::FrameInfo {
        func: f.name,
        file: f.file,
        line: f.line(pc),
        entry: f.entry,
        has_params: f.has_params,
    })
}

/// Where a frame whose function starts at `entry` and whose frame pointer
/// is `fp` resumes: the landing pad of the call in progress in it, and the
/// stack pointer at that call.
///
/// # Safety
/// `fp` is the frame pointer of a live frame of that function, suspended
/// in a call.
pub unsafe fn landing(entry: usize, fp: usize) -> Option<(usize, usize)> {
    with_func(entry, |f| {
        f.calls.iter().find_map(|cs| {
            let sp = fp - cs.frame as usize;
            // The call pushed its return address just below its SP.
            let ret = unsafe { *((sp - 8) as *const usize) };
            (ret == f.entry + cs.ret as usize).then_some((f.entry + cs.landing as usize, sp))
        })
    })
    .flatten()
}
