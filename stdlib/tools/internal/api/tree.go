// Package api loads gorun's Go-syntax standard library tree (stdlib/go) and
// the reference Go's packages with go/types, and describes a package's
// exported API as comparable lines.
package api

import (
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Tree is gorun's stdlib/go directory, type-checked package by package on
// demand. Imports resolve within the tree only (plus the checker's built-in
// "unsafe"), so the declarations must be self-consistent.
type Tree struct {
	Root   string
	Fset   *token.FileSet
	pkgs   map[string]*types.Package
	errs   map[string][]error
	active map[string]bool
}

// NewTree returns a loader for the tree rooted at root (stdlib/go).
func NewTree(root string) *Tree {
	return &Tree{
		Root:   root,
		Fset:   token.NewFileSet(),
		pkgs:   map[string]*types.Package{},
		errs:   map[string][]error{},
		active: map[string]bool{},
	}
}

// Paths lists the import paths of every package directory in the tree.
func (t *Tree) Paths() ([]string, error) {
	var paths []string
	err := filepath.WalkDir(t.Root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			return nil
		}
		files, _ := filepath.Glob(filepath.Join(p, "*.go"))
		if len(files) > 0 {
			rel, _ := filepath.Rel(t.Root, p)
			paths = append(paths, filepath.ToSlash(rel))
		}
		return nil
	})
	sort.Strings(paths)
	return paths, err
}

// Import implements types.Importer over the tree.
func (t *Tree) Import(path string) (*types.Package, error) {
	if path == "unsafe" {
		return types.Unsafe, nil
	}
	if p, ok := t.pkgs[path]; ok {
		return p, nil
	}
	if t.active[path] {
		return nil, fmt.Errorf("import cycle through %q", path)
	}
	t.active[path] = true
	defer delete(t.active, path)

	dir := filepath.Join(t.Root, filepath.FromSlash(path))
	names, _ := filepath.Glob(filepath.Join(dir, "*.go"))
	if len(names) == 0 {
		return nil, fmt.Errorf("package %q is not in %s", path, t.Root)
	}
	sort.Strings(names)
	var files []*ast.File
	for _, name := range names {
		f, err := parser.ParseFile(t.Fset, name, nil, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			t.errs[path] = append(t.errs[path], err)
			continue
		}
		files = append(files, f)
	}
	conf := types.Config{
		Importer: t,
		Sizes:    types.SizesFor("gc", "amd64"),
		Error: func(err error) {
			t.errs[path] = append(t.errs[path], err)
		},
	}
	pkg, _ := conf.Check(path, t.Fset, files, nil)
	t.pkgs[path] = pkg
	return pkg, nil
}

// Errors returns the parse and type errors found in the package at path.
func (t *Tree) Errors(path string) []error { return t.errs[path] }

// Reference type-checks the reference Go's packages from its source
// ($GOROOT/src, for the host's GOOS/GOARCH).
func Reference() types.Importer {
	return importer.ForCompiler(token.NewFileSet(), "source", nil)
}

// FindTreeRoot locates stdlib/go from the working directory or its parents.
func FindTreeRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		for _, cand := range []string{filepath.Join(dir, "stdlib", "go"), filepath.Join(dir, "go")} {
			if st, err := os.Stat(filepath.Join(cand, "fmt")); err == nil && st.IsDir() {
				return cand, nil
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("stdlib/go not found above the working directory; pass -root")
		}
		dir = parent
	}
}

// TrimPath shortens file names in messages to be relative to base.
func TrimPath(msg, base string) string {
	return strings.ReplaceAll(msg, base+string(filepath.Separator), "")
}
