//! File scopes, imports, and collection of package-level objects
//! (resolver.go, the start of check.go).
//!
//! After `collect_objects`, every package-level object is declared in the
//! package scope (or, for imports, its file scope) with a declaration info
//! in `obj_map`, untyped; methods are associated with their receiver base
//! type names in `methods`. `package_objects` then checks each object, which
//! checks the objects it depends on first (see decl.rs).

use crate::constant::Value;
use crate::name::Name;
use crate::source::Pos;
use crate::syntax::ast::{self, Decl, DeclKind, Expr, ExprKind, LitKind, Spec};

use super::check::DeclInfo;
use super::*;

/// A method found while collecting objects, waiting to be associated with
/// its receiver's base type.
struct MethodInfo {
    obj: ObjId,
    ptr: bool,
    recv: Name,
}

impl<'a> Checker<'a> {
    /// Drops files whose package name differs from the package's (types2 initFiles).
    pub fn init_files(&mut self) {
        let files = std::mem::take(&mut self.files);
        let mut pkg_name = self.prog.pkg(self.pkg).name;
        let mut named = false;
        for file in files {
            let name = file.name.name;
            if !named {
                if name.is_blank() {
                    self.error(file.name.pos, "invalid package name _");
                } else {
                    pkg_name = name;
                    self.prog.pkg_mut(self.pkg).name = name;
                }
                named = true;
                self.files.push(file);
            } else if name == pkg_name {
                self.files.push(file);
            } else {
                self.error(
                    file.span.lo,
                    format!("package {name}; expected package {pkg_name}"),
                );
            }
        }
    }

    fn new_decl(&mut self, d: DeclInfo<'a>) -> usize {
        self.decls.push(d);
        self.decls.len() - 1
    }

    /// Declares a package-level object (types2 declarePkgObj).
    fn declare_pkg_obj(&mut self, ident: &'a ast::Ident, obj: ObjId, d: usize) {
        if ident.name.as_str() == "init" {
            self.error(ident.pos, "cannot declare init - must be func");
            return;
        }
        if ident.name.as_str() == "main" && self.prog.pkg(self.pkg).name.as_str() == "main" {
            self.error(ident.pos, "cannot declare main - must be func");
            return;
        }
        let scope = self.prog.pkg(self.pkg).scope;
        self.declare(scope, Some(ident), obj, Pos::NONE);
        self.obj_map.insert(obj, d);
        self.obj_list.push(obj);
        self.prog.obj_mut(obj).order = self.obj_map.len() as u32;
    }

    /// Reports extra or missing initialization expressions (types2 arity).
    pub(crate) fn arity(
        &mut self,
        pos: Pos,
        names: &[ast::Ident],
        inits: &[Expr],
        const_decl: bool,
        inherited: bool,
    ) {
        let (l, r) = (names.len(), inits.len());
        if l < r {
            let n = &inits[l];
            if inherited {
                let at = self.pos_string(n.pos());
                self.error(pos, format!("extra init expr at {at}"));
            } else {
                let s = self.expr_str(n);
                self.error(n.pos(), format!("extra init expr {s}"));
            }
        } else if l > r && (const_decl || r != 1) {
            let n = &names[r];
            self.error(n.pos, format!("missing init expr for {}", n.name));
        }
    }

    /// The package for an import path, importing it on first use; a fake
    /// package (after reporting the error) if it cannot be imported.
    fn import_package(&mut self, pos: Pos, path: &str) -> PkgId {
        if let Some(&p) = self.imp_map.get(path) {
            return p;
        }
        let res = if path == "unsafe" {
            Ok(self.prog.universe.unsafe_pkg)
        } else {
            self.importer.import(self.prog, path)
        };
        let imp = match res {
            Ok(p) => {
                let name = self.prog.pkg(p).name;
                if name.as_str().is_empty() || name.is_blank() {
                    self.error(
                        pos,
                        format!(
                            "could not import {path} (invalid package name: {:?})",
                            name.as_str()
                        ),
                    );
                    self.fake_package(path)
                } else {
                    p
                }
            }
            Err(msg) => {
                self.error(pos, format!("could not import {path} ({msg})"));
                self.fake_package(path)
            }
        };
        self.imp_map.insert(path.to_string(), imp);
        imp
    }

