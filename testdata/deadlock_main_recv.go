// Proves a receive that can never complete is detected: "fatal error: all goroutines are asleep - deadlock!", exit 2.
package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("waiting forever")
	<-ch
}
