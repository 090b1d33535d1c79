//! The parser: AST shapes for the cases Go's grammar makes tricky, checked
//! through the S-expression dump (syntax::dump).

use gorun_frontend::source::FileSet;
use gorun_frontend::syntax::ast::{Decl, ExprKind, File, NodeIds, Spec, StmtKind};
use gorun_frontend::syntax::{dump, parse_file};

fn parse(src: &str) -> (File, Vec<String>) {
    let fset = FileSet::new();
    let id = fset.add_file("x.go", src);
    let mut ids = NodeIds::new();
    let (f, d) = parse_file(&fset, id, &mut ids);
    (f, d.iter().map(|d| d.render(&fset)).collect())
}

fn ok(src: &str) -> File {
    let (f, d) = parse(src);
    assert!(d.is_empty(), "unexpected errors for {src:?}: {d:#?}");
    f
}

/// The dump of the declarations of a file.
fn decls(src: &str) -> String {
    let f = ok(&format!("package p\n{src}\n"));
    f.decls
        .iter()
        .map(dump::decl)
        .collect::<Vec<_>>()
        .join("\n")
}

/// The dump of an expression (as the value of a package-level var).
fn expr(src: &str) -> String {
    let f = ok(&format!("package p\nvar _ = {src}\n"));
    match &f.decls[0] {
        Decl::Gen(g) => match &g.specs[0] {
            Spec::Value(v) => dump::expr(&v.values[0]),
            _ => unreachable!(),
        },
        _ => unreachable!(),
    }
}

/// The dump of a function body's statements.
fn stmts(src: &str) -> String {
    let f = ok(&format!("package p\nfunc _() {{\n{src}\n}}\n"));
    match &f.decls[0] {
        Decl::Func(fd) => fd.body.as_ref().map(dump::block).unwrap_or_default(),
        _ => unreachable!(),
    }
}

fn errors(src: &str) -> Vec<String> {
    parse(src).1
}

#[test]
fn type_parameters_versus_array_lengths() {
    assert_eq!(decls("type A [N]int"), "(type (A ([N] int)))");
    assert_eq!(decls("type T[P any] []P"), "(type (T [(P any)] ([] P)))");
    assert_eq!(decls("type T[P *C,] int"), "(type (T [(P (* C))] int))");
    assert_eq!(decls("type A [P * C]int"), "(type (A ([(* P C)] int)))");
    assert_eq!(
        decls("type T[K comparable, V any] map[K]V"),
        "(type (T [(K comparable) (V any)] (map K V)))"
    );
    assert_eq!(
        decls("type T[A, B any] struct{}"),
        "(type (T [(A B any)] (struct)))"
    );
    assert_eq!(
        decls("type N[T ~int | ~string] T"),
        "(type (N [(T (| (~ int) (~ string)))] T))"
    );
    assert_eq!(
        decls("type A[P any] = map[string]P"),
        "(type (A [(P any)] = (map string P)))"
    );
    assert_eq!(decls("type B = int"), "(type (B = int))");
    assert_eq!(
        decls("func F[T any, U interface{ ~[]T }](x T) U"),
        "(func F [(T any) (U (interface (~ ([] T))))] ((x T)) -> ((U)))"
    );
}

#[test]
fn composite_literals_in_headers() {
    assert_eq!(
        stmts("for _, x := range []int{1, 2} {}"),
        "{(range _ x := (lit ([] int) 1 2) {})}"
    );
    assert_eq!(
        stmts("if f := func() bool { return true }; f() {}"),
        "{(if (:= (f) ((funclit () -> ((bool)) {(return true)}))) (call f) {})}"
    );
    assert_eq!(
        stmts("if x == (T{}) {}"),
        "{(if _ (== x (paren (lit T))) {})}"
    );
    assert_eq!(
        stmts("switch (T{a: 1}) {}"),
        "{(switch _ (paren (lit T (kv a 1))) )}"
    );
    assert_eq!(
        stmts("for p := range []struct{ a int }{{1}} {}"),
        "{(range p _ := (lit ([] (struct (a int))) (lit _ 1)) {})}"
    );
    // The spec's ambiguity: `T{}` ends the header, so the braces are the
    // body; gc reports exactly this.
    assert_eq!(
        errors("package p\nfunc _() {\n\tif x == T{} {\n\t}\n}\n"),
        [
            "x.go:3:14: syntax error: unexpected { at end of statement",
            "x.go:5:1: syntax error: non-declaration statement outside function body"
        ]
    );
}

