// Package sort declares sorting of slices and user-defined collections, and
// binary search.
//
// Missing bodies: the sorts (Go uses pdqsort, whose order of equal elements
// programs can observe, so a body must reproduce it) and the searches, for a
// later issue; the slice adapters' methods are written here.
package sort

func Slice(x any, less func(i int, j int) bool)

func SliceStable(x any, less func(i int, j int) bool)

func SliceIsSorted(x any, less func(i int, j int) bool) bool

func Search(n int, f func(int) bool) int

func Find(n int, cmp func(int) int) (i int, found bool)

func SearchInts(a []int, x int) int

func SearchFloat64s(a []float64, x float64) int

func SearchStrings(a []string, x string) int

type Interface interface {
	Len() int
	Less(i int, j int) bool
	Swap(i int, j int)
}

func Sort(data Interface)

func Reverse(data Interface) Interface

func IsSorted(data Interface) bool

type IntSlice []int

func (p IntSlice) Search(x int) int

func (x IntSlice) Len() int { return len(x) }

func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }

func (x IntSlice) Swap(i, j int) { x[i], x[j] = x[j], x[i] }

func (x IntSlice) Sort() { Sort(x) }

type Float64Slice []float64

func (p Float64Slice) Search(x float64) int

func (x Float64Slice) Len() int { return len(x) }

// Less orders NaNs before other values.
func (x Float64Slice) Less(i, j int) bool { return x[i] < x[j] || (x[i] != x[i] && x[j] == x[j]) }

func (x Float64Slice) Swap(i, j int) { x[i], x[j] = x[j], x[i] }

func (x Float64Slice) Sort() { Sort(x) }

type StringSlice []string

func (p StringSlice) Search(x string) int

func (x StringSlice) Len() int { return len(x) }

func (x StringSlice) Less(i, j int) bool { return x[i] < x[j] }

func (x StringSlice) Swap(i, j int) { x[i], x[j] = x[j], x[i] }

func (x StringSlice) Sort() { Sort(x) }

func Ints(x []int)

func Float64s(x []float64)

func Strings(x []string)

func IntsAreSorted(x []int) bool

func Float64sAreSorted(x []float64) bool

func StringsAreSorted(x []string) bool

func Stable(data Interface)
