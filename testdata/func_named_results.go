// Proves named results: zero-initialised, bare return, shadowing inside blocks, and returning explicit values overrides them.
package main

import "fmt"

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func zeroes() (n int, s string, b bool, p *int) { return }

func override() (r int) {
	r = 5
	return 10
}

func counted(words []string) (count int, longest string) {
	for _, w := range words {
		count++
		if len(w) > len(longest) {
			longest = w
		}
	}
	return
}

func main() {
	fmt.Println(split(17))
	n, s, b, p := zeroes()
	fmt.Printf("%d %q %v %v\n", n, s, b, p)
	fmt.Println(override())
	fmt.Println(counted([]string{"a", "abcd", "ab"}))
}
