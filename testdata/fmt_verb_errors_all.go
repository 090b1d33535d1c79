// fmt error forms: wrong verb types, missing and extra arguments, bad widths, bad argument indexes, nil values.
package main

import "fmt"

func main() {
	fmt.Printf("%d\n", "hi")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%t\n", 1)
	fmt.Printf("%z\n", 3)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2, "x")
	fmt.Printf("no verbs\n", 3.5)
	fmt.Printf("%*d\n", "w", 5)
	fmt.Printf("%.*d\n", -1, 5)
	fmt.Printf("%*d|\n", -5, 5)
	fmt.Printf("%[3]d\n", 1, 2)
	fmt.Printf("%[0]d\n", 1)
	fmt.Printf("%[x]d\n", 1)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%!\n")
	fmt.Printf("%")
	fmt.Println()
	fmt.Printf("%d %s\n", nil, nil)
	fmt.Printf("%x\n", struct{ a, b int }{1, 2})
	fmt.Printf("%d\n", []string{"a"})
	fmt.Printf("%.2s %10000000000d\n", "abc", 1)
	fmt.Printf("%-+ #0d\n", 5)
	fmt.Printf("%[2]*[1]d|\n", 7, 4)
	fmt.Printf("%[1]*d|\n", 3, 9)
	fmt.Printf("%p\n", 5)
	fmt.Println(fmt.Sprintf("%v %v", 1), fmt.Sprintf("%!v", 1))
}
