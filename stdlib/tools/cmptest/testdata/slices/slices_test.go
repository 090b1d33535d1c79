package slices_test

import (
	"cmp"
	"fmt"
	"math"
	"math/rand"
	"reflect"
	"slices"
	"strings"
	"testing"

	ours "gorunstd/slices"
)

type elem struct{ key, id int }

func inputs() [][]elem {
	rng := rand.New(rand.NewSource(1))
	var out [][]elem
	for _, n := range []int{0, 1, 2, 3, 8, 12, 13, 20, 21, 49, 50, 51, 128, 500, 1000, 2049} {
		for shape := 0; shape < 7; shape++ {
			s := make([]elem, n)
			for i := range s {
				k := 0
				switch shape {
				case 0:
					k = rng.Intn(1 << 30)
				case 1:
					k = rng.Intn(4)
				case 2:
					k = i
				case 3:
					k = n - i
				case 4:
					k = i % 9
				case 5:
					k = i
					if rng.Intn(15) == 0 {
						k = rng.Intn(n)
					}
				case 6:
					k = min(i, n-i)
				}
				s[i] = elem{k, i}
			}
			out = append(out, s)
		}
	}
	return out
}

func TestSortFunc(t *testing.T) {
	for _, in := range inputs() {
		a, b := slices.Clone(in), slices.Clone(in)
		var la, lb []elem
		ours.SortFunc(a, func(x, y elem) int { la = append(la, x, y); return cmp.Compare(x.key, y.key) })
		slices.SortFunc(b, func(x, y elem) int { lb = append(lb, x, y); return cmp.Compare(x.key, y.key) })
		if !reflect.DeepEqual(a, b) || !reflect.DeepEqual(la, lb) {
			t.Fatalf("SortFunc(len %d) differs", len(in))
		}
		a, b = slices.Clone(in), slices.Clone(in)
		la, lb = nil, nil
		ours.SortStableFunc(a, func(x, y elem) int { la = append(la, x, y); return cmp.Compare(x.key, y.key) })
		slices.SortStableFunc(b, func(x, y elem) int { lb = append(lb, x, y); return cmp.Compare(x.key, y.key) })
		if !reflect.DeepEqual(a, b) || !reflect.DeepEqual(la, lb) {
			t.Fatalf("SortStableFunc(len %d) differs", len(in))
		}
		for seed := int64(0); seed < 3; seed++ {
			a, b = slices.Clone(in), slices.Clone(in)
			ra, rb := rand.New(rand.NewSource(seed)), rand.New(rand.NewSource(seed))
			ours.SortFunc(a, func(x, y elem) int { return ra.Intn(3) - 1 })
			slices.SortFunc(b, func(x, y elem) int { return rb.Intn(3) - 1 })
			if !reflect.DeepEqual(a, b) {
				t.Fatalf("SortFunc(len %d, random %d) differs", len(in), seed)
			}
		}
		c := func(x, y elem) int { return cmp.Compare(x.key, y.key) }
		if ours.IsSortedFunc(a, c) != slices.IsSortedFunc(b, c) || ours.IsSortedFunc(in, c) != slices.IsSortedFunc(in, c) {
			t.Fatalf("IsSortedFunc differs")
		}
		if len(in) > 0 {
			if ours.MinFunc(in, c) != slices.MinFunc(in, c) || ours.MaxFunc(in, c) != slices.MaxFunc(in, c) {
				t.Fatalf("MinFunc/MaxFunc differ")
			}
		}
		sorted := slices.Clone(in)
		slices.SortStableFunc(sorted, c)
		for _, k := range []int{-1, 0, 1, 2, 5, 100, 1 << 29} {
			i1, f1 := ours.BinarySearchFunc(sorted, k, func(e elem, k int) int { return cmp.Compare(e.key, k) })
			i2, f2 := slices.BinarySearchFunc(sorted, k, func(e elem, k int) int { return cmp.Compare(e.key, k) })
			if i1 != i2 || f1 != f2 {
				t.Fatalf("BinarySearchFunc differs")
			}
		}
	}
}

func bits(x []float64) []uint64 {
	var r []uint64
	for _, f := range x {
		r = append(r, math.Float64bits(f))
	}
	return r
}

