//! The compilation unit: one JIT module for the whole program, the
//! functions it declares, and the queue of functions still to compile.
//!
//! Compilation is reachable-only: it starts from `main.main` and the
//! packages' initializers, and a function is queued the first time a
//! compiled function refers to it. Bodiless functions bind to the standard
//! library's natives by Go name.
//!
//! Invariants:
//! - Each Go function has one `FuncId`, declared once under its Go name
//!   (`main.main`, `main.(*T).M`, `main.main.func1`).
//! - Everything referenced by compiled code (functions, strings, type
//!   descriptors, globals) is declared in the module before
//!   `finalize_definitions`, so the module resolves every relocation.

use std::collections::{HashMap, VecDeque};
use std::rc::Rc;

use cranelift_codegen::ir::{Signature, Type as ClType};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::{DataDescription, DataId, FuncId, Linkage, Module};
use gorun_frontend::source::FileSet;
use gorun_frontend::syntax::ast::{self, NodeId};
use gorun_frontend::types::{ObjId, PkgId, Program, Type, TypeId};

use crate::abi::FnAbi;
use crate::escape::Escapes;
use crate::methodset::MethodEntry;
use crate::rt;

/// Resolves the natives of bodiless standard-library functions: the code
/// and machine shape (see `gorun_stdlib::native`) of the native
/// implementing Go function `name`.
pub type Natives = fn(&str) -> Option<(*const u8, &'static str)>;

/// Prefix of natives' symbol names in the module.
const NATIVE_PREFIX: &str = "native:";
/// The runtime's zerobase, imported by compiled code (`Unit::zerobase`).
const ZEROBASE_SYMBOL: &str = "runtime.zerobase";

/// Identity of a compiled function.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FnKey {
    /// A function or method declaration (with or without body).
    Decl(ObjId),
    /// A function literal (in the generic instance compiled, if any).
    Lit(NodeId, Option<ObjId>),
    /// The goroutine entry of a `go` statement (key: the call expression,
    /// and the generic instance compiled, if any).
    GoWrap(NodeId, Option<ObjId>),
    /// A package's initializer: its variables, then its `init` functions.
    Init(PkgId),
    /// A method value's code: calls the method on the receiver stored in
    /// the closure record (key: the method, whether the receiver is a pointer).
    MethodValue(ObjId, bool),
}

/// A function waiting to be compiled.
pub enum Work<'p> {
    Decl {
        obj: ObjId,
        decl: &'p ast::FuncDecl,
    },
    Lit {
        node: &'p ast::Expr,
        name: String,
        esc: Rc<Escapes>,
        /// The generic instance the literal is part of.
        inst: Option<ObjId>,
    },
    /// The body of a range-over-func loop as its yield function.
    RangeBody {
        stmt: &'p ast::Stmt,
        name: String,
        esc: Rc<Escapes>,
        inst: Option<ObjId>,
        info: Rc<crate::rangefunc::RangeInfo>,
    },
    /// A `go` or `defer` statement's entry: calls the func value and
    /// arguments stored in its record (`ftype` the func type, arguments at
    /// `layout`).
    GoWrap {
        name: String,
        ftype: TypeId,
        ptypes: Vec<TypeId>,
        layout: Vec<i64>,
        /// A builtin called instead of a func value.
        builtin: Option<gorun_frontend::types::Builtin>,
        defer: bool,
    },
    Init(PkgId),
    InitAll(Vec<PkgId>),
    /// The initializer of a package-level variable with a side-effect-free
    /// initializer (see `staticinit`): its value when the variable is
    /// referenced, nothing otherwise.
    LazyInit {
        obj: ObjId,
        used: bool,
    },
    MethodValue {
        method: ObjId,
        ptr: bool,
    },
    /// A method whose body the loader dropped as unreachable: a fatal error.
    Pruned {
        obj: ObjId,
    },
    /// The Go-ABI adapter of a bodiless function's native.
    NativeAdapter {
        obj: ObjId,
        native: FuncId,
    },
    /// A method called through an interface: the receiver from the data word.
    IfaceWrapper {
        entry: crate::methodset::MethodEntry,
        concrete: TypeId,
    },
    /// A method expression whose receiver parameter has type `recv`.
    MethodExpr {
        entry: crate::methodset::MethodEntry,
        recv: TypeId,
    },
    /// The code of interface method values of signature `msig`.
    IfaceMethodValue {
        msig: TypeId,
    },
    /// Calls a function of a signature on a new stack segment.
    Thunk,
}

/// A function's code range, for tracebacks.
pub struct FuncInfo {
    pub id: FuncId,
    pub name: String,
    /// (offset in the function, source position) pairs, sorted.
    pub srclocs: Vec<(u32, u32)>,
    pub size: u32,
    /// Call sites with a landing pad: (return offset, frame offset,
    /// landing offset).
    pub landings: Vec<(u32, u32, u32)>,
    /// Whether the function has parameters (tracebacks print `f(...)`).
    pub has_params: bool,
    /// Where the prologue saves registers, for the system unwinder
    /// (`unwind.rs`).
    pub unwind: Option<cranelift_codegen::isa::unwind::systemv::UnwindInfo>,
}

