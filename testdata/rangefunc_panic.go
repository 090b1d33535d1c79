package main

import "fmt"

func nums(yield func(int) bool) {
	defer fmt.Println("iterator's defer runs")
	for i := 0; i < 3; i++ {
		if !yield(i) {
			return
		}
	}
}

func try() (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("recovered: ", r)
		}
	}()
	for i := range nums {
		if i == 1 {
			panic("boom")
		}
		fmt.Println("body", i)
	}
	return "no panic"
}

func main() {
	fmt.Println(try())
	// A nil iterator.
	defer func() { fmt.Println("nil:", recover()) }()
	var f func(func(int) bool)
	for i := range f {
		fmt.Println(i)
	}
}