    fn fake_package(&mut self, path: &str) -> PkgId {
        let name = path.trim_end_matches('/');
        let name = name.rsplit('/').next().unwrap_or(name);
        let key = format!("\x00fake:{path}");
        if let Some(&p) = self.prog.pkg_by_path.get(&key) {
            return p;
        }
        let p = self.prog.new_package(&key, Name::intern(name));
        let pk = self.prog.pkg_mut(p);
        pk.path = path.to_string();
        pk.fake = true;
        pk.complete = true;
        p
    }

    /// Declares every package-level object of every file (types2 collectObjects).
    pub fn collect_objects(&mut self) {
        let pkg = self.pkg;
        let pkg_scope = self.prog.pkg(pkg).scope;
        let mut methods: Vec<MethodInfo> = Vec::new();
        let files = self.files.clone();

        for file in files {
            let fscope = self
                .prog
                .new_scope(Some(pkg_scope), file.span.lo, file.span.hi, "file");
            self.file_scopes.push(fscope);

            for decl in &file.decls {
                match decl {
                    Decl::Bad(_) => {}
                    Decl::Gen(g) => self.collect_gen_decl(g, fscope),
                    Decl::Func(f) => {
                        if let Some(m) = self.collect_func_decl(f, fscope) {
                            methods.push(m);
                        }
                    }
                }
            }
        }

        // Objects declared in file scopes (imports) must not clash with
        // package-level objects.
        for i in 0..self.file_scopes.len() {
            let fscope = self.file_scopes[i];
            let mut names: Vec<(Name, ObjId)> = self
                .prog
                .scope(fscope)
                .elems
                .iter()
                .map(|(&n, &o)| (n, o))
                .collect();
            names.sort_by_key(|&(_, o)| self.prog.obj(o).pos);
            for (name, obj) in names {
                let Some(alt) = self.prog.scope_lookup(pkg_scope, name) else {
                    continue;
                };
                let alt_pos = self.prog.obj(alt).pos;
                if let ObjKind::PkgName { imported } = self.prog.obj(obj).kind {
                    let ip = self.prog.pkg(imported);
                    let msg = format!(
                        "{name} already declared through import of package {} ({})",
                        ip.name,
                        super::typestring::go_quote(&ip.path)
                    );
                    let opos = self.prog.obj(obj).pos;
                    self.error_with_alt(alt_pos, msg, opos, format!("other declaration of {name}"));
                } else {
                    let from = self.prog.obj(obj).pkg.map(|p| {
                        let ip = self.prog.pkg(p);
                        format!(
                            "package {} ({})",
                            ip.name,
                            super::typestring::go_quote(&ip.path)
                        )
                    });
                    let msg = format!(
                        "{name} already declared through dot-import of {}",
                        from.unwrap_or_default()
                    );
                    let opos = self.prog.obj(obj).pos;
                    self.error_with_alt(alt_pos, msg, opos, format!("other declaration of {name}"));
                }
            }
        }

        // Associate methods with their receiver base type names.
        for m in methods {
            if let Some((ptr, base)) = self.resolve_base_type_name(m.ptr, m.recv) {
                if let ObjKind::Func { has_ptr_recv, .. } = &mut self.prog.obj_mut(m.obj).kind {
                    *has_ptr_recv = ptr;
                }
                self.methods.entry(base).or_default().push(m.obj);
            }
        }
    }

