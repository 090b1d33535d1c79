//! Loading packages: reading and parsing their files, checking them, and
//! importing what they import, into one program.
//!
//! Imports are served from our standard library's Go declarations
//! (`gorun-stdlib`) and, for packages it does not declare, from a GOROOT's
//! sources when one is configured (to check the real standard library).
//! Diagnostics follow gc: a package with syntax errors is not type-checked;
//! at most ten errors are reported, sorted by position, then
//! "too many errors".
//!
//! Invariant: every loaded package's syntax trees stay alive in `packages`
//! for as long as the program, since the checker's results refer to them
//! by node id.

use std::path::{Path, PathBuf};

use gorun_frontend::diag::{self, Diagnostic};
use gorun_frontend::source::{FileSet, Pos};
use gorun_frontend::syntax::{self, ast};
use gorun_frontend::types::{self, Config, Importer, PkgId, Program};

use crate::buildctx;
use crate::prune;

/// gc stops after this many errors.
const ERROR_LIMIT: usize = 10;

/// A package whose files were parsed and checked.
pub struct LoadedPackage {
    pub path: String,
    pub pkg: PkgId,
    pub files: Vec<ast::File>,
    /// Served from our standard library declarations.
    pub from_stdlib: bool,
}

/// The files of a package, as (name for positions, contents).
pub type SourceFiles = Vec<(String, String)>;

pub struct Loader {
    pub fset: FileSet,
    pub ids: ast::NodeIds,
    pub prog: Program,
    pub packages: Vec<LoadedPackage>,
    /// A GOROOT whose `src/` serves imports our standard library does not
    /// declare.
    pub goroot: Option<PathBuf>,
    /// Errors found in imported packages, in the order found.
    pub import_errors: Vec<Diagnostic>,
    /// Prune the standard library to what the main package can reach
    /// (prune/); off to check every package whole.
    pub prune: bool,
    /// Method bodies to keep in the pruned standard library (what a
    /// previous compile found it needs).
    pub kept_bodies: prune::KeptBodies,
    /// The pruned standard library, once the main package is known.
    plan: Option<prune::Plan>,
}

impl Default for Loader {
    fn default() -> Self {
        Loader::new()
    }
}

/// Why a package failed to load: its diagnostics, unsorted and unlimited.
#[derive(Debug)]
pub struct LoadError {
    pub diags: Vec<Diagnostic>,
}

impl Loader {
    pub fn new() -> Loader {
        Loader {
            fset: FileSet::new(),
            ids: ast::NodeIds::new(),
            prog: Program::new(),
            packages: Vec::new(),
            goroot: None,
            import_errors: Vec::new(),
            prune: std::env::var_os("GORUN_NOPRUNE").is_none(),
            kept_bodies: Default::default(),
            plan: None,
        }
    }

    /// Parses and checks one package from its files. A loader loads one
    /// such package: the standard library it imports is pruned to what
    /// that package reaches, so another would find declarations missing.
    pub fn load(
        &mut self,
        path: &str,
        files: SourceFiles,
        conf: Config,
    ) -> Result<PkgId, LoadError> {
        if self.plan.is_none() {
            self.plan_pruning(&files);
        }
        let mut importer = PkgImporter {
            fset: &self.fset,
            ids: &mut self.ids,
            packages: &mut self.packages,
            goroot: self.goroot.as_deref(),
            errors: &mut self.import_errors,
            stack: Vec::new(),
            plan: self.plan.as_ref(),
        };
        importer.stack.push(path.to_string());
        let res = load_package(&mut self.prog, &mut importer, path, files, &[], conf, false);
        // An imported package that did not check fails the build, as in
        // the go tool: its own diagnostics come first.
        if !self.import_errors.is_empty() {
            let mut diags = std::mem::take(&mut self.import_errors);
            if let Err(d) = res {
                diags.extend(d);
            }
            return Err(LoadError { diags });
        }
        match res {
            Ok(pkg) => {
                // gc's linker: a main package needs a main function.
                let p = self.prog.pkg(pkg);
                if p.name.as_str() == "main" {
                    let main = self
                        .prog
                        .scope_lookup(p.scope, gorun_frontend::name::Name::intern("main"));
                    if !main.is_some_and(|o| self.prog.obj(o).is_func()) {
                        let msg =
                            "runtime.main_main·f: function main is undeclared in the main package";
                        return Err(LoadError {
                            diags: vec![Diagnostic::new(Pos::NONE, msg)],
                        });
                    }
                }
                Ok(pkg)
            }
            Err(diags) => Err(LoadError { diags }),
        }
    }

