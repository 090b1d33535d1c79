package errors_test

import (
	"errors"
	"fmt"
	"io/fs"
	"reflect"
	"testing"

	ours "gorunstd/errors"
)

type myErr struct{ s string }

func (e myErr) Error() string { return e.s }

type ptrErr struct{ s string }

func (e *ptrErr) Error() string { return e.s }

// sliceErr is not comparable.
type sliceErr []string

func (e sliceErr) Error() string { return fmt.Sprint([]string(e)) }

// structErr is comparable by type but holds an interface.
type structErr struct{ v any }

func (e structErr) Error() string { return "structErr" }

type wrapper struct {
	msg string
	err error
}

func (w wrapper) Error() string { return w.msg + ": " + w.err.Error() }
func (w wrapper) Unwrap() error { return w.err }

type multi struct{ errs []error }

func (m multi) Error() string   { return "multi" }
func (m multi) Unwrap() []error { return m.errs }

// isAll matches everything.
type isAll struct{}

func (isAll) Error() string { return "isAll" }
func (isAll) Is(error) bool { return true }
func (isAll) As(target any) bool {
	if p, ok := target.(*myErr); ok {
		*p = myErr{"from As"}
		return true
	}
	return false
}

// mk builds the same trees with one package's New and Join.
func trees(newf func(string) error, join func(...error) error) (map[string]error, []error) {
	e1, e2 := newf("one"), newf("two")
	sentinel := myErr{"sentinel"}
	p := &ptrErr{"ptr"}
	m := map[string]error{
		"e1":          e1,
		"e2":          e2,
		"sentinel":    sentinel,
		"ptr":         p,
		"wrapped":     wrapper{"w", e1},
		"wrapped2":    wrapper{"w2", wrapper{"w1", sentinel}},
		"joined":      join(e1, nil, wrapper{"w", p}),
		"multi":       multi{[]error{nil, e2, sentinel}},
		"isall":       wrapper{"x", isAll{}},
		"slice":       sliceErr{"a"},
		"wrapslice":   wrapper{"s", sliceErr{"b"}},
		"structErr":   structErr{1},
		"wrapNilLeaf": wrapper{"n", nil},
		"pathErr":     &fs.PathError{Op: "open", Path: "/x", Err: fs.ErrNotExist},
		"nil":         nil,
	}
	targets := []error{nil, e1, e2, sentinel, myErr{"other"}, p, &ptrErr{"ptr"}, sliceErr{"a"}, structErr{1}, structErr{2}, fs.ErrNotExist}
	return m, targets
}

func describe(f func() any) (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprint("panic: ", r)
		}
	}()
	return fmt.Sprintf("%#v", f())
}

func TestIsAs(t *testing.T) {
	mo, to := trees(ours.New, ours.Join)
	mr, tr := trees(errors.New, errors.Join)
	for name := range mo {
		eo, er := mo[name], mr[name]
		if name == "wrapNilLeaf" {
			continue // its Error panics
		}
		if eo != nil && eo.Error() != er.Error() {
			t.Errorf("%s.Error() = %q, want %q", name, eo.Error(), er.Error())
		}
		for i := range to {
			a := describe(func() any { return ours.Is(eo, to[i]) })
			b := describe(func() any { return errors.Is(er, tr[i]) })
			if a != b {
				t.Errorf("Is(%s, target %d) = %s, want %s", name, i, a, b)
			}
		}
		targets := []func() (any, any){
			func() (any, any) { return new(myErr), new(myErr) },
			func() (any, any) { return new(*ptrErr), new(*ptrErr) },
			func() (any, any) { return new(sliceErr), new(sliceErr) },
			func() (any, any) { return new(error), new(error) },
			func() (any, any) { return new(interface{ Unwrap() error }), new(interface{ Unwrap() error }) },
			func() (any, any) { return new(*fs.PathError), new(*fs.PathError) },
			func() (any, any) { return nil, nil },
			func() (any, any) { return myErr{}, myErr{} },
			func() (any, any) { return (*myErr)(nil), (*myErr)(nil) },
			func() (any, any) { return new(int), new(int) },
			func() (any, any) { return new(ptrErr), new(ptrErr) },
		}
		for i, mk := range targets {
			x, y := mk()
			a := describe(func() any { ok := ours.As(eo, x); return fmt.Sprintf("%v %v", ok, reflect.ValueOf(x).Elem()) })
			b := describe(func() any { ok := errors.As(er, y); return fmt.Sprintf("%v %v", ok, reflect.ValueOf(y).Elem()) })
			if a != b {
				t.Errorf("As(%s, target %d) = %s, want %s", name, i, a, b)
			}
		}
		a1, ok1 := ours.AsType[myErr](eo)
		a2, ok2 := errors.AsType[myErr](er)
		if a1 != a2 || ok1 != ok2 {
			t.Errorf("AsType[myErr](%s) = %v %v, want %v %v", name, a1, ok1, a2, ok2)
		}
		p1, ok1 := ours.AsType[*fs.PathError](eo)
		p2, ok2 := errors.AsType[*fs.PathError](er)
		if ok1 != ok2 || (ok1 && (error(p1) == eo) != (error(p2) == er)) {
			t.Errorf("AsType[*PathError](%s) differs", name)
		}
		u1, u2 := ours.Unwrap(eo), errors.Unwrap(er)
		if (u1 == nil) != (u2 == nil) {
			t.Errorf("Unwrap(%s) = %v, want %v", name, u1, u2)
		}
	}
	if ours.Join() != nil || ours.Join(nil, nil) != nil {
		t.Errorf("Join of nothing is not nil")
	}
	j := ours.Join(ours.New("a"), ours.New("b"))
	if j.Error() != errors.Join(errors.New("a"), errors.New("b")).Error() || ours.New("x") == ours.New("x") {
		t.Errorf("Join/New")
	}
	if ours.ErrUnsupported.Error() != errors.ErrUnsupported.Error() {
		t.Errorf("ErrUnsupported")
	}
	// Panics that Go's Is raises are raised too: a comparable type whose
	// value holds an uncomparable one.
	a := describe(func() any { return ours.Is(structErr{[]int{1}}, structErr{[]int{1}}) })
	b := describe(func() any { return errors.Is(structErr{[]int{1}}, structErr{[]int{1}}) })
	if a != b {
		t.Errorf("Is(uncomparable inside) = %s, want %s", a, b)
	}
}
