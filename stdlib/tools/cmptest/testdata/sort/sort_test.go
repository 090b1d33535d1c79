package sort_test

import (
	"fmt"
	"math"
	"math/rand"
	"reflect"
	"slices"
	"sort"
	"testing"

	ours "gorunstd/sort"
)

// elem is a value with a key (what sorting compares) and an identity (what
// shows the order of equal keys).
type elem struct{ key, id int }

// recorder sorts elems and records every call.
type recorder struct {
	s   []elem
	log []string
	// answers, if not nil, decide Less at random (an inconsistent order),
	// the same way for both sorts as long as they make the same calls.
	answers *rand.Rand
}

func (r *recorder) Len() int { return len(r.s) }
func (r *recorder) Less(i, j int) bool {
	r.log = append(r.log, fmt.Sprint("L", i, j))
	if r.answers != nil {
		return r.answers.Intn(2) == 0
	}
	return r.s[i].key < r.s[j].key
}
func (r *recorder) Swap(i, j int) {
	r.log = append(r.log, fmt.Sprint("S", i, j))
	r.s[i], r.s[j] = r.s[j], r.s[i]
}

// inputs makes slices of many shapes: random with few or many distinct
// keys, sorted, reversed, sawtooth, organ pipe, all equal, with lengths
// around every threshold of the algorithms.
func inputs() [][]elem {
	rng := rand.New(rand.NewSource(1))
	var out [][]elem
	lengths := []int{0, 1, 2, 3, 7, 8, 11, 12, 13, 19, 20, 21, 39, 40, 41, 49, 50, 51, 64, 100, 127, 128, 129, 500, 1000, 1025, 3000}
	for _, n := range lengths {
		for shape := 0; shape < 9; shape++ {
			s := make([]elem, n)
			for i := range s {
				var k int
				switch shape {
				case 0:
					k = rng.Intn(1 << 30)
				case 1:
					k = rng.Intn(3)
				case 2:
					k = i
				case 3:
					k = n - i
				case 4:
					k = i % 17
				case 5:
					k = min(i, n-i)
				case 6:
					k = 7
				case 7:
					k = i
					if rng.Intn(20) == 0 {
						k = rng.Intn(n)
					}
				case 8:
					k = n - i
					if rng.Intn(10) == 0 {
						k = rng.Intn(n)
					}
				}
				s[i] = elem{k, i}
			}
			out = append(out, s)
		}
	}
	return out
}

func TestSortCalls(t *testing.T) {
	for _, in := range inputs() {
		a := &recorder{s: slices.Clone(in)}
		b := &recorder{s: slices.Clone(in)}
		ours.Sort(a)
		sort.Sort(b)
		if !reflect.DeepEqual(a.s, b.s) || !reflect.DeepEqual(a.log, b.log) {
			t.Fatalf("Sort(len %d) differs: %d calls, want %d", len(in), len(a.log), len(b.log))
		}
		a = &recorder{s: slices.Clone(in)}
		b = &recorder{s: slices.Clone(in)}
		ours.Stable(a)
		sort.Stable(b)
		if !reflect.DeepEqual(a.s, b.s) || !reflect.DeepEqual(a.log, b.log) {
			t.Fatalf("Stable(len %d) differs", len(in))
		}
		a = &recorder{s: slices.Clone(in)}
		b = &recorder{s: slices.Clone(in)}
		ours.Sort(ours.Reverse(a))
		sort.Sort(sort.Reverse(b))
		if !reflect.DeepEqual(a.s, b.s) || !reflect.DeepEqual(a.log, b.log) {
			t.Fatalf("Sort(Reverse(len %d)) differs", len(in))
		}
		if ours.IsSorted(a) != sort.IsSorted(b) {
			t.Fatalf("IsSorted differs")
		}
		// An inconsistent order drives the sort down every path.
		for seed := int64(0); seed < 3; seed++ {
			a = &recorder{s: slices.Clone(in), answers: rand.New(rand.NewSource(seed))}
			b = &recorder{s: slices.Clone(in), answers: rand.New(rand.NewSource(seed))}
			ours.Sort(a)
			sort.Sort(b)
			if !reflect.DeepEqual(a.s, b.s) || !reflect.DeepEqual(a.log, b.log) {
				t.Fatalf("Sort(len %d, random order %d) differs", len(in), seed)
			}
			a = &recorder{s: slices.Clone(in), answers: rand.New(rand.NewSource(seed))}
			b = &recorder{s: slices.Clone(in), answers: rand.New(rand.NewSource(seed))}
			ours.Stable(a)
			sort.Stable(b)
			if !reflect.DeepEqual(a.s, b.s) || !reflect.DeepEqual(a.log, b.log) {
				t.Fatalf("Stable(len %d, random order %d) differs", len(in), seed)
			}
		}
	}
}

