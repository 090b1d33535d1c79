// Labeled break and continue out of select and switch inside loops; plain break only leaves the select/switch.
package main

import "fmt"

func main() {
	ch := make(chan int, 10)
	for i := 0; i < 10; i++ {
		ch <- i
	}
	close(ch)
	count := 0
loop:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break loop
			}
			if v%2 == 0 {
				continue loop
			}
			if v == 7 {
				break
			}
			count += v
		}
	}
	fmt.Println("sum of odd except 7:", count)
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			switch {
			case j == 1:
				continue outer
			case i == 2:
				break outer
			default:
				fmt.Println("i j", i, j)
			}
		}
	}
	x := 3
sw:
	switch x {
	case 3:
		for k := 0; k < 5; k++ {
			if k == 2 {
				break sw
			}
			fmt.Println("k", k)
		}
		fmt.Println("not reached")
	}
	fmt.Println("done")
}