/// The loop back-edge's slow path: `gorun_morestack(g, 0)` in Cranelift's
/// `preserve_all` convention (see `gorun_runtime::abi`).
pub const PREEMPT_CHECK: &str = "gorun_preempt_check";

/// A no-op in Cranelift's `winch` convention (every register clobbered):
/// see `deferred.rs`.
pub const CLOBBER_ALL: &str = "gorun_clobber_all";

pub struct Unit<'p> {
    pub p: &'p Program,
    /// Instances of generic functions and methods (see mono.rs).
    pub mono: &'p crate::mono::Mono,
    pub fset: &'p FileSet,
    pub module: JITModule,
    /// The module's ISA but with the single-pass register allocator: for
    /// code that runs once (package initialization).
    pub cold_isa: cranelift_codegen::isa::OwnedTargetIsa,
    /// The module's memory (arena.rs), for saving an image.
    pub arena: std::sync::Arc<std::sync::Mutex<crate::arena::ArenaState>>,
    /// References from compiled code and data to symbols outside the arena,
    /// to patch when an image is loaded (image.rs).
    pub ext_relocs: Vec<(RelocSite, crate::image::RelocKind, String, i64)>,
    /// Some reference could not be recorded (a libcall): no image.
    pub uncacheable: bool,
    pub natives: Natives,
    /// Declarations with their bodies, by object.
    pub decls: HashMap<ObjId, &'p ast::FuncDecl>,
    /// Function literals, by node id, with the name of their enclosing function.
    pub funcs: HashMap<FnKey, FuncId>,
    /// Declared functions with Go bodies, by function id (for the inliner).
    pub decl_funcs: HashMap<FuncId, (ObjId, &'p ast::FuncDecl)>,
    /// Bodies the inliner built, by function id: `None` if not inlinable.
    pub inline_bodies: HashMap<FuncId, Option<Rc<cranelift_codegen::ir::Function>>>,
    pub queue: VecDeque<(FuncId, Work<'p>)>,
    pub rt: HashMap<&'static str, FuncId>,
    pub strings: HashMap<Vec<u8>, DataId>,
    pub globals: HashMap<ObjId, DataId>,
    /// Static closure records `{code}` of functions used as values.
    pub closures: HashMap<FuncId, DataId>,
    pub rtypes: crate::rtype::Cache,
    /// Thunks that call a function of a given signature on a new stack
    /// segment, by signature.
    pub thunks: HashMap<String, FuncId>,
    /// Number of closures and go wrappers made in each enclosing function
    /// (for Go's names: main.main.func1, main.main.gowrap1).
    pub counters: HashMap<String, (u32, u32)>,
    pub infos: Vec<FuncInfo>,
    /// IR of every compiled function, when asked for (`--emit=clif`).
    pub clif: Option<String>,
    /// Errors that prevent running (missing natives, unsupported code).
    pub errors: Vec<String>,
    /// Dropped method bodies a method table needs (see `CompileError`).
    pub needed_bodies: Vec<(String, String, String)>,
    /// Package-level variable initializers by expression id.
    pub init_exprs: HashMap<NodeId, &'p ast::Expr>,
    /// The initializer of each package-level variable declared one to one.
    pub var_inits: HashMap<ObjId, &'p ast::Expr>,
    /// Globals whose contents are defined.
    pub defined_globals: std::collections::HashSet<ObjId>,
    /// Variables initialized lazily whose initializer is not compiled yet,
    /// with the initializer's function.
    pub lazy_inits: Vec<(ObjId, FuncId)>,
    /// `init` functions of each package, in source order.
    pub init_funcs: HashMap<PkgId, Vec<ObjId>>,
    /// Signatures of split-stack thunks.
    pub thunk_sigs: HashMap<FuncId, Signature>,
    /// Static itabs by (interface, concrete) type key.
    pub itabs: HashMap<(String, String), DataId>,
    /// Functions called through interfaces, by (method, concrete type key).
    pub ifns: HashMap<(ObjId, String), FuncId>,
    /// Emitted entries of method tables (see methodtab.rs).
    pub method_tables: HashMap<DataId, crate::methodtab::Emitted>,
    /// Wrappers keyed by a description (method expressions, interface
    /// method values).
    pub named_funcs: HashMap<String, FuncId>,
    /// Deferred-call wrappers made in each function (for their names).
    pub defer_counters: HashMap<String, u32>,
    /// Method sets by type key.
    pub method_sets: HashMap<String, Rc<Vec<MethodEntry>>>,
    zerobase: Option<DataId>,
    next_data: u32,
}

/// Where a reference to an outside symbol is, before finalizing.
#[derive(Clone, Copy, Debug)]
pub enum RelocSite {
    Func(FuncId, u32),
    Data(DataId, u32),
}

/// The C library functions Cranelift calls for large copies and fills,
/// under the names images record them by.
fn libcall_symbol(lc: cranelift_codegen::ir::LibCall) -> Option<&'static str> {
    use cranelift_codegen::ir::LibCall as L;
    Some(match lc {
        L::Memcpy => "libc:memcpy",
        L::Memmove => "libc:memmove",
        L::Memset => "libc:memset",
        L::Memcmp => "libc:memcmp",
        _ => return None,
    })
}

