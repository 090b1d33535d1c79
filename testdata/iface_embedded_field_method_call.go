// A method promoted from an embedded interface field is called through
// that field's dynamic value: directly (on the struct, a pointer to it, an
// anonymous struct), as a method value, and through an interface the
// struct satisfies; a nil embedded interface panics at the call.
package main

import "fmt"

type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }
func (c celsius) scale() string  { return "C" }

type reading interface {
	String() string
	scale() string
}

type sensor struct {
	name string
	reading
}

type probe struct {
	*sensor
}

func main() {
	s := sensor{"kitchen", celsius(21.5)}
	fmt.Println(s.String(), s.scale())
	p := &s
	fmt.Println(p.String(), p.scale())
	anon := struct{ reading }{celsius(-3)}
	fmt.Println(anon.String(), anon.scale())
	deep := probe{p}
	fmt.Println(deep.scale(), deep.String())

	f := s.String
	s.reading = celsius(30)
	fmt.Println(f(), s.String())

	var st fmt.Stringer = s
	fmt.Println(st.String(), st)

	defer func() { fmt.Println("recovered:", recover()) }()
	var empty sensor
	fmt.Println(empty.scale())
}
