//! Pruning the embedded standard library to what a program can reach, by
//! name, before anything of it is parsed.
//!
//! Start-up is dominated by the standard library: `fmt` alone pulls in
//! 17,000 lines (os, syscall, time, io/fs, ...) of which a hello world
//! calls a few dozen functions. So the loader first scans the sources of
//! the standard-library packages a program imports — a pass over bytes
//! that finds top-level declarations, their names and the identifiers in
//! them, with no lexer or parser — and keeps what is used:
//!
//! - the main package is used whole: every identifier in it is used;
//! - a function is kept if its name is used; a method's declaration is
//!   kept with its receiver's type (method sets and interface satisfaction
//!   need every signature), its body only if its name is used as a
//!   selector (`x.M`: a bare identifier never names a method);
//! - a type, constant or variable spec is kept if one of its names is
//!   used; a constant group that counts with `iota` or repeats an
//!   expression is kept whole, since dropping a spec would renumber the
//!   rest; init functions and blank variables are always kept;
//! - an import is kept if its file's kept parts use the package's name;
//! - the methods the runtime and fmt's natives call by name
//!   ([`CALLED_BY_NAME`]) are used from the start.
//!
//! What a kept declaration mentions is used in turn, to a fixpoint. Names
//! are compared without regard to package or scope, so what is kept is a
//! superset of what the JIT's reachability (by types) can ask for: a call,
//! a reference, a selector, a composite-literal key all name what they
//! reach. The one thing the JIT compiles without a name is a method table,
//! which lists every method of a type; a method whose body was dropped is
//! marked [`pruned`](gorun_frontend::syntax::ast::FuncDecl::pruned) and
//! compiles to a fatal error, since nothing can call it.
//!
//! What is dropped is blanked out of the source (each byte a space, line
//! breaks kept), so every position — the lines of tracebacks included — is
//! that of the full file.
//!
//! Invariant this relies on, kept by the sources under `stdlib/go/`: a
//! package-level variable whose name is never used has no initializer
//! with effects beyond the variable (such effects go in `init`, or in a
//! blank variable's initializer).

use gorun_stdlib::decls::{
    Decl, DeclKind, Kind, Use, decode, is_selector, scan, split_decls, text,
};
use rustc_hash::{FxHashMap, FxHashSet};

/// Methods called from outside Go code whose bodies are always kept: fmt's
/// natives call Write and Read through an io.Writer's or io.Reader's itab;
/// Error, looked up by fmt and the runtime's panic printing, belongs to
/// error values, made to be converted to `error`. The other methods the
/// natives look up by name (`gorun_jit::NATIVE_LOOKUPS`: String, Format,
/// ...) are kept when the JIT finds a method table that needs them
/// (`CompileError::NeedBodies`); then the program is loaded again.
pub const CALLED_BY_NAME: &[&str] = &["Write", "Read", "Error"];

/// Method bodies to keep however their names are used: (package path,
/// receiver's type name, method name).
pub type KeptBodies = FxHashSet<(String, String, String)>;

/// Declarations the JIT reads by name: the runtime's panic value types
/// (`gorun_jit`'s `runtime_error_types`). Every program links the runtime
/// package.
const JIT_ROOTS: &[&str] = &[
    "errorString",
    "plainError",
    "boundsError",
    "PanicNilError",
    "TypeAssertionError",
];

/// A standard-library package after pruning: each file's kept source and
/// the offsets of the `func` keywords of methods whose bodies were dropped.
pub struct PrunedPackage {
    pub files: Vec<PrunedFile>,
}

pub struct PrunedFile {
    pub name: &'static str,
    /// The file with what was dropped blanked (same length and lines).
    pub src: String,
    /// Offsets of the `func` keywords of methods whose bodies were dropped,
    /// ascending.
    pub pruned_bodies: Vec<u32>,
}

/// The pruned standard library of one program, by import path. A package
/// not listed (the program cannot reach it by name, so nothing imports it)
/// is served whole if something does.
#[derive(Default)]
pub struct Plan {
    pub packages: FxHashMap<&'static str, PrunedPackage>,
}

