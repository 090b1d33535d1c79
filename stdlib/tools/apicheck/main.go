// Command apicheck compares the exported API declared in gorun's stdlib/go
// tree with the reference Go's (type-checked from $(goref root)/src for
// linux/amd64), package by package, and reports what is missing, extra or
// different. The reference distribution ships no api/go1*.txt, so the
// reference API is derived from its source with go/types, which is what
// those lists are made from.
//
// It also compares the layout of struct types the runtime and JIT rely on
// (see layoutCritical), and, with -layout, of every exported struct type:
// size, alignment, and where the pointers and the plain data lie.
//
// Run from stdlib/tools:
//
//	../../../shared/tools/goref go run ./apicheck            # the packages gorun declares
//	../../../shared/tools/goref go run ./apicheck fmt os     # some packages
//
// The exit status is 1 when a difference is found.
package main

import (
	"flag"
	"fmt"
	"go/constant"
	"go/token"
	"go/types"
	"os"
	"sort"
	"strings"

	"gorun.dev/stdlib/tools/internal/api"
)

// layoutCritical lists struct types (beyond every exported struct the
// -layout flag covers) whose size and alignment must equal Go's, because the
// runtime or the JIT reads or writes their fields.
var layoutCritical = map[string][]string{
	"sync":        {"Mutex", "RWMutex", "WaitGroup", "Once", "Cond"},
	"sync/atomic": {"Int32", "Int64", "Uint32", "Uint64", "Uintptr", "Bool", "Value"},
	"time":        {"Time", "Timer", "Ticker", "Location"},
	"strings":     {"Builder", "Reader"},
	"bytes":       {"Buffer", "Reader"},
	"bufio":       {"Reader", "Writer", "Scanner"},
	"math/rand":   {"Rand"},
	"os":          {"File"},
}

func main() {
	root := flag.String("root", "", "the stdlib/go tree (default: found from the working directory)")
	layout := flag.Bool("layout", false, "report size differences of every exported struct type")
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
	paths := flag.Args()
	if len(paths) == 0 {
		all, err := tree.Paths()
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		paths = all
	}
	ref := api.Reference()
	sizes := types.SizesFor("gc", "amd64")
	omitted := readOmissions(*root)

	bad := 0
	for _, path := range paths {
		want, err := ref.Import(path)
		if err != nil {
			fmt.Printf("%s: reference: %v\n", path, err)
			bad++
			continue
		}
		got, err := tree.Import(path)
		if err != nil || got == nil {
			fmt.Printf("%s: ours: %v\n", path, err)
			bad++
			continue
		}
		if errs := tree.Errors(path); len(errs) > 0 {
			fmt.Printf("%s: %d type errors (run ./typecheck)\n", path, len(errs))
			bad++
		}
		diffs := compare(api.Features(want), api.Features(got), omitted[path])
		diffs = append(diffs, compareLayout(want, got, sizes, *layout)...)
		for _, d := range diffs {
			fmt.Printf("%s: %s\n", path, d)
		}
		bad += len(diffs)
		if len(diffs) == 0 {
			fmt.Printf("%s: ok\n", path)
		}
	}
	if bad > 0 {
		fmt.Printf("%d difference(s)\n", bad)
		os.Exit(1)
	}
}

func compare(want, got []api.Feature, omitted map[string]bool) []string {
	have := map[string]api.Feature{}
	for _, f := range got {
		have[f.Key] = f
	}
	wanted := map[string]bool{}
	var diffs []string
	for _, w := range want {
		wanted[w.Key] = true
		g, ok := have[w.Key]
		switch {
		case omitted[w.Key]:
			if ok {
				diffs = append(diffs, "listed as omitted but declared: "+w.Key)
			}
		case !ok:
			diffs = append(diffs, fmt.Sprintf("missing: %s %s%s", w.Key, w.Desc, valueSuffix(w.Value)))
		case g.Desc != w.Desc:
			diffs = append(diffs, fmt.Sprintf("different: %s: want %s, have %s", w.Key, w.Desc, g.Desc))
		case w.Value != nil && !sameValue(w.Value, g.Value):
			diffs = append(diffs, fmt.Sprintf("different value: %s: want %s, have %s", w.Key, w.Value.ExactString(), valueString(g.Value)))
		}
	}
	for _, g := range got {
		if !wanted[g.Key] {
			diffs = append(diffs, fmt.Sprintf("extra: %s %s", g.Key, g.Desc))
		}
	}
	return diffs
}

func sameValue(x, y constant.Value) bool {
	if y == nil || x.Kind() != y.Kind() {
		return false
	}
	return constant.Compare(x, token.EQL, y)
}

