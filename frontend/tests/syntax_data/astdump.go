//go:build ignore

// astdump prints each named Go file's AST, as go/parser builds it, in the
// S-expression format of gorun's syntax::dump, preceded by "=== PATH".
// With ASTDUMP_POSITIONS set, each expression is followed by "@" and the
// file offset of its first byte (syntax::dump::file_with_positions).
// tests/syntax_goroot.rs runs it (with GO set to a go binary) and compares
// its output with gorun's parse of the same files.
//
//	go run astdump.go FILE.go...
package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"strings"
)

var fset = token.NewFileSet()
var withPos = os.Getenv("ASTDUMP_POSITIONS") != ""

func main() {
	for _, path := range os.Args[1:] {
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			continue
		}
		fmt.Printf("=== %s\n%s\n", path, file(f))
	}
}

func file(f *ast.File) string {
	s := "(package " + f.Name.Name + ")"
	for _, d := range f.Decls {
		s += "\n" + decl(d)
	}
	return s
}

func decl(d ast.Decl) string {
	switch d := d.(type) {
	case *ast.BadDecl:
		return "(bad-decl)"
	case *ast.GenDecl:
		return genDecl(d)
	case *ast.FuncDecl:
		s := "(func"
		if d.Recv != nil {
			s += " (recv " + fields(d.Recv) + ")"
		}
		s += " " + d.Name.Name
		if d.Type.TypeParams != nil {
			s += " [" + fields(d.Type.TypeParams) + "]"
		}
		s += " " + signature(d.Type)
		if d.Body != nil {
			s += " " + block(d.Body)
		}
		return s + ")"
	}
	return "?"
}

func genDecl(g *ast.GenDecl) string {
	var specs []string
	for i, sp := range g.Specs {
		specs = append(specs, spec(sp, i))
	}
	return "(" + g.Tok.String() + " " + strings.Join(specs, " ") + ")"
}

func spec(sp ast.Spec, i int) string {
	switch sp := sp.(type) {
	case *ast.ImportSpec:
		if sp.Name != nil {
			return "(" + sp.Name.Name + " " + sp.Path.Value + ")"
		}
		return sp.Path.Value
	case *ast.ValueSpec:
		var names []string
		for _, n := range sp.Names {
			names = append(names, n.Name)
		}
		s := "(" + strings.Join(names, " ")
		if sp.Type != nil {
			s += " : " + expr(sp.Type)
		}
		if len(sp.Values) > 0 {
			s += " = " + list(sp.Values)
		}
		return s + fmt.Sprintf(" #%d)", i)
	case *ast.TypeSpec:
		s := "(" + sp.Name.Name
		if sp.TypeParams != nil {
			s += " [" + fields(sp.TypeParams) + "]"
		}
		if sp.Assign.IsValid() {
			s += " ="
		}
		return s + " " + expr(sp.Type) + ")"
	}
	return "?"
}

func fields(fl *ast.FieldList) string {
	var v []string
	for _, f := range fl.List {
		s := "("
		for _, n := range f.Names {
			s += n.Name + " "
		}
		s += expr(f.Type)
		if f.Tag != nil {
			s += " " + f.Tag.Value
		}
		v = append(v, s+")")
	}
	return strings.Join(v, " ")
}

func signature(t *ast.FuncType) string {
	s := "(" + fields(t.Params) + ")"
	if t.Results != nil {
		s += " -> (" + fields(t.Results) + ")"
	}
	return s
}

func list(v []ast.Expr) string {
	var s []string
	for _, e := range v {
		s = append(s, expr(e))
	}
	return strings.Join(s, " ")
}

func opt(e ast.Expr) string {
	if e == nil {
		return "_"
	}
	return expr(e)
}

func expr(e ast.Expr) string {
	s := exprShape(e)
	if withPos {
		s += fmt.Sprintf("@%d", fset.Position(e.Pos()).Offset)
	}
	return s
}

func exprShape(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.BadExpr:
		return "BAD"
	case *ast.Ident:
		return e.Name
	case *ast.BasicLit:
		return e.Value
	case *ast.CompositeLit:
		t := opt(e.Type)
		if len(e.Elts) == 0 {
			return "(lit " + t + ")"
		}
		return "(lit " + t + " " + list(e.Elts) + ")"
	case *ast.KeyValueExpr:
		return "(kv " + expr(e.Key) + " " + expr(e.Value) + ")"
	case *ast.FuncLit:
		return "(funclit " + signature(e.Type) + " " + block(e.Body) + ")"
	case *ast.ParenExpr:
		return "(paren " + expr(e.X) + ")"
	case *ast.SelectorExpr:
		return "(. " + expr(e.X) + " " + e.Sel.Name + ")"
	case *ast.IndexExpr:
		return "(index " + expr(e.X) + " " + expr(e.Index) + ")"
	case *ast.IndexListExpr:
		return "(index " + expr(e.X) + " " + list(e.Indices) + ")"
	case *ast.SliceExpr:
		if e.Slice3 {
			return "(slice3 " + expr(e.X) + " " + opt(e.Low) + " " + opt(e.High) + " " + opt(e.Max) + ")"
		}
		return "(slice " + expr(e.X) + " " + opt(e.Low) + " " + opt(e.High) + ")"
	case *ast.TypeAssertExpr:
		if e.Type == nil {
			return "(assert " + expr(e.X) + " type)"
		}
		return "(assert " + expr(e.X) + " " + expr(e.Type) + ")"
	case *ast.CallExpr:
		s := "(call " + expr(e.Fun)
		for _, a := range e.Args {
			s += " " + expr(a)
		}
		if e.Ellipsis.IsValid() {
			s += " ..."
		}
		return s + ")"
	case *ast.StarExpr:
		return "(* " + expr(e.X) + ")"
	case *ast.UnaryExpr:
		return "(" + e.Op.String() + " " + expr(e.X) + ")"
	case *ast.BinaryExpr:
		return "(" + e.Op.String() + " " + expr(e.X) + " " + expr(e.Y) + ")"
	case *ast.Ellipsis:
		return "(... " + opt(e.Elt) + ")"
	case *ast.ArrayType:
		if e.Len == nil {
			return "([] " + expr(e.Elt) + ")"
		}
		return "([" + expr(e.Len) + "] " + expr(e.Elt) + ")"
	case *ast.StructType:
		if len(e.Fields.List) == 0 {
			return "(struct)"
		}
		return "(struct " + fields(e.Fields) + ")"
	case *ast.FuncType:
		return "(func " + signature(e) + ")"
	case *ast.InterfaceType:
		s := "(interface"
		for _, f := range e.Methods.List {
			if len(f.Names) > 0 {
				s += " (method " + f.Names[0].Name + " " + signature(f.Type.(*ast.FuncType)) + ")"
			} else {
				s += " " + expr(f.Type)
			}
		}
		return s + ")"
	case *ast.MapType:
		return "(map " + expr(e.Key) + " " + expr(e.Value) + ")"
	case *ast.ChanType:
		d := "chan"
		switch e.Dir {
		case ast.SEND:
			d = "chan<-"
		case ast.RECV:
			d = "<-chan"
		}
		return "(" + d + " " + expr(e.Value) + ")"
	}
	return fmt.Sprintf("?%T", e)
}

