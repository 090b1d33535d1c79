//! Images of compiled programs: what a compile leaves in memory, saved so
//! that another process can map it back instead of compiling again.
//!
//! The JIT arena sits at a fixed address (`arena.rs`), so a compiled
//! program's code and data are position-exact: every reference inside
//! them holds in any process that maps the same bytes at the same address.
//! What does not hold is recorded while compiling: the references to
//! symbols outside the arena (the runtime's entry points, the natives,
//! `runtime.zerobase`; the gorun binary moves with ASLR), patched on load.
//! Beside the bytes an image carries what the runtime is told after a
//! compile: the function table (names, lines, landing pads), the
//! `.eh_frame`, the descriptors of the runtime's panic values, and the
//! entry points.
//!
//! Invariants: an image is saved right after its compile, before the
//! program runs, so writable data holds its initial values; the compile
//! put nothing outside the arena that the code refers to (every address
//! of the process it embeds is one of the recorded references); a file
//! that does not parse, fails its checksum, or whose key differs, is
//! ignored, never trusted.

use std::io::{self, Write};
use std::path::Path;

use crate::arena::{self, Prot};

/// A reference from the arena to a symbol outside it.
#[derive(Clone, Debug, PartialEq)]
pub struct ExtReloc {
    /// The patched address.
    pub site: usize,
    pub kind: RelocKind,
    pub symbol: String,
    pub addend: i64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RelocKind {
    Abs8,
    Abs4,
    PcRel4,
}

/// A compiled function as the runtime's function table lists it.
#[derive(Clone, Debug, PartialEq)]
pub struct FuncRecord {
    pub entry: usize,
    pub size: usize,
    pub name: String,
    pub has_params: bool,
    pub file: String,
    pub lines: Vec<(u32, u32)>,
    /// (return address, frame size, landing pad), offsets from entry.
    pub calls: Vec<(u32, u32, u32)>,
}

/// Everything a compiled program is, outside the arena's bytes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Image {
    /// (address, length, kind) of each arena segment.
    pub segments: Vec<(usize, usize, Prot)>,
    pub relocs: Vec<ExtReloc>,
    pub funcs: Vec<FuncRecord>,
    pub eh_frame: Option<Vec<u8>>,
    /// errorString, plainError, boundsError, *PanicNilError,
    /// *TypeAssertionError.
    pub error_types: Option<[usize; 5]>,
    /// go.init, main.main, main's closure.
    pub entry: (usize, usize, usize),
}

const MAGIC: &[u8; 8] = b"GORUNIMG";
const VERSION: u32 = 1;

impl Image {
    /// Tells the runtime about the program: its functions, frames and panic
    /// value types.
    pub fn activate(&self) {
        let funcs = self
            .funcs
            .iter()
            .map(|f| gorun_runtime::symtab::Func {
                entry: f.entry,
                size: f.size,
                name: Box::leak(f.name.clone().into_boxed_str()),
                has_params: f.has_params,
                file: Box::leak(f.file.clone().into_boxed_str()),
                lines: f.lines.clone(),
                calls: f
                    .calls
                    .iter()
                    .map(|&(ret, frame, landing)| gorun_runtime::symtab::CallSite {
                        ret,
                        frame,
                        landing,
                    })
                    .collect(),
            })
            .collect();
        gorun_runtime::symtab::register(funcs);
        if let Some(eh) = &self.eh_frame {
            crate::unwind::register(eh);
        }
        if let Some([es, pe, be, pn, ta]) = self.error_types {
            let t = |a: usize| a as *const gorun_runtime::types::Type;
            gorun_runtime::panic::set_error_types(gorun_runtime::panic::ErrorTypes {
                error_string: t(es),
                plain_error: t(pe),
                bounds_error: t(be),
                panic_nil_error: t(pn),
                type_assertion_error: t(ta),
            });
        }
    }

