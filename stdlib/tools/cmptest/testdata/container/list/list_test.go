package list_test

import (
	"container/list"
	"fmt"
	"math/rand"
	"reflect"
	"testing"

	ours "gorunstd/container/list"
)

func dumpOurs(l *ours.List) []any {
	var s []any
	for e := l.Front(); e != nil; e = e.Next() {
		s = append(s, e.Value)
	}
	for e := l.Back(); e != nil; e = e.Prev() {
		s = append(s, e.Value)
	}
	return append(s, l.Len())
}

func dumpReal(l *list.List) []any {
	var s []any
	for e := l.Front(); e != nil; e = e.Next() {
		s = append(s, e.Value)
	}
	for e := l.Back(); e != nil; e = e.Prev() {
		s = append(s, e.Value)
	}
	return append(s, l.Len())
}

func TestRandomOps(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for trial := 0; trial < 500; trial++ {
		var a, a2 ours.List // zero values, lazily initialized
		var b, b2 list.List
		var ea []*ours.Element
		var eb []*list.Element
		// Elements of the other list and removed ones act as foreign marks.
		pick := func() (*ours.Element, *list.Element) {
			if len(ea) == 0 {
				return nil, nil
			}
			i := rng.Intn(len(ea))
			return ea[i], eb[i]
		}
		for step := 0; step < 60; step++ {
			v := step
			var ra, rb any
			switch rng.Intn(14) {
			case 0:
				ea, eb = append(ea, a.PushFront(v)), append(eb, b.PushFront(v))
			case 1:
				ea, eb = append(ea, a.PushBack(v)), append(eb, b.PushBack(v))
			case 2:
				if x, y := pick(); x != nil {
					p, q := a.InsertBefore(v, x), b.InsertBefore(v, y)
					ra, rb = p == nil, q == nil
					if p != nil {
						ea, eb = append(ea, p), append(eb, q)
					}
				}
			case 3:
				if x, y := pick(); x != nil {
					p, q := a.InsertAfter(v, x), b.InsertAfter(v, y)
					ra, rb = p == nil, q == nil
					if p != nil {
						ea, eb = append(ea, p), append(eb, q)
					}
				}
			case 4:
				if x, y := pick(); x != nil {
					ra, rb = a.Remove(x), b.Remove(y)
				}
			case 5:
				if x, y := pick(); x != nil {
					a.MoveToFront(x)
					b.MoveToFront(y)
				}
			case 6:
				if x, y := pick(); x != nil {
					a.MoveToBack(x)
					b.MoveToBack(y)
				}
			case 7:
				x1, y1 := pick()
				x2, y2 := pick()
				if x1 != nil {
					a.MoveBefore(x1, x2)
					b.MoveBefore(y1, y2)
				}
			case 8:
				x1, y1 := pick()
				x2, y2 := pick()
				if x1 != nil {
					a.MoveAfter(x1, x2)
					b.MoveAfter(y1, y2)
				}
			case 9:
				pa := catch(func() { a.PushBackList(&a) })
				pb := catch(func() { b.PushBackList(&b) })
				ra, rb = pa, pb
			case 10:
				a2.PushBack(v)
				b2.PushBack(v)
				a.PushFrontList(&a2)
				b.PushFrontList(&b2)
			case 11:
				if x, y := pick(); x != nil {
					ra, rb = fmt.Sprint(x.Next() == nil, x.Prev() == nil), fmt.Sprint(y.Next() == nil, y.Prev() == nil)
				}
			case 12:
				if rng.Intn(10) == 0 {
					a.Init()
					b.Init()
				}
			case 13:
				ea, eb = append(ea, a2.PushBack(v)), append(eb, b2.PushBack(v))
			}
			if !reflect.DeepEqual(ra, rb) || !reflect.DeepEqual(dumpOurs(&a), dumpReal(&b)) || !reflect.DeepEqual(dumpOurs(&a2), dumpReal(&b2)) {
				t.Fatalf("trial %d step %d: %v %v, want %v %v", trial, step, ra, dumpOurs(&a), rb, dumpReal(&b))
			}
		}
	}
	if ours.New().Front() != nil || ours.New().Back() != nil {
		t.Errorf("New")
	}
}

func catch(f func()) (p string) {
	defer func() {
		if r := recover(); r != nil {
			p = fmt.Sprint(r)
		}
	}()
	f()
	return ""
}
