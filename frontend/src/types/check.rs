//! The checker: its state, its entry point, error reporting and recording
//! (check.go, errors.go, recording.go).
//!
//! A package is checked in phases, as in go/types: collect the package-level
//! objects of all files (resolver.rs), check each one on demand in
//! dependency order (decl.rs), check function bodies later (delayed actions,
//! in source order), compute the variables' initialization order
//! (initorder.rs), then report unused imports and record the final types of
//! untyped expressions.
//!
//! Invariants:
//! - Every error is reported through `report`, which suppresses follow-on
//!   errors mentioning invalid operands or types once an error exists.
//! - Delayed actions run in FIFO order after the statement or declaration
//!   that pushed them, so function bodies see all package-level objects.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::cell::RefCell;

use crate::constant::Value;
use crate::diag::Diagnostic;
use crate::name::Name;
use crate::source::{FileSet, Pos};
use crate::syntax::ast::{self, Expr, NodeId};

use super::operand::{Mode, Operand};
use super::program::{Instance, Selection};
use super::typ::{TypeAndValue, TypeId};
use super::{ObjId, PkgId, Program, ScopeId};

/// Finds imported packages for the checker (go/types' Importer). It checks
/// the imported package into the same program if it is not there yet.
pub trait Importer {
    /// The package at import `path`, or a message explaining why it cannot
    /// be imported (gc prints it after `could not import PATH (...)`).
    fn import(&mut self, prog: &mut Program, path: &str) -> Result<PkgId, String>;
}

/// An importer that knows no packages (for tests and single-file checks).
pub struct NoImporter;

impl Importer for NoImporter {
    fn import(&mut self, _prog: &mut Program, path: &str) -> Result<PkgId, String> {
        Err(format!("package {path} is not in std"))
    }
}

#[derive(Clone, Debug)]
pub struct Config {
    /// Language version: minor version of Go 1.x.
    pub go_minor: u32,
    /// Accept function declarations without bodies (package APIs declared
    /// in Go whose bodies are native); otherwise gc's "missing function body".
    pub allow_missing_bodies: bool,
    /// Skip function bodies (imported packages only need their API).
    pub ignore_func_bodies: bool,
    /// Parts of the package were dropped before parsing as unreachable:
    /// an import the kept parts do not use is expected, not an error.
    pub pruned: bool,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            go_minor: 27,
            allow_missing_bodies: false,
            ignore_func_bodies: false,
            pruned: false,
        }
    }
}

/// What the checker knows of a package-level object's declaration (or a
/// method's), so it can be checked when first needed (go/types' declInfo).
pub struct DeclInfo<'a> {
    /// Scope of the file containing the declaration.
    pub file_scope: ScopeId,
    /// For `var a, b = f()`: all variables of the spec (the same DeclInfo
    /// serves each).
    pub lhs: Vec<ObjId>,
    pub vtyp: Option<&'a Expr>,
    pub init: Option<&'a Expr>,
    /// A constant whose type and value come from the previous spec.
    pub inherited: bool,
    pub tdecl: Option<&'a ast::TypeSpec>,
    pub fdecl: Option<&'a ast::FuncDecl>,
    /// Value of iota for a constant.
    pub iota: u32,
    /// Package-level objects this declaration's initializer refers to, in
    /// first-reference order (for initialization order).
    pub deps: Vec<ObjId>,
    pub dep_set: HashSet<ObjId>,
}

impl<'a> DeclInfo<'a> {
    pub fn new(file_scope: ScopeId) -> DeclInfo<'a> {
        DeclInfo {
            file_scope,
            lhs: Vec::new(),
            vtyp: None,
            init: None,
            inherited: false,
            tdecl: None,
            fdecl: None,
            iota: 0,
            deps: Vec::new(),
            dep_set: HashSet::default(),
        }
    }
    pub fn add_dep(&mut self, o: ObjId) {
        if self.dep_set.insert(o) {
            self.deps.push(o);
        }
    }
}

