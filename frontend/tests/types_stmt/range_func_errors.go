// Range over functions: the iterator must be func(yield func(...) bool).
package main

func iterators(
	wrongArgs func(),
	results func(func(int) bool) int,
	notFunc func(int),
	tooMany func(func(int, int, int) bool),
) {
	for range wrongArgs {
	}
	for range results {
	}
	for range notFunc {
	}
	for range tooMany {
	}
}

type Bool bool

func iterators2(
	noBool func(func(int)),
	userBool func(func(int) Bool),
	variadic func(func(...int) bool),
	none func(func() bool),
) {
	for range noBool {
	}
	for range userBool {
	}
	for range variadic {
	}
	for x := range none {
		_ = x
	}
}

func main() {}
