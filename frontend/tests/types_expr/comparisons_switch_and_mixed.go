package main

func main() {
	var i int
	var a []int
	_ = a == nil
	var e error
	_ = e == nil
	switch i {
	case "a":
	case 1.5:
	}
	var f func()
	_ = f != nil
	_ = 1 < 2.5
	var ch chan int
	var rch <-chan int
	_ = ch == rch
	type S struct{ f func() }
	var s S
	_ = s != s
	var x interface{}
	_ = x == a
	_ = "a" < "b"
	_ = true < false
}
