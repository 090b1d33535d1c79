// Proves division and remainder by constants (powers of two, negative, other) of every width round toward zero as Go's do, including MinInt and the largest unsigned values.
package main

import "fmt"

func main() {
	xs := []int64{-9, -8, -7, -1, 0, 1, 7, 8, 9, -9223372036854775808, 9223372036854775807}
	for _, x := range xs {
		fmt.Println(x/2, x%2, x/8, x%8, x/-4, x%-4, x/3, x%3, x/-7, x%-7)
	}
	us := []uint8{0, 1, 7, 8, 200, 255}
	for _, u := range us {
		fmt.Println(u/2, u%2, u/16, u%16, u/3, u%3, u/255, u%200)
	}
	is := []int8{-128, -127, -5, 5, 127}
	for _, i := range is {
		fmt.Println(i/2, i%2, i/64, i%64, i/-128, i%-128, i/5, i%5)
	}
	var u64 uint64 = 18446744073709551615
	fmt.Println(u64/2, u64%2, u64/1024, u64%1024, u64/10, u64%10)
	i32 := int32(-2147483648)
	fmt.Println(i32/2, i32%2, i32/4096, i32%4096, i32/-1)
}