func TestSlice(t *testing.T) {
	for _, in := range inputs() {
		a, b := slices.Clone(in), slices.Clone(in)
		var la, lb []string
		ours.Slice(a, func(i, j int) bool { la = append(la, fmt.Sprint(i, j)); return a[i].key < a[j].key })
		sort.Slice(b, func(i, j int) bool { lb = append(lb, fmt.Sprint(i, j)); return b[i].key < b[j].key })
		if !reflect.DeepEqual(a, b) || !reflect.DeepEqual(la, lb) {
			t.Fatalf("Slice(len %d) differs", len(in))
		}
		a, b = slices.Clone(in), slices.Clone(in)
		ours.SliceStable(a, func(i, j int) bool { return a[i].key < a[j].key })
		sort.SliceStable(b, func(i, j int) bool { return b[i].key < b[j].key })
		if !reflect.DeepEqual(a, b) {
			t.Fatalf("SliceStable(len %d) differs", len(in))
		}
		if ours.SliceIsSorted(a, func(i, j int) bool { return a[i].key < a[j].key }) != sort.SliceIsSorted(b, func(i, j int) bool { return b[i].key < b[j].key }) {
			t.Fatalf("SliceIsSorted differs")
		}
	}
}

func TestTyped(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	nan1, nan2 := math.Float64frombits(0x7FF8000000000001), math.Float64frombits(0xFFF8000000000002)
	for trial := 0; trial < 300; trial++ {
		n := rng.Intn(200)
		fs := make([]float64, n)
		is := make([]int, n)
		ss := make([]string, n)
		for i := range fs {
			switch rng.Intn(6) {
			case 0:
				fs[i] = math.Copysign(0, -1)
			case 1:
				fs[i] = 0
			case 2:
				fs[i] = nan1
			case 3:
				fs[i] = nan2
			default:
				fs[i] = float64(rng.Intn(5))
			}
			is[i] = rng.Intn(10) - 5
			ss[i] = fmt.Sprint(rng.Intn(30))
		}
		bits := func(x []float64) []uint64 {
			var r []uint64
			for _, f := range x {
				r = append(r, math.Float64bits(f))
			}
			return r
		}
		fa, fb := slices.Clone(fs), slices.Clone(fs)
		ours.Float64s(fa)
		sort.Float64s(fb)
		if !reflect.DeepEqual(bits(fa), bits(fb)) {
			t.Fatalf("Float64s(%v) = %v, want %v", fs, fa, fb)
		}
		fa, fb = slices.Clone(fs), slices.Clone(fs)
		ours.Sort(ours.Float64Slice(fa))
		sort.Sort(sort.Float64Slice(fb))
		if !reflect.DeepEqual(bits(fa), bits(fb)) {
			t.Fatalf("Float64Slice.Sort differs")
		}
		if ours.Float64sAreSorted(fs) != sort.Float64sAreSorted(fs) || ours.Float64sAreSorted(fa) != sort.Float64sAreSorted(fb) {
			t.Fatalf("Float64sAreSorted differs")
		}
		ia, ib := slices.Clone(is), slices.Clone(is)
		ours.Ints(ia)
		sort.Ints(ib)
		if !reflect.DeepEqual(ia, ib) || ours.IntsAreSorted(is) != sort.IntsAreSorted(is) {
			t.Fatalf("Ints differs")
		}
		sa, sb := slices.Clone(ss), slices.Clone(ss)
		ours.Strings(sa)
		sort.Strings(sb)
		if !reflect.DeepEqual(sa, sb) || ours.StringsAreSorted(ss) != sort.StringsAreSorted(ss) {
			t.Fatalf("Strings differs")
		}
		ours.StringSlice(ss).Sort()
		for _, x := range []int{-6, -5, 0, 3, 4, 5} {
			if ours.SearchInts(ia, x) != sort.SearchInts(ib, x) || ours.IntSlice(ia).Search(x) != sort.IntSlice(ib).Search(x) {
				t.Fatalf("SearchInts differs")
			}
			xf := float64(x)
			if ours.SearchFloat64s(fa, xf) != sort.SearchFloat64s(fb, xf) {
				t.Fatalf("SearchFloat64s differs")
			}
			xs := fmt.Sprint(x)
			if ours.SearchStrings(sa, xs) != sort.SearchStrings(sb, xs) || ours.StringSlice(sa).Search(xs) != sort.StringSlice(sb).Search(xs) {
				t.Fatalf("SearchStrings differs")
			}
		}
		for n := -1; n < 20; n++ {
			target := rng.Intn(20)
			c := func(i int) int { return target - i }
			i1, f1 := ours.Find(n, c)
			i2, f2 := sort.Find(n, c)
			if i1 != i2 || f1 != f2 || ours.Search(n, func(i int) bool { return i >= target }) != sort.Search(n, func(i int) bool { return i >= target }) {
				t.Fatalf("Find/Search differ")
			}
		}
	}
}

func TestSlicePanics(t *testing.T) {
	p := func(f func()) (s string) {
		defer func() { s = fmt.Sprint(recover()) }()
		f()
		return
	}
	a, b := p(func() { ours.Slice(3, func(i, j int) bool { return false }) }), p(func() { sort.Slice(3, func(i, j int) bool { return false }) })
	if a != b {
		t.Logf("Slice(3) panics with %q, Go with %q (reflect's wording; the native decides)", a, b)
	}
}
