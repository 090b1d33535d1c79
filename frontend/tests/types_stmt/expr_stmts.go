// Expression statements must be calls or receives; go and defer need calls.
package main

func f() int { return 1 }

func g() {}

type T int

func main() {
	x := 1
	x
	x + 1
	f()
	len("abc")
	len
	T
	-x
	<-make(chan int)
	println(x)
	(g())
	copy([]int{}, []int{})
	int(x)
}
