package api

import (
	"fmt"
	"go/constant"
	"go/types"
	"sort"
	"strings"
)

// Feature is one comparable fact of a package's exported API, in the spirit
// of the reference Go's api/go1*.txt lines: a key naming the thing
// ("func Println", "method (*Builder) WriteString", "field Timer.C") and its
// description with parameter names dropped.
type Feature struct {
	Key   string
	Desc  string
	Value constant.Value // for constants: compared exactly, not by spelling
}

// Features lists the exported API of pkg, sorted by key.
func Features(pkg *types.Package) []Feature {
	d := describer{pkg: pkg}
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		obj := scope.Lookup(name)
		if !obj.Exported() {
			continue
		}
		switch obj := obj.(type) {
		case *types.Const:
			d.add("const "+name, d.typ(obj.Type()), obj.Val())
		case *types.Var:
			d.add("var "+name, d.typ(obj.Type()), nil)
		case *types.Func:
			d.add("func "+name, d.sig(obj.Type().(*types.Signature)), nil)
		case *types.TypeName:
			d.typeName(obj)
		}
	}
	sort.Slice(d.out, func(i, j int) bool { return d.out[i].Key < d.out[j].Key })
	return d.out
}

type describer struct {
	pkg *types.Package
	out []Feature
}

func (d *describer) add(key, desc string, val constant.Value) {
	d.out = append(d.out, Feature{Key: key, Desc: desc, Value: val})
}

func (d *describer) typeName(obj *types.TypeName) {
	name := obj.Name()
	if obj.IsAlias() {
		d.add("type "+name, "= "+d.typ(obj.Type()), nil)
		return
	}
	named, ok := obj.Type().(*types.Named)
	if !ok {
		d.add("type "+name, d.typ(obj.Type()), nil)
		return
	}
	tparams := d.tparams(named.TypeParams())
	switch u := named.Underlying().(type) {
	case *types.Struct:
		d.add("type "+name, tparams+"struct", nil)
		for i := 0; i < u.NumFields(); i++ {
			f := u.Field(i)
			if !f.Exported() {
				continue
			}
			kind := "field "
			if f.Embedded() {
				kind = "embedded "
			}
			d.add(kind+name+"."+f.Name(), d.typ(f.Type()), nil)
		}
	case *types.Interface:
		d.add("type "+name, tparams+"interface"+d.typeSet(u), nil)
		for i := 0; i < u.NumMethods(); i++ {
			m := u.Method(i)
			if m.Exported() {
				d.add("imethod "+name+"."+m.Name(), d.sig(m.Type().(*types.Signature)), nil)
			} else {
				d.add("imethod "+name+".(unexported)", "", nil)
			}
		}
		return
	default:
		d.add("type "+name, tparams+d.typ(u), nil)
	}
	// Method sets of T and *T, promoted methods included; as in api/*.txt a
	// method of T is listed once, under T.
	var recv types.Type = named
	if named.TypeParams().Len() > 0 {
		recv = named.Origin()
	}
	valueSet := types.NewMethodSet(recv)
	seen := map[string]bool{}
	for i := 0; i < valueSet.Len(); i++ {
		m := valueSet.At(i).Obj()
		if m.Exported() {
			seen[m.Name()] = true
			d.add("method ("+name+") "+m.Name(), d.sig(m.Type().(*types.Signature)), nil)
		}
	}
	ptrSet := types.NewMethodSet(types.NewPointer(recv))
	for i := 0; i < ptrSet.Len(); i++ {
		m := ptrSet.At(i).Obj()
		if m.Exported() && !seen[m.Name()] {
			d.add("method (*"+name+") "+m.Name(), d.sig(m.Type().(*types.Signature)), nil)
		}
	}
}

// typeSet describes the type terms of a constraint interface, if any.
func (d *describer) typeSet(u *types.Interface) string {
	if u.IsMethodSet() {
		if u.IsComparable() {
			return " comparable"
		}
		return ""
	}
	var parts []string
	for i := 0; i < u.NumEmbeddeds(); i++ {
		parts = append(parts, d.typ(u.EmbeddedType(i)))
	}
	return " {" + strings.Join(parts, "; ") + "}"
}