#[test]
fn parameter_grouping_as_gc() {
    assert_eq!(decls("func f(a, b int)"), "(func f ((a b int)))");
    assert_eq!(decls("func f(int, string)"), "(func f ((int) (string)))");
    assert_eq!(decls("func f(a []int)"), "(func f ((a ([] int))))");
    assert_eq!(decls("func f(List[int])"), "(func f (((index List int))))");
    assert_eq!(
        decls("func f(a [N]int, b List[K, V])"),
        "(func f ((a ([N] int)) (b (index List K V))))"
    );
    assert_eq!(
        decls("func f(a, b int, c ...string) (x, y int)"),
        "(func f ((a b int) (c (... string))) -> ((x y int)))"
    );
    assert_eq!(
        decls("func f(...int) error"),
        "(func f (((... int))) -> ((error)))"
    );
    assert_eq!(
        decls("func f(p.T, *q.U, func(int) bool)"),
        "(func f (((. p T)) ((* (. q U))) ((func ((int)) -> ((bool))))))"
    );
    assert_eq!(
        decls("func (l *List[T]) Push(v T) {}"),
        "(func (recv (l (* (index List T)))) Push ((v T)) {})"
    );
    assert_eq!(
        decls("func (List[T]) Len() int"),
        "(func (recv ((index List T))) Len () -> ((int)))"
    );
    assert_eq!(
        errors("package p\nfunc f(a int, string)\n"),
        vec!["x.go:2:21: syntax error: missing parameter type"]
    );
    assert_eq!(
        errors("package p\nfunc f(a, b int, []int)\n"),
        vec!["x.go:2:18: syntax error: missing parameter name"]
    );
}

#[test]
fn struct_fields_arrays_and_embedding() {
    assert_eq!(
        decls("type S struct { a [5]int; T[int]; *pkg.U; b, c string `tag`; pkg.V; W }"),
        "(type (S (struct (a ([5] int)) ((index T int)) ((* (. pkg U))) (b c string `tag`) ((. pkg V)) (W))))"
    );
    assert_eq!(
        decls("type S struct { m map[K]V; f func() }"),
        "(type (S (struct (m (map K V)) (f (func ())))))"
    );
}

#[test]
fn generic_instantiation_and_calls() {
    assert_eq!(expr("f[int, string](x)"), "(call (index f int string) x)");
    assert_eq!(
        expr("Map[string, []int]{}"),
        "(lit (index Map string ([] int)))"
    );
    assert_eq!(expr("pkg.F[int]"), "(index (. pkg F) int)");
    assert_eq!(expr("f(a, b...)"), "(call f a b ...)");
    assert_eq!(
        expr("make(map[string]int, 10)"),
        "(call make (map string int) 10)"
    );
    assert_eq!(expr("new(*[]int)"), "(call new (* ([] int)))");
    assert_eq!(expr("[]byte(s)"), "(call ([] byte) s)");
    assert_eq!(expr("(*T)(nil)"), "(call (paren (* T)) nil)");
    assert_eq!(
        expr("interface{}(x).(fmt.Stringer)"),
        "(assert (call (interface) x) (. fmt Stringer))"
    );
    assert_eq!(
        expr("func(x int) int { return x }(1)"),
        "(call (funclit ((x int)) -> ((int)) {(return x)}) 1)"
    );
}

#[test]
fn slices_three_index_and_indexing() {
    assert_eq!(expr("a[1:2:3]"), "(slice3 a 1 2 3)");
    assert_eq!(expr("a[:2:3]"), "(slice3 a _ 2 3)");
    assert_eq!(expr("a[:]"), "(slice a _ _)");
    assert_eq!(expr("a[1:]"), "(slice a 1 _)");
    assert_eq!(expr("a[i][j]"), "(index (index a i) j)");
}

