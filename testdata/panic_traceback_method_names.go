// An unrecovered panic deep in methods and closures: the stderr traceback names main.(*T).Method and main.main.func1.
package main

import "fmt"

type T struct{ n int }

func (t *T) Explode(i int) {
	if i == 0 {
		var s []int
		_ = s[t.n]
	}
	t.Explode(i - 1)
}

func main() {
	fmt.Println("start")
	func() {
		(&T{n: 2}).Explode(2)
	}()
}
