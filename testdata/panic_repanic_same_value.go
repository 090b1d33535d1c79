// Re-panicking with the recovered value prints "panic: X [recovered, repanicked]".
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("got", r)
		panic(r)
	}()
	panic("boom")
}
