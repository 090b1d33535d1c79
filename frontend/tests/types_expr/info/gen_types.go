//go:build ignore

// gen_types prints what go/types records for every expression of the
// package-level variable initializers of a file, in the order a preorder
// walk visits them (types' children are not visited; of a selector only
// its operand): "TEXT\tMODE TYPE[ = EXACT VALUE]", or "TEXT\t-" if
// nothing is recorded. The expression checker's tests compare our
// recorded types with its output:
//
//	goref go run gen_types.go < recorded.go > recorded.types
//
// (The source comes on stdin: `go run` would take a .go argument as part
// of the program.)
package main

import (
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"os"
)

func main() {
	fset := token.NewFileSet()
	src, err := io.ReadAll(os.Stdin)
	if err != nil {
		panic(err)
	}
	f, err := parser.ParseFile(fset, "input.go", src, 0)
	if err != nil {
		panic(err)
	}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}}
	conf := types.Config{Importer: importer.Default()}
	if _, err := conf.Check("main", fset, []*ast.File{f}, info); err != nil {
		panic(err)
	}
	var walk func(e ast.Expr)
	walk = func(e ast.Expr) {
		if e == nil {
			return
		}
		text := string(src[fset.Position(e.Pos()).Offset:fset.Position(e.End()).Offset])
		rec := "-"
		if tv, ok := info.Types[e]; ok {
			mode := "value"
			switch {
			case tv.IsType():
				mode = "type"
			case tv.IsBuiltin():
				mode = "builtin"
			case tv.Value != nil:
				mode = "const"
			case tv.Addressable():
				mode = "var"
			case tv.Assignable():
				mode = "mapindex"
			case tv.HasOk():
				mode = "commaok"
			}
			rec = mode + " " + tv.Type.String()
			if tv.Value != nil {
				rec += " = " + tv.Value.ExactString()
			}
		}
		fmt.Printf("%s\t%s\n", text, rec)
		switch e := e.(type) {
		case *ast.CompositeLit:
			walk(e.Type)
			for _, x := range e.Elts {
				walk(x)
			}
		case *ast.KeyValueExpr:
			walk(e.Key)
			walk(e.Value)
		case *ast.ParenExpr:
			walk(e.X)
		case *ast.StarExpr:
			walk(e.X)
		case *ast.UnaryExpr:
			walk(e.X)
		case *ast.SelectorExpr:
			walk(e.X)
		case *ast.IndexExpr:
			walk(e.X)
			walk(e.Index)
		case *ast.IndexListExpr:
			walk(e.X)
			for _, x := range e.Indices {
				walk(x)
			}
		case *ast.SliceExpr:
			walk(e.X)
			walk(e.Low)
			walk(e.High)
			walk(e.Max)
		case *ast.TypeAssertExpr:
			walk(e.X)
		case *ast.CallExpr:
			walk(e.Fun)
			for _, x := range e.Args {
				walk(x)
			}
		case *ast.BinaryExpr:
			walk(e.X)
			walk(e.Y)
		}
	}
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.VAR {
			continue
		}
		for _, s := range g.Specs {
			for _, v := range s.(*ast.ValueSpec).Values {
				walk(v)
			}
		}
	}
}
