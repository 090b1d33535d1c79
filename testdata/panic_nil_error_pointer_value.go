// panic with a nil *T whose Error method handles nil: the runtime prints Error()'s text.
package main

type E struct{}

func (e *E) Error() string {
	if e == nil {
		return "nil E"
	}
	return "E"
}

func main() {
	var e *E
	panic(e)
}