#[test]
fn channel_directions() {
    assert_eq!(expr("make(chan int)"), "(call make (chan int))");
    assert_eq!(expr("make(chan<- int)"), "(call make (chan<- int))");
    assert_eq!(expr("make(<-chan int)"), "(call make (<-chan int))");
    assert_eq!(
        decls("var c chan<- <-chan int"),
        "(var (c : (chan<- (<-chan int)) #0))"
    );
    assert_eq!(
        decls("var c <-chan <-chan int"),
        "(var (c : (<-chan (<-chan int)) #0))"
    );
    assert_eq!(
        decls("var c chan (<-chan int)"),
        "(var (c : (chan (paren (<-chan int))) #0))"
    );
    assert_eq!(expr("<-c"), "(<- c)");
    assert_eq!(expr("(<-chan int)(c)"), "(call (paren (<-chan int)) c)");
    assert_eq!(stmts("c <- v"), "{(send c v)}");
}

#[test]
fn operators_and_precedence() {
    assert_eq!(expr("a + b*c"), "(+ a (* b c))");
    assert_eq!(expr("a || b && c == d"), "(|| a (&& b (== c d)))");
    assert_eq!(expr("-x &^ y << 2"), "(<< (&^ (- x) y) 2)");
    assert_eq!(expr("*p + &q"), "(+ (* p) (& q))");
    assert_eq!(expr("!ok | ^m"), "(| (! ok) (^ m))");
}

#[test]
fn labels_goto_and_branches() {
    assert_eq!(
        stmts("L:\n\tfor {\n\t\tbreak L\n\t}\n\tgoto M\nM:\n"),
        "{(label L (for _ _ _ {(break L)})); (goto M); (label M (empty))}"
    );
    assert_eq!(stmts("for { continue }"), "{(for _ _ _ {(continue)})}");
    assert_eq!(
        stmts("switch { case true: fallthrough; default: }"),
        "{(switch _ _ (case true: (fallthrough)) (default: ))}"
    );
}

#[test]
fn type_switches_with_and_without_binding() {
    assert_eq!(
        stmts("switch v := x.(type) { case int, nil: case []T: default: }"),
        "{(typeswitch _ v (assert x type) (case int nil: ) (case ([] T): ) (default: ))}"
    );
    assert_eq!(
        stmts("switch x.(type) {}"),
        "{(typeswitch _ _ (assert x type) )}"
    );
    assert_eq!(
        stmts("switch y := f(); t := y.(type) { case func(): }"),
        "{(typeswitch (:= (y) ((call f))) t (assert y type) (case (func ()): ))}"
    );
    let f = ok("package p\nfunc _() { switch v := x.(type) {} }\n");
    let Decl::Func(fd) = &f.decls[0] else {
        panic!()
    };
    let body = fd.body.as_ref().unwrap();
    assert!(
        matches!(&body.stmts[0].kind, StmtKind::TypeSwitch { guard, .. } if matches!(guard.kind, ExprKind::TypeAssert { typ: None, .. }))
    );
}

#[test]
fn select_statements() {
    assert_eq!(
        stmts("select { case v := <-c: use(v); case c <- 1: case <-d: default: }"),
        "{(select (case (:= (v) ((<- c))): (call use v)) (case (send c 1): ) (case (<- d): ) (default: ))}"
    );
}

#[test]
fn for_and_range_forms() {
    assert_eq!(stmts("for range x {}"), "{(range _ _ _ x {})}");
    assert_eq!(stmts("for i := range 10 {}"), "{(range i _ := 10 {})}");
    assert_eq!(stmts("for k, v = range m {}"), "{(range k v = m {})}");
    assert_eq!(
        stmts("for i := 0; i < n; i++ {}"),
        "{(for (:= (i) (0)) (< i n) (++ i) {})}"
    );
    assert_eq!(stmts("for ;; {}"), "{(for _ _ _ {})}");
    assert_eq!(stmts("for x < 3 {}"), "{(for _ (< x 3) _ {})}");
}

