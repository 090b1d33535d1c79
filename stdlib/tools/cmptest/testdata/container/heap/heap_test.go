package heap_test

import (
	"container/heap"
	"fmt"
	"math/rand"
	"reflect"
	"testing"

	ours "gorunstd/container/heap"
)

// rec is an int heap that records every call.
type rec struct {
	s   []int
	log []string
}

func (h *rec) Len() int { return len(h.s) }
func (h *rec) Less(i, j int) bool {
	h.log = append(h.log, fmt.Sprint("L", i, j))
	return h.s[i] < h.s[j]
}
func (h *rec) Swap(i, j int) {
	h.log = append(h.log, fmt.Sprint("S", i, j))
	h.s[i], h.s[j] = h.s[j], h.s[i]
}
func (h *rec) Push(x any) { h.s = append(h.s, x.(int)) }
func (h *rec) Pop() any {
	n := len(h.s)
	x := h.s[n-1]
	h.s = h.s[:n-1]
	return x
}

func TestOps(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for trial := 0; trial < 300; trial++ {
		n := rng.Intn(60)
		init := make([]int, n)
		for i := range init {
			init[i] = rng.Intn(20)
		}
		a := &rec{s: append([]int(nil), init...)}
		b := &rec{s: append([]int(nil), init...)}
		ours.Init(a)
		heap.Init(b)
		var xa, xb []any
		for step := 0; step < 80; step++ {
			switch rng.Intn(4) {
			case 0:
				v := rng.Intn(20)
				ours.Push(a, v)
				heap.Push(b, v)
			case 1:
				if a.Len() > 0 {
					xa, xb = append(xa, ours.Pop(a)), append(xb, heap.Pop(b))
				}
			case 2:
				if a.Len() > 0 {
					i := rng.Intn(a.Len())
					xa, xb = append(xa, ours.Remove(a, i)), append(xb, heap.Remove(b, i))
				}
			case 3:
				if a.Len() > 0 {
					i, v := rng.Intn(a.Len()), rng.Intn(20)
					a.s[i], b.s[i] = v, v
					ours.Fix(a, i)
					heap.Fix(b, i)
				}
			}
		}
		if !reflect.DeepEqual(a, b) || !reflect.DeepEqual(xa, xb) {
			t.Fatalf("trial %d differs", trial)
		}
	}
}