    fn collect_gen_decl(&mut self, g: &'a ast::GenDecl, fscope: ScopeId) {
        let pkg = self.pkg;
        match g.kind {
            DeclKind::Import => {
                for spec in &g.specs {
                    if let Spec::Import(s) = spec {
                        self.collect_import(s, fscope);
                    }
                }
            }
            DeclKind::Const => {
                // The last spec with a type or values; specs without either
                // inherit them.
                let mut last: Option<&'a ast::ValueSpec> = None;
                for spec in &g.specs {
                    let Spec::Value(s) = spec else { continue };
                    let inherited = if s.typ.is_some() || !s.values.is_empty() {
                        last = Some(s);
                        false
                    } else {
                        last.is_some()
                    };
                    let (vtyp, values): (Option<&'a Expr>, &'a [Expr]) = match last {
                        Some(l) => (l.typ.as_ref(), &l.values),
                        None => (None, &[]),
                    };
                    for (i, name) in s.names.iter().enumerate() {
                        let obj = self.prog.new_obj(
                            ObjKind::Const {
                                val: Value::unknown(),
                            },
                            name.pos,
                            Some(pkg),
                            name.name,
                            None,
                        );
                        let mut d = DeclInfo::new(fscope);
                        d.vtyp = vtyp;
                        d.init = values.get(i);
                        d.inherited = inherited;
                        d.iota = s.iota;
                        let d = self.new_decl(d);
                        self.declare_pkg_obj(name, obj, d);
                    }
                    self.arity(s.span.lo, &s.names, values, true, inherited);
                }
            }
            DeclKind::Var => {
                for spec in &g.specs {
                    let Spec::Value(s) = spec else { continue };
                    let objs: Vec<ObjId> = s
                        .names
                        .iter()
                        .map(|n| {
                            self.prog.new_obj(
                                ObjKind::Var {
                                    kind: VarKind::PackageVar,
                                    embedded: false,
                                    origin: None,
                                },
                                n.pos,
                                Some(pkg),
                                n.name,
                                None,
                            )
                        })
                        .collect();
                    // With at most one value, all variables share one
                    // declaration (n:1 initialization).
                    let shared = if s.values.len() <= 1 {
                        let mut d = DeclInfo::new(fscope);
                        d.lhs = objs.clone();
                        d.vtyp = s.typ.as_ref();
                        d.init = s.values.first();
                        Some(self.new_decl(d))
                    } else {
                        None
                    };
                    for (i, name) in s.names.iter().enumerate() {
                        let d = match shared {
                            Some(d) => d,
                            None => {
                                let mut d = DeclInfo::new(fscope);
                                d.vtyp = s.typ.as_ref();
                                d.init = s.values.get(i);
                                self.new_decl(d)
                            }
                        };
                        self.declare_pkg_obj(name, objs[i], d);
                    }
                    if s.typ.is_none() || !s.values.is_empty() {
                        self.arity(s.span.lo, &s.names, &s.values, false, false);
                    }
                }
            }
            DeclKind::Type => {
                for spec in &g.specs {
                    let Spec::Type(s) = spec else { continue };
                    let obj = self.prog.new_obj(
                        ObjKind::TypeName,
                        s.name.pos,
                        Some(pkg),
                        s.name.name,
                        None,
                    );
                    let mut d = DeclInfo::new(fscope);
                    d.tdecl = Some(s);
                    let d = self.new_decl(d);
                    self.declare_pkg_obj(&s.name, obj, d);
                }
            }
        }
    }

    fn collect_import(&mut self, s: &'a ast::ImportSpec, fscope: ScopeId) {
        let pkg = self.pkg;
        let path = match validated_import_path(&s.path) {
            Ok(p) => p,
            Err(e) => {
                self.error(s.path.pos, format!("invalid import path ({e})"));
                return;
            }
        };
        let imp = self.import_package(s.path.pos, &path);
        let mut name = self.prog.pkg(imp).name;
        if let Some(n) = &s.name {
            name = n.name;
            if path == "C" {
                self.error(n.pos, "cannot rename import \"C\"");
                return;
            }
        }
        if name.as_str() == "init" {
            self.error(
                s.span.lo,
                "cannot import package as init - init must be a func",
            );
            return;
        }
        if !self.prog.pkg(pkg).imports.contains(&imp) {
            self.prog.pkg_mut(pkg).imports.push(imp);
        }
        let pkg_name = self.prog.new_obj(
            ObjKind::PkgName { imported: imp },
            s.span.lo,
            Some(pkg),
            name,
            None,
        );
        match &s.name {
            Some(n) => self.record_def(n, pkg_name),
            None => {
                self.prog.info.imports.insert(s.path.pos, pkg_name);
            }
        }
        if self.prog.pkg(imp).fake {
            // Don't also complain that a package that failed to import is unused.
            self.used_pkg_names.insert(pkg_name);
        }
        self.imports.push(pkg_name);
        if name.as_str() == "." {
            // Dot-import: merge the exported objects into the file scope.
            let iscope = self.prog.pkg(imp).scope;
            let mut elems: Vec<(Name, ObjId)> = self
                .prog
                .scope(iscope)
                .elems
                .iter()
                .map(|(&n, &o)| (n, o))
                .collect();
            elems.sort_by_key(|&(n, _)| n);
            for (n, o) in elems {
                if !n.is_exported() {
                    continue;
                }
                if let Some(alt) = self.prog.scope_lookup(fscope, n) {
                    let alt_pos = self.prog.obj(alt).pos;
                    let at = s.name.as_ref().map(|i| i.pos).unwrap_or(s.span.lo);
                    self.error_with_alt(
                        at,
                        format!("{n} redeclared in this block"),
                        alt_pos,
                        format!("other declaration of {n}"),
                    );
                } else {
                    // Insert without changing the object's parent.
                    self.prog.scope_mut(fscope).elems.insert(n, o);
                    self.dot_import_map.insert((fscope, n), pkg_name);
                }
            }
        } else {
            self.declare(fscope, None, pkg_name, Pos::NONE);
        }
    }