    /// Prunes the standard library to what the main package of
    /// `main_files` can reach (prune/), for the imports that follow;
    /// `load` does it if nothing imported before.
    pub fn plan_pruning(&mut self, main_files: &SourceFiles) {
        if self.prune {
            self.plan = Some(prune::plan(main_files, &self.kept_bodies));
        }
    }

    /// Loads a package of the standard library (or the GOROOT) by import
    /// path, as an import would.
    pub fn import(&mut self, path: &str) -> Result<PkgId, String> {
        let mut importer = PkgImporter {
            fset: &self.fset,
            ids: &mut self.ids,
            packages: &mut self.packages,
            goroot: self.goroot.as_deref(),
            errors: &mut self.import_errors,
            stack: Vec::new(),
            plan: self.plan.as_ref(),
        };
        importer.import(&mut self.prog, path)
    }

    /// The files of a package directory that are part of the build
    /// (build constraints for linux/amd64; `_test.go` files excluded).
    pub fn read_dir(dir: &Path) -> std::io::Result<SourceFiles> {
        read_package_dir(dir)
    }

    /// Diagnostics as gc prints them: sorted by position, one message per
    /// line, at most ten, then "too many errors".
    pub fn render(&self, diags: &[Diagnostic]) -> Vec<String> {
        render(&self.fset, diags)
    }
}

/// Sorts, de-duplicates and limits diagnostics as gc does, and renders them.
pub fn render(fset: &FileSet, diags: &[Diagnostic]) -> Vec<String> {
    // gc stops at the tenth error in reporting order; those are then sorted.
    let mut shown: Vec<Diagnostic> = Vec::new();
    let mut syntax_lines: Vec<(String, u32)> = Vec::new();
    for d in diags {
        // gc reports one syntax error per line.
        if d.msg.starts_with("syntax error")
            && let Some(p) = fset.position(d.pos)
        {
            let key = (p.filename.clone(), p.line);
            if syntax_lines.contains(&key) {
                continue;
            }
            syntax_lines.push(key);
        }
        shown.push(d.clone());
    }
    let too_many = shown.len() > ERROR_LIMIT;
    shown.truncate(ERROR_LIMIT);
    let last_pos = shown.last().map(|d| d.pos).unwrap_or(Pos::NONE);
    diag::sort_and_dedup(&mut shown, fset);
    let mut out: Vec<String> = shown.iter().map(|d| d.render(fset)).collect();
    if too_many {
        let p = fset
            .position(last_pos)
            .map(|p| p.to_string())
            .unwrap_or_default();
        out.push(format!("{p}: too many errors"));
    }
    out
}

fn read_package_dir(dir: &Path) -> std::io::Result<SourceFiles> {
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "go"))
        .collect();
    names.sort();
    let mut files = Vec::new();
    for p in names {
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let src = match std::fs::read(&p) {
            Ok(b) => String::from_utf8_lossy(&b).into_owned(),
            Err(_) => continue,
        };
        if buildctx::file_matches(&name, &src) {
            files.push((p.to_string_lossy().into_owned(), src));
        }
    }
    Ok(files)
}

