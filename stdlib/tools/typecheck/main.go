// Command typecheck type-checks every package of gorun's stdlib/go tree with
// the reference go/types, resolving imports from the tree itself (and the
// built-in "unsafe"), and prints every error. It also checks that each
// package's name matches its import path and that the tree does not declare
// "unsafe", which gorun's checker provides.
//
// Run from stdlib/tools:
//
//	../../../shared/tools/goref go run ./typecheck
//
// The exit status is 1 when an error is found.
package main

import (
	"flag"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"

	"gorun.dev/stdlib/tools/internal/api"
)

var versionElem = regexp.MustCompile(`^v[0-9]+$`)

func main() {
	root := flag.String("root", "", "the stdlib/go tree (default: found from the working directory)")
	flag.Parse()
	if *root == "" {
		r, err := api.FindTreeRoot()
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		*root = r
	}
	tree := api.NewTree(*root)
	paths, err := tree.Paths()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	base := filepath.Dir(*root)
	nerr := 0
	for _, p := range paths {
		if p == "unsafe" {
			fmt.Println("unsafe: declared in the tree, but gorun's checker provides it")
			nerr++
			continue
		}
		pkg, err := tree.Import(p)
		if err != nil {
			fmt.Printf("%s: %v\n", p, err)
			nerr++
			continue
		}
		for _, e := range tree.Errors(p) {
			fmt.Println(api.TrimPath(e.Error(), base))
			nerr++
		}
		want := path.Base(p)
		if versionElem.MatchString(want) && strings.Contains(p, "/") {
			want = path.Base(path.Dir(p))
		}
		if pkg != nil && pkg.Name() != want {
			fmt.Printf("%s: package is named %s, want %s\n", p, pkg.Name(), want)
			nerr++
		}
	}
	fmt.Printf("%d package(s), %d error(s)\n", len(paths), nerr)
	if nerr > 0 {
		os.Exit(1)
	}
}
