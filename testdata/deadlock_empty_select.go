// Proves select {} with no other goroutines left deadlocks once the last worker finishes.
package main

import "fmt"

func main() {
	done := make(chan bool)
	go func() {
		fmt.Println("worker done")
		done <- true
	}()
	<-done
	select {}
}
