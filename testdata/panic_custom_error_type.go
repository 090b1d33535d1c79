// panic with a custom error struct prints the Error method's result.
package main

type NotFound struct{ Name string }

func (e *NotFound) Error() string { return "not found: " + e.Name }

func lookup(name string) {
	panic(&NotFound{name})
}

func main() {
	lookup("config")
}
