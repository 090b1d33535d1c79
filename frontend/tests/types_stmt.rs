//! The statement checker against gc: each program under `types_stmt/` is
//! parsed and checked as package main, and its diagnostics must be those of
//! the real compiler, byte for byte, as `goref errors` recorded them in
//! `NAME.errors` (never written by hand); a program without `.errors` must
//! check cleanly.

#[macro_use]
mod common;

use std::fs;
use std::path::{Path, PathBuf};

use gorun_frontend::source::FileSet;
use gorun_frontend::syntax::ast::NodeIds;
use gorun_frontend::syntax::parse_file;
use gorun_frontend::types::{Config, NoImporter, Program, check_package};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/types_stmt")
}

/// gc's diagnostics for `NAME.go`, as goref records them.
fn check(name: &str) -> String {
    let src = fs::read_to_string(dir().join(format!("{name}.go"))).expect("read program");
    let fset = FileSet::new();
    // gc is run on `./NAME.go`, which is how positions inside messages
    // name the file.
    let id = fset.add_file(format!("./{name}.go"), src);
    let mut ids = NodeIds::new();
    let (file, syntax) = parse_file(&fset, id, &mut ids);
    assert!(
        syntax.is_empty(),
        "{name}.go: unexpected syntax errors: {:?}",
        syntax.iter().map(|d| d.render(&fset)).collect::<Vec<_>>()
    );
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
    common::render_as_gc(&fset, diags)
}

gc_programs!(
    valid_statements,
    missing_return,
    missing_return_ok,
    branches,
    branch_targets,
    goto_blocks,
    fallthrough,
    unused_vars,
    expr_stmts,
    go_defer,
    switch_cases,
    type_switches,
    range_errors,
    range_func_errors,
    simple_stmts,
    returns,
    select_stmts,
    closures_and_scopes,
    range_kinds,
    expr_stmts_more,
    switch_cases_more,
    missing_return_labels,
    type_switch_positions,
);

/// Parses and checks `src` as package main, expecting no diagnostics.
fn check_clean(src: &str) -> (Program, Vec<gorun_frontend::syntax::ast::File>) {
    let fset = FileSet::new();
    let id = fset.add_file("./t.go", src.to_string());
    let mut ids = NodeIds::new();
    let (file, syntax) = parse_file(&fset, id, &mut ids);
    assert!(syntax.is_empty(), "syntax errors");
    let mut prog = Program::new();
    let files = vec![file];
    let (_, diags) = check_package(
        &mut prog,
        &mut NoImporter,
        &fset,
        Config::default(),
        "main",
        &files,
    );
    let msgs: Vec<String> = diags.iter().map(|d| d.render(&fset)).collect();
    assert!(msgs.is_empty(), "unexpected diagnostics: {msgs:?}");
    (prog, files)
}

/// The body of the first function of `file`.
fn first_body(file: &gorun_frontend::syntax::ast::File) -> &[gorun_frontend::syntax::ast::Stmt] {
    use gorun_frontend::syntax::ast::Decl;
    file.decls
        .iter()
        .find_map(|d| match d {
            Decl::Func(f) => f.body.as_ref().map(|b| b.stmts.as_slice()),
            _ => None,
        })
        .expect("a function with a body")
}

#[test]
fn statements_record_scopes_implicits_and_labels() {
    use gorun_frontend::syntax::ast::StmtKind;
    use gorun_frontend::types::ObjKind;

    let (prog, files) = check_clean(
        "package main

func f(x any, arr [3]int) {
	switch v := x.(type) {
	case int:
		_ = v
	case string, bool:
		_ = v
	}
L:
	for i := range arr {
		_ = i
		continue L
	}
	if y := 1; y > 0 {
	}
}

func main() {}
",
    );
    let body = first_body(&files[0]);
    let info = &prog.info;

    // The type switch: a scope for the statement and each clause, and an
    // implicit variable per clause, of the clause's single type or else
    // of the guard's type.
    let StmtKind::TypeSwitch { clauses, .. } = &body[0].kind else {
        panic!("type switch expected")
    };
    assert!(info.scopes.contains_key(&body[0].id));
    let types: Vec<String> = clauses
        .iter()
        .map(|c| {
            assert!(info.scopes.contains_key(&c.id), "clause scope");
            let v = info.implicits[&c.id];
            prog.type_string(prog.obj_type(v), None)
        })
        .collect();
    assert_eq!(types, ["int", "any"]);

    // The labeled range loop: the label is defined and used, the loop has
    // its scope, the iteration variable is defined, and the range
    // expression over an array (with one variable, no call) is recorded as
    // the constant length.
    let StmtKind::Labeled { label, stmt } = &body[1].kind else {
        panic!("labeled statement expected")
    };
    let lbl = info.defs[&label.id];
    assert!(matches!(prog.obj(lbl).kind, ObjKind::Label));
    let StmtKind::Range {
        key,
        x,
        body: loop_body,
        ..
    } = &stmt.kind
    else {
        panic!("range expected")
    };
    assert!(info.scopes.contains_key(&stmt.id));
    let key = key.as_ref().expect("key");
    assert!(info.defs.contains_key(&key.id));
    let tv = &info.types[&x.id];
    assert_eq!(prog.type_string(tv.typ, None), "int");
    assert!(
        tv.val.is_some(),
        "range over an array records len as a constant"
    );
    let StmtKind::Branch {
        label: Some(cont), ..
    } = &loop_body.stmts[1].kind
    else {
        panic!("continue L expected")
    };
    assert_eq!(info.uses[&cont.id], lbl);

    // The if statement has its scope, holding y.
    assert!(matches!(body[2].kind, StmtKind::If { .. }));
    let s = info.scopes[&body[2].id];
    assert_eq!(prog.scope(s).elems.len(), 1);
}