/// Computes what of the standard library the program whose main package is
/// `main_files` can reach.
pub fn plan(main_files: &[(String, String)], kept_bodies: &KeptBodies) -> Plan {
    let mut p = Pruner {
        kept_bodies: kept_bodies.clone(),
        ..Pruner::default()
    };
    for name in CALLED_BY_NAME {
        p.use_name(name, true);
    }
    for name in JIT_ROOTS {
        p.use_name(name, false);
    }
    // Every name the main package uses, before any declaration waits.
    let mut imports = Vec::new();
    for (_, src) in main_files {
        let toks = scan(src);
        for (j, t) in toks.iter().enumerate() {
            if t.kind == Kind::Ident {
                p.use_name(text(src, t), is_selector(&toks, j));
            }
        }
        for d in split_decls(src, &toks).1 {
            if let DeclKind::Import(specs) = d.kind {
                imports.extend(specs.into_iter().map(|s| s.path.to_string()));
            }
        }
    }
    p.reach("runtime");
    for path in imports {
        p.reach(&path);
    }
    p.run();
    p.finish()
}

// -- the fixpoint -------------------------------------------------------------------

/// What becomes kept when a name is first used.
#[derive(Clone, Copy)]
enum Item {
    /// One spec of a declaration (or all specs, for a whole group).
    Spec {
        pkg: u32,
        file: u32,
        decl: u32,
        spec: u32,
    },
    /// A function, or a method's declaration.
    Func { pkg: u32, file: u32, decl: u32 },
    /// A method's body.
    Body { pkg: u32, file: u32, decl: u32 },
}

struct PkgState<'s> {
    path: &'static str,
    files: Vec<FileState<'s>>,
}

struct FileState<'s> {
    name: &'static str,
    src: &'s str,
    decls: Vec<Decl<'s>>,
    /// Per declaration: for specs, which are kept; for functions, [decl, body].
    kept: Vec<Vec<bool>>,
    /// The file's imports: (local name, path, kept).
    imports: Vec<(&'s str, &'s str, bool)>,
}

/// The fixpoint over names; `'s` is the main package's sources (the
/// embedded standard library's outlive them).
#[derive(Default)]
struct Pruner<'s> {
    pkgs: Vec<PkgState<'s>>,
    by_path: FxHashMap<&'static str, u32>,
    /// Names used anywhere, and those used as selectors.
    used: FxHashSet<&'s str>,
    used_sel: FxHashSet<&'s str>,
    /// Package-level declarations by the name that keeps them (used in any
    /// way), and method bodies by theirs (used as a selector).
    waiting: FxHashMap<&'s str, Vec<Item>>,
    waiting_sel: FxHashMap<&'s str, Vec<Item>>,
    queue: Vec<Item>,
    kept_bodies: KeptBodies,
}

impl<'s> Pruner<'s> {
    /// Releases what waits for `n`: package-level declarations in any
    /// case, method bodies if `n` is a selector.
    fn release(&mut self, n: &str, sel: bool) {
        if let Some(items) = self.waiting.remove(n) {
            self.queue.extend(items);
        }
        if sel && let Some(items) = self.waiting_sel.remove(n) {
            self.queue.extend(items);
        }
    }

    fn use_name(&mut self, n: &'s str, sel: bool) {
        let new = self.used.insert(n);
        let new_sel = sel && self.used_sel.insert(n);
        if new || new_sel {
            self.release(n, sel);
        }
    }

    /// Item `it` is kept once `name` is used.
    fn wait(&mut self, name: &'s str, it: Item) {
        if self.used.contains(name) {
            self.queue.push(it);
        } else {
            self.waiting.entry(name).or_default().push(it);
        }
    }

    /// Item `it` (a method body) is kept once `name` is used as a selector.
    fn wait_sel(&mut self, name: &'s str, it: Item) {
        if self.used_sel.contains(name) {
            self.queue.push(it);
        } else {
            self.waiting_sel.entry(name).or_default().push(it);
        }
    }