/// The address of a symbol compiled code refers to outside the arena: a
/// runtime entry point, the register-preserving trampolines, the zero
/// base, a native (`NATIVE_PREFIX` + its Go name), or a C library function
/// Cranelift calls (`libcall_symbol`).
pub fn symbol_address(name: &str, natives: Natives) -> Option<*const u8> {
    match name {
        "libc:memcpy" => Some(libc::memcpy as *const u8),
        "libc:memmove" => Some(libc::memmove as *const u8),
        "libc:memset" => Some(libc::memset as *const u8),
        "libc:memcmp" => Some(libc::memcmp as *const u8),
        PREEMPT_CHECK => Some(gorun_runtime::abi::preempt_check_entry()),
        CLOBBER_ALL => Some(gorun_runtime::abi::clobber_all_entry()),
        ZEROBASE_SYMBOL => Some(gorun_runtime::malloc::zerobase() as *const u8),
        _ => match name.strip_prefix(NATIVE_PREFIX) {
            Some(n) => natives(n).map(|(addr, _)| addr),
            None => rt::address(name),
        },
    }
}

impl<'p> Unit<'p> {
    /// Records a reference from `site` to `target` if it leads out of the
    /// arena (an imported symbol); a libcall cannot be recorded.
    pub fn note_reloc(
        &mut self,
        site: RelocSite,
        kind: cranelift_codegen::binemit::Reloc,
        target: &cranelift_module::ModuleRelocTarget,
        addend: i64,
    ) {
        use cranelift_codegen::binemit::Reloc;
        use cranelift_module::ModuleRelocTarget as T;
        let decls = self.module.declarations();
        // The outside symbol referred to (None: one an image cannot name);
        // references inside the arena need nothing.
        let symbol = match target {
            T::User { namespace, index } => {
                let (linkage, name) = if *namespace == 0 {
                    let d = decls.get_function_decl(FuncId::from_u32(*index));
                    (d.linkage, &d.name)
                } else {
                    let d = decls.get_data_decl(DataId::from_u32(*index));
                    (d.linkage, &d.name)
                };
                if linkage != Linkage::Import {
                    return;
                }
                name.clone()
            }
            T::FunctionOffset(..) => return,
            T::LibCall(lc) => libcall_symbol(*lc).map(str::to_string),
            T::KnownSymbol(_) => None,
        };
        let kind = match kind {
            Reloc::Abs8 => Some(crate::image::RelocKind::Abs8),
            Reloc::Abs4 => Some(crate::image::RelocKind::Abs4),
            Reloc::X86PCRel4 | Reloc::X86CallPCRel4 => Some(crate::image::RelocKind::PcRel4),
            _ => None,
        };
        match (symbol, kind) {
            (Some(n), Some(k)) => self.ext_relocs.push((site, k, n, addend)),
            _ => self.uncacheable = true,
        }
    }

    /// Defines a data object, recording its references out of the arena.
    /// (The module's own error type, as `Module::define_data` returns it.)
    #[allow(clippy::result_large_err)]
    pub fn define_data(
        &mut self,
        id: DataId,
        dd: &DataDescription,
    ) -> cranelift_module::ModuleResult<()> {
        use cranelift_codegen::binemit::Reloc;
        for &(off, fref) in &dd.function_relocs {
            let t = dd.function_decls[fref].clone();
            self.note_reloc(RelocSite::Data(id, off), Reloc::Abs8, &t, 0);
        }
        for &(off, gv, addend) in &dd.data_relocs {
            let t = dd.data_decls[gv].clone();
            self.note_reloc(RelocSite::Data(id, off), Reloc::Abs8, &t, addend);
        }
        self.module.define_data(id, dd)
    }

