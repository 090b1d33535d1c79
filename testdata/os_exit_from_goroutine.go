// Proves os.Exit called in another goroutine ends the whole program (exit code 7) while main is blocked.
package main

import (
	"fmt"
	"os"
)

func main() {
	go func() {
		fmt.Println("goroutine exiting the process")
		os.Exit(7)
	}()
	select {}
}
