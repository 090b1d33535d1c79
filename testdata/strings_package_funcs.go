// Proves common strings functions: Contains, Index, Split, Fields, Join, Repeat, Replace, Trim*, ToUpper/Lower, HasPrefix, Cut, Count.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "  Hello, Gophers! Hello!  "
	fmt.Println(strings.Contains(s, "Go"), strings.ContainsRune(s, '!'), strings.ContainsAny(s, "xyz"))
	fmt.Println(strings.Index(s, "Hello"), strings.LastIndex(s, "Hello"), strings.IndexByte(s, 'G'), strings.IndexRune("chicken", 'k'), strings.Index(s, "zz"))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.Fields("  a b   c\td\n"))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("x", 0) == "")
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"))
	fmt.Printf("%q %q %q\n", strings.TrimSpace(s), strings.Trim("xxhixx", "x"), strings.TrimLeft("aabcaa", "a"))
	fmt.Printf("%q %q\n", strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("file.go", ".go"))
	fmt.Println(strings.ToUpper("héllo wörld"), strings.ToLower("ÀB C"), strings.Title("x") == "X")
	fmt.Println(strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"), strings.Count("cheese", "e"), strings.Count("five", ""))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.EqualFold("Σ", "σ"), strings.Map(func(r rune) rune { return r + 1 }, "HAL"))
	fmt.Println(strings.IndexFunc("abc123", func(r rune) bool { return r >= '0' && r <= '9' }))
}
