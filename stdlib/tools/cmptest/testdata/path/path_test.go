package path_test

import (
	"fmt"
	"math/rand"
	"path"
	"testing"

	ours "gorunstd/path"
)

var pieces = []string{"", "/", "//", ".", "..", "a", "b", "abc", "x.go", ".ext", "a.b.c", "é", "*", "?", "[a-c]", "[^b]", "\\", "\\*", "[", "]", "-", "[a-]", "[]a]", "[\\]]", "^", "\xff"}

func randPath(rng *rand.Rand) string {
	s := ""
	for i := rng.Intn(7); i > 0; i-- {
		s += pieces[rng.Intn(len(pieces))]
		if rng.Intn(2) == 0 {
			s += "/"
		}
	}
	return s
}

func TestPaths(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 30000; i++ {
		p := randPath(rng)
		q := randPath(rng)
		check := func(name string, a, b any) {
			if fmt.Sprintf("%#v", a) != fmt.Sprintf("%#v", b) {
				t.Fatalf("%s(%q, %q) = %#v, want %#v", name, p, q, a, b)
			}
		}
		check("Clean", ours.Clean(p), path.Clean(p))
		d1, f1 := ours.Split(p)
		d2, f2 := path.Split(p)
		check("Split", [2]string{d1, f1}, [2]string{d2, f2})
		check("Join", ours.Join(p, q, "", q), path.Join(p, q, "", q))
		check("Join0", ours.Join(), path.Join())
		check("Ext", ours.Ext(p), path.Ext(p))
		check("Base", ours.Base(p), path.Base(p))
		check("IsAbs", ours.IsAbs(p), path.IsAbs(p))
		check("Dir", ours.Dir(p), path.Dir(p))
		m1, e1 := ours.Match(p, q)
		m2, e2 := path.Match(p, q)
		check("Match", fmt.Sprint(m1, e1), fmt.Sprint(m2, e2))
		m1, e1 = ours.Match(p, p)
		m2, e2 = path.Match(p, p)
		check("Match self", fmt.Sprint(m1, e1), fmt.Sprint(m2, e2))
	}
	for _, c := range [][2]string{{"*.go", "x.go"}, {"a/*/c", "a/b/c"}, {"a*", "a/b"}, {"[a-c]x", "bx"}, {"[^a-c]x", "bx"}, {"\\*", "*"}, {"a?c", "abc"}, {"a?c", "a/c"}, {"[", "a"}, {"x[", "y"}, {"*x", "xxx"}, {"*[", "x"}} {
		m1, e1 := ours.Match(c[0], c[1])
		m2, e2 := path.Match(c[0], c[1])
		if m1 != m2 || fmt.Sprint(e1) != fmt.Sprint(e2) {
			t.Errorf("Match(%q, %q) = %v %v, want %v %v", c[0], c[1], m1, e1, m2, e2)
		}
	}
}
