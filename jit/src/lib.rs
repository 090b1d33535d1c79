//! The JIT: turns the checked program of `gorun-frontend` into Cranelift IR,
//! links it against `gorun-runtime` and the standard library's natives, and
//! runs it. See DESIGN.md, "JIT", and the module docs: `layout.rs` (how
//! values are held), `abi.rs` (calling convention), `unit.rs` (the module
//! and reachable-only compilation), `func.rs` (functions, prologue stack
//! checks), `expr.rs`, `values.rs`, `call.rs`, `stmt.rs`, `chan.rs`
//! (lowering), `rtype.rs` (type descriptors), `escape.rs` (which variables
//! live in heap cells), `native.rs` (calling natives), `mono.rs` (generic
//! instances, stenciled per type argument list).

mod abi;
mod arena;
mod call;
mod chan;
mod compile;
mod deferred;
mod escape;
mod expr;
mod func;
pub mod image;
mod inline;
mod intrinsic;
mod layout;
mod maps;
mod methodset;
mod methodtab;
mod mono;
mod native;
mod rangefunc;
mod rt;
mod rtglue;
mod rtype;
mod staticinit;
mod stmt;
mod unit;
mod unwind;
mod values;

use cranelift_module::{DataId, Module};
use std::collections::HashMap;

use gorun_frontend::source::FileSet;
use gorun_frontend::syntax::ast;
use gorun_frontend::types::{ObjKind, PkgId, Program, Type};

pub use unit::Natives;

/// A compiled program, ready to run.
pub struct Compiled {
    module: cranelift_jit::JITModule,
    /// go.init, main.main and main's closure.
    entry: (usize, usize, usize),
    /// The IR of every compiled function, if asked for.
    pub clif: Option<String>,
    /// What other runs can map instead of compiling (image.rs), if the
    /// arena got its fixed address.
    image: Option<image::Image>,
}

/// Why a program did not compile.
pub enum CompileError {
    /// Internal errors (gorun bugs), one message each.
    Errors(Vec<String>),
    /// Method tables need methods whose bodies the loader dropped, which
    /// the runtime or natives may call by name ([`NATIVE_LOOKUPS`]): load
    /// the program again keeping these, as (package path, receiver's type
    /// name, method name).
    NeedBodies(Vec<(String, String, String)>),
}

impl From<Vec<String>> for CompileError {
    fn from(e: Vec<String>) -> CompileError {
        CompileError::Errors(e)
    }
}

pub use methodtab::NATIVE_LOOKUPS;

/// Compiles the program whose packages (in dependency order, `main`
/// last) have these files.
pub fn compile(
    p: &mut Program,
    fset: &FileSet,
    packages: &[(PkgId, &[ast::File])],
    natives: Natives,
    emit_clif: bool,
) -> Result<Compiled, CompileError> {
    // Generic instances need new types: the one pass that mutates the
    // program, before code generation borrows it.
    let mono = mono::Mono::build(p, packages);
    if !mono.errors.is_empty() {
        return Err(mono.errors.into());
    }
    let p: &Program = p;
    let mut u = unit::Unit::new(p, &mono, fset, natives, emit_clif).map_err(|e| vec![e])?;
    for (pkg, files) in packages {
        u.add_files(files);
        compile::index_package(&mut u, *pkg, files);
    }
    let Some(&(main_pkg, _)) = packages.last() else {
        return Err(vec!["no main package".to_string()].into());
    };
    let scope = p.pkg(main_pkg).scope;
    let main_obj = p
        .scope_lookup(scope, gorun_frontend::name::Name::intern("main"))
        .filter(|&o| matches!(p.obj(o).kind, ObjKind::Func { .. }))
        .ok_or_else(|| vec!["function main is undeclared in the main package".to_string()])?;
    let error_types = runtime_error_types(&mut u, packages);
    let main_id = u.decl_func(main_obj);
    let main_closure = u.static_closure(main_id);
    let init_id = u.declare_c("go.init", &[cranelift_codegen::ir::types::I64], &[]);
    let order: Vec<PkgId> = packages.iter().map(|(p, _)| *p).collect();
    u.queue.push_back((init_id, unit::Work::InitAll(order)));
    u.drain().map_err(|e| vec![e])?;
    // Static data may refer to functions not yet compiled, whose code may
    // refer to globals not yet defined.
    // Variables with side-effect-free initializers are initialized only if
    // something else refers to them (the unicode tables, for instance).
    loop {
        u.finish_globals();
        if u.queue.is_empty() && !u.queue_lazy_inits(false) && !u.queue_method_tables() {
            break;
        }
        u.drain().map_err(|e| vec![e])?;
    }
    u.queue_lazy_inits(true);
    u.drain().map_err(|e| vec![e])?;
    u.finish_globals();
    u.define_method_tables();
    if !u.errors.is_empty() {
        return Err(std::mem::take(&mut u.errors).into());
    }
    if !u.needed_bodies.is_empty() {
        return Err(CompileError::NeedBodies(std::mem::take(
            &mut u.needed_bodies,
        )));
    }
    u.module
        .finalize_definitions()
        .map_err(|e| vec![e.to_string()])?;
    let entry = (
        u.module.get_finalized_function(init_id) as usize,
        u.module.get_finalized_function(main_id) as usize,
        u.module.get_finalized_data(main_closure).0 as usize,
    );
    let image = image::Image {
        segments: Vec::new(),
        relocs: Vec::new(),
        funcs: func_records(&u, fset),
        eh_frame: unwind::build(u.module.isa(), &u.module, &u.infos),
        error_types: error_types.map(|ts| ts.map(|d| u.module.get_finalized_data(d).0 as usize)),
        entry,
    };
    image.activate();
    let image = saveable_image(&u, image);
    Ok(Compiled {
        module: u.module,
        entry,
        clif: u.clif,
        image,
    })
}

