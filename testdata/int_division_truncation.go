// Proves integer division truncates toward zero and the remainder takes the dividend's sign, and shifts vs division on negatives.
package main

import "fmt"

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {1, 7}, {-1, 7}}
	for _, p := range pairs {
		a, b := p[0], p[1]
		fmt.Printf("%d/%d=%d %d%%%d=%d check=%v\n", a, b, a/b, a, b, a%b, (a/b)*b+a%b == a)
	}
	x := -7
	fmt.Println("-7>>1 =", x>>1, " -7/2 =", x/2)
	var u uint = 7
	fmt.Println(u/2, u%2)
	var i8 int8 = -128
	fmt.Println(i8/3, i8%3, i8/-3)
	// constant division
	const c = -7 / 2
	fmt.Println(c, -7%2)
}
