// Proves a full slice expression with max beyond capacity panics with "slice bounds out of range [::9] with capacity 4".
package main

import "fmt"

func main() {
	s := make([]int, 4)
	m := 4
	fmt.Println(len(s[1:2:m]))
	m = 9
	fmt.Println(s[1:2:m])
}
