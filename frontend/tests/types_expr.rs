//! The expression checker against gc: each program under `types_expr/` is
//! parsed and checked as package main, and its diagnostics must be those of
//! the real compiler, byte for byte, as `goref errors` recorded them in
//! `NAME.errors` (never written by hand); a program without `.errors` must
//! check cleanly. Imports are served from the repository's standard
//! library declarations (`stdlib/go/`).
//!
//! gc reports errors as the checker finds them and stops at the tenth: it
//! prints those ten sorted by position, then "too many errors" at the
//! position of the tenth found. Programs that hit the limit are compared
//! the same way, so the order in which errors are found matters too.

#[macro_use]
mod common;

use std::fs;
use std::path::{Path, PathBuf};

use gorun_frontend::source::FileSet;
use gorun_frontend::syntax::ast::{self, NodeIds};
use gorun_frontend::syntax::parse_file;
use gorun_frontend::types::{Config, Importer, NoImporter, PkgId, Program, check_package};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/types_expr")
}

/// Serves imports from the standard library's Go declarations in the
/// repository (`stdlib/go/PATH/*.go`), read as files (the frontend does not
/// link the stdlib crate): each imported package is parsed and checked into
/// the same program, with node ids from the same allocator as the main
/// file's, as cmd's loader does.
struct StdlibImporter<'f> {
    fset: &'f FileSet,
    ids: NodeIds,
    /// Checked packages' syntax trees, kept for the program's lifetime.
    files: Vec<Vec<ast::File>>,
}

impl Importer for StdlibImporter<'_> {
    fn import(&mut self, prog: &mut Program, path: &str) -> Result<PkgId, String> {
        if let Some(&p) = prog.pkg_by_path.get(path)
            && prog.pkg(p).complete
        {
            return Ok(p);
        }
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../stdlib/go")
            .join(path);
        let mut names: Vec<PathBuf> = fs::read_dir(&dir)
            .map_err(|_| format!("package {path} is not in std"))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "go"))
            .collect();
        names.sort();
        let mut files = Vec::new();
        for n in names {
            let src = fs::read_to_string(&n).map_err(|e| e.to_string())?;
            let id = self.fset.add_file(n.to_string_lossy().into_owned(), src);
            let (file, syntax) = parse_file(self.fset, id, &mut self.ids);
            if !syntax.is_empty() {
                return Err(format!("syntax errors in {}", n.display()));
            }
            files.push(file);
        }
        let conf = Config {
            allow_missing_bodies: true,
            ignore_func_bodies: true,
            ..Config::default()
        };
        let fset = self.fset;
        let (pkg, errs) = check_package(prog, self, fset, conf, path, &files);
        self.files.push(files);
        if !errs.is_empty() {
            return Err(format!(
                "{} errors in package {path}: {:?}",
                errs.len(),
                errs.first().map(|d| &d.msg)
            ));
        }
        Ok(pkg)
    }
}

/// gc's diagnostics for `NAME.go`, as goref records them.
fn check(name: &str) -> String {
    let src = fs::read_to_string(dir().join(format!("{name}.go"))).expect("read program");
    let fset = FileSet::new();
    // gc is run on `./NAME.go`, which is how positions inside messages
    // name the file.
    let id = fset.add_file(format!("./{name}.go"), src);
    let mut importer = StdlibImporter {
        fset: &fset,
        ids: NodeIds::new(),
        files: Vec::new(),
    };
    let (file, syntax) = parse_file(&fset, id, &mut importer.ids);
    assert!(
        syntax.is_empty(),
        "{name}.go: unexpected syntax errors: {:?}",
        syntax.iter().map(|d| d.render(&fset)).collect::<Vec<_>>()
    );
    let mut prog = Program::new();
    let files = [file];
    let (_, diags) = check_package(
        &mut prog,
        &mut importer,
        &fset,
        Config::default(),
        "main",
        &files,
    );
    common::render_as_gc(&fset, diags)
}

gc_programs!(
    // valid programs
    valid_expressions,
    valid_generic_calls,
    valid_named_operands,
    // constants
    constant_overflow,
    constant_arithmetic,
    constant_len_and_generic_args,
    untyped_shift_operands,
    shifts,
    // operators
    operators_unary_division,
    operators_mismatch_and_assign_ops,
    comparisons_incomparable,
    comparisons_switch_and_mixed,
    // index, slice, literals
    indexing_constant_bounds,
    indexing_non_indexable,
    complits_struct_map_array,
    complits_keys_and_elided,
    complits_embedded_and_duplicates,
    function_literals,
    // calls, selectors, conversions, assertions
    calls_argument_counts,
    calls_nil_spread_mismatch,
    selectors,
    selectors_on_non_structs,
    method_values_and_expressions,
    method_calls_through_pointers,
    qualified_identifiers,
    conversions_constants,
    conversions_values,
    type_assertions,
    channel_operations,
    comma_ok,
    assignments,
    incomplete_types,
    // builtins
    builtins_len_make_append,
    builtins_copy_delete_close_complex,
    builtins_real_new_minmax_clear_offsetof,
    builtins_unsafe_and_valid_calls,
    builtins_unsafe_constants_and_counts,
    // generics
    generic_instantiation_errors,
    type_parameter_operands,
    generic_arguments_and_builtins,
    generic_methods,
    rare_messages,
    imported_names,
);

// -- recorded types ---------------------------------------------------------------

use gorun_frontend::syntax::ast::{Decl, Expr, ExprKind, Spec};
use gorun_frontend::types::Mode;