    /// Indexes the package at `path` once, if it is a prunable package of
    /// the embedded standard library.
    fn reach(&mut self, path: &str) {
        if self.by_path.contains_key(path) {
            return;
        }
        let Some(p) = gorun_stdlib::package(path) else {
            return;
        };
        let pi = self.pkgs.len() as u32;
        self.by_path.insert(p.path, pi);
        let mut files = Vec::with_capacity(p.files.len());
        for f in p.files {
            // Declarations found at build time; scanned now only if their
            // encoding does not fit (it always should).
            let decls = decode(f.src, f.decls).unwrap_or_else(|| {
                let toks = scan(f.src);
                split_decls(f.src, &toks).1
            });
            let kept = decls
                .iter()
                .map(|d| match &d.kind {
                    DeclKind::Specs { specs, .. } => vec![false; specs.len()],
                    DeclKind::Func(_) => vec![false; 2],
                    DeclKind::Import(_) => Vec::new(),
                })
                .collect();
            let mut imports = Vec::new();
            for d in &decls {
                if let DeclKind::Import(specs) = &d.kind {
                    for s in specs {
                        // An import without a name binds the package's own.
                        let name = s.name.unwrap_or_else(|| {
                            gorun_stdlib::package(s.path).map_or_else(
                                || s.path.rsplit('/').next().unwrap_or(s.path),
                                |p| p.name,
                            )
                        });
                        imports.push((name, s.path, false));
                    }
                }
            }
            files.push(FileState {
                name: f.name,
                src: f.src,
                decls,
                kept,
                imports,
            });
        }
        self.pkgs.push(PkgState {
            path: p.path,
            files,
        });
        // What each declaration waits for.
        for fi in 0..self.pkgs[pi as usize].files.len() {
            let mut waits: Vec<(&'s str, Item)> = Vec::new();
            let mut now: Vec<Item> = Vec::new();
            let f = &self.pkgs[pi as usize].files[fi];
            for (di, d) in f.decls.iter().enumerate() {
                let (pkg, file, decl) = (pi, fi as u32, di as u32);
                match &d.kind {
                    DeclKind::Import(_) => {}
                    DeclKind::Specs {
                        specs,
                        whole,
                        is_var,
                    } => {
                        for (si, s) in specs.iter().enumerate() {
                            let it = Item::Spec {
                                pkg,
                                file,
                                decl,
                                spec: if *whole { u32::MAX } else { si as u32 },
                            };
                            if *is_var && s.names.contains(&"_") {
                                now.push(it);
                            }
                            for n in &s.names {
                                waits.push((n, it));
                            }
                        }
                    }
                    DeclKind::Func(fd) => {
                        let it = Item::Func { pkg, file, decl };
                        match fd.recv {
                            Some(t) => waits.push((t, it)),
                            None if fd.name == "init" => now.push(it),
                            None => waits.push((fd.name, it)),
                        }
                    }
                }
            }
            // Blank and dot imports are kept: their effect is not by name.
            for imp in &mut self.pkgs[pi as usize].files[fi].imports {
                if imp.0 == "_" || imp.0 == "." {
                    imp.2 = true;
                }
            }
            let paths: Vec<&'s str> = self.pkgs[pi as usize].files[fi]
                .imports
                .iter()
                .filter(|i| i.2)
                .map(|i| i.1)
                .collect();
            for p in paths {
                self.reach(p);
            }
            self.queue.extend(now);
            for (n, it) in waits {
                self.wait(n, it);
            }
        }
    }

    /// Keeps items until nothing new is used.
    fn run(&mut self) {
        while let Some(it) = self.queue.pop() {
            self.keep(it);
        }
    }

    fn keep(&mut self, it: Item) {
        let (pkg, file, decl) = match it {
            Item::Spec {
                pkg, file, decl, ..
            }
            | Item::Func { pkg, file, decl }
            | Item::Body { pkg, file, decl } => (pkg as usize, file as usize, decl as usize),
        };
        let path = self.pkgs[pkg].path;
        let f = &mut self.pkgs[pkg].files[file];
        let d = &f.decls[decl];
        let mut uses: Vec<Use<'s>> = Vec::new();
        let mut body_wait = None;
        match (it, &d.kind) {
            (Item::Spec { spec, .. }, DeclKind::Specs { specs, .. }) => {
                let range = if spec == u32::MAX {
                    0..specs.len()
                } else {
                    spec as usize..spec as usize + 1
                };
                for si in range {
                    if !f.kept[decl][si] {
                        f.kept[decl][si] = true;
                        uses.extend(&specs[si].idents);
                    }
                }
            }
            (Item::Func { .. }, DeclKind::Func(fd)) if !f.kept[decl][0] => {
                f.kept[decl][0] = true;
                uses.extend(&fd.sig_idents);
                if let Some(recv) = fd.recv {
                    body_wait = Some(fd.name);
                    if !self.kept_bodies.is_empty()
                        && self.kept_bodies.contains(&(
                            path.to_string(),
                            recv.to_string(),
                            fd.name.to_string(),
                        ))
                    {
                        self.queue.push(Item::Body {
                            pkg: pkg as u32,
                            file: file as u32,
                            decl: decl as u32,
                        });
                    }
                } else {
                    f.kept[decl][1] = true;
                    uses.extend(&fd.body_idents);
                }
            }
            (Item::Body { .. }, DeclKind::Func(fd)) if !f.kept[decl][1] => {
                f.kept[decl][1] = true;
                uses.extend(&fd.body_idents);
            }
            _ => {}
        }
        if let Some(n) = body_wait {
            let it = Item::Body {
                pkg: pkg as u32,
                file: file as u32,
                decl: decl as u32,
            };
            self.wait_sel(n, it);
        }
        // The file's imports its kept parts name.
        let mut reach = Vec::new();
        let f = &mut self.pkgs[pkg].files[file];
        for imp in f.imports.iter_mut().filter(|i| !i.2) {
            if uses.iter().any(|u| u.0 == imp.0) {
                imp.2 = true;
                reach.push(imp.1);
            }
        }
        for p in reach {
            self.reach(p);
        }
        for (n, sel) in uses {
            self.use_name(n, sel);
        }
    }

    /// The kept sources: dropped parts blanked.
    fn finish(self) -> Plan {
        if std::env::var_os("GORUN_DEBUG_PRUNE").is_some() {
            self.report();
        }
        let mut plan = Plan::default();
        for p in self.pkgs {
            let files = p.files.iter().map(blank_file).collect();
            plan.packages.insert(p.path, PrunedPackage { files });
        }
        plan
    }
}

impl Pruner<'_> {
    /// Prints what was kept (GORUN_DEBUG_PRUNE): per package, the share of
    /// declarations, and the functions with bodies.
    fn report(&self) {
        for p in &self.pkgs {
            let (mut kept, mut all) = (0, 0);
            let mut bodies = Vec::new();
            for f in &p.files {
                for (d, k) in f.decls.iter().zip(&f.kept) {
                    all += 1;
                    kept += k.iter().any(|&k| k) as usize;
                    if let DeclKind::Func(fd) = &d.kind
                        && k[1]
                    {
                        bodies.push(match fd.recv {
                            Some(r) => format!("{r}.{}", fd.name),
                            None => fd.name.to_string(),
                        });
                    }
                }
            }
            eprintln!(
                "prune: {}: {kept}/{all} declarations; bodies: {}",
                p.path,
                bodies.join(" ")
            );
        }
    }
}

