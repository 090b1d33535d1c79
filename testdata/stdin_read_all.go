// Proves io.ReadAll(os.Stdin) reads the whole input, and bufio.Reader.ReadString returns io.EOF on the unterminated tail.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	data, err := io.ReadAll(os.Stdin)
	fmt.Println(len(data), err)
	r := bufio.NewReader(strings.NewReader(string(data)))
	for {
		line, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err == io.EOF {
			break
		}
	}
}
