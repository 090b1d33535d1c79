package cmp_test

import (
	"cmp"
	"math"
	"testing"

	ours "gorunstd/cmp"
)

func TestCmp(t *testing.T) {
	fs := []float64{math.Inf(-1), -1, math.Copysign(0, -1), 0, 1, math.Inf(1), math.NaN(), math.Float64frombits(0xFFF8000000000001)}
	for _, x := range fs {
		for _, y := range fs {
			if ours.Compare(x, y) != cmp.Compare(x, y) || ours.Less(x, y) != cmp.Less(x, y) {
				t.Errorf("Compare/Less(%v, %v)", x, y)
			}
			a, b := ours.Or(x, y), cmp.Or(x, y)
			if math.Float64bits(a) != math.Float64bits(b) {
				t.Errorf("Or(%v, %v) = %v, want %v", x, y, a, b)
			}
		}
	}
	ss := []string{"", "a", "b", "ab"}
	for _, x := range ss {
		for _, y := range ss {
			if ours.Compare(x, y) != cmp.Compare(x, y) || ours.Less(x, y) != cmp.Less(x, y) || ours.Or(x, y) != cmp.Or(x, y) {
				t.Errorf("strings %q %q", x, y)
			}
		}
	}
	if ours.Or[int]() != 0 || ours.Or(0, 0, 3, 4) != 3 || ours.Compare(uint8(3), 200) != -1 {
		t.Errorf("Or/Compare ints")
	}
}
