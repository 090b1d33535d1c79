// Proves all stdout written with fmt before a runtime panic is delivered, and the process exits with code 2.
package main

import "fmt"

func main() {
	for i := 0; i < 100; i++ {
		fmt.Printf("line %03d\n", i)
	}
	var arr []int
	_ = arr[len(arr)]
}
