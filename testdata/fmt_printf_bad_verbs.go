// Proves fmt's error annotations: wrong verb type (%!d(string=x)), missing operand (%!d(MISSING)), extra operands (%!(EXTRA ...)), bad index, %!(NOVERB).
package main

import "fmt"

func main() {
	fmt.Printf("%d\n", "hello")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%t\n", 1)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2, "three")
	fmt.Printf("%z\n", 3)
	fmt.Printf("%!\n")
	fmt.Printf("100%\n")
	fmt.Printf("%[5]d\n", 1)
	fmt.Printf("%[x]d\n", 1)
	fmt.Printf("%.*d\n", "x", 5)
	fmt.Printf("no verbs\n", 7)
	fmt.Printf("%x %f\n", true, "s")
	fmt.Println(fmt.Sprintf("%d", nil), fmt.Sprintf("%s", nil), fmt.Sprintf("%v", nil))
	var p *int
	fmt.Printf("%d %v %s\n", p, p, p)
}