func TestOrdered(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	nan1, nan2 := math.Float64frombits(0x7FF8000000000001), math.Float64frombits(0xFFF8000000000002)
	for trial := 0; trial < 500; trial++ {
		n := rng.Intn(300)
		fs := make([]float64, n)
		is := make([]int8, n)
		ss := make([]string, n)
		for i := range fs {
			switch rng.Intn(7) {
			case 0:
				fs[i] = math.Copysign(0, -1)
			case 1:
				fs[i] = 0
			case 2:
				fs[i] = nan1
			case 3:
				fs[i] = nan2
			case 4:
				fs[i] = math.Inf(rng.Intn(3) - 1)
			default:
				fs[i] = float64(rng.Intn(5))
			}
			is[i] = int8(rng.Intn(256) - 128)
			ss[i] = fmt.Sprint(rng.Intn(30))
		}
		fa, fb := slices.Clone(fs), slices.Clone(fs)
		ours.Sort(fa)
		slices.Sort(fb)
		if !reflect.DeepEqual(bits(fa), bits(fb)) {
			t.Fatalf("Sort(%v) = %v, want %v", fs, fa, fb)
		}
		check := func(name string, a, b any) {
			t.Helper()
			if !reflect.DeepEqual(a, b) {
				t.Fatalf("%s = %v, want %v", name, a, b)
			}
		}
		check("IsSorted", ours.IsSorted(fs), slices.IsSorted(fs))
		check("IsSorted", ours.IsSorted(fa), slices.IsSorted(fb))
		ia, ib := slices.Clone(is), slices.Clone(is)
		ours.Sort(ia)
		slices.Sort(ib)
		check("Sort int8", ia, ib)
		sa, sb := slices.Clone(ss), slices.Clone(ss)
		ours.Sort(sa)
		slices.Sort(sb)
		check("Sort strings", sa, sb)
		if n > 0 {
			check("Min", math.Float64bits(ours.Min(fs)), math.Float64bits(slices.Min(fs)))
			check("Max", math.Float64bits(ours.Max(fs)), math.Float64bits(slices.Max(fs)))
			check("Min int8", ours.Min(is), slices.Min(is))
			check("Max string", ours.Max(ss), slices.Max(ss))
		}
		for _, x := range []float64{-1, 0, 2, math.NaN(), math.Inf(1)} {
			i1, f1 := ours.BinarySearch(fa, x)
			i2, f2 := slices.BinarySearch(fb, x)
			check("BinarySearch", []any{i1, f1}, []any{i2, f2})
		}
		check("Compare", ours.Compare(fs, fa), slices.Compare(fs, fb))
		check("Compare", ours.Compare(is, ia), slices.Compare(is, ib))
		check("Compare", ours.Compare(ia[:n/2], ia), slices.Compare(ib[:n/2], ib))
		check("Equal", ours.Equal(fs, fs), slices.Equal(fs, fs))
		check("Equal", ours.Equal(is, ia), slices.Equal(is, ib))
		check("Index", ours.Index(is, 3), slices.Index(is, 3))
		check("Contains", ours.Contains(ss, "7"), slices.Contains(ss, "7"))
		check("Compact", ours.Compact(slices.Clone(ia)), slices.Compact(slices.Clone(ib)))
	}
}

// desc shows a slice with its length, capacity and the backing array's
// contents, so that clearing of vacated elements shows.
func desc(s []string) string {
	return fmt.Sprintf("len %d cap %d %q", len(s), cap(s), s[:cap(s)])
}

func panicOf(f func()) (p string) {
	defer func() {
		if r := recover(); r != nil {
			p = fmt.Sprint(r)
		}
	}()
	f()
	return ""
}

