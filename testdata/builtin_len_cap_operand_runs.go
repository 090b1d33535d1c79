// len and cap of an array or array pointer are constants only when the
// operand has no call or receive; otherwise the operand is evaluated (its
// calls run, its receives happen), even when the pointer it yields is nil.
package main

import "fmt"

var calls []string

func arr() [3]int {
	calls = append(calls, "arr")
	return [3]int{}
}

func nilPtr() *[5]byte {
	calls = append(calls, "nilPtr")
	return nil
}

var pkgLen = len(nilPtr())

func main() {
	fmt.Println("package-level:", pkgLen, calls)
	calls = nil
	fmt.Println(len(arr()), cap(nilPtr()), calls)

	ch := make(chan *[7]int, 2)
	ch <- nil
	ch <- new([7]int)
	fmt.Println(cap(<-ch), len(ch))

	var p *[9]int
	const n = len(p) // constant: p is not dereferenced
	fmt.Println(n, cap(p))
}