#[test]
fn declarations_grouped_with_iota() {
    assert_eq!(
        decls("const (\n\ta = iota\n\tb\n\tc, d int = 1, 2\n)"),
        "(const (a = iota #0) (b #1) (c d : int = 1 2 #2))"
    );
    assert_eq!(
        decls("import (\n\t\"fmt\"\n\tm \"math\"\n\t. \"os\"\n\t_ \"io\"\n)"),
        "(import \"fmt\" (m \"math\") (. \"os\") (_ \"io\"))"
    );
    assert_eq!(decls("var x, y = 1, 2"), "(var (x y = 1 2 #0))");
}

#[test]
fn interfaces_with_methods_unions_and_embedding() {
    assert_eq!(
        decls("type I interface { M(x int) error; fmt.Stringer; ~int | ~float64; comparable }"),
        "(type (I (interface (method M ((x int)) -> ((error))) (. fmt Stringer) (| (~ int) (~ float64)) comparable)))"
    );
}

#[test]
fn func_types_take_results_greedily() {
    assert_eq!(
        expr("([]func() (int))"),
        "(paren ([] (func () -> ((int)))))"
    );
    assert_eq!(
        decls("var f func() func() int"),
        "(var (f : (func () -> (((func () -> ((int)))))) #0))"
    );
}

#[test]
fn spans_start_at_the_first_byte() {
    let src = "package p\nvar _ = a.b[1] + f(x)\n";
    let f = ok(src);
    let Decl::Gen(g) = &f.decls[0] else { panic!() };
    let Spec::Value(v) = &g.specs[0] else {
        panic!()
    };
    let e = &v.values[0];
    // `a` is at byte 18 of the file; the FileSet's first base is 1.
    assert_eq!(e.span.lo.0 as usize, 1 + src.find("a.b").unwrap());
    assert_eq!(e.span.hi.0 as usize, 1 + src.find("(x)").unwrap() + 3);
    let ExprKind::Binary { op_pos, .. } = &e.kind else {
        panic!()
    };
    assert_eq!(op_pos.0 as usize, 1 + src.find('+').unwrap());
}

#[test]
fn node_ids_are_unique() {
    let f = ok("package p\nfunc f(a int) int { return a + 1 }\n");
    let Decl::Func(fd) = &f.decls[0] else {
        panic!()
    };
    let body = fd.body.as_ref().unwrap();
    let StmtKind::Return(v) = &body.stmts[0].kind else {
        panic!()
    };
    let ExprKind::Binary { x, y, .. } = &v[0].kind else {
        panic!()
    };
    assert!(x.id != y.id && x.id != v[0].id && body.stmts[0].id != v[0].id);
}

#[test]
fn bare_type_literals_parse_where_values_go() {
    // gc parses these; its type checker says "[]int (type) is not an expression".
    assert_eq!(
        decls("var a, b = []int, struct{}"),
        "(var (a b = ([] int) (struct) #0))"
    );
    assert_eq!(
        stmts("x := map[string]int\nreturn chan int"),
        "{(:= (x) ((map string int))); (return (chan int))}"
    );
}

/// Type parameters or array length, decided as gc and go/parser decide
/// (expected output produced by go/parser through syntax_data/astdump.go).
#[test]
fn type_parameter_or_array_edge_cases_match_go_parser() {
    let src = r#"type (
	A1 [N]int
	A2[P any] int
	A3 [P * C]int
	A4[P *C,] int
	A5[P *[]int] int
	A6 [P(C)]int
	A7[P ([]int)] int
	A8[P *C | D] int
	A9[P *C | ~D] int
	A10 [P * C + D]int
	A11[P interface{}] int
	A12 [N.M]int
	A13[P ~int] int
	A14 [f(a, b)]int
	A15[P func()] int
	A16 [len(x)]int
	A17[P, Q any] int
	A18[P []int, Q any] int
	A19 [2 * N]int
	A20[P *struct{}] int
	A21[P chan int] int
	A22[P map[int]int] int
	A23 [P | Q]int
	A24[P T[int]] int
)"#;
    assert_eq!(
        decls(src),
        r#"(type (A1 ([N] int)) (A2 [(P any)] int) (A3 ([(* P C)] int)) (A4 [(P (* C))] int) (A5 [(P (* ([] int)))] int) (A6 ([(call P C)] int)) (A7 [(P (paren ([] int)))] int) (A8 ([(| (* P C) D)] int)) (A9 [(P (| (* C) (~ D)))] int) (A10 ([(+ (* P C) D)] int)) (A11 [(P (interface))] int) (A12 ([(. N M)] int)) (A13 [(P (~ int))] int) (A14 ([(call f a b)] int)) (A15 [(P (func ()))] int) (A16 ([(call len x)] int)) (A17 [(P Q any)] int) (A18 [(P ([] int)) (Q any)] int) (A19 ([(* 2 N)] int)) (A20 [(P (* (struct)))] int) (A21 [(P (chan int))] int) (A22 [(P (map int int))] int) (A23 ([(| P Q)] int)) (A24 [(P (index T int))] int))"#
    );
}

