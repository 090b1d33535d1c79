// Strings: strconv, concatenation, strings.Builder and strings.Split over 2M numbers.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	var b strings.Builder
	for i := 0; i < 2000000; i++ {
		b.WriteString(strconv.Itoa(i * 7))
		b.WriteByte(',')
	}
	parts := strings.Split(b.String(), ",")
	sum := 0
	for _, p := range parts {
		if p == "" {
			continue
		}
		v, err := strconv.Atoi(p)
		if err != nil {
			panic(err)
		}
		sum += v % 1000
	}
	s := ""
	for i := 0; i < 2000; i++ {
		s += strconv.Itoa(i)
	}
	fmt.Println(len(parts), sum, len(s))
}
