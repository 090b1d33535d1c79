// Package sort sorts slices and user-defined collections, and searches
// sorted ones.
//
// Every body is here, in plain Go, except two reflective helpers of Slice
// (sliceLen and swapper, native: they need the slice's element type).
// Sort and Slice are Go's pattern-defeating quicksort and Stable its
// insertion sort and SymMerge, step for step: the order of equal elements,
// and every call of Less and Swap, are the ones Go's make.
package sort

// An Interface is a collection sortable by index: Len, Less and Swap.
type Interface interface {
	Len() int
	Less(i int, j int) bool
	Swap(i int, j int)
}

// Sort sorts data in ascending order of Less; it is not stable.
func Sort(data Interface) {
	n := data.Len()
	if n <= 1 {
		return
	}
	pdqsort(data, 0, n, bitLen(n))
}

// bitLen is the number of bits needed to represent n >= 0: the depth
// limit of pdqsort before it falls back to heapsort.
func bitLen(n int) int {
	l := 0
	for u := uint(n); u != 0; u >>= 1 {
		l++
	}
	return l
}

// reverse orders an Interface backwards.
type reverse struct {
	Interface
}

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

// Reverse returns data in the reverse order.
func Reverse(data Interface) Interface { return &reverse{data} }

// IsSorted reports whether data is sorted.
func IsSorted(data Interface) bool {
	for i := data.Len() - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

// IntSlice sorts a []int in increasing order.
type IntSlice []int

// Search returns SearchInts(p, x).
func (p IntSlice) Search(x int) int { return SearchInts(p, x) }

func (x IntSlice) Len() int { return len(x) }

func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }

func (x IntSlice) Swap(i, j int) { x[i], x[j] = x[j], x[i] }

// Sort sorts x.
func (x IntSlice) Sort() { Sort(x) }

// Float64Slice sorts a []float64 in increasing order, NaNs first.
type Float64Slice []float64

// Search returns SearchFloat64s(p, x).
func (p Float64Slice) Search(x float64) int { return SearchFloat64s(p, x) }

func (x Float64Slice) Len() int { return len(x) }

// Less orders NaNs before other values.
func (x Float64Slice) Less(i, j int) bool { return x[i] < x[j] || (x[i] != x[i] && x[j] == x[j]) }

func (x Float64Slice) Swap(i, j int) { x[i], x[j] = x[j], x[i] }

// Sort sorts x.
func (x Float64Slice) Sort() { Sort(x) }

// StringSlice sorts a []string in increasing order.
type StringSlice []string

// Search returns SearchStrings(p, x).
func (p StringSlice) Search(x string) int { return SearchStrings(p, x) }

func (x StringSlice) Len() int { return len(x) }

func (x StringSlice) Less(i, j int) bool { return x[i] < x[j] }

func (x StringSlice) Swap(i, j int) { x[i], x[j] = x[j], x[i] }

// Sort sorts x.
func (x StringSlice) Sort() { Sort(x) }

// Ints sorts x in increasing order (as slices.Sort).
func Ints(x []int) { sortOrdered(x, func(a, b int) bool { return a < b }) }

// Float64s sorts x in increasing order, NaNs first (as slices.Sort).
func Float64s(x []float64) {
	sortOrdered(x, func(a, b float64) bool { return a < b || (a != a && b == b) })
}

// Strings sorts x in increasing order (as slices.Sort).
func Strings(x []string) { sortOrdered(x, func(a, b string) bool { return a < b }) }

// sortOrdered sorts x as slices.Sort does, with less its cmp.Less: the
// same pdqsort on elements rather than through Interface.
func sortOrdered[E any](x []E, less func(a, b E) bool) {
	if len(x) <= 1 {
		return
	}
	pdqsort(&elems[E]{x, less}, 0, len(x), bitLen(len(x)))
}

// elems adapts a slice and an order to Interface.
type elems[E any] struct {
	s    []E
	less func(a, b E) bool
}

func (e *elems[E]) Len() int           { return len(e.s) }
func (e *elems[E]) Less(i, j int) bool { return e.less(e.s[i], e.s[j]) }
func (e *elems[E]) Swap(i, j int)      { e.s[i], e.s[j] = e.s[j], e.s[i] }

// IntsAreSorted reports whether x is in increasing order.
func IntsAreSorted(x []int) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] {
			return false
		}
	}
	return true
}

// Float64sAreSorted reports whether x is in increasing order, NaNs first.
func Float64sAreSorted(x []float64) bool {
	for i := len(x) - 1; i > 0; i-- {
		if a, b := x[i], x[i-1]; a < b || (a != a && b == b) {
			return false
		}
	}
	return true
}

// StringsAreSorted reports whether x is in increasing order.
func StringsAreSorted(x []string) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] {
			return false
		}
	}
	return true
}

// Stable sorts data in ascending order of Less, keeping equal elements in
// their original order.
func Stable(data Interface) { stable(data, data.Len()) }