/// The sub-expressions of `e`, for finding expressions by their text.
fn children(e: &Expr) -> Vec<&Expr> {
    match &e.kind {
        ExprKind::CompositeLit { typ, elts, .. } => typ.iter().map(|t| &**t).chain(elts).collect(),
        ExprKind::KeyValue { key, value, .. } => vec![key, value],
        ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::Unary { x, .. } => vec![x],
        ExprKind::Selector { x, .. } => vec![x],
        ExprKind::Index { x, indices, .. } => std::iter::once(&**x).chain(indices).collect(),
        ExprKind::Slice {
            x, low, high, max, ..
        } => std::iter::once(&**x)
            .chain([low, high, max].into_iter().flatten().map(|b| &**b))
            .collect(),
        ExprKind::TypeAssert { x, .. } => vec![x],
        ExprKind::Call { fun, args, .. } => std::iter::once(&**fun).chain(args).collect(),
        ExprKind::Binary { x, y, .. } => vec![x, y],
        _ => Vec::new(),
    }
}

/// Checks `src` (which must be valid) and returns, for each expression of
/// the package-level variable initializers in preorder, a line "TEXT\tREC"
/// as `info/gen_types.go` prints it: REC is "MODE TYPE[ = EXACT VALUE]" as
/// recorded, or "-".
fn recorded(src: &str) -> String {
    let fset = FileSet::new();
    let id = fset.add_file("./recorded.go", src.to_string());
    let mut ids = NodeIds::new();
    let (file, syntax) = parse_file(&fset, id, &mut ids);
    assert!(syntax.is_empty());
    let mut prog = Program::new();
    let files = [file];
    let (_, diags) = check_package(
        &mut prog,
        &mut NoImporter,
        &fset,
        Config::default(),
        "main",
        &files,
    );
    assert!(
        diags.is_empty(),
        "{:?}",
        diags.iter().map(|d| d.render(&fset)).collect::<Vec<_>>()
    );
    let base = fset.file(id).base;
    let mut stack: Vec<&Expr> = Vec::new();
    for d in files[0].decls.iter().rev() {
        if let Decl::Gen(g) = d {
            for s in g.specs.iter().rev() {
                if let Spec::Value(v) = s {
                    stack.extend(v.values.iter().rev());
                }
            }
        }
    }
    let mut out = String::new();
    while let Some(e) = stack.pop() {
        let text = &src[(e.span.lo.0 - base) as usize..(e.span.hi.0 - base) as usize];
        let rec = match prog.info.types.get(&e.id) {
            None => "-".to_string(),
            Some(tv) => {
                let mode = match tv.mode {
                    Mode::Constant => "const",
                    Mode::Variable => "var",
                    Mode::MapIndex => "mapindex",
                    Mode::TypExpr => "type",
                    Mode::Builtin => "builtin",
                    Mode::CommaOk => "commaok",
                    _ => "value",
                };
                let mut s = format!("{mode} {}", prog.type_string(tv.typ, None));
                if let Some(v) = &tv.val {
                    s.push_str(&format!(" = {}", v.exact_string()));
                }
                s
            }
        };
        out.push_str(&format!("{text}\t{rec}\n"));
        stack.extend(children(e).into_iter().rev());
    }
    out
}

/// What is recorded for each expression (the backend's input) is what
/// go/types records (`info/recorded.types`, from `info/gen_types.go`):
/// untyped operands get their final types once their context is known
/// (the root of a constant expression its target's type and value, the
/// lhs of a non-constant shift the shift's type, a value assigned to an
/// interface its default type), comma-ok expressions record a pair,
/// builtins the signature they were called with, and `[...]T` its length.
#[test]
fn records_types_as_go_types_does() {
    let info = dir().join("info");
    let src = fs::read_to_string(info.join("recorded.go")).expect("read recorded.go");
    let want = fs::read_to_string(info.join("recorded.types")).expect("read recorded.types");
    assert_eq!(recorded(&src), want);
}

// -- robustness -------------------------------------------------------------------

/// Checks `src` whatever it contains, only for the absence of panics.
fn check_any(src: &str) {
    let fset = FileSet::new();
    let id = fset.add_file("./m.go", src.to_string());
    let mut ids = NodeIds::new();
    let (file, _) = parse_file(&fset, id, &mut ids);
    let mut prog = Program::new();
    let files = [file];
    check_package(
        &mut prog,
        &mut NoImporter,
        &fset,
        Config::default(),
        "main",
        &files,
    );
}

/// Broken variants of every test program (each line deleted in turn, and
/// each line cut short at its middle) are checked without panicking.
#[test]
fn mutilated_programs_do_not_panic() {
    let mut names: Vec<PathBuf> = fs::read_dir(dir())
        .expect("read types_expr")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "go"))
        .collect();
    names.sort();
    let mut failures = Vec::new();
    for path in names {
        let src = fs::read_to_string(&path).expect("read program");
        let lines: Vec<&str> = src.lines().collect();
        for i in 0..lines.len() {
            let mid = lines[i].char_indices().nth(lines[i].chars().count() / 2);
            let cut = mid.map_or("", |(j, _)| &lines[i][..j]);
            for variant in [None, Some(cut)] {
                let mut v: Vec<&str> = lines.clone();
                match variant {
                    None => {
                        v.remove(i);
                    }
                    Some(c) => v[i] = c,
                }
                let mutated = v.join("\n");
                if std::panic::catch_unwind(|| check_any(&mutated)).is_err() {
                    let how = if variant.is_none() { "deleted" } else { "cut" };
                    failures.push(format!("{}: line {} {how}", path.display(), i + 1));
                }
            }
        }
    }
    assert!(failures.is_empty(), "panics:\n{}", failures.join("\n"));
}