func block(b *ast.BlockStmt) string {
	return "{" + stmts(b.List) + "}"
}

func stmts(l []ast.Stmt) string {
	var v []string
	for _, s := range l {
		if _, ok := s.(*ast.EmptyStmt); ok {
			continue
		}
		v = append(v, stmt(s))
	}
	return strings.Join(v, "; ")
}

func optStmt(s ast.Stmt) string {
	if s == nil {
		return "_"
	}
	return stmt(s)
}

func clauses(l []ast.Stmt) string {
	var v []string
	for _, c := range l {
		cc := c.(*ast.CaseClause)
		head := "default"
		if cc.List != nil {
			head = "case " + list(cc.List)
		}
		v = append(v, "("+head+": "+stmts(cc.Body)+")")
	}
	return strings.Join(v, " ")
}

func stmt(s ast.Stmt) string {
	switch s := s.(type) {
	case *ast.BadStmt:
		return "BAD"
	case *ast.DeclStmt:
		return genDecl(s.Decl.(*ast.GenDecl))
	case *ast.EmptyStmt:
		return "(empty)"
	case *ast.LabeledStmt:
		return "(label " + s.Label.Name + " " + stmt(s.Stmt) + ")"
	case *ast.ExprStmt:
		return expr(s.X)
	case *ast.SendStmt:
		return "(send " + expr(s.Chan) + " " + expr(s.Value) + ")"
	case *ast.IncDecStmt:
		return "(" + s.Tok.String() + " " + expr(s.X) + ")"
	case *ast.AssignStmt:
		return "(" + s.Tok.String() + " (" + list(s.Lhs) + ") (" + list(s.Rhs) + "))"
	case *ast.GoStmt:
		return "(go " + expr(s.Call) + ")"
	case *ast.DeferStmt:
		return "(defer " + expr(s.Call) + ")"
	case *ast.ReturnStmt:
		if len(s.Results) == 0 {
			return "(return)"
		}
		return "(return " + list(s.Results) + ")"
	case *ast.BranchStmt:
		if s.Label != nil {
			return "(" + s.Tok.String() + " " + s.Label.Name + ")"
		}
		return "(" + s.Tok.String() + ")"
	case *ast.BlockStmt:
		return block(s)
	case *ast.IfStmt:
		r := "(if " + optStmt(s.Init) + " " + expr(s.Cond) + " " + block(s.Body)
		if s.Else != nil {
			r += " else " + stmt(s.Else)
		}
		return r + ")"
	case *ast.SwitchStmt:
		return "(switch " + optStmt(s.Init) + " " + opt(s.Tag) + " " + clauses(s.Body.List) + ")"
	case *ast.TypeSwitchStmt:
		bind, guard := "_", ""
		switch a := s.Assign.(type) {
		case *ast.AssignStmt:
			bind = a.Lhs[0].(*ast.Ident).Name
			guard = expr(a.Rhs[0])
		case *ast.ExprStmt:
			guard = expr(a.X)
		}
		return "(typeswitch " + optStmt(s.Init) + " " + bind + " " + guard + " " + clauses(s.Body.List) + ")"
	case *ast.SelectStmt:
		var v []string
		for _, c := range s.Body.List {
			cc := c.(*ast.CommClause)
			head := "default"
			if cc.Comm != nil {
				head = "case " + stmt(cc.Comm)
			}
			v = append(v, "("+head+": "+stmts(cc.Body)+")")
		}
		return "(select " + strings.Join(v, " ") + ")"
	case *ast.ForStmt:
		return "(for " + optStmt(s.Init) + " " + opt(s.Cond) + " " + optStmt(s.Post) + " " + block(s.Body) + ")"
	case *ast.RangeStmt:
		t := "_"
		switch s.Tok {
		case token.DEFINE:
			t = ":="
		case token.ASSIGN:
			t = "="
		}
		return "(range " + opt(s.Key) + " " + opt(s.Value) + " " + t + " " + expr(s.X) + " " + block(s.Body) + ")"
	}
	return fmt.Sprintf("?%T", s)
}
