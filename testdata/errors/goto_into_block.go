// Intended error: goto jumping into a block.
package main

import "fmt"

func main() {
	goto L
	{
	L:
		fmt.Println("in block")
	}
}