/// The environment of the object or function being checked (go/types'
/// environment). Saved and restored around nested checks.
#[derive(Clone, Default)]
pub struct Environment {
    /// Declaration (index into `Checker::decls`) of the package-level
    /// object whose declaration or body is being checked.
    pub decl: Option<usize>,
    /// Innermost scope for lookups.
    pub scope: Option<ScopeId>,
    /// Value of iota in a constant declaration.
    pub iota: Option<Value>,
    /// Identifier position of a constant with inherited initializer: errors
    /// in the initializer are reported there.
    pub errpos: Option<Pos>,
    pub in_tparam_list: bool,
    /// Signature of the function whose body is being checked.
    pub sig: Option<TypeId>,
    /// Calls to panic (for terminating-statement analysis), by call expr id.
    pub is_panic: HashSet<NodeId>,
    /// The function uses labels.
    pub has_label: bool,
    /// The expression contains a call or a receive.
    pub has_call_or_recv: bool,
}

/// An untyped expression whose final type is decided by its context
/// (go/types' exprInfo).
#[derive(Clone, Debug)]
pub struct ExprInfo {
    /// Left operand of a shift with delayed type check.
    pub is_lhs: bool,
    pub mode: Mode,
    pub typ: TypeId,
    pub val: Option<Value>,
}

pub type Action<'a> = Box<dyn FnOnce(&mut Checker<'a>) + 'a>;

pub struct Checker<'a> {
    pub prog: &'a mut Program,
    pub importer: &'a mut dyn Importer,
    pub conf: Config,
    pub pkg: PkgId,
    /// The package's files (those whose package clause matches).
    pub files: Vec<&'a ast::File>,
    /// Positions in messages ("declared at x.go:3:5") are rendered with it.
    pub fset: &'a FileSet,

    /// Declaration infos; several objects share one for `var a, b = f()`.
    pub decls: Vec<DeclInfo<'a>>,
    /// Declaration info (index into `decls`) of package-level objects and
    /// methods.
    pub obj_map: HashMap<ObjId, usize>,
    /// Keys of obj_map in source order.
    pub obj_list: Vec<ObjId>,
    /// Packages imported by path.
    pub imp_map: HashMap<String, PkgId>,
    /// PkgName objects of all imports.
    pub imports: Vec<ObjId>,
    /// Objects dot-imported into a file scope, mapped to the PkgName they
    /// came through (for "imported and not used").
    pub dot_import_map: HashMap<(ScopeId, Name), ObjId>,
    /// File scopes, parallel to `files`.
    pub file_scopes: Vec<ScopeId>,
    /// Aliases whose type is being determined (cycle detection).
    pub broken_aliases: HashSet<ObjId>,
    pub used_vars: HashSet<ObjId>,
    pub used_pkg_names: HashSet<ObjId>,
    /// Methods associated with package-level type names.
    pub methods: HashMap<ObjId, Vec<ObjId>>,
    /// Untyped expressions, by expression id, with their expressions.
    pub untyped: HashMap<NodeId, (ExprInfo, &'a Expr)>,
    pub delayed: Vec<Action<'a>>,
    /// Objects whose declarations are being checked, outermost first.
    pub obj_path: Vec<ObjId>,
    pub env: Environment,
    /// Instances created while checking (go/types' Context): identical
    /// instantiations share one type, found by a hash of the type
    /// arguments and compared by identity (instantiate.rs).
    pub instances: super::instantiate::Context,
    /// Named instances whose expansion waits for their origin's underlying type.
    pub pending_expansions: Vec<TypeId>,

    pub errors: Vec<Diagnostic>,
    pub first_err: bool,
    /// Instantiations, for finding instantiation cycles (mono.rs).
    pub(crate) mono: super::mono::MonoGraph,
    /// Package name → import paths seen with that name (qualifier).
    pkg_path_map: RefCell<Option<HashMap<Name, HashSet<String>>>>,
}

