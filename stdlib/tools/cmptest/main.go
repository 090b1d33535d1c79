// Command cmptest tests the Go bodies of gorun's standard library against
// the reference Go: for each package named, it copies stdlib/go/PKG into a
// scratch module (import path gorunstd/PKG), gives every bodiless function a
// body, adds the comparison tests kept in cmptest/testdata/PKG, and runs
// `go test` there with the reference toolchain. The tests import both our
// package (as gorunstd/PKG) and the real one, and compare their results on
// tables of cases and on random inputs.
//
// A bodiless function is one the runtime implements natively. In the copy:
//   - one that testdata/PKG/shim.go defines is dropped, so the shim's body
//     takes its place (for unexported natives such as errors' reflective
//     helpers, which the real package does not export);
//   - an exported function whose signature names no type of the package
//     itself calls the real package's function of the same name;
//   - anything else panics ("cmptest: bodiless").
//
// The copy imports the real packages for its own imports (our strings is
// tested over the real unicode), so each package is compared alone.
//
// Run from stdlib/tools, one package or several, or all that have tests:
//
//	../../../shared/tools/goref go run ./cmptest strings unicode/utf8
//	../../../shared/tools/goref go run ./cmptest -all
//
// Flags after -- go to `go test` (e.g. -- -run Fields -v). The scratch
// module is /tmp/gorun-cmptest, rebuilt on every run.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"

	"gorun.dev/stdlib/tools/internal/api"
)

const (
	scratch = "/tmp/gorun-cmptest"
	module  = "gorunstd"
)

func main() {
	all := flag.Bool("all", false, "test every package that has tests under cmptest/testdata")
	flag.Parse()
	root, err := api.FindTreeRoot()
	if err != nil {
		fatal(err)
	}
	testdata := filepath.Join(filepath.Dir(root), "tools", "cmptest", "testdata")
	pkgs, goFlags := splitArgs(flag.Args())
	if *all {
		pkgs = testedPackages(testdata)
	}
	if len(pkgs) == 0 {
		fatal(fmt.Errorf("usage: cmptest [-all] PKG... [-- go test flags]"))
	}
	if err := os.RemoveAll(scratch); err != nil {
		fatal(err)
	}
	if err := os.MkdirAll(scratch, 0o755); err != nil {
		fatal(err)
	}
	if err := os.WriteFile(filepath.Join(scratch, "go.mod"), []byte("module "+module+"\n\ngo 1.27\n"), 0o644); err != nil {
		fatal(err)
	}
	var targets []string
	for _, p := range pkgs {
		if err := prepare(root, testdata, p); err != nil {
			fatal(fmt.Errorf("%s: %v", p, err))
		}
		targets = append(targets, "./"+p)
	}
	args := append([]string{"test", "-count=1"}, goFlags...)
	args = append(args, targets...)
	cmd := exec.Command("go", args...)
	cmd.Dir = scratch
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		os.Exit(1)
	}
}

func splitArgs(args []string) (pkgs, goFlags []string) {
	for i, a := range args {
		if a == "--" {
			return args[:i], args[i+1:]
		}
	}
	return args, nil
}

// testedPackages lists the import paths under testdata that hold tests.
func testedPackages(testdata string) []string {
	var pkgs []string
	filepath.WalkDir(testdata, func(p string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return err
		}
		if tests, _ := filepath.Glob(filepath.Join(p, "*_test.go")); len(tests) > 0 {
			rel, _ := filepath.Rel(testdata, p)
			pkgs = append(pkgs, filepath.ToSlash(rel))
		}
		return nil
	})
	sort.Strings(pkgs)
	return pkgs
}

// prepare writes scratch/PKG: the package's files with bodies for the
// bodiless functions, the shim and the tests.
func prepare(root, testdata, pkg string) error {
	dst := filepath.Join(scratch, filepath.FromSlash(pkg))
	if err := os.MkdirAll(dst, 0o755); err != nil {
		return err
	}
	extra, _ := filepath.Glob(filepath.Join(testdata, filepath.FromSlash(pkg), "*.go"))
	shimmed := map[string]bool{}
	for _, name := range extra {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		for _, key := range funcKeys(name) {
			shimmed[key] = true
		}
	}
	srcs, _ := filepath.Glob(filepath.Join(root, filepath.FromSlash(pkg), "*.go"))
	if len(srcs) == 0 {
		return fmt.Errorf("no package in %s", root)
	}
	for _, name := range srcs {
		out, err := rewrite(name, pkg, shimmed)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dst, filepath.Base(name)), out, 0o644); err != nil {
			return err
		}
	}
	for _, name := range extra {
		data, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dst, "cmptest_"+filepath.Base(name)), data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// funcKeys names the functions and methods a shim file declares.
