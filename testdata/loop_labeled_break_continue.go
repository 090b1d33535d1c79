// Proves labeled break and continue across nested for loops, and break out of a for from inside switch and select.
package main

import "fmt"

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()

	// find the first pair summing to 10
	nums := []int{1, 4, 7, 3, 6}
	var a, b int
search:
	for i := range nums {
		for j := i + 1; j < len(nums); j++ {
			if nums[i]+nums[j] == 10 {
				a, b = nums[i], nums[j]
				break search
			}
		}
	}
	fmt.Println(a, b)

	// plain break inside switch only leaves the switch
	count := 0
	for i := 0; i < 5; i++ {
		switch {
		case i == 2:
			break
		default:
			count++
		}
	}
	fmt.Println("count", count)

loop:
	for i := 0; ; i++ {
		switch i {
		case 3:
			break loop
		}
		fmt.Print("i=", i, " ")
	}
	fmt.Println()

	ch := make(chan int, 10)
	for i := 0; i < 10; i++ {
		ch <- i
	}
	got := 0
recv:
	for {
		select {
		case v := <-ch:
			if v == 4 {
				break recv
			}
			got++
		}
	}
	fmt.Println("got", got, "left", len(ch))
}
