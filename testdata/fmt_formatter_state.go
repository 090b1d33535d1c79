// A Formatter sees the verb, flags, width and precision through fmt.State and can print recursively; %T and %p bypass it.
package main

import (
	"fmt"
	"strings"
)

type Box struct{ v any }

func (b Box) Format(f fmt.State, verb rune) {
	var flags strings.Builder
	for _, c := range "+-# 0" {
		if f.Flag(int(c)) {
			flags.WriteRune(c)
		}
	}
	w, wok := f.Width()
	p, pok := f.Precision()
	fmt.Fprintf(f, "[%c flags=%q w=%d,%v p=%d,%v ", verb, flags.String(), w, wok, p, pok)
	fmt.Fprintf(f, "%v]", b.v)
}

type Hex int

func (h Hex) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 'd':
		f.Write([]byte(fmt.Sprintf("0x%x", int(h))))
	default:
		fmt.Fprintf(f, "%%!%c(Hex)", verb)
	}
}

func main() {
	fmt.Printf("%v\n", Box{1})
	fmt.Printf("%+08.3x\n", Box{"s"})
	fmt.Printf("%-#10q\n", Box{Box{2}})
	fmt.Printf("% d|%s\n", Box{nil}, Box{[]int{1}})
	fmt.Println(Box{3.5}, Hex(255))
	fmt.Printf("%d %s %T\n", Hex(16), Hex(1), Hex(1))
	fmt.Printf("%v\n", []Hex{1, 2})
	fmt.Printf("%v\n", map[string]Hex{"a": 10})
	fmt.Printf("%[2]v %[1]v\n", Hex(1), Box{"x"})
	fmt.Println(fmt.Sprint(Box{true}), fmt.Sprintf("%6.2f", Box{1.5}))
}
