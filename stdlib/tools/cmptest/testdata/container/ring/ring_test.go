package ring_test

import (
	"container/ring"
	"math/rand"
	"reflect"
	"testing"

	ours "gorunstd/container/ring"
)

func valuesOurs(r *ours.Ring) []any {
	var s []any
	r.Do(func(v any) { s = append(s, v) })
	return append(s, r.Len())
}

func valuesReal(r *ring.Ring) []any {
	var s []any
	r.Do(func(v any) { s = append(s, v) })
	return append(s, r.Len())
}

func TestOps(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for trial := 0; trial < 500; trial++ {
		n := rng.Intn(8) - 1
		a, b := ours.New(n), ring.New(n)
		if (a == nil) != (b == nil) {
			t.Fatalf("New(%d)", n)
		}
		if a == nil {
			a, b = &ours.Ring{}, &ring.Ring{}
		}
		k := 0
		for p, q := a, b; k < a.Len(); p, q, k = p.Next(), q.Next(), k+1 {
			p.Value, q.Value = k, k
		}
		for step := 0; step < 30; step++ {
			switch rng.Intn(6) {
			case 0:
				m := rng.Intn(9) - 4
				a, b = a.Move(m), b.Move(m)
			case 1:
				a, b = a.Next(), b.Next()
			case 2:
				a, b = a.Prev(), b.Prev()
			case 3:
				m := rng.Intn(4) - 1
				ua, ub := a.Unlink(m), b.Unlink(m)
				if !reflect.DeepEqual(valuesOurs(ua), valuesReal(ub)) {
					t.Fatalf("Unlink(%d) differs", m)
				}
			case 4:
				m := rng.Intn(4)
				sa, sb := ours.New(m), ring.New(m)
				for p, q, i := sa, sb, 0; i < m; p, q, i = p.Next(), q.Next(), i+1 {
					p.Value, q.Value = 100+step*10+i, 100+step*10+i
				}
				la, lb := a.Link(sa), b.Link(sb)
				if !reflect.DeepEqual(valuesOurs(la), valuesReal(lb)) {
					t.Fatalf("Link differs")
				}
			case 5:
				// Link to itself cuts out the elements in between.
				m := rng.Intn(4)
				la, lb := a.Link(a.Move(m)), b.Link(b.Move(m))
				if !reflect.DeepEqual(valuesOurs(la), valuesReal(lb)) {
					t.Fatalf("self Link differs")
				}
			}
			if !reflect.DeepEqual(valuesOurs(a), valuesReal(b)) {
				t.Fatalf("trial %d step %d: %v, want %v", trial, step, valuesOurs(a), valuesReal(b))
			}
		}
	}
	var za *ours.Ring
	var zb *ring.Ring
	if za.Len() != zb.Len() || ours.New(0) != nil {
		t.Errorf("nil ring")
	}
}
