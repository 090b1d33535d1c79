// Proves string keys: the empty string, keys built at run time equal literal keys, m[string(bytes)] lookups and inserts, long keys, substrings, and keys that share prefixes.
package main

import (
	"fmt"
	"strings"
)

// rep is strings.Repeat, by concatenation.
func rep(s string, n int) string {
	r := ""
	for i := 0; i < n; i++ {
		r += s
	}
	return r
}

func main() {
	m := map[string]int{"": 0, "a": 1}
	m[""]++
	b := []byte("hello")
	m[string(b)] = 5
	b[0] = 'j'
	fmt.Println(m["hello"], m[string(b)], m[""])
	m[string(b)] = 6
	fmt.Println(m["jello"], len(m))
	s := "prefix-and-suffix"
	m[s[:6]] = 7
	m[s[7:10]] = 8
	fmt.Println(m["prefix"], m["and"])
	long := rep("x", 1000)
	m[long] = 1000
	fmt.Println(m[rep("x", 999)+"x"], m[long[:999]])
	words := strings.Fields("the quick brown fox jumps over the lazy dog the end")
	freq := map[string]int{}
	for _, w := range words {
		freq[w]++
	}
	fmt.Println(freq)
	for i := 0; i < 20; i++ {
		m[rep("k", i)] = i
	}
	fmt.Println(m[""], m["kkkkk"], m[rep("k", 19)], len(m))
	uni := map[string]string{"héllo": "wörld", "日本": "語"}
	fmt.Println(uni["héllo"], uni["日本"], uni)
	var buf []byte
	buf = append(buf, "dyn"...)
	m[string(buf)] = 42
	if v, ok := m[string(buf[:3])]; ok {
		fmt.Println("found", v)
	}
	delete(m, string(buf))
	_, ok := m["dyn"]
	fmt.Println(ok)
}