/// A file's source with what was not kept replaced by spaces.
fn blank_file(f: &FileState<'_>) -> PrunedFile {
    let mut src = f.src.as_bytes().to_vec();
    let mut blank = |from: u32, to: u32| {
        // A select, not a branch, so the loop vectorizes.
        for c in &mut src[from as usize..to as usize] {
            *c = if *c == b'\n' { b'\n' } else { b' ' };
        }
    };
    let mut pruned_bodies = Vec::new();
    let mut import_idx = 0;
    for (di, d) in f.decls.iter().enumerate() {
        let kept = &f.kept[di];
        match &d.kind {
            DeclKind::Import(specs) => {
                let ks = &f.imports[import_idx..import_idx + specs.len()];
                import_idx += specs.len();
                if ks.iter().all(|i| !i.2) {
                    blank(d.start, d.end);
                } else {
                    for (s, k) in specs.iter().zip(ks) {
                        if !k.2 {
                            blank(s.start, s.end);
                        }
                    }
                }
            }
            DeclKind::Specs { specs, .. } => {
                if kept.iter().all(|k| !k) {
                    blank(d.start, d.end);
                } else {
                    for (s, k) in specs.iter().zip(kept) {
                        if !k {
                            blank(s.start, s.end);
                        }
                    }
                }
            }
            DeclKind::Func(fd) => {
                if !kept[0] {
                    blank(d.start, d.end);
                } else if !kept[1]
                    && let Some((s, e)) = fd.body
                {
                    blank(s, e);
                    pruned_bodies.push(d.start);
                }
            }
        }
    }
    PrunedFile {
        name: f.name,
        // Only ASCII spaces replaced whole spans of valid UTF-8.
        src: String::from_utf8(src).unwrap_or_else(|_| f.src.to_string()),
        pruned_bodies,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pruned(main: &str, kept: &KeptBodies, path: &str) -> Vec<PrunedFile> {
        let plan = plan(&[("main.go".into(), main.into())], kept);
        plan.packages
            .into_iter()
            .find(|(p, _)| *p == path)
            .expect("package reached")
            .1
            .files
    }

    fn has_body(files: &[PrunedFile], needle: &str) -> bool {
        files.iter().any(|f| f.src.contains(needle))
    }

    #[test]
    fn hello_world_keeps_what_println_reaches() {
        let main = "package main\nimport \"fmt\"\nfunc main() { fmt.Println(\"hi\") }\n";
        let os = pruned(main, &KeptBodies::default(), "os");
        // fmt writes to os.Stdout through (*File).Write.
        assert!(has_body(
            &os,
            "func (f *File) Write(b []byte) (n int, err error) {"
        ));
        // Positions are those of the full files.
        for f in &os {
            let orig = gorun_stdlib::package("os")
                .unwrap()
                .files
                .iter()
                .find(|o| o.name == f.name)
                .unwrap();
            assert_eq!(f.src.len(), orig.src.len());
            assert_eq!(f.src.lines().count(), orig.src.lines().count());
        }
        // Time's methods are declared (os's FileInfo needs the type) but
        // Format's body is dropped and marked.
        let time = pruned(main, &KeptBodies::default(), "time");
        assert!(has_body(
            &time,
            "func (t Time) Format(layout string) string"
        ));
        assert!(!has_body(
            &time,
            "func (t Time) Format(layout string) string {"
        ));
        assert!(time.iter().any(|f| !f.pruned_bodies.is_empty()));
        // Unused functions are gone entirely.
        assert!(!has_body(&time, "func ParseDuration("));
    }

    #[test]
    fn kept_bodies_survive_pruning() {
        let main = "package main\nimport \"time\"\nfunc main() { _ = time.Now() }\n";
        let mut kept = KeptBodies::default();
        let before = pruned(main, &kept, "time");
        assert!(!has_body(&before, "func (t Time) String() string {"));
        kept.insert(("time".into(), "Time".into(), "String".into()));
        let after = pruned(main, &kept, "time");
        assert!(has_body(&after, "func (t Time) String() string {"));
    }

    #[test]
    fn the_runtime_keeps_what_main_and_the_jit_use() {
        let main = "package main\nimport \"runtime\"\nfunc main() { runtime.GOMAXPROCS(0) }\n";
        let rt = pruned(main, &KeptBodies::default(), "runtime");
        assert!(has_body(&rt, "func GOMAXPROCS(n int) int"));
        assert!(has_body(&rt, "type boundsError struct"));
        assert!(!has_body(&rt, "func NumGoroutine() int"));
    }

    #[test]
    fn only_selectors_keep_method_bodies() {
        // A local named Second does not keep (Time).Second's body...
        let main = "package main\nimport \"time\"\nfunc main() { Second := 1; _ = Second; _ = time.Now() }\n";
        let time = pruned(main, &KeptBodies::default(), "time");
        assert!(!has_body(&time, "func (t Time) Second() int {"));
        // ... a selector does.
        let main = "package main\nimport \"time\"\nfunc main() { _ = time.Now().Second() }\n";
        let time = pruned(main, &KeptBodies::default(), "time");
        assert!(has_body(&time, "func (t Time) Second() int {"));
    }

    #[test]
    fn a_used_constant_keeps_its_iota_group() {
        let main = "package main\nimport \"time\"\nfunc main() { println(time.March) }\n";
        let time = pruned(main, &KeptBodies::default(), "time");
        assert!(has_body(&time, "January Month = 1 + iota"));
        assert!(has_body(&time, "December"));
    }
}
