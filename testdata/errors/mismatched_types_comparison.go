// Intended error: comparing values of different named types.
package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func main() {
	var a Celsius = 1
	var b Fahrenheit = 1
	fmt.Println(a == b)
}
