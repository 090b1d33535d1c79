// Command apigen drafts a package's declarations for stdlib/go from the
// reference Go's type information: every exported constant (with its exact
// value), variable, function, type and method, without bodies or comments,
// plus the unexported struct fields and types that keep Go's layout. It is a
// starting point for a new package (and the way large tables such as
// syscall's constants are kept complete): review the draft, simplify
// internals, add bodies where they are short, then run ./typecheck and
// ./apicheck.
//
// Run from stdlib/tools:
//
//	../../../shared/tools/goref go run ./apigen PKG > draft.go
package main

import (
	"bytes"
	"fmt"
	"go/constant"
	"go/format"
	"go/types"
	"math/big"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"gorun.dev/stdlib/tools/internal/api"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: apigen IMPORTPATH")
		os.Exit(2)
	}
	pkg, err := api.Reference().Import(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	g := &gen{pkg: pkg, imports: map[string]string{}, emitted: map[types.Object]bool{}}
	src := g.file()
	out, err := format.Source(src)
	if err != nil {
		fmt.Fprintln(os.Stderr, "apigen: the draft does not format:", err)
		out = src
	}
	os.Stdout.Write(out)
}

type gen struct {
	pkg     *types.Package
	imports map[string]string // path -> name
	emitted map[types.Object]bool
	queue   []*types.TypeName // unexported types the draft refers to
	body    bytes.Buffer
}

func (g *gen) qualify(p *types.Package) string {
	if p == g.pkg {
		return ""
	}
	g.imports[p.Path()] = p.Name()
	return p.Name()
}

func (g *gen) typ(t types.Type) string {
	g.note(t)
	return types.TypeString(t, g.qualify)
}

// note queues the unexported named types of this package that t mentions.
func (g *gen) note(t types.Type) {
	switch t := t.(type) {
	case *types.Named:
		if t.Obj().Pkg() == g.pkg && !t.Obj().Exported() && !g.emitted[t.Obj()] {
			g.emitted[t.Obj()] = true
			g.queue = append(g.queue, t.Obj())
		}
		for i := 0; i < t.TypeArgs().Len(); i++ {
			g.note(t.TypeArgs().At(i))
		}
	case *types.Pointer:
		g.note(t.Elem())
	case *types.Slice:
		g.note(t.Elem())
	case *types.Array:
		g.note(t.Elem())
	case *types.Map:
		g.note(t.Key())
		g.note(t.Elem())
	case *types.Chan:
		g.note(t.Elem())
	case *types.Signature:
		for _, tup := range []*types.Tuple{t.Params(), t.Results()} {
			for i := 0; i < tup.Len(); i++ {
				g.note(tup.At(i).Type())
			}
		}
	case *types.Struct:
		for i := 0; i < t.NumFields(); i++ {
			g.note(t.Field(i).Type())
		}
	}
}

