// Intended error: two iteration variables ranging over a channel.
package main

import "fmt"

func main() {
	ch := make(chan int)
	close(ch)
	for a, b := range ch {
		fmt.Println(a, b)
	}
}