    fn collect_func_decl(&mut self, f: &'a ast::FuncDecl, fscope: ScopeId) -> Option<MethodInfo> {
        let pkg = self.pkg;
        let pkg_scope = self.prog.pkg(pkg).scope;
        let name = f.name.name;
        let obj = self.prog.new_obj(
            ObjKind::Func {
                origin: None,
                has_ptr_recv: false,
            },
            f.name.pos,
            Some(pkg),
            name,
            None,
        );
        let tparam0 = f.typ.tparams.as_ref().and_then(|t| t.list.first());
        let mut method = None;
        match &f.recv {
            None => {
                let is_main_pkg = self.prog.pkg(pkg).name.as_str() == "main";
                if name.as_str() == "init" || (name.as_str() == "main" && is_main_pkg) {
                    if let Some(tp) = tparam0 {
                        self.soft_error(
                            tp.span.lo,
                            format!("func {name} must have no type parameters"),
                        );
                    }
                    let has_results = f.typ.results.as_ref().is_some_and(|r| !r.list.is_empty());
                    if !f.typ.params.list.is_empty() || has_results {
                        self.soft_error(
                            f.name.pos,
                            format!("func {name} must have no arguments and no return values"),
                        );
                    }
                }
                if name.as_str() == "init" {
                    self.prog.obj_mut(obj).parent = Some(pkg_scope);
                    self.record_def(&f.name, obj);
                    if f.body.is_none() {
                        self.soft_error(f.name.pos, "func init must have a body");
                    }
                } else {
                    self.declare(pkg_scope, Some(&f.name), obj, Pos::NONE);
                }
            }
            Some(recv) => {
                if let Some(field) = recv.list.first() {
                    let (ptr, base) = unpack_recv(&field.typ);
                    if let (Some(b), false) = (base.as_ident(), name.is_blank()) {
                        method = Some(MethodInfo { obj, ptr, recv: b });
                    }
                }
                self.record_def(&f.name, obj);
            }
        }
        if f.body.is_none() && !self.conf.allow_missing_bodies && name.as_str() != "init" {
            self.soft_error(f.name.pos, "missing function body");
        }
        let mut d = DeclInfo::new(fscope);
        d.fdecl = Some(f);
        let d = self.new_decl(d);
        self.obj_map.insert(obj, d);
        self.obj_list.push(obj);
        self.prog.obj_mut(obj).order = self.obj_map.len() as u32;
        method
    }

    /// Follows alias declarations from a receiver's type name to the
    /// defined type it denotes, if that is a package-level type of this
    /// package (types2 resolveBaseTypeName). Returns whether the receiver is
    /// a pointer and the type name.
    fn resolve_base_type_name(&mut self, mut ptr: bool, name: Name) -> Option<(bool, ObjId)> {
        let pkg_scope = self.prog.pkg(self.pkg).scope;
        let mut name = Some(name);
        let mut seen: Vec<ObjId> = Vec::new();
        while let Some(n) = name {
            let obj = self.prog.scope_lookup(pkg_scope, n)?;
            if !matches!(self.prog.obj(obj).kind, ObjKind::TypeName) {
                return None;
            }
            if seen.contains(&obj) {
                return None;
            }
            let d = *self.obj_map.get(&obj)?;
            let tdecl = self.decls[d].tdecl?;
            if tdecl.assign.is_none() {
                return Some((ptr, obj));
            }
            if tdecl.tparams.is_some() {
                return None;
            }
            seen.push(obj);
            let mut typ = tdecl.typ.unparen();
            if let ExprKind::Star(x) = &typ.kind {
                if ptr {
                    return None;
                }
                ptr = true;
                typ = x.unparen();
            }
            name = typ.as_ident();
        }
        None
    }

    /// Checks every package-level object: non-alias types first, then
    /// aliases, then everything else (types2 packageObjects).
    pub fn package_objects(&mut self) {
        self.direct_cycles();
        let list = self.obj_list.clone();
        let mut aliases = Vec::new();
        let mut others = Vec::new();
        for obj in list {
            if matches!(self.prog.obj(obj).kind, ObjKind::TypeName) {
                let d = self.obj_map[&obj];
                if self.decls[d].tdecl.is_some_and(|t| t.assign.is_some()) {
                    aliases.push(obj);
                } else {
                    self.obj_decl(obj, None);
                }
            } else {
                others.push(obj);
            }
        }
        for obj in aliases {
            self.obj_decl(obj, None);
        }
        for obj in others {
            self.obj_decl(obj, None);
        }
        self.methods.clear();
    }

