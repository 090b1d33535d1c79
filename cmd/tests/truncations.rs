//! Every truncation of a few programs through `gorun check`'s pipeline
//! (lexer, semicolon pass, parser, type checker): each prefix must end in
//! a clean check or in diagnostics, never a panic, a hang or an empty
//! failure. Truncated programs are the commonest malformed input (an
//! editor mid-keystroke), and they end every construct at every point.

use gorun::loader::Loader;
use gorun_frontend::types::Config;

const PROGRAMS: &[&str] = &[
    r#"package main

type Number interface {
	~int | ~int64 | ~float64
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func Sum[T Number](xs ...T) (s T) {
	for _, x := range xs {
		s += x
	}
	return
}

func main() {
	var s Stack[string]
	s.Push("a")
	v, ok := s.Pop()
	println(v, ok, Sum(1, 2, 3), Sum[float64](1.5, 2))
}
"#,
    r#"package main

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct {
	W, H float64 `json:"w"`
}

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

const (
	A = iota * 10
	B
	C = "s" + "t"
)

func describe(x any) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int, int64:
		return "int"
	case Shape:
		_ = v.Area()
		return "shape"
	default:
		return "other"
	}
}

func main() {
	shapes := []Shape{Rect{1, 2}, &Rect{W: 3}}
	m := map[string][]int{"a": {1, 2}, "b": nil}
	for k, v := range m {
		defer func() { println(k, len(v)) }()
	}
outer:
	for i := 0; i < 3; i++ {
		for j := range 4 {
			if j == i {
				continue outer
			}
			if i+j > 4 {
				break outer
			}
		}
	}
	println(describe(shapes[0]), A, B, C, len(shapes[1:2:2]))
}
"#,
    r#"package main

func producer(n int, out chan<- int, done <-chan struct{}) {
	defer close(out)
	for i := range n {
		select {
		case out <- i * i:
		case <-done:
			return
		}
	}
}

func main() {
	out := make(chan int, 4)
	done := make(chan struct{})
	go producer(10, out, done)
	total := 0
	for v := range out {
		total += v
		if total > 100 {
			close(done)
			break
		}
	}
	f := func(xs ...int) (n int) {
		defer func() {
			if r := recover(); r != nil {
				n = -1
			}
		}()
		return xs[len(xs)-1] / xs[0]
	}
	var arr [3]complex128
	arr[1] = 2 + 3i
	p := &arr
	println(total, f(0, 1), real(p[1]), 0x1p-2, 'x', "\u00e9\n", `raw
string`)
	goto end
end:
}
"#,
];

#[test]
fn every_truncation_checks_or_reports() {
    for (k, prog) in PROGRAMS.iter().enumerate() {
        let prog: &'static str = prog;
        let failures = gorun::with_big_stack(move || {
            let mut bad = Vec::new();
            for cut in (0..=prog.len()).filter(|&i| prog.is_char_boundary(i)) {
                let src = prog[..cut].to_string();
                let mut l = Loader::new();
                let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    match l.load("main", vec![("./t.go".into(), src)], Config::default()) {
                        Ok(_) => true,
                        Err(e) => !l.render(&e.diags).is_empty(),
                    }
                }));
                match r {
                    Ok(true) => {}
                    Ok(false) => bad.push(format!("cut {cut}: failed without a diagnostic")),
                    Err(_) => bad.push(format!("cut {cut}: panicked")),
                }
            }
            bad
        });
        assert!(
            failures.is_empty(),
            "program {k}: {} bad truncations, first: {:?}",
            failures.len(),
            &failures[..failures.len().min(5)]
        );
        // The whole program checks clean.
        let whole = gorun::with_big_stack(move || {
            let mut l = Loader::new();
            l.load(
                "main",
                vec![("./t.go".into(), prog.to_string())],
                Config::default(),
            )
            .err()
            .map(|e| l.render(&e.diags))
        });
        assert_eq!(whole, None, "program {k} must check clean");
    }
}
