// recover returns the panic value with its dynamic type intact: ints, named types, structs, errors, slices, nil-error panics.
package main

import (
	"errors"
	"fmt"
)

type Code int
type Info struct {
	Where string
	N     int
}

func catch(f func()) (v any) {
	defer func() { v = recover() }()
	f()
	return nil
}

func main() {
	vals := []any{
		catch(func() { panic(42) }),
		catch(func() { panic(Code(7)) }),
		catch(func() { panic(Info{"here", 1}) }),
		catch(func() { panic(&Info{"ptr", 2}) }),
		catch(func() { panic(errors.New("an error")) }),
		catch(func() { panic([]string{"a", "b"}) }),
		catch(func() { panic(3.5) }),
		catch(func() {}),
	}
	for _, v := range vals {
		fmt.Printf("%T %v\n", v, v)
	}
	if c, ok := vals[1].(Code); ok {
		fmt.Println("code", int(c)+1)
	}
	if p, ok := vals[3].(*Info); ok {
		fmt.Println(p.Where)
	}
	v := catch(func() { panic(nil) })
	fmt.Printf("%T %v\n", v, v)
}
