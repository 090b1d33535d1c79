// Comparing interfaces holding a struct with a func field panics naming the struct type.
package main

import "fmt"

type T struct {
	name string
	f    func()
}

func main() {
	var x any = T{name: "a"}
	var y any = 1
	fmt.Println(x == y)
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		err, ok := r.(error)
		fmt.Println(ok, err)
		var z any = map[int]int{}
		fmt.Println(z == z)
	}()
	fmt.Println(x == x)
}