func TestEditing(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	mk := func(n, c int) []string {
		s := make([]string, n, c)
		for i := range s {
			s[i] = string(rune('a' + rng.Intn(4)))
		}
		return s
	}
	for trial := 0; trial < 3000; trial++ {
		n := rng.Intn(8)
		base := mk(n, n+rng.Intn(4))
		i := rng.Intn(n+3) - 1
		j := rng.Intn(n+3) - 1
		v := mk(rng.Intn(4), 4)
		type op struct {
			name string
			a, b func(s []string) []string
		}
		ops := []op{
			{"Insert", func(s []string) []string { return ours.Insert(s, i, v...) }, func(s []string) []string { return slices.Insert(s, i, v...) }},
			{"InsertSelf", func(s []string) []string { return ours.Insert(s, i, s[:min(len(s), 2)]...) }, func(s []string) []string { return slices.Insert(s, i, s[:min(len(s), 2)]...) }},
			{"Delete", func(s []string) []string { return ours.Delete(s, i, j) }, func(s []string) []string { return slices.Delete(s, i, j) }},
			{"DeleteFunc", func(s []string) []string { return ours.DeleteFunc(s, func(x string) bool { return x == "a" }) }, func(s []string) []string { return slices.DeleteFunc(s, func(x string) bool { return x == "a" }) }},
			{"Replace", func(s []string) []string { return ours.Replace(s, i, j, v...) }, func(s []string) []string { return slices.Replace(s, i, j, v...) }},
			{"ReplaceSelf", func(s []string) []string { return ours.Replace(s, i, j, s[min(1, len(s)):]...) }, func(s []string) []string { return slices.Replace(s, i, j, s[min(1, len(s)):]...) }},
			{"Compact", ours.Compact[[]string], slices.Compact[[]string]},
			{"CompactFunc", func(s []string) []string { return ours.CompactFunc(s, strings.EqualFold) }, func(s []string) []string { return slices.CompactFunc(s, strings.EqualFold) }},
			{"Grow", func(s []string) []string { return ours.Grow(s, i) }, func(s []string) []string { return slices.Grow(s, i) }},
			{"Clip", ours.Clip[[]string], slices.Clip[[]string]},
			{"Clone", ours.Clone[[]string], slices.Clone[[]string]},
			{"Reverse", func(s []string) []string { ours.Reverse(s); return s }, func(s []string) []string { slices.Reverse(s); return s }},
			{"Concat", func(s []string) []string { return ours.Concat(s, v, s) }, func(s []string) []string { return slices.Concat(s, v, s) }},
			{"Repeat", func(s []string) []string { return ours.Repeat(s, i) }, func(s []string) []string { return slices.Repeat(s, i) }},
			{"AppendSeq", func(s []string) []string { return ours.AppendSeq(s, slices.Values(v)) }, func(s []string) []string { return slices.AppendSeq(s, slices.Values(v)) }},
			{"Collect", func(s []string) []string { return ours.Collect(ours.Values(s)) }, func(s []string) []string { return slices.Collect(slices.Values(s)) }},
			{"Sorted", func(s []string) []string { return ours.Sorted(ours.Values(s)) }, func(s []string) []string { return slices.Sorted(slices.Values(s)) }},
			{"SortedFunc", func(s []string) []string { return ours.SortedFunc(ours.Values(s), strings.Compare) }, func(s []string) []string { return slices.SortedFunc(slices.Values(s), strings.Compare) }},
			{"SortedStableFunc", func(s []string) []string {
				return ours.SortedStableFunc(ours.Values(s), func(a, b string) int { return 0 })
			}, func(s []string) []string {
				return slices.SortedStableFunc(slices.Values(s), func(a, b string) int { return 0 })
			}},
		}
		for _, o := range ops {
			cl := func() []string { c := make([]string, n, cap(base)); copy(c, base); return c }
			a, b := cl(), cl()
			var ra, rb []string
			pa := panicOf(func() { ra = o.a(a) })
			pb := panicOf(func() { rb = o.b(b) })
			if pa != pb {
				t.Fatalf("%s(%q, %d, %d, %q) panics %q, want %q", o.name, base, i, j, v, pa, pb)
			}
			if pa != "" {
				continue
			}
			if desc(ra) != desc(rb) || desc(a) != desc(b) || (ra == nil) != (rb == nil) {
				t.Fatalf("%s(%q, %d, %d, %q) = %s (arg %s), want %s (arg %s)", o.name, base, i, j, v, desc(ra), desc(a), desc(rb), desc(b))
			}
		}
	}
}

func TestIterators(t *testing.T) {
	s := []int{5, 1, 4, 1, 5, 9, 2, 6}
	var a, b []any
	for i, v := range ours.All(s) {
		a = append(a, i, v)
	}
	for i, v := range slices.All(s) {
		b = append(b, i, v)
	}
	for i, v := range ours.Backward(s) {
		a = append(a, i, v)
		if i == 3 {
			break
		}
	}
	for i, v := range slices.Backward(s) {
		b = append(b, i, v)
		if i == 3 {
			break
		}
	}
	for n := 1; n < 10; n++ {
		for c := range ours.Chunk(s, n) {
			a = append(a, len(c), cap(c), fmt.Sprint(c))
		}
		for c := range slices.Chunk(s, n) {
			b = append(b, len(c), cap(c), fmt.Sprint(c))
		}
	}
	a = append(a, panicOf(func() { ours.Chunk(s, 0) }), panicOf(func() { ours.Min([]int{}) }), panicOf(func() { ours.MaxFunc([]int{}, cmp.Compare[int]) }))
	b = append(b, panicOf(func() { slices.Chunk(s, 0) }), panicOf(func() { slices.Min([]int{}) }), panicOf(func() { slices.MaxFunc([]int{}, cmp.Compare[int]) }))
	if !reflect.DeepEqual(a, b) {
		t.Fatalf("iterators: %v, want %v", a, b)
	}
	if ours.EqualFunc(s, s, func(x, y int) bool { return x == y }) != true || ours.CompareFunc(s, s[:3], cmp.Compare[int]) != slices.CompareFunc(s, s[:3], cmp.Compare[int]) {
		t.Fatal("EqualFunc/CompareFunc")
	}
	if ours.IndexFunc(s, func(x int) bool { return x > 4 }) != slices.IndexFunc(s, func(x int) bool { return x > 4 }) || ours.ContainsFunc(s, func(x int) bool { return x > 8 }) != true {
		t.Fatal("IndexFunc/ContainsFunc")
	}
}