/// The image of a finished compile, if other runs can map it: the arena is
/// at its fixed address and every outside reference was recorded.
fn saveable_image(u: &unit::Unit<'_>, mut image: image::Image) -> Option<image::Image> {
    let st = u.arena.lock().unwrap_or_else(|e| e.into_inner());
    if !st.fixed || u.uncacheable {
        return None;
    }
    image.segments = st
        .segments
        .iter()
        .map(|s| (s.start, s.len, s.prot))
        .collect();
    drop(st);
    image.relocs = u
        .ext_relocs
        .iter()
        .map(|(site, kind, symbol, addend)| {
            let site = match *site {
                unit::RelocSite::Func(f, off) => {
                    u.module.get_finalized_function(f) as usize + off as usize
                }
                unit::RelocSite::Data(d, off) => {
                    u.module.get_finalized_data(d).0 as usize + off as usize
                }
            };
            image::ExtReloc {
                site,
                kind: *kind,
                symbol: symbol.clone(),
                addend: *addend,
            }
        })
        .collect();
    Some(image)
}

/// The descriptors of the runtime package's panic value types
/// (errorString, plainError, boundsError, *PanicNilError), if the
/// program links it.
fn runtime_error_types(
    u: &mut unit::Unit<'_>,
    packages: &[(PkgId, &[ast::File])],
) -> Option<[DataId; 5]> {
    let p = u.p;
    let &(rt, _) = packages
        .iter()
        .find(|(pk, _)| p.pkg(*pk).path == "runtime")?;
    let scope = p.pkg(rt).scope;
    let lookup = |name| p.scope_lookup(scope, gorun_frontend::name::Name::intern(name));
    let mut out = Vec::new();
    for name in ["errorString", "plainError", "boundsError"] {
        out.push(u.rtype(p.obj_type(lookup(name)?)));
    }
    // *PanicNilError and *TypeAssertionError, as the receiver types of
    // their Error methods.
    for name in ["PanicNilError", "TypeAssertionError"] {
        let Type::Named(n) = p.ty(p.obj_type(lookup(name)?)) else {
            return None;
        };
        let error = n
            .methods
            .iter()
            .find(|&&m| p.obj(m).name.as_str() == "Error")?;
        let recv = p.signature(p.obj_type(*error))?.recv?;
        out.push(u.rtype(p.obj_type(recv)));
    }
    out.try_into().ok()
}