func funcKeys(name string) []string {
	f, err := parser.ParseFile(token.NewFileSet(), name, nil, parser.SkipObjectResolution)
	if err != nil {
		fatal(err)
	}
	var keys []string
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok {
			keys = append(keys, funcKey(fd))
		}
	}
	return keys
}

func funcKey(fd *ast.FuncDecl) string {
	if fd.Recv == nil || len(fd.Recv.List) == 0 {
		return fd.Name.Name
	}
	t := fd.Recv.List[0].Type
	if s, ok := t.(*ast.StarExpr); ok {
		t = s.X
	}
	if ix, ok := t.(*ast.IndexExpr); ok {
		t = ix.X
	}
	if id, ok := t.(*ast.Ident); ok {
		return id.Name + "." + fd.Name.Name
	}
	return fd.Name.Name
}

const refName = "cmptestref"

// rewrite gives every bodiless function of file name a body (see the
// package doc) and returns the formatted source.
func rewrite(name, pkg string, shimmed map[string]bool) ([]byte, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, name, nil, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	usesRef := false
	var decls []ast.Decl
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Body != nil {
			decls = append(decls, d)
			continue
		}
		if shimmed[funcKey(fd)] {
			continue
		}
		if fd.Recv == nil && fd.Name.IsExported() && !namesLocalType(fd.Type) {
			fd.Body = forward(fd)
			usesRef = true
		} else {
			fd.Body = &ast.BlockStmt{List: []ast.Stmt{&ast.ExprStmt{X: &ast.CallExpr{
				Fun:  ast.NewIdent("panic"),
				Args: []ast.Expr{&ast.BasicLit{Kind: token.STRING, Value: `"cmptest: bodiless ` + funcKey(fd) + `"`}},
			}}}}
		}
		decls = append(decls, fd)
	}
	f.Decls = decls
	var buf bytes.Buffer
	if err := format.Node(&buf, fset, f); err != nil {
		return nil, err
	}
	src := buf.Bytes()
	if usesRef {
		// Add the import textually after the package clause: simpler than
		// editing the AST's import declarations and comments.
		i := bytes.Index(src, []byte("\npackage "))
		if !bytes.HasPrefix(src, []byte("package ")) {
			i++
		} else {
			i = 0
		}
		j := i + bytes.IndexByte(src[i:], '\n')
		imp := fmt.Sprintf("\nimport %s %q\n", refName, pkg)
		src = append(src[:j+1:j+1], append([]byte(imp), src[j+1:]...)...)
	}
	out, err := format.Source(src)
	if err != nil {
		return nil, fmt.Errorf("%s: %v\n%s", name, err, src)
	}
	return out, nil
}

// forward builds `return ref.F(params...)` for function fd, naming unnamed
// parameters.
func forward(fd *ast.FuncDecl) *ast.BlockStmt {
	var args []ast.Expr
	variadic := false
	n := 0
	for _, field := range fd.Type.Params.List {
		if _, ok := field.Type.(*ast.Ellipsis); ok {
			variadic = true
		}
		if len(field.Names) == 0 {
			field.Names = []*ast.Ident{ast.NewIdent(fmt.Sprintf("cmptestArg%d", n))}
		}
		for i, id := range field.Names {
			if id.Name == "_" {
				id = ast.NewIdent(fmt.Sprintf("cmptestArg%d", n))
				field.Names[i] = id
			}
			args = append(args, ast.NewIdent(id.Name))
			n++
		}
	}
	call := &ast.CallExpr{Fun: &ast.SelectorExpr{X: ast.NewIdent(refName), Sel: ast.NewIdent(fd.Name.Name)}, Args: args}
	if variadic {
		call.Ellipsis = 1
	}
	var stmt ast.Stmt = &ast.ExprStmt{X: call}
	if fd.Type.Results != nil && len(fd.Type.Results.List) > 0 {
		stmt = &ast.ReturnStmt{Results: []ast.Expr{call}}
	}
	return &ast.BlockStmt{List: []ast.Stmt{stmt}}
}

// namesLocalType reports whether a function type mentions an identifier
// that is neither predeclared nor qualified by a package: a type of the
// package itself, which the real function would not accept or return.
func namesLocalType(ft *ast.FuncType) bool {
	local := false
	ast.Inspect(ft, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			return false
		case *ast.Field:
			// Parameter names are identifiers too: look at the type only.
			ast.Inspect(n.Type, func(m ast.Node) bool {
				switch m := m.(type) {
				case *ast.SelectorExpr:
					return false
				case *ast.Ident:
					if !predeclared[m.Name] {
						local = true
					}
				}
				return true
			})
			return false
		}
		return true
	})
	return local
}

var predeclared = map[string]bool{}

func init() {
	for _, s := range strings.Fields(`any bool byte comparable complex64 complex128 error float32 float64
		int int8 int16 int32 int64 rune string uint uint8 uint16 uint32 uint64 uintptr`) {
		predeclared[s] = true
	}
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "cmptest:", err)
	os.Exit(2)
}
