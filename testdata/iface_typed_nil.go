// A typed nil pointer in an interface is not a nil interface; methods still run on it.
package main

import (
	"fmt"
)

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil *MyErr"
	}
	return e.msg
}

func find(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p
}

func findGood(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

func main() {
	e := find(false)
	fmt.Println(e == nil, e != nil)
	fmt.Println(e.Error())
	fmt.Printf("%v %T\n", e, e)
	fmt.Println(findGood(false) == nil)
	var p *MyErr
	var a any = p
	fmt.Println(a == nil, a == (*MyErr)(nil))
	var ip *int
	var b any = ip
	fmt.Println(b == nil, b)
	var s fmt.Stringer
	fmt.Println(s == nil)
	fmt.Printf("[%v] [%+v] [%#v]\n", b, b, b)
}
