// Type switch cases are reported where gc's syntax tree puts them: a function type at its parameters.
package main

type F func(int)

func f(x any) {
	switch x.(type) {
	case int, func(int):
	case float32, func(x int):
	case F, []int, map[int]int:
	case []int, *int, chan int, struct{}:
	case *int, chan int, struct{}:
	}
}

func main() {}
