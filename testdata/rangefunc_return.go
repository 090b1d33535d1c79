package main

import (
	"errors"
	"fmt"
)

func nums(yield func(int) bool) {
	defer fmt.Println("  nums: deferred")
	for i := 1; i <= 5; i++ {
		if !yield(i) {
			return
		}
	}
}

func firstOver(t int) (int, error) {
	for n := range nums {
		if n > t {
			return n, nil
		}
	}
	return 0, errors.New("none over")
}

func named(t int) (res int, ok bool) {
	for n := range nums {
		res += n
		if res > t {
			ok = true
			return
		}
	}
	return res, false
}

func nested() string {
	for i := range nums {
		for j := range nums {
			if i*j == 6 {
				return fmt.Sprint("found ", i, "*", j)
			}
		}
	}
	return "no"
}

func inClosure() int {
	f := func() int {
		for n := range nums {
			if n == 4 {
				return n * 100
			}
		}
		return -1
	}
	return f() + 1
}

type big struct {
	a, b, c, d int
	s    string
}

func bigResult() (big, int) {
	for n := range nums {
		if n == 2 {
			return big{1, 2, 3, 4, "big"}, n
		}
	}
	return big{}, 0
}

func noResults(out *[]int) {
	for n := range nums {
		*out = append(*out, n)
		if n == 3 {
			return
		}
	}
	*out = append(*out, -1)
}

func main() {
	fmt.Println(firstOver(3))
	fmt.Println(firstOver(9))
	fmt.Println(named(5))
	fmt.Println(named(50))
	fmt.Println(nested())
	fmt.Println(inClosure())
	fmt.Println(bigResult())
	var out []int
	noResults(&out)
	fmt.Println(out)
}
