// Proves fmt honours String() and Error() methods (for %v, %s, Println), but not for %d; and a pointer-receiver String only on pointers.
package main

import "fmt"

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("error code %d", e.Code) }

type P struct{ X int }

func (p *P) String() string { return fmt.Sprintf("P(%d)", p.X) }

func fail(code int) error {
	if code == 0 {
		return nil
	}
	return &MyErr{code}
}

func main() {
	c := Color(1)
	fmt.Println(c, Color(2))
	fmt.Printf("%v %s %d %q\n", c, c, c, c)
	fmt.Println([]Color{0, 1, 2})
	err := fail(7)
	fmt.Println(err)
	fmt.Printf("%v|%s\n", err, err)
	fmt.Println(fail(0) == nil)
	p := P{3}
	fmt.Println(p, &p)
}
