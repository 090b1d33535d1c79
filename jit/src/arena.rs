//! The JIT's memory: one reservation, at a fixed address when the system
//! allows it, cut into segments of code, read-only data and writable data.
//!
//! One reservation keeps every function and data object within ±2 GiB of
//! the others, so colocated references are 32-bit PC-relative however many
//! finalizations follow (REPL lines, lazily compiled packages). A fixed
//! address makes a compiled program's image position-exact: saved after
//! compilation, the same bytes mapped at the same address in another
//! process are the same program, once the few references outside it (the
//! runtime's entry points, the natives) are patched (`cache.rs`).
//!
//! Invariant: segments are laid out in allocation order from the base and
//! never move; a finalized segment is never written again (later
//! allocations of its kind open a new segment).

use std::io;
use std::sync::{Arc, Mutex};

use cranelift_jit::{JITMemoryKind, JITMemoryProvider};
use cranelift_module::ModuleResult;

/// Where the arena is reserved: 256 GiB, below the Go heap's first hint
/// (0xc000000000, `runtime/src/mheap.rs`) and far from where Linux puts
/// binaries, libraries and anonymous mappings.
pub const FIXED_BASE: usize = 0x40_0000_0000;

/// The reservation's size: address space only, committed as used.
pub const ARENA_BYTES: usize = 1 << 30;

const PAGE: usize = 4096;

/// What a segment holds, and so its protection once finalized.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Prot {
    Code,
    ReadOnly,
    ReadWrite,
}

impl Prot {
    pub fn native(self) -> i32 {
        match self {
            Prot::Code => libc::PROT_READ | libc::PROT_EXEC,
            Prot::ReadOnly => libc::PROT_READ,
            Prot::ReadWrite => libc::PROT_READ | libc::PROT_WRITE,
        }
    }

    pub fn from_u8(b: u8) -> Option<Prot> {
        [Prot::Code, Prot::ReadOnly, Prot::ReadWrite]
            .get(b as usize)
            .copied()
    }
}

#[derive(Clone, Debug)]
pub struct Segment {
    pub start: usize,
    /// Committed (page-rounded) length.
    pub len: usize,
    /// Bytes handed out.
    used: usize,
    pub prot: Prot,
    finalized: bool,
}

/// The arena's bookkeeping, shared between the module's provider and the
/// unit that saves images.
pub struct ArenaState {
    pub base: usize,
    /// Whether `base` is [`FIXED_BASE`]: only then is an image reusable.
    pub fixed: bool,
    position: usize,
    pub segments: Vec<Segment>,
}

/// The memory provider given to the JIT module.
pub struct FixedArena(pub Arc<Mutex<ArenaState>>);

/// Reserves `len` bytes of address space at `at` (exactly there, or
/// nowhere), or anywhere when `at` is 0.
pub fn reserve(at: usize, len: usize) -> Option<usize> {
    let flags = libc::MAP_PRIVATE
        | libc::MAP_ANONYMOUS
        | libc::MAP_NORESERVE
        | if at != 0 {
            libc::MAP_FIXED_NOREPLACE
        } else {
            0
        };
    // SAFETY: a fresh anonymous mapping; MAP_FIXED_NOREPLACE never
    // replaces an existing one.
    let p = unsafe { libc::mmap(at as *mut libc::c_void, len, libc::PROT_NONE, flags, -1, 0) };
    if p == libc::MAP_FAILED {
        return None;
    }
    if at != 0 && p as usize != at {
        // A kernel before 4.17 takes the flag as a hint.
        // SAFETY: unmapping what was just mapped.
        unsafe { libc::munmap(p, len) };
        return None;
    }
    Some(p as usize)
}