/// Braces in if/for/switch headers: composite literals and function
/// literals where gc allows them, bodies elsewhere (expected output from
/// go/parser through syntax_data/astdump.go).
#[test]
fn header_braces_match_go_parser() {
    let src = r#"func _() {
	for _, x := range []int{1, 2} {
		_ = x
	}
	if f := func() bool { return true }; f() {
	}
	if x == (T{}) {
	}
	for _, p := range []struct{ a, b int }{{1, 2}} {
		_ = p
	}
	switch x := y.(type) {
	case []int, map[string]int, func(), chan<- int, *T:
	}
	if m := map[string]int{"a": 1}; len(m) > 0 {
	}
	if func() bool { return true }() {
	}
	for i := range [3]int{} {
		_ = i
	}
	switch struct{}{} {
	}
	if a[0] {
	}
	if v, ok := m[k]; ok {
	}
	for x := range f(func() {}) {
	}
	if x := (struct{ a int }{1}); x.a > 0 {
	}
	select {
	case v := <-ch:
		_ = v
	}
	if [2]int{1, 2}[0] == 1 {
	}
	for i := 0; i < len([]int{1}); i++ {
	}
	if x := func() int { if y { return 1 }; return 0 }(); x > 0 {
	}
	switch f := func(a, b int) (c int) { return a }; f(1, 2) {
	}
	for range time.Tick(d) {
	}
	if err := g(func() error { return nil }); err != nil {
	}
	if interface{}(x) != nil {
	}
	for _, s := range [...]string{"a"} {
	}
	if p := (*T)(nil); p == nil {
	}
}"#;
    assert_eq!(
        decls(src),
        r#"(func _ () {(range _ x := (lit ([] int) 1 2) {(= (_) (x))}); (if (:= (f) ((funclit () -> ((bool)) {(return true)}))) (call f) {}); (if _ (== x (paren (lit T))) {}); (range _ p := (lit ([] (struct (a b int))) (lit _ 1 2)) {(= (_) (p))}); (typeswitch _ x (assert y type) (case ([] int) (map string int) (func ()) (chan<- int) (* T): )); (if (:= (m) ((lit (map string int) (kv "a" 1)))) (> (call len m) 0) {}); (if _ (call (funclit () -> ((bool)) {(return true)})) {}); (range i _ := (lit ([3] int)) {(= (_) (i))}); (switch _ (lit (struct)) ); (if _ (index a 0) {}); (if (:= (v ok) ((index m k))) ok {}); (range x _ := (call f (funclit () {})) {}); (if (:= (x) ((paren (lit (struct (a int)) 1)))) (> (. x a) 0) {}); (select (case (:= (v) ((<- ch))): (= (_) (v)))); (if _ (== (index (lit ([2] int) 1 2) 0) 1) {}); (for (:= (i) (0)) (< i (call len (lit ([] int) 1))) (++ i) {}); (if (:= (x) ((call (funclit () -> ((int)) {(if _ y {(return 1)}); (return 0)})))) (> x 0) {}); (switch (:= (f) ((funclit ((a b int)) -> ((c int)) {(return a)}))) (call f 1 2) ); (range _ _ _ (call (. time Tick) d) {}); (if (:= (err) ((call g (funclit () -> ((error)) {(return nil)})))) (!= err nil) {}); (if _ (!= (call (interface) x) nil) {}); (range _ s := (lit ([(... _)] string) "a") {}); (if (:= (p) ((call (paren (* T)) nil))) (== p nil) {})})"#
    );
}