    pub fn new(
        p: &'p Program,
        mono: &'p crate::mono::Mono,
        fset: &'p FileSet,
        natives: Natives,
        emit_clif: bool,
    ) -> Result<Unit<'p>, String> {
        let mut flags = settings::builder();
        let set =
            |f: &mut settings::Builder, k: &str, v: &str| f.set(k, v).map_err(|e| e.to_string());
        set(&mut flags, "opt_level", "speed")?;
        set(&mut flags, "preserve_frame_pointers", "true")?;
        set(&mut flags, "enable_multi_ret_implicit_sret", "true")?;
        set(&mut flags, "unwind_info", "true")?;
        set(&mut flags, "is_pic", "false")?;
        // The IR verifier costs about 4% of a hello world's start-up: debug
        // builds (which every test of the JIT crate uses) keep it on.
        let verify = if cfg!(debug_assertions) {
            "true"
        } else {
            "false"
        };
        set(&mut flags, "enable_verifier", verify)?;
        let isa_builder = cranelift_native::builder().map_err(|e| e.to_string())?;
        let mut cold_flags = flags.clone();
        set(&mut cold_flags, "regalloc_algorithm", "single_pass")?;
        let cold_isa = isa_builder
            .finish(settings::Flags::new(cold_flags))
            .map_err(|e| e.to_string())?;
        let isa = isa_builder
            .finish(settings::Flags::new(flags))
            .map_err(|e| e.to_string())?;
        let mut jb = JITBuilder::with_isa(isa, cranelift_module::default_libcall_names());
        // One arena for all code and data, at a fixed address when free
        // (arena.rs: PC-relative reach, and images other runs can map).
        let arena =
            crate::arena::FixedArena::new().map_err(|e| format!("reserving JIT memory: {e}"))?;
        let arena_state = arena.0.clone();
        jb.memory_provider(Box::new(arena));
        jb.symbol_lookup_fn(Box::new(move |name: &str| symbol_address(name, natives)));
        let mut module = JITModule::new(jb);
        let mut rtmap = HashMap::new();
        for f in &rt::all() {
            let sig = crate::abi::c_sig(f.params, f.returns);
            let id = module
                .declare_function(f.name, Linkage::Import, &sig)
                .map_err(|e| e.to_string())?;
            rtmap.insert(f.name, id);
        }
        let mut sig =
            cranelift_codegen::ir::Signature::new(cranelift_codegen::isa::CallConv::PreserveAll);
        sig.params.push(cranelift_codegen::ir::AbiParam::new(
            cranelift_codegen::ir::types::I64,
        ));
        let id = module
            .declare_function(PREEMPT_CHECK, Linkage::Import, &sig)
            .map_err(|e| e.to_string())?;
        rtmap.insert(PREEMPT_CHECK, id);
        let sig = cranelift_codegen::ir::Signature::new(cranelift_codegen::isa::CallConv::Winch);
        let id = module
            .declare_function(CLOBBER_ALL, Linkage::Import, &sig)
            .map_err(|e| e.to_string())?;
        rtmap.insert(CLOBBER_ALL, id);
        Ok(Unit {
            p,
            mono,
            fset,
            module,
            cold_isa,
            arena: arena_state,
            ext_relocs: Vec::new(),
            uncacheable: false,
            natives,
            decls: HashMap::new(),
            funcs: HashMap::new(),
            decl_funcs: HashMap::new(),
            inline_bodies: HashMap::new(),
            queue: VecDeque::new(),
            rt: rtmap,
            strings: HashMap::new(),
            globals: HashMap::new(),
            closures: HashMap::new(),
            rtypes: crate::rtype::Cache::default(),
            thunks: HashMap::new(),
            counters: HashMap::new(),
            infos: Vec::new(),
            clif: emit_clif.then(String::new),
            errors: Vec::new(),
            needed_bodies: Vec::new(),
            init_exprs: HashMap::new(),
            var_inits: HashMap::new(),
            defined_globals: std::collections::HashSet::new(),
            lazy_inits: Vec::new(),
            init_funcs: HashMap::new(),
            thunk_sigs: HashMap::new(),
            itabs: HashMap::new(),
            ifns: HashMap::new(),
            method_sets: HashMap::new(),
            defer_counters: HashMap::new(),
            named_funcs: HashMap::new(),
            method_tables: HashMap::new(),
            zerobase: None,
            next_data: 0,
        })
    }

    /// Indexes the declarations of the given packages' files.
    pub fn add_files(&mut self, files: &'p [ast::File]) {
        for f in files {
            for d in &f.decls {
                if let ast::Decl::Func(fd) = d
                    && let Some(&obj) = self.p.info.defs.get(&fd.name.id)
                {
                    self.decls.insert(obj, fd);
                }
            }
        }
    }

    /// A fresh name for an anonymous data object.
    pub fn data_name(&mut self, what: &str) -> String {
        self.next_data += 1;
        format!("{what}.{}", self.next_data)
    }

    /// Go's name of a function or method object: `pkg.F`, `pkg.T.M`,
    /// `pkg.(*T).M`.
    pub fn func_name(&self, obj: ObjId) -> String {
        let p = self.p;
        let o = p.obj(obj);
        let pkg = o.pkg.map(|pk| p.pkg(pk).path.clone()).unwrap_or_default();
        let recv = o.typ.and_then(|t| p.signature(t)).and_then(|s| s.recv);
        // An instance's symbol has its type arguments (main.Sum[int],
        // main.(*Stack[int]).Push); tracebacks elide them as Go's do
        // (see `go_func_name`).
        let inst = match self.mono.insts.get(&obj) {
            Some(i) => {
                let args: Vec<String> = i
                    .targs
                    .iter()
                    .map(|&t| crate::rtype::reflect_name(p, t))
                    .collect();
                format!("[{}]", args.join(","))
            }
            None => String::new(),
        };
        match recv {
            Some(r) => {
                let rt = p.obj_type(r);
                let (base, ptr) = match p.ty(rt) {
                    Type::Pointer(b) => (*b, true),
                    _ => (rt, false),
                };
                let tname = match p.ty(p.unalias(base)) {
                    Type::Named(n) => p.obj(n.obj).name.to_string(),
                    _ => "?".into(),
                };
                if ptr {
                    format!("{pkg}.(*{tname}{inst}).{}", o.name)
                } else {
                    format!("{pkg}.{tname}{inst}.{}", o.name)
                }
            }
            None if o.name.as_str() == "init" => {
                // Go numbers a package's init functions: pkg.init.0, ...
                let n = o
                    .pkg
                    .and_then(|pk| self.init_funcs.get(&pk))
                    .and_then(|l| l.iter().position(|&f| f == obj))
                    .unwrap_or(0);
                format!("{pkg}.init.{n}")
            }
            None => format!("{pkg}.{}{inst}", o.name),
        }
    }

    /// The function id for a declared function or method, queuing it (or
    /// binding its native) the first time.
    pub fn decl_func(&mut self, obj: ObjId) -> FuncId {
        let obj = self.mono.resolve(self.p, obj);
        if let Some(&id) = self.funcs.get(&FnKey::Decl(obj)) {
            return id;
        }
        let name = self.func_name(obj);
        let sig_t = self.p.obj_type(obj);
        let abi = FnAbi::of_signature(self.p, sig_t, true);
        // An instance's body is its generic declaration's.
        let dobj = self.mono.insts.get(&obj).map_or(obj, |i| i.generic);
        let id = if let Some(&decl) = self.decls.get(&dobj)
            && decl.body.is_some()
        {
            let id = self.declare(&name, Linkage::Local, &abi.sig);
            self.queue.push_back((id, Work::Decl { obj, decl }));
            self.decl_funcs.insert(id, (obj, decl));
            id
        } else if let Some(&decl) = self.decls.get(&dobj)
            && decl.pruned
        {
            self.need_pruned_body(dobj);
            let id = self.declare(&name, Linkage::Local, &abi.sig);
            self.queue.push_back((id, Work::Pruned { obj }));
            id
        } else {
            self.native_func(&name, &abi, obj)
        };
        self.funcs.insert(FnKey::Decl(obj), id);
        id
    }

    /// Notes a method whose body the loader dropped if the runtime or a
    /// native may call it by name: the program must be loaded again
    /// with it.
    fn need_pruned_body(&mut self, method: ObjId) {
        let p = self.p;
        let o = p.obj(method);
        if !crate::methodtab::NATIVE_LOOKUPS.contains(&o.name.as_str()) {
            return;
        }
        let Some(recv) = p.signature(p.obj_type(method)).and_then(|s| s.recv) else {
            return;
        };
        let mut t = p.obj_type(recv);
        if let Type::Pointer(e) = p.ty(t) {
            t = *e;
        }
        let (Type::Named(n), Some(pkg)) = (p.ty(t), o.pkg) else {
            return;
        };
        self.needed_bodies.push((
            p.pkg(pkg).path.clone(),
            p.obj(n.obj).name.as_str().to_string(),
            o.name.as_str().to_string(),
        ));
    }

    /// Declares a local function, making the name unique if needed.
    pub fn declare(&mut self, name: &str, linkage: Linkage, sig: &Signature) -> FuncId {
        // A name declared again with the same signature would give the
        // existing function, to be defined twice: names are made unique.
        if self.module.get_name(name).is_none()
            && let Ok(id) = self.module.declare_function(name, linkage, sig)
        {
            return id;
        }
        let n = self.data_name(name);
        self.module
            .declare_function(&n, linkage, sig)
            .expect("a fresh name declares")
    }

    /// Binds a bodiless function to its native, checking the native's
    /// machine shape against the Go signature, and queues its Go-ABI
    /// adapter.
    fn native_func(&mut self, name: &str, abi: &FnAbi, obj: ObjId) -> FuncId {
        let (csig, shape) = crate::native::native_sig(self.p, abi);
        match (self.natives)(name) {
            Some((_, want)) if want != shape => {
                self.errors.push(format!(
                    "native {name} has shape {want}, its Go signature needs {shape}"
                ));
            }
            Some(_) => {}
            None => self.errors.push(format!(
                "{name}: function has no body and no native implementation"
            )),
        }
        let native = self
            .module
            .declare_function(&format!("{NATIVE_PREFIX}{name}"), Linkage::Import, &csig)
            .expect("native declares");
        let id = self.declare(name, Linkage::Local, &abi.sig);
        self.queue
            .push_back((id, Work::NativeAdapter { obj, native }));
        id
    }

    /// A static string's data object (the bytes, not the header).
    pub fn string_data(&mut self, bytes: &[u8]) -> DataId {
        if let Some(&d) = self.strings.get(bytes) {
            return d;
        }
        let name = self.data_name("go.string");
        let id = self
            .module
            .declare_data(&name, Linkage::Local, false, false)
            .expect("string data declares");
        let mut dd = DataDescription::new();
        let mut b = bytes.to_vec();
        b.push(0); // never empty, and NUL-terminated for debugging
        dd.define(b.into_boxed_slice());
        self.define_data(id, &dd).expect("string data defines");
        self.strings.insert(bytes.to_vec(), id);
        id
    }

    /// The storage of a package-level variable: declared now, defined by
    /// `finish_globals` (statically initialized, or zeroed).
    pub fn global(&mut self, obj: ObjId) -> DataId {
        if let Some(&d) = self.globals.get(&obj) {
            return d;
        }
        // A zero-size variable has no storage of its own.
        if self.p.sizeof(self.p.obj_type(obj)) == 0 {
            return self.zerobase();
        }
        let o = self.p.obj(obj);
        let pkg = o
            .pkg
            .map(|pk| self.p.pkg(pk).path.clone())
            .unwrap_or_default();
        let name = format!("{pkg}.{}", o.name);
        let id = match self.module.declare_data(&name, Linkage::Local, true, false) {
            Ok(id) => id,
            Err(_) => {
                let n = self.data_name(&name);
                self.module
                    .declare_data(&n, Linkage::Local, true, false)
                    .expect("global declares")
            }
        };
        self.globals.insert(obj, id);
        id
    }

    /// The static closure record `{code}` of a function used as a value.
    pub fn static_closure(&mut self, f: FuncId) -> DataId {
        if let Some(&d) = self.closures.get(&f) {
            return d;
        }
        let name = self.data_name("go.closure");
        let id = self
            .module
            .declare_data(&name, Linkage::Local, false, false)
            .expect("closure declares");
        let mut dd = DataDescription::new();
        dd.define(vec![0u8; 8].into_boxed_slice());
        dd.set_align(8);
        let fref = self.module.declare_func_in_data(f, &mut dd);
        dd.write_function_addr(0, fref);
        self.define_data(id, &dd).expect("closure defines");
        self.closures.insert(f, id);
        id
    }

    /// The runtime entry `name`.
    pub fn rt_func(&self, name: &str) -> FuncId {
        match self.rt.get(name) {
            Some(&id) => id,
            None => panic!("runtime entry {name} is not in rt.rs"),
        }
    }

    /// Declares a function with a C signature built from types.
    pub fn declare_c(&mut self, name: &str, params: &[ClType], returns: &[ClType]) -> FuncId {
        let sig = crate::abi::c_sig(params, returns);
        self.declare(name, Linkage::Local, &sig)
    }

    /// A Go name for the next closure or go-wrapper in function `outer`.
    pub fn next_lit_name(&mut self, outer: &str, go: bool) -> String {
        let c = self.counters.entry(outer.to_string()).or_insert((0, 0));
        if go {
            c.1 += 1;
            format!("{outer}.gowrap{}", c.1)
        } else {
            c.0 += 1;
            if outer.contains(".func") {
                format!("{outer}.{}", c.0)
            } else {
                format!("{outer}.func{}", c.0)
            }
        }
    }

    /// A Go name for the next range-over-func body in function `outer`
    /// (gc's `main.f-range1`).
    pub fn next_range_name(&mut self, outer: &str) -> String {
        let c = self
            .counters
            .entry(format!("{outer}-range"))
            .or_insert((0, 0));
        c.0 += 1;
        format!("{outer}-range{}", c.0)
    }

    /// The address Go gives zero-size allocations and variables: the
    /// runtime's zerobase, so that a zero-size package variable, a
    /// zero-size value made by compiled code and one from mallocgc are at
    /// one address (as gc's linker and runtime.mallocgc make them).
    pub fn zerobase(&mut self) -> DataId {
        if let Some(d) = self.zerobase {
            return d;
        }
        let d = self
            .module
            .declare_data(ZEROBASE_SYMBOL, Linkage::Import, true, false)
            .expect("zerobase declares");
        self.zerobase = Some(d);
        d
    }

    /// The closure code of method value `x.M` for method `m`.
    pub fn method_value_func(&mut self, m: ObjId, ptr: bool) -> FuncId {
        let key = FnKey::MethodValue(m, ptr);
        if let Some(&id) = self.funcs.get(&key) {
            return id;
        }
        let name = format!("{}-fm", self.func_name(m));
        let abi = FnAbi::of_signature(self.p, self.p.obj_type(m), false);
        let id = self.declare(&name, Linkage::Local, &abi.sig);
        self.funcs.insert(key, id);
        self.queue
            .push_back((id, Work::MethodValue { method: m, ptr }));
        id
    }

    /// The code of a method expression (see `Work::MethodExpr`).
    pub fn method_expr_func(&mut self, e: &MethodEntry, recv: TypeId) -> FuncId {
        let key = format!("mexpr {} {:?}", crate::rtype::type_key(self.p, recv), e.obj);
        if let Some(&id) = self.named_funcs.get(&key) {
            return id;
        }
        let p = self.p;
        let (ptypes, rtypes) = crate::compile::sig_types(p, p.obj_type(e.obj));
        let all: Vec<TypeId> = std::iter::once(recv).chain(ptypes).collect();
        let abi = FnAbi::new(p, None, &all, &rtypes);
        let name = self.wrapper_name(recv, e);
        let id = self.declare(&name, Linkage::Local, &abi.sig);
        self.named_funcs.insert(key, id);
        self.queue.push_back((
            id,
            Work::MethodExpr {
                entry: e.clone(),
                recv,
            },
        ));
        id
    }

    /// The code of interface method values of signature `msig`.
    pub fn iface_method_value_func(&mut self, msig: TypeId) -> FuncId {
        let abi = FnAbi::of_signature(self.p, msig, false);
        let key = format!("imv {}", abi.sig);
        if let Some(&id) = self.named_funcs.get(&key) {
            return id;
        }
        let id = self.declare("go.imethodvalue-fm", Linkage::Local, &abi.sig);
        self.named_funcs.insert(key, id);
        self.queue.push_back((id, Work::IfaceMethodValue { msig }));
        id
    }

    /// The entry of a `go` statement's goroutine.
    // The arguments describe one wrapper; each is used once, in its key,
    // its name or its work item.
    #[allow(clippy::too_many_arguments)]
    pub fn go_wrapper(
        &mut self,
        call: &'p ast::Expr,
        ftype: TypeId,
        ptypes: &[TypeId],
        layout: &[i64],
        outer: &str,
        defer: bool,
        builtin: Option<gorun_frontend::types::Builtin>,
        inst: Option<ObjId>,
    ) -> FuncId {
        let key = FnKey::GoWrap(call.id, inst);
        if let Some(&id) = self.funcs.get(&key) {
            return id;
        }
        let name = self.next_wrap_name(outer, defer);
        let id = self.declare(&name, Linkage::Local, &crate::abi::entry_sig());
        self.funcs.insert(key, id);
        let work = Work::GoWrap {
            name,
            ftype,
            ptypes: ptypes.to_vec(),
            layout: layout.to_vec(),
            builtin,
            defer,
        };
        self.queue.push_back((id, work));
        id
    }

    /// Go's name of the next `go` or `defer` wrapper in `outer`:
    /// `main.main.gowrap1`, `main.f.deferwrap2`.
    pub fn next_wrap_name(&mut self, outer: &str, defer: bool) -> String {
        if !defer {
            return self.next_lit_name(outer, true);
        }
        let n = self.defer_counters.entry(outer.to_string()).or_insert(0);
        *n += 1;
        format!("{outer}.deferwrap{n}")
    }
    /// The method set of concrete type `t` (cached).
    pub fn method_set(&mut self, t: TypeId) -> Rc<Vec<MethodEntry>> {
        let key = crate::rtype::type_key(self.p, t);
        if let Some(s) = self.method_sets.get(&key) {
            return s.clone();
        }
        let s = Rc::new(crate::methodset::method_set(self.p, t, self.mono));
        self.method_sets.insert(key, s.clone());
        s
    }

    /// The entry of `t`'s method set implementing interface method `im`.
    pub fn find_method(&mut self, t: TypeId, im: ObjId) -> Option<MethodEntry> {
        let set = self.method_set(t);
        crate::methodset::find(&set, self.p, im)
    }

    /// The code called through an interface holding a `t` for method set
    /// entry `e`: the method itself when the data word is its receiver,
    /// else a wrapper that finds the receiver from the data word.
    pub fn method_ifn(&mut self, t: TypeId, e: &MethodEntry) -> FuncId {
        let p = self.p;
        let m = e.obj;
        let t_ptr = matches!(p.ty(p.unalias(t)), Type::Pointer(_));
        if e.path.is_empty() && !e.via_iface && t_ptr && crate::methodset::ptr_recv(p, m) {
            return self.decl_func(m);
        }
        let key = (m, crate::rtype::type_key(p, t));
        if let Some(&id) = self.ifns.get(&key) {
            return id;
        }
        let (ptypes, rtypes) = crate::compile::sig_types(p, p.obj_type(m));
        let abi = FnAbi::new(p, Some(p.universe.unsafe_pointer), &ptypes, &rtypes);
        let name = format!("{}·i", self.wrapper_name(t, e));
        let id = self.declare(&name, Linkage::Local, &abi.sig);
        self.ifns.insert(key, id);
        self.queue.push_back((
            id,
            Work::IfaceWrapper {
                entry: e.clone(),
                concrete: t,
            },
        ));
        id
    }

    /// Go's name of method `e` of `t`: `main.T.M`, `main.(*T).M`, for
    /// promoted methods the outer type's.
    pub fn wrapper_name(&self, t: TypeId, e: &MethodEntry) -> String {
        let (base, ptr) = match self.p.ty(self.p.unalias(t)) {
            Type::Pointer(b) => (*b, true),
            _ => (t, false),
        };
        // A value method called through a pointer is Go's (*T).M wrapper.
        if e.path.is_empty() && !e.via_iface && (!ptr || crate::methodset::ptr_recv(self.p, e.obj))
        {
            return self.func_name(e.obj);
        }
        let (pkg, tn) = match self.named_obj(base) {
            Some(o) => {
                let ob = self.p.obj(o);
                let pkg = ob
                    .pkg
                    .map(|pk| self.p.pkg(pk).path.clone())
                    .unwrap_or_default();
                let mut tn = ob.name.as_str().to_string();
                // An instance's type arguments, as in its methods' names.
                if let Some(n) = self.p.named(self.p.unalias(base))
                    && !n.targs.is_empty()
                {
                    let args: Vec<String> = n
                        .targs
                        .iter()
                        .map(|&a| crate::rtype::reflect_name(self.p, a))
                        .collect();
                    tn = format!("{tn}[{}]", args.join(","));
                }
                (pkg, tn)
            }
            None => (String::new(), crate::rtype::reflect_name(self.p, base)),
        };
        let sep = if pkg.is_empty() { "" } else { "." };
        if ptr {
            format!("{pkg}{sep}(*{tn}).{}", e.name)
        } else {
            format!("{pkg}{sep}{tn}.{}", e.name)
        }
    }

    /// A static itab for interface type `iface` holding a `t`.
    pub fn itab(&mut self, iface: TypeId, t: TypeId) -> DataId {
        let p = self.p;
        let key = (
            crate::rtype::type_key(p, iface),
            crate::rtype::type_key(p, t),
        );
        if let Some(&d) = self.itabs.get(&key) {
            return d;
        }
        let imethods = p.interface_type_set(p.under(iface)).methods.clone();
        let inter = self.rtype(iface);
        let typ = self.rtype(t);
        let name = self.data_name("go.itab");
        let id = self
            .module
            .declare_data(&name, Linkage::Local, false, false)
            .expect("itab declares");
        self.itabs.insert(key, id);
        let mut dd = cranelift_module::DataDescription::new();
        let n = imethods.len();
        let mut bytes = vec![0u8; 24 + 8 * n];
        let hash = fnv_key(&crate::rtype::type_key(p, t));
        bytes[16..20].copy_from_slice(&hash.to_le_bytes());
        dd.define(bytes.into_boxed_slice());
        dd.set_align(8);
        let gi = self.module.declare_data_in_data(inter, &mut dd);
        dd.write_data_addr(0, gi, 0);
        let gt = self.module.declare_data_in_data(typ, &mut dd);
        dd.write_data_addr(8, gt, 0);
        for (i, &im) in imethods.iter().enumerate() {
            let Some(m) = self.find_method(t, im) else {
                self.errors.push(format!(
                    "no method {} for interface conversion",
                    p.obj(im).name
                ));
                continue;
            };
            let f = self.method_ifn(t, &m);
            let fr = self.module.declare_func_in_data(f, &mut dd);
            dd.write_function_addr((24 + 8 * i) as u32, fr);
        }
        self.define_data(id, &dd).expect("itab defines");
        id
    }
}

/// A function's name as Go's tracebacks print it: the type arguments of
/// instances elided (`main.Sum[int]` → `main.Sum[...]`).
pub fn go_func_name(sym: &str) -> String {
    let mut out = String::with_capacity(sym.len());
    let mut depth = 0;
    for c in sym.chars() {
        match c {
            '[' => {
                if depth == 0 {
                    out.push_str("[...]");
                }
                depth += 1;
            }
            ']' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

fn fnv_key(k: &str) -> u32 {
    let mut h: u32 = 0x811c9dc5;
    for &c in k.as_bytes() {
        h ^= c as u32;
        h = h.wrapping_mul(0x01000193);
    }
    h
}