func (d *describer) tparams(list *types.TypeParamList) string {
	if list.Len() == 0 {
		return ""
	}
	var parts []string
	for i := 0; i < list.Len(); i++ {
		tp := list.At(i)
		parts = append(parts, tp.Obj().Name()+" "+d.typ(tp.Constraint()))
	}
	return "[" + strings.Join(parts, ", ") + "] "
}

func (d *describer) sig(sig *types.Signature) string {
	var b strings.Builder
	if sig.TypeParams().Len() > 0 {
		b.WriteString(strings.TrimSuffix(d.tparams(sig.TypeParams()), " "))
	}
	b.WriteString(d.params(sig.Params(), sig.Variadic()))
	switch res := sig.Results(); res.Len() {
	case 0:
	case 1:
		b.WriteString(" " + d.typ(res.At(0).Type()))
	default:
		b.WriteString(" " + d.params(res, false))
	}
	return b.String()
}

func (d *describer) params(t *types.Tuple, variadic bool) string {
	var parts []string
	for i := 0; i < t.Len(); i++ {
		typ := t.At(i).Type()
		if variadic && i == t.Len()-1 {
			parts = append(parts, "..."+d.typ(typ.(*types.Slice).Elem()))
		} else {
			parts = append(parts, d.typ(typ))
		}
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

// typ spells a type without parameter names, qualifying other packages by
// import path, so that two type-checks of the same API spell it alike.
func (d *describer) typ(t types.Type) string {
	switch t := t.(type) {
	case *types.Basic:
		return t.Name()
	case *types.Alias:
		return d.qualified(t.Obj()) + d.targs(t.TypeArgs())
	case *types.Named:
		return d.qualified(t.Obj()) + d.targs(t.TypeArgs())
	case *types.TypeParam:
		return t.Obj().Name()
	case *types.Pointer:
		return "*" + d.typ(t.Elem())
	case *types.Slice:
		return "[]" + d.typ(t.Elem())
	case *types.Array:
		return fmt.Sprintf("[%d]%s", t.Len(), d.typ(t.Elem()))
	case *types.Map:
		return "map[" + d.typ(t.Key()) + "]" + d.typ(t.Elem())
	case *types.Chan:
		switch t.Dir() {
		case types.SendOnly:
			return "chan<- " + d.typ(t.Elem())
		case types.RecvOnly:
			return "<-chan " + d.typ(t.Elem())
		}
		return "chan " + d.typ(t.Elem())
	case *types.Signature:
		return "func" + d.sig(t)
	case *types.Struct:
		var parts []string
		for i := 0; i < t.NumFields(); i++ {
			f := t.Field(i)
			if f.Embedded() {
				parts = append(parts, d.typ(f.Type()))
			} else {
				parts = append(parts, f.Name()+" "+d.typ(f.Type()))
			}
		}
		return "struct{" + strings.Join(parts, "; ") + "}"
	case *types.Interface:
		if t.Empty() && t.IsMethodSet() {
			return "any"
		}
		var parts []string
		for i := 0; i < t.NumExplicitMethods(); i++ {
			m := t.ExplicitMethod(i)
			parts = append(parts, m.Name()+d.sig(m.Type().(*types.Signature)))
		}
		for i := 0; i < t.NumEmbeddeds(); i++ {
			parts = append(parts, d.typ(t.EmbeddedType(i)))
		}
		return "interface{" + strings.Join(parts, "; ") + "}"
	case *types.Union:
		var parts []string
		for i := 0; i < t.Len(); i++ {
			term := t.Term(i)
			s := d.typ(term.Type())
			if term.Tilde() {
				s = "~" + s
			}
			parts = append(parts, s)
		}
		return strings.Join(parts, " | ")
	case *types.Tuple:
		return d.params(t, false)
	}
	return t.String()
}

func (d *describer) qualified(obj *types.TypeName) string {
	if obj.Pkg() == nil || obj.Pkg().Path() == d.pkg.Path() {
		return obj.Name()
	}
	return obj.Pkg().Path() + "." + obj.Name()
}

func (d *describer) targs(list *types.TypeList) string {
	if list.Len() == 0 {
		return ""
	}
	var parts []string
	for i := 0; i < list.Len(); i++ {
		parts = append(parts, d.typ(list.At(i)))
	}
	return "[" + strings.Join(parts, ", ") + "]"
}