    /// Reports cycles of type declarations whose right-hand sides are plain
    /// type names (`type A B; type B A`) before anything else, so that
    /// underlying types can be resolved by following names (types2
    /// directCycles).
    fn direct_cycles(&mut self) {
        let pkg_scope = self.prog.pkg(self.pkg).scope;
        let mut done: std::collections::HashSet<ObjId> = std::collections::HashSet::default();
        let list = self.obj_list.clone();
        for start in list {
            if !matches!(self.prog.obj(start).kind, ObjKind::TypeName) {
                continue;
            }
            let mut path: Vec<ObjId> = Vec::new();
            let mut t = start;
            loop {
                if done.contains(&t) {
                    break;
                }
                if let Some(i) = path.iter().position(|&p| p == t) {
                    let cycle = path[i..].to_vec();
                    self.prog.obj_mut(t).typ = Some(self.invalid());
                    let first = self.first_in_src(&cycle);
                    self.cycle_error(&cycle, first);
                    break;
                }
                path.push(t);
                let Some(&d) = self.obj_map.get(&t) else {
                    break;
                };
                let Some(td) = self.decls[d].tdecl else { break };
                let Some(rhs) = td.typ.as_ident() else { break };
                let Some(next) = self.prog.scope_lookup(pkg_scope, rhs) else {
                    break;
                };
                if !matches!(self.prog.obj(next).kind, ObjKind::TypeName)
                    || !self.obj_map.contains_key(&next)
                {
                    break;
                }
                t = next;
            }
            done.extend(path);
        }
    }

    /// Reports imports that were not used (types2 unusedImports).
    pub fn unused_imports(&mut self) {
        if self.conf.ignore_func_bodies || self.conf.pruned {
            return;
        }
        let imports = self.imports.clone();
        for obj in imports {
            let o = self.prog.obj(obj);
            if o.name.is_blank() || self.used_pkg_names.contains(&obj) {
                continue;
            }
            let ObjKind::PkgName { imported } = o.kind else {
                continue;
            };
            let path = self.prog.pkg(imported).path.clone();
            let elem = path.rsplit('/').next().unwrap_or(&path);
            let (name, pos) = (o.name, o.pos);
            let q = super::typestring::go_quote(&path);
            if name.as_str().is_empty() || name.as_str() == "." || name.as_str() == elem {
                self.soft_error(pos, format!("{q} imported and not used"));
            } else {
                self.soft_error(pos, format!("{q} imported as {name} and not used"));
            }
        }
    }
}

/// Splits a receiver type into pointer-ness and base type expression,
/// dropping type arguments (types2 unpackRecv).
pub fn unpack_recv(rtyp: &Expr) -> (bool, &Expr) {
    let mut base = rtyp.unparen();
    let mut ptr = false;
    if let ExprKind::Star(x) = &base.kind {
        ptr = true;
        base = x.unparen();
    }
    if let ExprKind::Index { x, .. } = &base.kind {
        base = x;
    }
    (ptr, base)
}

/// The import path of an import spec, validated as types2 does.
fn validated_import_path(lit: &ast::BasicLit) -> Result<String, String> {
    if lit.kind != LitKind::String {
        return Err("invalid syntax".into());
    }
    let v = Value::from_literal(LitKind::String, &lit.raw);
    if v.kind() != crate::constant::Kind::String {
        return Err("invalid syntax".into());
    }
    let s = String::from_utf8_lossy(v.string_val()).into_owned();
    if s.is_empty() {
        return Err("empty string".into());
    }
    const ILLEGAL: &str = "!\"#$%&'()*,:;<=>?[\\]^{|}`\u{FFFD}";
    for c in s.chars() {
        if c.is_control() || c.is_whitespace() || ILLEGAL.contains(c) {
            return Err(format!("invalid character {}", go_sharp_u(c)));
        }
    }
    Ok(s)
}

/// Go's `%#U`: `U+0041 'A'`.
fn go_sharp_u(c: char) -> String {
    if super::typestring::is_go_printable(c) {
        format!("U+{:04X} '{c}'", c as u32)
    } else {
        format!("U+{:04X}", c as u32)
    }
}
