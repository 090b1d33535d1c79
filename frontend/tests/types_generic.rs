//! Generics in the checker against gc: instantiation, constraint
//! satisfaction, substitution, inference and unification.
//!
//! Each program under `types_generic/` is parsed and checked as package
//! main; its diagnostics must be those of the real compiler, byte for
//! byte, as `goref errors` recorded them in `NAME.errors` (never written by
//! hand); a program without `.errors` must check cleanly. gc stops at ten
//! errors: it prints the first ten found, sorted, then "too many errors"
//! at the position of the tenth found.
//!
//! The other tests look at what the checker builds: identical
//! instantiations share one type, instances are expanded, methods of
//! instances have instance receivers and generic origins, and
//! instantiation cycles end.

#[macro_use]
mod common;

use std::fs;
use std::path::{Path, PathBuf};

use gorun_frontend::diag::Diagnostic;
use gorun_frontend::source::FileSet;
use gorun_frontend::syntax::ast::NodeIds;
use gorun_frontend::syntax::parse_file;
use gorun_frontend::types::{Config, NoImporter, ObjKind, Program, Type, TypeId, check_package};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/types_generic")
}

/// Parses and checks `src` as `./NAME` (as gc is run on it, which is how
/// positions inside messages name the file), package main. Returns the
/// program and the diagnostics in the order found.
fn check_src(name: &str, src: &str) -> (Program, FileSet, Vec<Diagnostic>) {
    let fset = FileSet::new();
    let id = fset.add_file(format!("./{name}"), src.to_string());
    let mut ids = NodeIds::new();
    let (file, syntax) = parse_file(&fset, id, &mut ids);
    assert!(
        syntax.is_empty(),
        "{name}: unexpected syntax errors: {:?}",
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
    (prog, fset, diags)
}

/// gc's diagnostics for `NAME.go`, as goref records them.
fn check(name: &str) -> String {
    let src = fs::read_to_string(dir().join(format!("{name}.go"))).expect("read program");
    let (_prog, fset, diags) = check_src(&format!("{name}.go"), &src);
    common::render_as_gc(&fset, diags)
}

gc_programs!(
    // valid programs
    valid_generic_types,
    valid_generic_funcs,
    valid_generic_advanced,
    valid_generic_inference,
    valid_generic_identity,
    valid_generic_constraints,
    valid_generic_methods,
    // errors
    infer_errors_basic,
    infer_errors_mismatch,
    infer_errors_constraints,
    infer_errors_unify,
    constraint_errors_terms,
    instantiate_errors_count,
    infer_errors_generic_args,
    infer_errors_generic_methods,
    instantiate_errors_methods,
);

/// Origins of the recorded instances of generic type `name`, with their
/// instance types.
fn instances_of(prog: &Program, name: &str) -> Vec<TypeId> {
    let mut v: Vec<TypeId> = prog
        .info
        .instances
        .values()
        .filter(
            |i| matches!(prog.ty(i.typ), Type::Named(n) if prog.obj(n.obj).name.as_str() == name),
        )
        .map(|i| i.typ)
        .collect();
    v.sort();
    v
}

#[test]
fn identical_instantiations_share_one_type() {
    let src = "package main

type Pair[K comparable, V any] struct {
	k K
	v V
}

type B = byte

var a Pair[string, []map[int]func(x int) string]
var b Pair[string, []map[int]func(y int) string]
var c Pair[string, []map[int]func(int) string]
var d Pair[uint8, struct{ f []int }]
var e Pair[B, struct{ f []int }]
var f Pair[byte, struct{ f []int }]

func main() { _, _, _, _, _, _ = a, b, c, d, e, f }
";
    let (prog, fset, diags) = check_src("share.go", src);
    assert!(
        diags.is_empty(),
        "{:?}",
        diags.iter().map(|d| d.render(&fset)).collect::<Vec<_>>()
    );
    let mut insts = instances_of(&prog, "Pair");
    assert_eq!(insts.len(), 6, "six instantiations recorded");
    insts.dedup();
    assert_eq!(
        insts.len(),
        2,
        "identical instantiations are one type: {insts:?}"
    );
}

#[test]
fn instances_are_expanded_after_checking() {
    let src = "package main

type List[T any] struct {
	next *List[T]
	val  T
}

type Tree[T any] struct {
	kids []Tree[T]
	list List[map[string]T]
}

func (t Tree[T]) First() List[map[string]T] { return t.list }

var t Tree[int]

func main() { _ = t.First().next.next.val }
";
    let (prog, fset, diags) = check_src("expand.go", src);
    assert!(
        diags.is_empty(),
        "{:?}",
        diags.iter().map(|d| d.render(&fset)).collect::<Vec<_>>()
    );
    let mut seen = 0;
    for (i, t) in prog.types.iter().enumerate() {
        if let Type::Named(n) = t
            && n.orig != TypeId(i as u32)
        {
            seen += 1;
            let u = n.underlying.expect("instance expanded");
            assert!(
                matches!(prog.ty(u), Type::Struct(_)),
                "underlying of an instance is its struct"
            );
        }
    }
    assert!(seen >= 3, "instances of List and Tree exist ({seen})");
}

#[test]
fn self_referencing_instances_are_expanded_after_checking() {
    let src = "package main

type List[T any] struct {
	next *List[T]
	val  T
}

func main() {}
";
    let (prog, fset, diags) = check_src("selfref.go", src);
    assert!(
        diags.is_empty(),
        "{:?}",
        diags.iter().map(|d| d.render(&fset)).collect::<Vec<_>>()
    );
    for (i, t) in prog.types.iter().enumerate() {
        if let Type::Named(n) = t
            && n.orig != TypeId(i as u32)
        {
            assert!(
                n.underlying.is_some(),
                "instance {} expanded",
                prog.type_string(TypeId(i as u32), None)
            );
        }
    }
}

#[test]
fn instance_methods_have_instance_receivers_and_origins() {
    let src = "package main

type Box[T any] struct{ v T }

func (b *Box[T]) Set(v T) { b.v = v }
func (b Box[T]) Get() T    { return b.v }

func main() {
	var b Box[string]
	b.Set(\"x\")
	_ = b.Get()
}
";
    let (prog, fset, diags) = check_src("methods.go", src);
    assert!(
        diags.is_empty(),
        "{:?}",
        diags.iter().map(|d| d.render(&fset)).collect::<Vec<_>>()
    );
    let mut methods = 0;
    for sel in prog.info.selections.values() {
        let o = prog.obj(sel.obj);
        let ObjKind::Func { origin, .. } = o.kind else {
            continue;
        };
        methods += 1;
        let origin = origin.expect("an instance's method records its generic origin");
        assert_eq!(prog.obj(origin).name, o.name);
        let sig = prog.signature(prog.obj_type(sel.obj)).expect("signature");
        assert!(
            sig.rparams.is_empty(),
            "an instantiated method has no receiver type parameters"
        );
        let recv = prog.obj_type(sig.recv.expect("receiver"));
        let base = match prog.ty(recv) {
            Type::Pointer(b) => *b,
            _ => recv,
        };
        let Type::Named(n) = prog.ty(base) else {
            panic!("receiver is the instance")
        };
        assert_eq!(n.targs.len(), 1);
        assert_eq!(prog.type_string(n.targs[0], None), "string");
        // Get's result is the type argument.
        if o.name.as_str() == "Get" {
            let res = prog.tuple(sig.results)[0];
            assert_eq!(prog.type_string(prog.obj_type(res), None), "string");
        }
    }
    assert_eq!(methods, 2);
}

/// Programs the checker must get through without hanging or panicking,
/// whatever it reports: instantiation cycles, which create ever larger
/// instances if expanded eagerly.
#[test]
fn instantiation_cycles_terminate() {
    let src = "package main

type T[P any] struct{ f *T[[]P] }

type U[P any] struct {
	a *U[*P]
	b *U[[]P]
}

func F[P any](n int) {
	if n > 0 {
		F[[]P](n - 1)
	}
}

func main() {
	var x T[int]
	_ = x.f.f.f.f
	var u U[string]
	_ = u.a.b.a.b
	F[int](3)
}
";
    let _ = check_src("cycle.go", src);
}

/// Deeply nested type arguments go through instantiation, inference and
/// expansion without exhausting a test thread's stack.
#[test]
fn deeply_nested_type_arguments_check() {
    let mut t = String::from("int");
    for _ in 0..200 {
        t = format!("[]{t}");
    }
    let src = format!(
        "package main

type List[T any] struct {{
	next *List[T]
	v    T
}}

func Id[T any](x T) T {{ return x }}

var x List[{t}]

func main() {{
	y := Id(x)
	_ = y.next.v
}}
"
    );
    let (_prog, fset, diags) = check_src("deep.go", &src);
    assert!(
        diags.is_empty(),
        "{:?}",
        diags.iter().map(|d| d.render(&fset)).collect::<Vec<_>>()
    );
}
