package sort

// Slice sorts the slice x by less, which compares elements at indexes; it
// is not stable. It panics if x is not a slice.
func Slice(x any, less func(i int, j int) bool) {
	swap := swapper(x)
	n := sliceLen(x)
	pdqsort(lessSwap{less, swap}, 0, n, bitLen(n))
}

// SliceStable sorts the slice x by less, keeping equal elements in their
// original order. It panics if x is not a slice.
func SliceStable(x any, less func(i int, j int) bool) {
	swap := swapper(x)
	stable(lessSwap{less, swap}, sliceLen(x))
}

// SliceIsSorted reports whether the slice x is sorted by less.
func SliceIsSorted(x any, less func(i int, j int) bool) bool {
	for i := sliceLen(x) - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

// lessSwap is a sortable collection given by its functions.
type lessSwap struct {
	less func(i, j int) bool
	swap func(i, j int)
}

func (d lessSwap) Len() int           { return 0 } // unused by the sorts
func (d lessSwap) Less(i, j int) bool { return d.less(i, j) }
func (d lessSwap) Swap(i, j int)      { d.swap(i, j) }

// sliceLen returns the length of x as reflect.ValueOf(x).Len does,
// panicking as it does for a value without a length. Native.
func sliceLen(x any) int

// swapper returns a function that swaps elements i and j of the slice x,
// as reflect.Swapper does, panicking as it does if x is not a slice.
// Native: it needs the size and layout of x's element type.
func swapper(x any) func(i, j int)
