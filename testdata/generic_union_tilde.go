// Constraints with unions and ~ accept named types whose underlying type is listed; operators work on them.
package main

import (
	"fmt"
	"strconv"
)

type Number interface {
	~int | ~int8 | ~int64 | ~float64
}

type Celsius float64
type ID int8

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Max[T ~int | ~string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

type Stringish interface{ ~string }

func Join[S Stringish](xs []S, sep S) S {
	var out S
	for i, x := range xs {
		if i > 0 {
			out += sep
		}
		out += x
	}
	return out
}

type Path string

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[Celsius](10, 20.5), Sum[ID](100, 27, 1))
	fmt.Printf("%T %T\n", Sum[Celsius](1), Sum(ID(1)))
	fmt.Println(Max(3, 7), Max("abc", "abd"), Max[Path]("/a", "/b"))
	fmt.Println(Join([]Path{"usr", "local", "bin"}, "/"))
	fmt.Println(strconv.Itoa(int(Sum[int64](1<<40, 1))))
}
