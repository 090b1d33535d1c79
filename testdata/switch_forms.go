// Proves switch forms: with tag, without tag (true), with init statement, multiple values per case, default anywhere, evaluation order of cases.
package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n < 10:
		return "small"
	default:
		return "large"
	}
}

func weekday(d int) string {
	switch d {
	default:
		return "invalid"
	case 0, 6:
		return "weekend"
	case 1, 2, 3, 4, 5:
		return "weekday"
	}
}

func probe(name string, v int) int {
	fmt.Print("probe ", name, "; ")
	return v
}

func main() {
	for _, n := range []int{-5, 0, 3, 42} {
		fmt.Print(classify(n), " ")
	}
	fmt.Println()
	for d := -1; d <= 7; d++ {
		fmt.Print(weekday(d), " ")
	}
	fmt.Println()
	switch x := 5; x * 2 {
	case 10:
		fmt.Println("ten, x =", x)
	case 20:
		fmt.Println("twenty")
	}
	switch probe("tag", 2) {
	case probe("a", 1), probe("b", 2), probe("c", 3):
		fmt.Println("matched")
	}
	switch s := "go"; {
	case len(s) == 2:
		fmt.Println("two letters")
	}
	switch {
	}
	var r rune = 'x'
	switch r {
	case 'a', 'e', 'i', 'o', 'u':
		fmt.Println("vowel")
	default:
		fmt.Println("consonant")
	}
	str := "hello"
	switch str {
	case "hi":
		fmt.Println("hi")
	case "hel" + "lo":
		fmt.Println("hello!")
	}
}
