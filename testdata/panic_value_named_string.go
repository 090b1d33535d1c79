// Proves panic with a value of a named string type prints its type and quoted value: panic: main.State("broken").
package main

type State string

func main() {
	var s State = "broken"
	panic(s)
}