func (g *gen) file() []byte {
	scope := g.pkg.Scope()
	var objs []types.Object
	for _, name := range scope.Names() {
		if obj := scope.Lookup(name); obj.Exported() {
			objs = append(objs, obj)
		}
	}
	sort.SliceStable(objs, func(i, j int) bool { return objs[i].Pos() < objs[j].Pos() })

	var prevConst types.Type
	inBlock := false
	closeBlock := func() {
		if inBlock {
			g.body.WriteString(")\n\n")
			inBlock = false
		}
		prevConst = nil
	}
	for _, obj := range objs {
		c, isConst := obj.(*types.Const)
		if !isConst {
			closeBlock()
		}
		switch obj := obj.(type) {
		case *types.Const:
			if !inBlock || !types.Identical(prevConst, c.Type()) {
				closeBlock()
				g.body.WriteString("const (\n")
				inBlock = true
			}
			prevConst = c.Type()
			g.body.WriteString("\t" + g.constSpec(c) + "\n")
		case *types.Var:
			fmt.Fprintf(&g.body, "var %s %s\n\n", obj.Name(), g.typ(obj.Type()))
		case *types.Func:
			fmt.Fprintf(&g.body, "func %s%s\n\n", obj.Name(), g.signature(obj.Type().(*types.Signature)))
		case *types.TypeName:
			g.typeDecl(obj)
		}
	}
	closeBlock()
	for len(g.queue) > 0 {
		obj := g.queue[0]
		g.queue = g.queue[1:]
		g.typeDecl(obj)
	}

	var out bytes.Buffer
	fmt.Fprintf(&out, "package %s\n\n", g.pkg.Name())
	var paths []string
	for p := range g.imports {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	if len(paths) > 0 {
		out.WriteString("import (\n")
		for _, p := range paths {
			fmt.Fprintf(&out, "\t%q\n", p)
		}
		out.WriteString(")\n\n")
	}
	out.Write(g.body.Bytes())
	return out.Bytes()
}

func (g *gen) signature(sig *types.Signature) string {
	var b bytes.Buffer
	g.note(sig)
	types.WriteSignature(&b, sig, g.qualify)
	return b.String()
}

func (g *gen) typeDecl(obj *types.TypeName) {
	g.emitted[obj] = true
	if obj.IsAlias() {
		fmt.Fprintf(&g.body, "type %s = %s\n\n", obj.Name(), g.typ(types.Unalias(obj.Type())))
		return
	}
	named := obj.Type().(*types.Named)
	tparams := ""
	if list := named.TypeParams(); list.Len() > 0 {
		var parts []string
		for i := 0; i < list.Len(); i++ {
			parts = append(parts, list.At(i).Obj().Name()+" "+g.typ(list.At(i).Constraint()))
		}
		tparams = "[" + strings.Join(parts, ", ") + "]"
	}
	fmt.Fprintf(&g.body, "type %s%s %s\n\n", obj.Name(), tparams, g.underlying(named.Underlying()))
	if _, isIface := named.Underlying().(*types.Interface); isIface {
		return
	}
	for i := 0; i < named.NumMethods(); i++ {
		m := named.Method(i)
		if !m.Exported() && !obj.Exported() {
			continue
		}
		if !m.Exported() {
			continue
		}
		sig := m.Type().(*types.Signature)
		recv := sig.Recv()
		rname := recv.Name()
		if rname == "" || rname == "_" {
			rname = strings.ToLower(obj.Name()[:1])
		}
		rtype := obj.Name()
		if list := named.TypeParams(); list.Len() > 0 {
			var parts []string
			for i := 0; i < list.Len(); i++ {
				parts = append(parts, list.At(i).Obj().Name())
			}
			rtype += "[" + strings.Join(parts, ", ") + "]"
		}
		if _, isPtr := recv.Type().(*types.Pointer); isPtr {
			rtype = "*" + rtype
		}
		plain := types.NewSignatureType(nil, nil, nil, sig.Params(), sig.Results(), sig.Variadic())
		fmt.Fprintf(&g.body, "func (%s %s) %s%s\n\n", rname, rtype, m.Name(), g.signature(plain))
	}
}

func (g *gen) underlying(t types.Type) string {
	switch t := t.(type) {
	case *types.Struct:
		var b strings.Builder
		b.WriteString("struct {\n")
		for i := 0; i < t.NumFields(); i++ {
			f := t.Field(i)
			if f.Embedded() {
				fmt.Fprintf(&b, "\t%s", g.typ(f.Type()))
			} else {
				fmt.Fprintf(&b, "\t%s %s", f.Name(), g.typ(f.Type()))
			}
			if tag := t.Tag(i); tag != "" {
				fmt.Fprintf(&b, " %s", strconv.Quote(tag))
			}
			b.WriteString("\n")
		}
		b.WriteString("}")
		return b.String()
	case *types.Interface:
		var b strings.Builder
		b.WriteString("interface {\n")
		for i := 0; i < t.NumEmbeddeds(); i++ {
			fmt.Fprintf(&b, "\t%s\n", g.typ(t.EmbeddedType(i)))
		}
		for i := 0; i < t.NumExplicitMethods(); i++ {
			m := t.ExplicitMethod(i)
			fmt.Fprintf(&b, "\t%s%s\n", m.Name(), g.signature(m.Type().(*types.Signature)))
		}
		b.WriteString("}")
		return b.String()
	}
	return g.typ(t)
}

func (g *gen) constSpec(c *types.Const) string {
	typ := ""
	basic, _ := c.Type().(*types.Basic)
	if basic == nil || basic.Info()&types.IsUntyped == 0 {
		typ = " " + g.typ(c.Type())
	}
	return fmt.Sprintf("%s%s = %s", c.Name(), typ, literal(c.Val(), basic))
}

// literal spells a constant value exactly, in the kind its type needs.
func literal(v constant.Value, basic *types.Basic) string {
	switch v.Kind() {
	case constant.Bool:
		return strconv.FormatBool(constant.BoolVal(v))
	case constant.String:
		return strconv.Quote(constant.StringVal(v))
	case constant.Int:
		if basic != nil && basic.Kind() == types.UntypedRune {
			if r, ok := constant.Int64Val(v); ok && utf8.ValidRune(rune(r)) {
				return strconv.QuoteRuneToASCII(rune(r))
			}
		}
		return v.ExactString()
	case constant.Float:
		r, ok := constant.Val(constant.ToFloat(v)).(*big.Rat)
		if !ok {
			f, _ := constant.Val(v).(*big.Float)
			return f.Text('p', 0)
		}
		return ratLiteral(r)
	}
	return v.ExactString()
}

func ratLiteral(r *big.Rat) string {
	if r.IsInt() {
		return r.Num().String() + ".0"
	}
	// A denominator of the form 2^a 5^b gives a finite decimal.
	d := new(big.Int).Set(r.Denom())
	digits := 0
	two, five, zero := big.NewInt(2), big.NewInt(5), big.NewInt(0)
	for _, p := range []*big.Int{two, five} {
		for {
			q, m := new(big.Int).QuoRem(d, p, new(big.Int))
			if m.Cmp(zero) != 0 {
				break
			}
			d = q
			digits++
		}
	}
	if d.Cmp(big.NewInt(1)) == 0 {
		return strings.TrimRight(r.FloatString(digits), "0")
	}
	return "(" + r.Num().String() + ".0 / " + r.Denom().String() + ") // TODO: spell exactly"
}
