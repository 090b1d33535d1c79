// Proves interpreted escapes (\n \t \x \u \U octal) versus raw string literals, including multi-line raw strings with \r removed.
package main

import "fmt"

func main() {
	a := "tab\tnl\\n quote\" \x41\101\u00e9\U0001F600"
	b := `tab\tnl\n quote" \x41`
	fmt.Println(a)
	fmt.Println(b)
	fmt.Println(len(a), len(b))
	c := `line1
line2
	indented`
	fmt.Println(c)
	fmt.Printf("%q\n", c)
	fmt.Println(len("\a\b\f\n\r\t\v"), "\a\b\f\n\r\t\v" == "\x07\x08\x0c\x0a\x0d\x09\x0b")
	fmt.Println(`\` + "\\" + `'` + "'")
}