func valueString(v constant.Value) string {
	if v == nil {
		return "<none>"
	}
	return v.ExactString()
}

func valueSuffix(v constant.Value) string {
	if v == nil {
		return ""
	}
	return " = " + v.ExactString()
}

func compareLayout(want, got *types.Package, sizes types.Sizes, all bool) []string {
	critical := map[string]bool{}
	for _, name := range layoutCritical[want.Path()] {
		critical[name] = true
	}
	var diffs []string
	names := want.Scope().Names()
	sort.Strings(names)
	for _, name := range names {
		w, ok := want.Scope().Lookup(name).(*types.TypeName)
		if !ok || !w.Exported() || !(critical[name] || all) {
			continue
		}
		if _, isStruct := w.Type().Underlying().(*types.Struct); !isStruct {
			continue
		}
		if n, ok := w.Type().(*types.Named); ok && n.TypeParams().Len() > 0 {
			continue
		}
		g, ok := got.Scope().Lookup(name).(*types.TypeName)
		if !ok {
			continue
		}
		ws, wa := sizes.Sizeof(w.Type()), sizes.Alignof(w.Type())
		gs, ga := sizes.Sizeof(g.Type()), sizes.Alignof(g.Type())
		if ws != gs || wa != ga {
			diffs = append(diffs, fmt.Sprintf("layout: %s: Go's is %d bytes aligned to %d, ours %d aligned to %d", name, ws, wa, gs, ga))
			continue
		}
		wl, gl := leaves(sizes, w.Type(), 0, nil), leaves(sizes, g.Type(), 0, nil)
		if strings.Join(wl, " ") != strings.Join(gl, " ") {
			diffs = append(diffs, fmt.Sprintf("layout: %s: Go's words are [%s], ours [%s]", name, strings.Join(wl, " "), strings.Join(gl, " ")))
		}
	}
	return diffs
}

// readOmissions reads the deliberate omissions listed in stdlib/README.md:
// lines of the form "- `PKG`: `KEY`: reason", KEY as apicheck prints it.
func readOmissions(root string) map[string]map[string]bool {
	out := map[string]map[string]bool{}
	data, err := os.ReadFile(root + "/../README.md")
	if err != nil {
		return out
	}
	for _, line := range strings.Split(string(data), "\n") {
		if !strings.HasPrefix(line, "- `") {
			continue
		}
		parts := strings.SplitN(line[3:], "`", 4)
		if len(parts) < 4 || parts[1] != ": " {
			continue
		}
		pkg, key := parts[0], parts[2]
		if out[pkg] == nil {
			out[pkg] = map[string]bool{}
		}
		out[pkg][key] = true
	}
	return out
}

// leaves flattens a type into its scalar parts, "offset:kind", where kind
// tells pointers (which the GC scans) from plain data: two structs with the
// same leaves look the same to the runtime and the JIT, whatever the field
// names and nesting.
func leaves(sizes types.Sizes, t types.Type, off int64, out []string) []string {
	switch u := t.Underlying().(type) {
	case *types.Struct:
		var fields []*types.Var
		for i := 0; i < u.NumFields(); i++ {
			fields = append(fields, u.Field(i))
		}
		offsets := sizes.Offsetsof(fields)
		for i, f := range fields {
			out = leaves(sizes, f.Type(), off+offsets[i], out)
		}
		return out
	case *types.Array:
		esize := sizes.Sizeof(u.Elem())
		if u.Len() > 4 && !hasPointers(u.Elem()) {
			return append(out, fmt.Sprintf("%d:[%d]data%d", off, u.Len(), esize))
		}
		for i := int64(0); i < u.Len(); i++ {
			out = leaves(sizes, u.Elem(), off+i*esize, out)
		}
		return out
	case *types.Basic:
		switch u.Kind() {
		case types.UnsafePointer:
			return append(out, fmt.Sprintf("%d:ptr", off))
		case types.String:
			return append(out, fmt.Sprintf("%d:string", off))
		}
		return append(out, fmt.Sprintf("%d:data%d", off, sizes.Sizeof(u)))
	case *types.Pointer, *types.Map, *types.Chan, *types.Signature:
		return append(out, fmt.Sprintf("%d:ptr", off))
	case *types.Slice:
		return append(out, fmt.Sprintf("%d:slice", off))
	case *types.Interface:
		return append(out, fmt.Sprintf("%d:iface", off))
	}
	return append(out, fmt.Sprintf("%d:?", off))
}

func hasPointers(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Kind() == types.String || u.Kind() == types.UnsafePointer
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			if hasPointers(u.Field(i).Type()) {
				return true
			}
		}
		return false
	case *types.Array:
		return u.Len() > 0 && hasPointers(u.Elem())
	}
	return true
}
