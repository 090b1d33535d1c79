// Proves bufio.Writer buffers output until Flush (interleaving with direct writes shows it), and Buffered/Available counts.
package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	w := bufio.NewWriterSize(os.Stdout, 64)
	fmt.Fprintln(w, "buffered line 1")
	fmt.Println("direct line (appears first)")
	fmt.Println("buffered bytes:", w.Buffered(), "available:", w.Available())
	fmt.Fprintln(w, "buffered line 2")
	w.Flush()
	fmt.Println("after flush:", w.Buffered())
	for i := 0; i < 20; i++ {
		fmt.Fprintf(w, "%02d-", i) // overflows 64 bytes: partial writes happen
	}
	w.WriteString("\n")
	w.Flush()
	bw := bufio.NewWriter(os.Stdout)
	bw.WriteRune('世')
	bw.WriteByte('\n')
	bw.Flush()
}
