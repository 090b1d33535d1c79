// Labels and branch statements, as gc's parser checks them.
package main

func unusedAndDuplicate() {
Unused:
	for {
	}
Dup:
	goto Dup
Dup:
	for {
	}
}

func misplaced(x int) {
	break
	continue
	if x > 0 {
		fallthrough
	}
	goto Missing
}

func main() {}