/// The compiled functions as the runtime's function table lists them
/// (tracebacks, landing pads).
fn func_records(u: &unit::Unit<'_>, fset: &FileSet) -> Vec<image::FuncRecord> {
    let mut funcs = Vec::new();
    // Canonical path by file name: one lookup per file, not per function.
    let mut canonical: HashMap<String, String> = HashMap::new();
    for info in &u.infos {
        // Internal code (thunks, the init sequence) has no Go name.
        if info.name.starts_with("go.") {
            continue;
        }
        let entry = u.module.get_finalized_function(info.id) as usize;
        let mut src: Option<std::sync::Arc<gorun_frontend::source::SourceFile>> = None;
        let mut lines: Vec<(u32, u32)> = Vec::new();
        for &(off, pos) in &info.srclocs {
            let pos = gorun_frontend::source::Pos(pos);
            // The function's file is its first position's; positions of
            // code inlined from another file are not its lines.
            let f = match &src {
                Some(f) if f.base <= pos.0 && pos <= f.end() => f,
                Some(_) => continue,
                None => match fset.file_of(pos) {
                    Some(f) => src.insert(f),
                    None => continue,
                },
            };
            let (line, _) = f.line_col(f.offset(pos));
            if lines.last().map(|l| l.1) != Some(line) {
                lines.push((off, line));
            }
        }
        let file = match &src {
            Some(f) => canonical
                .entry(f.name.clone())
                .or_insert_with(|| {
                    std::fs::canonicalize(&f.name)
                        .map(|a| a.to_string_lossy().into_owned())
                        .unwrap_or_else(|_| f.name.clone())
                })
                .clone(),
            None => String::new(),
        };
        funcs.push(image::FuncRecord {
            entry,
            size: info.size as usize,
            name: unit::go_func_name(&info.name),
            has_params: info.has_params,
            file,
            lines,
            calls: info.landings.clone(),
        });
    }
    funcs
}

/// What of the host the compiled code depends on (the CPU features
/// Cranelift selects instructions by), for an image's key: an image made
/// where AVX-512 exists must not be mapped where it does not.
pub fn host_fingerprint() -> String {
    // The features cranelift_native detects (std caches CPUID's answers;
    // building an ISA to ask would cost a third of a cached start-up).
    macro_rules! features {
        ($($f:tt),*) => {
            [$(std::arch::is_x86_feature_detected!($f)),*]
        };
    }
    let has = features!(
        "sse3",
        "ssse3",
        "cmpxchg16b",
        "sse4.1",
        "sse4.2",
        "avx",
        "avx2",
        "fma",
        "avxvnni",
        "avx512bitalg",
        "avx512dq",
        "avx512vl",
        "avx512vbmi",
        "avx512f",
        "avx512vnni",
        "popcnt",
        "bmi1",
        "bmi2",
        "lzcnt"
    );
    has.iter().map(|&b| if b { '1' } else { '0' }).collect()
}

/// Maps the image saved at `path` under `key` (see [`Compiled::save_image`])
/// and tells the runtime about it: the entry points of a program ready to
/// run, or None to compile.
pub fn load_image(
    path: &std::path::Path,
    key: &[u8],
    natives: Natives,
) -> Option<(usize, usize, usize)> {
    let img = image::Image::load(path, key, &|name| unit::symbol_address(name, natives))?;
    img.activate();
    Some(img.entry)
}

impl Compiled {
    /// Saves what another run can map instead of compiling this program
    /// again (image.rs); whether there was such an image.
    pub fn save_image(&self, path: &std::path::Path, key: &[u8]) -> std::io::Result<bool> {
        match &self.image {
            Some(img) => img.save(path, key).map(|()| true),
            None => Ok(false),
        }
    }

    /// The entry points as addresses, leaking the code (it must live as
    /// long as the program): (init, main, main's closure).
    pub fn into_entry(self) -> (usize, usize, usize) {
        std::mem::forget(self.module);
        self.entry
    }

    /// Runs a program from [`Compiled::into_entry`]'s (or [`load_image`]'s)
    /// addresses on the calling thread, which becomes the runtime's main
    /// thread; never returns.
    ///
    /// # Safety
    /// The addresses come from `into_entry` or `load_image`.
    pub unsafe fn run_entry(e: (usize, usize, usize)) -> ! {
        let init: extern "C" fn(*mut gorun_runtime::runtime2::G) =
            unsafe { std::mem::transmute(e.0) };
        let main: gorun_runtime::runtime2::GoEntry = unsafe { std::mem::transmute(e.1) };
        gorun_runtime::abi::run_program(
            Some(init),
            main,
            e.2 as *const gorun_runtime::runtime2::FuncVal,
        )
    }
}