/// Sets the protection of `[start, start+len)`, page-aligned.
pub fn protect(start: usize, len: usize, prot: i32) -> io::Result<()> {
    // SAFETY: the range lies in the arena's reservation.
    if unsafe { libc::mprotect(start as *mut libc::c_void, len, prot) } != 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

impl FixedArena {
    /// Reserves the arena, at [`FIXED_BASE`] if free.
    pub fn new() -> io::Result<FixedArena> {
        let (base, fixed) = match reserve(FIXED_BASE, ARENA_BYTES) {
            Some(b) => (b, true),
            None => (
                reserve(0, ARENA_BYTES).ok_or_else(io::Error::last_os_error)?,
                false,
            ),
        };
        Ok(FixedArena(Arc::new(Mutex::new(ArenaState {
            base,
            fixed,
            position: 0,
            segments: Vec::new(),
        }))))
    }
}

impl ArenaState {
    fn allocate(&mut self, size: usize, align: usize, prot: Prot) -> io::Result<*mut u8> {
        assert!(align <= PAGE, "alignment over a page");
        let fits = |s: &Segment| {
            let at = s.used.next_multiple_of(align);
            (at + size <= s.len).then_some(at)
        };
        // The last open segment of this kind, grown if it is the last.
        let last = self.segments.len().wrapping_sub(1);
        for (i, s) in self.segments.iter_mut().enumerate() {
            if s.prot != prot || s.finalized {
                continue;
            }
            if let Some(at) = fits(s) {
                s.used = at + size;
                return Ok((s.start + at) as *mut u8);
            }
            if i == last {
                let at = s.used.next_multiple_of(align);
                let grow = (at + size - s.len).next_multiple_of(PAGE);
                if self.position + grow > ARENA_BYTES {
                    break;
                }
                protect(s.start + s.len, grow, Prot::ReadWrite.native())?;
                s.len += grow;
                self.position += grow;
                s.used = at + size;
                return Ok((s.start + at) as *mut u8);
            }
        }
        let len = size.max(1).next_multiple_of(PAGE);
        if self.position + len > ARENA_BYTES {
            return Err(io::Error::other("JIT memory arena exhausted"));
        }
        let start = self.base + self.position;
        protect(start, len, Prot::ReadWrite.native())?;
        self.position += len;
        self.segments.push(Segment {
            start,
            len,
            used: size,
            prot,
            finalized: false,
        });
        Ok(start as *mut u8)
    }
}

impl JITMemoryProvider for FixedArena {
    fn allocate(&mut self, size: usize, align: u64, kind: JITMemoryKind) -> io::Result<*mut u8> {
        let prot = match kind {
            JITMemoryKind::Executable => Prot::Code,
            JITMemoryKind::ReadOnly => Prot::ReadOnly,
            JITMemoryKind::Writable => Prot::ReadWrite,
        };
        let mut st = self.0.lock().unwrap_or_else(|e| e.into_inner());
        st.allocate(size, align as usize, prot)
    }

    unsafe fn free_memory(&mut self) {
        let mut st = self.0.lock().unwrap_or_else(|e| e.into_inner());
        // Unmapped when the state goes, as an arena with nothing finalized.
        st.segments.clear();
        st.position = 0;
    }

    fn finalize(&mut self, _: cranelift_jit::BranchProtection) -> ModuleResult<()> {
        let mut st = self.0.lock().unwrap_or_else(|e| e.into_inner());
        for s in st.segments.iter_mut().filter(|s| !s.finalized) {
            // x86-64 keeps instruction and data caches coherent.
            protect(s.start, s.len, s.prot.native())
                .map_err(|e| cranelift_module::ModuleError::Allocation { err: e })?;
            s.finalized = true;
        }
        Ok(())
    }
}

impl Drop for ArenaState {
    /// An arena nothing was finalized in holds no live code (a compile
    /// abandoned to be tried again): give back the address range, so the
    /// next compile gets the fixed base. A finalized one lives as long as
    /// the process (the module is leaked with the program).
    fn drop(&mut self) {
        if self.segments.iter().all(|s| !s.finalized) {
            // SAFETY: nothing refers into an arena never finalized.
            unsafe { libc::munmap(self.base as *mut libc::c_void, ARENA_BYTES) };
        }
    }
}
