// Intended error: a function's opening brace on the next line (semicolon inserted before {).
package main

import "fmt"

func main()
{
	fmt.Println("x")
}