    /// Writes the image and the arena's bytes to `path` (atomically: a
    /// temporary file renamed), under `key`.
    pub fn save(&self, path: &Path, key: &[u8]) -> io::Result<()> {
        let mut w = Vec::new();
        w.extend_from_slice(MAGIC);
        put32(&mut w, VERSION);
        put_bytes(&mut w, key);
        put64(&mut w, self.segments.len() as u64);
        for &(addr, len, prot) in &self.segments {
            put64(&mut w, addr as u64);
            put64(&mut w, len as u64);
            w.push(prot as u8);
            // SAFETY: a finalized segment of this process's arena, readable.
            let bytes = unsafe { std::slice::from_raw_parts(addr as *const u8, len) };
            w.extend_from_slice(bytes);
        }
        put64(&mut w, self.relocs.len() as u64);
        for r in &self.relocs {
            put64(&mut w, r.site as u64);
            w.push(r.kind as u8);
            put_bytes(&mut w, r.symbol.as_bytes());
            put64(&mut w, r.addend as u64);
        }
        put64(&mut w, self.funcs.len() as u64);
        for f in &self.funcs {
            put64(&mut w, f.entry as u64);
            put64(&mut w, f.size as u64);
            put_bytes(&mut w, f.name.as_bytes());
            w.push(f.has_params as u8);
            put_bytes(&mut w, f.file.as_bytes());
            put64(&mut w, f.lines.len() as u64);
            for &(o, l) in &f.lines {
                put32(&mut w, o);
                put32(&mut w, l);
            }
            put64(&mut w, f.calls.len() as u64);
            for &(a, b, c) in &f.calls {
                put32(&mut w, a);
                put32(&mut w, b);
                put32(&mut w, c);
            }
        }
        put_bytes(&mut w, self.eh_frame.as_deref().unwrap_or(&[]));
        match self.error_types {
            Some(ts) => {
                w.push(1);
                for t in ts {
                    put64(&mut w, t as u64);
                }
            }
            None => w.push(0),
        }
        for e in [self.entry.0, self.entry.1, self.entry.2] {
            put64(&mut w, e as u64);
        }
        let sum = checksum(&w);
        put64(&mut w, sum);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let tmp = path.with_extension(format!("tmp{}", std::process::id()));
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(&w)?;
        drop(f);
        std::fs::rename(&tmp, path)
    }