impl<'a> Checker<'a> {
    pub fn new(
        prog: &'a mut Program,
        importer: &'a mut dyn Importer,
        conf: Config,
        fset: &'a FileSet,
        pkg: PkgId,
        files: &'a [ast::File],
    ) -> Checker<'a> {
        Checker {
            prog,
            importer,
            conf,
            pkg,
            files: files.iter().collect(),
            fset,
            decls: Vec::new(),
            obj_map: HashMap::default(),
            obj_list: Vec::new(),
            imp_map: HashMap::default(),
            imports: Vec::new(),
            dot_import_map: HashMap::default(),
            file_scopes: Vec::new(),
            broken_aliases: HashSet::default(),
            used_vars: HashSet::default(),
            used_pkg_names: HashSet::default(),
            methods: HashMap::default(),
            untyped: HashMap::default(),
            delayed: Vec::new(),
            obj_path: Vec::new(),
            env: Environment::default(),
            instances: Default::default(),
            pending_expansions: Vec::new(),
            errors: Vec::new(),
            first_err: false,
            mono: Default::default(),
            pkg_path_map: RefCell::new(None),
        }
    }

    /// Checks the package's files (go/types' checkFiles).
    pub fn check_files(&mut self) {
        self.init_files();
        self.collect_objects();
        self.package_objects();
        self.process_delayed(0);
        self.expand_pending();
        self.init_order();
        self.unused_imports();
        self.record_untyped();
        // As types2: only a package without other errors is checked for
        // instantiation cycles.
        if !self.first_err {
            self.monomorph();
        }
        self.prog.pkg_mut(self.pkg).complete = true;
    }

    // -- delayed actions and the object path --------------------------------------

    /// Pushes an action to run after the current declaration or statement.
    pub fn later(&mut self, f: impl FnOnce(&mut Checker<'a>) + 'a) {
        self.delayed.push(Box::new(f));
    }

    /// Runs delayed actions from index `top` on, including ones they push.
    pub fn process_delayed(&mut self, top: usize) {
        let mut i = top;
        while i < self.delayed.len() {
            let f = std::mem::replace(&mut self.delayed[i], Box::new(|_| {}));
            f(self);
            i += 1;
        }
        self.delayed.truncate(top);
    }

    pub fn push_obj(&mut self, o: ObjId) -> usize {
        let i = self.obj_path.len();
        self.obj_path.push(o);
        self.prog.obj_mut(o).path_idx = i as u32;
        i
    }

    pub fn pop_obj(&mut self) {
        self.obj_path.pop();
    }

    /// Records that the declaration being checked depends on package-level
    /// object `to` (types2 addDeclDep): used for initialization order.
    pub fn add_decl_dep(&mut self, to: ObjId) {
        let Some(from) = self.env.decl else { return };
        if self.obj_map.contains_key(&to) {
            self.decls[from].add_dep(to);
        }
    }

    // -- errors ---------------------------------------------------------------------

    /// Reports an error at `pos` (the start of the offending node, as types2).
    pub fn error(&mut self, pos: Pos, msg: impl Into<String>) {
        self.report(pos, msg.into(), false);
    }

    /// A "soft" error: reported the same, but types2 marks it as not
    /// affecting the validity of the package.
    pub fn soft_error(&mut self, pos: Pos, msg: impl Into<String>) {
        self.report(pos, msg.into(), true);
    }

    /// Reports an error with continuation lines (`\n\tfile:line:col: ...`):
    /// the first line is the error; gc prints the rest indented below it.
    pub fn error_with_alt(
        &mut self,
        pos: Pos,
        msg: impl Into<String>,
        alt_pos: Pos,
        alt_msg: impl Into<String>,
    ) {
        let notes = if alt_pos.is_valid() {
            vec![(alt_pos, alt_msg.into())]
        } else {
            Vec::new()
        };
        self.report_full(pos, msg.into(), notes);
    }

    fn report(&mut self, pos: Pos, msg: String, _soft: bool) {
        self.report_full(pos, msg, Vec::new());
    }

    /// Reports an error with continuation lines, each with its position.
    pub fn report_full(&mut self, mut pos: Pos, msg: String, notes: Vec<(Pos, String)>) {
        // Errors mentioning invalid operands or types are most likely
        // follow-on errors: report them only if nothing else was.
        if self.first_err {
            let inv_op = msg.find("invalid operand").is_some_and(|i| i > 0);
            let inv_ty = msg.find("invalid type").is_some_and(|i| i > 0);
            if inv_op || inv_ty {
                return;
            }
        }
        if let Some(ep) = self.env.errpos {
            pos = ep;
        }
        self.first_err = true;
        self.errors.push(Diagnostic { pos, msg, notes });
    }

    // -- formatting for messages -------------------------------------------------------

    /// Qualifies a package in messages: unqualified for the package being
    /// checked, by name otherwise, by quoted path when two imported
    /// packages share a name.
    pub fn qualify(&self, pkg: PkgId) -> String {
        if pkg == self.pkg {
            return String::new();
        }
        let p = self.prog.pkg(pkg);
        let mut map = self.pkg_path_map.borrow_mut();
        let map = map.get_or_insert_with(|| {
            let mut m: HashMap<Name, HashSet<String>> = HashMap::default();
            let mut seen = HashSet::default();
            let mut stack = vec![self.pkg];
            while let Some(q) = stack.pop() {
                if !seen.insert(q) {
                    continue;
                }
                for &imp in &self.prog.pkg(q).imports {
                    let ip = self.prog.pkg(imp);
                    m.entry(ip.name).or_default().insert(ip.path.clone());
                    stack.push(imp);
                }
            }
            m
        });
        if map.get(&p.name).is_some_and(|s| s.len() > 1) {
            return super::typestring::go_quote(&p.path);
        }
        p.name.as_str().to_string()
    }

    pub fn type_str(&self, t: TypeId) -> String {
        self.prog.type_string(t, Some(&|p| self.qualify(p)))
    }

    pub fn obj_str(&self, o: ObjId) -> String {
        self.prog.object_string(o, Some(&|p| self.qualify(p)))
    }

    pub fn op_str(&self, x: &Operand) -> String {
        self.prog.operand_string(x, Some(&|p| self.qualify(p)))
    }

    pub fn expr_str(&self, e: &Expr) -> String {
        super::exprstring::expr_string(e)
    }

    // -- recording ------------------------------------------------------------------------

    pub fn record_type_and_value(&mut self, e: &Expr, mode: Mode, typ: TypeId, val: Option<Value>) {
        if mode == Mode::Invalid {
            return;
        }
        let val = if mode == Mode::Constant { val } else { None };
        self.prog
            .info
            .types
            .insert(e.id, TypeAndValue { mode, typ, val });
    }

    /// Records the type of every operand of a builtin call's function
    /// expression (the builtin itself) as its signature.
    pub fn record_builtin_type(&mut self, f: &Expr, sig: TypeId) {
        let mut e = f;
        loop {
            self.prog.info.types.insert(
                e.id,
                TypeAndValue {
                    mode: Mode::Builtin,
                    typ: sig,
                    val: None,
                },
            );
            match &e.kind {
                ast::ExprKind::Paren(x) => e = x,
                _ => break,
            }
        }
    }

    /// Records `(T, bool)` (or `(T, error)`) as the type of a comma-ok
    /// expression used in a two-value context.
    pub fn record_comma_ok_types(&mut self, e: &Expr, t0: TypeId, t1: TypeId) {
        let tuple = self.prog.new_tuple_of(&[t0, t1]);
        let mut e = e;
        loop {
            if let Some(tv) = self.prog.info.types.get_mut(&e.id) {
                tv.typ = tuple;
            }
            match &e.kind {
                ast::ExprKind::Paren(x) => e = x,
                _ => break,
            }
        }
    }

    pub fn record_def(&mut self, id: &ast::Ident, obj: ObjId) {
        self.prog.info.defs.insert(id.id, obj);
    }

    pub fn record_use(&mut self, id: NodeId, obj: ObjId) {
        self.prog.info.uses.insert(id, obj);
    }

    pub fn record_implicit(&mut self, node: NodeId, obj: ObjId) {
        self.prog.info.implicits.insert(node, obj);
    }

    pub fn record_selection(&mut self, e: &Expr, sel: Selection) {
        self.prog.info.selections.insert(e.id, sel);
    }

    pub fn record_scope(&mut self, node: NodeId, scope: ScopeId) {
        self.prog.info.scopes.insert(node, scope);
    }

    pub fn record_instance(&mut self, node: NodeId, targs: Vec<TypeId>, typ: TypeId) {
        self.prog
            .info
            .instances
            .insert(node, Instance { targs, typ });
    }

    /// Remembers an untyped expression until its final type is known.
    pub fn remember_untyped(
        &mut self,
        e: &'a Expr,
        is_lhs: bool,
        mode: Mode,
        typ: TypeId,
        val: Option<Value>,
    ) {
        self.untyped.insert(
            e.id,
            (
                ExprInfo {
                    is_lhs,
                    mode,
                    typ,
                    val,
                },
                e,
            ),
        );
    }

    /// Records the final types of expressions that stayed untyped (their
    /// default types are chosen by the backend from the recorded kind).
    fn record_untyped(&mut self) {
        let mut list: Vec<(NodeId, ExprInfo)> = self
            .untyped
            .drain()
            .map(|(k, (info, _))| (k, info))
            .collect();
        list.sort_by_key(|(k, _)| *k);
        for (id, info) in list {
            if info.mode == Mode::Invalid {
                continue;
            }
            let val = if info.mode == Mode::Constant {
                info.val
            } else {
                None
            };
            self.prog.info.types.insert(
                id,
                TypeAndValue {
                    mode: info.mode,
                    typ: info.typ,
                    val,
                },
            );
        }
    }

    // -- scopes -----------------------------------------------------------------------------

    /// The innermost scope of the current environment.
    pub fn scope(&self) -> ScopeId {
        self.env.scope.unwrap_or(self.prog.pkg(self.pkg).scope)
    }

    /// Declares `obj` in `scope` (go/types' declare): records the
    /// definition, reports a redeclaration, and sets the scope position.
    pub fn declare(&mut self, scope: ScopeId, id: Option<&ast::Ident>, obj: ObjId, scope_pos: Pos) {
        let name = self.prog.obj(obj).name;
        if !name.is_blank() {
            if let Some(alt) = self.prog.scope_insert(scope, obj) {
                let pos = self.prog.obj(obj).pos;
                let alt_pos = self.prog.obj(alt).pos;
                self.error_with_alt(
                    pos,
                    format!("{name} redeclared in this block"),
                    alt_pos,
                    format!("other declaration of {name}"),
                );
                return;
            }
            self.prog.obj_mut(obj).scope_pos = scope_pos;
        }
        if let Some(id) = id {
            self.record_def(id, obj);
        }
    }

    /// Opens a new scope nested in the current one, spanning `pos..end`,
    /// recorded for `node` if given (types2 openScope); returns it.
    pub fn open_scope(
        &mut self,
        node: Option<NodeId>,
        pos: Pos,
        end: Pos,
        comment: &'static str,
    ) -> ScopeId {
        let parent = self.scope();
        let s = self.prog.new_scope(Some(parent), pos, end, comment);
        if let Some(n) = node {
            self.record_scope(n, s);
        }
        self.env.scope = Some(s);
        s
    }

    /// Returns to the parent of the current scope (types2 closeScope).
    pub fn close_scope(&mut self) {
        let s = self.scope();
        self.env.scope = self.prog.scope(s).parent;
    }

    /// Looks a name up from the current scope (go/types' lookup): respects
    /// declaration order in local scopes.
    pub fn lookup(&self, name: Name, pos: Pos) -> Option<ObjId> {
        self.prog
            .lookup_parent(self.scope(), name, pos)
            .map(|(_, o)| o)
    }

    /// A position as gc prints it inside messages (`x.go:3:5`).
    pub fn pos_string(&self, pos: Pos) -> String {
        self.fset
            .position(pos)
            .map(|p| p.to_string())
            .unwrap_or_else(|| "?".into())
    }

    /// The 1-based line of a position.
    pub fn line_of(&self, pos: Pos) -> u32 {
        self.fset.position(pos).map(|p| p.line).unwrap_or(0)
    }

    pub fn invalid(&self) -> TypeId {
        self.prog.universe.invalid
    }
}

/// Checks one package's files into `prog` and returns it with the
/// diagnostics found (unsorted; gc's order and limits are applied by the
/// caller, see [`crate::diag::sort_and_dedup`]).
pub fn check_package(
    prog: &mut Program,
    importer: &mut dyn Importer,
    fset: &FileSet,
    conf: Config,
    path: &str,
    files: &[ast::File],
) -> (PkgId, Vec<Diagnostic>) {
    let name = files
        .first()
        .map(|f| f.name.name)
        .unwrap_or_else(|| Name::intern("main"));
    let pkg = match prog.pkg_by_path.get(path) {
        Some(&p) => p,
        None => prog.new_package(path, name),
    };
    let mut check = Checker::new(prog, importer, conf, fset, pkg, files);
    check.check_files();
    let errors = std::mem::take(&mut check.errors);
    (pkg, errors)
}