/// Parses `files` and, if they parse, checks them as package `path`.
/// Syntax errors stop the load before type checking, as in gc.
/// `pruned_bodies` lists, per file, the offsets of the functions whose
/// bodies were dropped (prune/).
fn load_package(
    prog: &mut Program,
    importer: &mut PkgImporter<'_>,
    path: &str,
    files: SourceFiles,
    pruned_bodies: &[&[u32]],
    conf: Config,
    from_stdlib: bool,
) -> Result<PkgId, Vec<Diagnostic>> {
    let mut asts = Vec::with_capacity(files.len());
    let mut errors = Vec::new();
    for (i, (name, src)) in files.into_iter().enumerate() {
        let id = importer.fset.add_file(name, src);
        let (mut file, diags) = syntax::parse_file(importer.fset, id, importer.ids);
        if let Some(offsets) = pruned_bodies.get(i).filter(|o| !o.is_empty()) {
            let base = importer.fset.file(id).pos(0).0;
            for d in &mut file.decls {
                if let ast::Decl::Func(f) = d
                    && f.body.is_none()
                    && offsets.binary_search(&(f.pos.0 - base)).is_ok()
                {
                    f.pruned = true;
                }
            }
        }
        errors.extend(diags);
        asts.push(file);
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let fset = importer.fset;
    let (pkg, diags) = types::check_package(prog, importer, fset, conf, path, &asts);
    importer.packages.push(LoadedPackage {
        path: path.to_string(),
        pkg,
        files: asts,
        from_stdlib,
    });
    if diags.is_empty() {
        Ok(pkg)
    } else {
        Err(diags)
    }
}

/// Serves imports while a package is checked.
struct PkgImporter<'l> {
    fset: &'l FileSet,
    ids: &'l mut ast::NodeIds,
    packages: &'l mut Vec<LoadedPackage>,
    goroot: Option<&'l Path>,
    errors: &'l mut Vec<Diagnostic>,
    /// Import paths being loaded, outermost first (cycle detection).
    stack: Vec<String>,
    plan: Option<&'l prune::Plan>,
}

impl<'l> Importer for PkgImporter<'l> {
    fn import(&mut self, prog: &mut Program, path: &str) -> Result<PkgId, String> {
        if let Some(&p) = prog.pkg_by_path.get(path) {
            if prog.pkg(p).complete {
                return Ok(p);
            }
            return Err("import cycle not allowed".into());
        }
        if self.stack.iter().any(|s| s == path) {
            return Err("import cycle not allowed".into());
        }
        let plan: Option<&'l prune::Plan> = self.plan;
        let mut pruned_bodies: Vec<&[u32]> = Vec::new();
        let (files, from_stdlib, conf) = if let Some(p) = plan.and_then(|p| p.packages.get(path)) {
            let files = p
                .files
                .iter()
                .map(|f| (format!("$GOROOT/src/{path}/{}", f.name), f.src.clone()))
                .collect();
            pruned_bodies.extend(p.files.iter().map(|f| f.pruned_bodies.as_slice()));
            (
                files,
                true,
                Config {
                    allow_missing_bodies: true,
                    pruned: true,
                    ..Config::default()
                },
            )
        } else if let Some(p) = gorun_stdlib::package(path) {
            let files = p
                .files
                .iter()
                .map(|f| (format!("$GOROOT/src/{path}/{}", f.name), f.src.to_string()))
                .collect();
            (
                files,
                true,
                Config {
                    allow_missing_bodies: true,
                    ..Config::default()
                },
            )
        } else if let Some(root) = self.goroot {
            // The standard library's vendored packages (golang.org/x/...)
            // live under src/vendor, as the go tool resolves them.
            let mut dir = root.join("src").join(path);
            if !dir.is_dir() {
                dir = root.join("src").join("vendor").join(path);
            }
            let files =
                read_package_dir(&dir).map_err(|_| format!("package {path} is not in std"))?;
            if files.is_empty() {
                return Err(format!("no non-test Go files in {}", dir.display()));
            }
            (
                files,
                false,
                Config {
                    allow_missing_bodies: true,
                    ..Config::default()
                },
            )
        } else {
            return Err(format!("package {path} is not in std"));
        };
        self.stack.push(path.to_string());
        let res = load_package(prog, self, path, files, &pruned_bodies, conf, from_stdlib);
        self.stack.pop();
        match res {
            Ok(p) => Ok(p),
            Err(diags) => {
                self.errors.extend(diags);
                match prog.pkg_by_path.get(path) {
                    Some(&p) => Ok(p),
                    None => Err(format!("package {path} has errors")),
                }
            }
        }
    }
}