    /// Maps the image saved at `path` under `key` back at its addresses,
    /// patching its outside references with `resolve`; None (and nothing
    /// mapped) if there is none, it is damaged, its key differs, a symbol
    /// is unknown or the arena's address is taken.
    pub fn load(
        path: &Path,
        key: &[u8],
        resolve: &dyn Fn(&str) -> Option<*const u8>,
    ) -> Option<Image> {
        let data = std::fs::read(path).ok()?;
        // A file damaged anywhere (code included) is refused whole.
        let (body, sum) = data.split_at_checked(data.len().checked_sub(8)?)?;
        if checksum(body) != u64::from_le_bytes(sum.try_into().ok()?) {
            return None;
        }
        let data = body;
        let mut r = Reader { b: data, at: 0 };
        if r.take(8)? != MAGIC || r.u32()? != VERSION || r.bytes()? != key {
            return None;
        }
        let mut img = Image::default();
        let mut contents = Vec::new();
        for _ in 0..r.u64()? {
            let addr = r.u64()? as usize;
            let len = r.u64()? as usize;
            let prot = Prot::from_u8(r.u8()?)?;
            let bytes = r.take(len)?;
            let inside = addr >= arena::FIXED_BASE
                && addr.checked_add(len)? <= arena::FIXED_BASE + arena::ARENA_BYTES;
            if !inside || !addr.is_multiple_of(4096) || !len.is_multiple_of(4096) {
                return None;
            }
            img.segments.push((addr, len, prot));
            contents.push(bytes);
        }
        for _ in 0..r.u64()? {
            let site = r.u64()? as usize;
            let kind = match r.u8()? {
                0 => RelocKind::Abs8,
                1 => RelocKind::Abs4,
                2 => RelocKind::PcRel4,
                _ => return None,
            };
            let symbol = String::from_utf8(r.bytes()?.to_vec()).ok()?;
            let addend = r.u64()? as i64;
            img.relocs.push(ExtReloc {
                site,
                kind,
                symbol,
                addend,
            });
        }
        for _ in 0..r.u64()? {
            let entry = r.u64()? as usize;
            let size = r.u64()? as usize;
            let name = String::from_utf8(r.bytes()?.to_vec()).ok()?;
            let has_params = r.u8()? != 0;
            let file = String::from_utf8(r.bytes()?.to_vec()).ok()?;
            let mut lines = Vec::new();
            for _ in 0..r.u64()? {
                lines.push((r.u32()?, r.u32()?));
            }
            let mut calls = Vec::new();
            for _ in 0..r.u64()? {
                calls.push((r.u32()?, r.u32()?, r.u32()?));
            }
            img.funcs.push(FuncRecord {
                entry,
                size,
                name,
                has_params,
                file,
                lines,
                calls,
            });
        }
        let eh = r.bytes()?;
        img.eh_frame = (!eh.is_empty()).then(|| eh.to_vec());
        if r.u8()? == 1 {
            let mut ts = [0usize; 5];
            for t in &mut ts {
                *t = r.u64()? as usize;
            }
            img.error_types = Some(ts);
        }
        img.entry = (r.u64()? as usize, r.u64()? as usize, r.u64()? as usize);
        if r.at != data.len() {
            return None;
        }
        // Every patched site lies in a segment, and every symbol resolves,
        // before anything is mapped.
        let mut targets = Vec::with_capacity(img.relocs.len());
        for rel in &img.relocs {
            let width = if rel.kind == RelocKind::Abs8 { 8 } else { 4 };
            let ok = img
                .segments
                .iter()
                .any(|&(a, l, _)| rel.site >= a && rel.site + width <= a + l);
            if !ok {
                return None;
            }
            targets.push((resolve(&rel.symbol)? as i64).wrapping_add(rel.addend));
        }
        arena::reserve(arena::FIXED_BASE, arena::ARENA_BYTES)?;
        let unmap = || {
            // SAFETY: the reservation just made; nothing refers into it.
            unsafe { libc::munmap(arena::FIXED_BASE as *mut libc::c_void, arena::ARENA_BYTES) };
        };
        for (&(addr, len, _), bytes) in img.segments.iter().zip(&contents) {
            if arena::protect(addr, len, Prot::ReadWrite.native()).is_err() {
                unmap();
                return None;
            }
            // SAFETY: the segment was just made writable in our reservation.
            unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), addr as *mut u8, len) };
        }
        for (rel, &what) in img.relocs.iter().zip(&targets) {
            let at = rel.site as *mut u8;
            // SAFETY: the site lies in a writable segment (checked above).
            unsafe {
                match rel.kind {
                    RelocKind::Abs8 => std::ptr::write_unaligned(at as *mut u64, what as u64),
                    RelocKind::Abs4 => {
                        let Ok(v) = u32::try_from(what) else {
                            unmap();
                            return None;
                        };
                        std::ptr::write_unaligned(at as *mut u32, v)
                    }
                    RelocKind::PcRel4 => {
                        let Ok(v) = i32::try_from(what - rel.site as i64) else {
                            unmap();
                            return None;
                        };
                        std::ptr::write_unaligned(at as *mut i32, v)
                    }
                }
            }
        }
        for &(addr, len, prot) in &img.segments {
            if arena::protect(addr, len, prot.native()).is_err() {
                unmap();
                return None;
            }
        }
        // Under `perf record` (which sets PERF_BUILDID_DIR), name the code as
        // cranelift-jit names freshly compiled code.
        if std::env::var_os("PERF_BUILDID_DIR").is_some()
            && let Ok(mut f) = std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(format!("/tmp/perf-{}.map", std::process::id()))
        {
            for r in &img.funcs {
                let _ = writeln!(f, "{:x} {:x} {}", r.entry, r.size, r.name);
            }
        }
        Some(img)
    }
}

/// A 64-bit hash of an image file's contents, against damage (not
/// tampering: whoever can write the cache can run code as its owner).
fn checksum(b: &[u8]) -> u64 {
    use std::hash::Hasher;
    let mut h = std::collections::hash_map::DefaultHasher::new();
    h.write(b);
    h.finish()
}

fn put32(w: &mut Vec<u8>, v: u32) {
    w.extend_from_slice(&v.to_le_bytes());
}

fn put64(w: &mut Vec<u8>, v: u64) {
    w.extend_from_slice(&v.to_le_bytes());
}

fn put_bytes(w: &mut Vec<u8>, b: &[u8]) {
    put64(w, b.len() as u64);
    w.extend_from_slice(b);
}

/// Reads an image file; every read is bounds-checked.
struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let end = self.at.checked_add(n)?;
        let s = self.b.get(self.at..end)?;
        self.at = end;
        Some(s)
    }

    fn u8(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }

    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }

    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }

    fn bytes(&mut self) -> Option<&'a [u8]> {
        let n = usize::try_from(self.u64()?).ok()?;
        self.take(n)
    }
}
