package unicode_test

import (
	"reflect"
	"testing"
	"unicode"

	ours "gorunstd/unicode"
)

// convert turns our table into the real package's type, for DeepEqual.
func convert(t *ours.RangeTable) *unicode.RangeTable {
	if t == nil {
		return nil
	}
	u := &unicode.RangeTable{LatinOffset: t.LatinOffset}
	if t.R16 != nil {
		u.R16 = []unicode.Range16{}
	}
	if t.R32 != nil {
		u.R32 = []unicode.Range32{}
	}
	for _, r := range t.R16 {
		u.R16 = append(u.R16, unicode.Range16{Lo: r.Lo, Hi: r.Hi, Stride: r.Stride})
	}
	for _, r := range t.R32 {
		u.R32 = append(u.R32, unicode.Range32{Lo: r.Lo, Hi: r.Hi, Stride: r.Stride})
	}
	return u
}

func compareMaps(t *testing.T, name string, a map[string]*ours.RangeTable, b map[string]*unicode.RangeTable) {
	if len(a) != len(b) {
		t.Errorf("%s: %d tables, want %d", name, len(a), len(b))
	}
	for k, tb := range b {
		if !reflect.DeepEqual(convert(a[k]), tb) {
			t.Errorf("%s[%q] differs", name, k)
		}
	}
}

func TestTables(t *testing.T) {
	compareMaps(t, "Categories", ours.Categories, unicode.Categories)
	compareMaps(t, "Scripts", ours.Scripts, unicode.Scripts)
	compareMaps(t, "Properties", ours.Properties, unicode.Properties)
	compareMaps(t, "FoldCategory", ours.FoldCategory, unicode.FoldCategory)
	compareMaps(t, "FoldScript", ours.FoldScript, unicode.FoldScript)
	if !reflect.DeepEqual(ours.CategoryAliases, unicode.CategoryAliases) {
		t.Errorf("CategoryAliases differ")
	}
	// Exported variables are the maps' tables, and aliases are the same
	// pointers.
	pairs := []struct {
		name string
		a    *ours.RangeTable
		b    *unicode.RangeTable
		in   *ours.RangeTable
	}{
		{"Letter", ours.Letter, unicode.Letter, ours.Categories["L"]},
		{"Upper", ours.Upper, unicode.Upper, ours.Categories["Lu"]},
		{"Lower", ours.Lower, unicode.Lower, ours.Categories["Ll"]},
		{"Title", ours.Title, unicode.Title, ours.Categories["Lt"]},
		{"Digit", ours.Digit, unicode.Digit, ours.Categories["Nd"]},
		{"Space", ours.Space, unicode.Space, ours.Categories["Z"]},
		{"Punct", ours.Punct, unicode.Punct, ours.Categories["P"]},
		{"Symbol", ours.Symbol, unicode.Symbol, ours.Categories["S"]},
		{"Mark", ours.Mark, unicode.Mark, ours.Categories["M"]},
		{"Number", ours.Number, unicode.Number, ours.Categories["N"]},
		{"Other", ours.Other, unicode.Other, ours.Categories["C"]},
		{"LC", ours.LC, unicode.LC, ours.Categories["LC"]},
		{"Latin", ours.Latin, unicode.Latin, ours.Scripts["Latin"]},
		{"Han", ours.Han, unicode.Han, ours.Scripts["Han"]},
		{"White_Space", ours.White_Space, unicode.White_Space, ours.Properties["White_Space"]},
	}
	for _, p := range pairs {
		if p.a != p.in || !reflect.DeepEqual(convert(p.a), p.b) {
			t.Errorf("%s differs", p.name)
		}
	}
	if len(ours.CaseRanges) != len(unicode.CaseRanges) {
		t.Fatalf("CaseRanges: %d, want %d", len(ours.CaseRanges), len(unicode.CaseRanges))
	}
	for i, c := range ours.CaseRanges {
		u := unicode.CaseRanges[i]
		if c.Lo != u.Lo || c.Hi != u.Hi || [3]rune(c.Delta) != [3]rune(u.Delta) {
			t.Errorf("CaseRanges[%d] = %v, want %v", i, c, u)
		}
	}
	if len(ours.GraphicRanges) != 6 || len(ours.PrintRanges) != 5 {
		t.Errorf("GraphicRanges/PrintRanges lengths")
	}
}

func runes() []rune {
	rs := []rune{-1, -2, -0x80000000, 0x7FFFFFFF, unicode.MaxRune + 1, 0x7FFFFFFF - 1}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		rs = append(rs, r)
	}
	return rs
}

func TestPredicates(t *testing.T) {
	preds := []struct {
		name string
		a, b func(rune) bool
	}{
		{"IsGraphic", ours.IsGraphic, unicode.IsGraphic},
		{"IsPrint", ours.IsPrint, unicode.IsPrint},
		{"IsControl", ours.IsControl, unicode.IsControl},
		{"IsLetter", ours.IsLetter, unicode.IsLetter},
		{"IsMark", ours.IsMark, unicode.IsMark},
		{"IsNumber", ours.IsNumber, unicode.IsNumber},
		{"IsPunct", ours.IsPunct, unicode.IsPunct},
		{"IsSpace", ours.IsSpace, unicode.IsSpace},
		{"IsSymbol", ours.IsSymbol, unicode.IsSymbol},
		{"IsDigit", ours.IsDigit, unicode.IsDigit},
		{"IsUpper", ours.IsUpper, unicode.IsUpper},
		{"IsLower", ours.IsLower, unicode.IsLower},
		{"IsTitle", ours.IsTitle, unicode.IsTitle},
	}
	maps := []struct {
		name string
		a, b func(rune) rune
	}{
		{"ToUpper", ours.ToUpper, unicode.ToUpper},
		{"ToLower", ours.ToLower, unicode.ToLower},
		{"ToTitle", ours.ToTitle, unicode.ToTitle},
		{"SimpleFold", ours.SimpleFold, unicode.SimpleFold},
		{"TurkishCase.ToUpper", ours.TurkishCase.ToUpper, unicode.TurkishCase.ToUpper},
		{"TurkishCase.ToLower", ours.TurkishCase.ToLower, unicode.TurkishCase.ToLower},
		{"AzeriCase.ToTitle", ours.AzeriCase.ToTitle, unicode.AzeriCase.ToTitle},
		{"To(-1)", func(r rune) rune { return ours.To(-1, r) }, func(r rune) rune { return unicode.To(-1, r) }},
		{"To(3)", func(r rune) rune { return ours.To(3, r) }, func(r rune) rune { return unicode.To(3, r) }},
		{"To(Title)", func(r rune) rune { return ours.To(ours.TitleCase, r) }, func(r rune) rune { return unicode.To(unicode.TitleCase, r) }},
	}
	for _, r := range runes() {
		for _, p := range preds {
			if x, y := p.a(r), p.b(r); x != y {
				t.Errorf("%s(%U) = %v, want %v", p.name, r, x, y)
			}
		}
		for _, m := range maps {
			if x, y := m.a(r), m.b(r); x != y {
				t.Errorf("%s(%U) = %U, want %U", m.name, r, x, y)
			}
		}
	}
}

func TestIsEveryTable(t *testing.T) {
	all := map[string]*unicode.RangeTable{}
	mine := map[string]*ours.RangeTable{}
	for k, v := range unicode.Categories {
		all["c"+k], mine["c"+k] = v, ours.Categories[k]
	}
	for k, v := range unicode.Scripts {
		all["s"+k], mine["s"+k] = v, ours.Scripts[k]
	}
	for k, v := range unicode.Properties {
		all["p"+k], mine["p"+k] = v, ours.Properties[k]
	}
	for k, v := range unicode.FoldCategory {
		all["f"+k], mine["f"+k] = v, ours.FoldCategory[k]
	}
	for k, v := range unicode.FoldScript {
		all["g"+k], mine["g"+k] = v, ours.FoldScript[k]
	}
	rs := runes()
	for k, tb := range all {
		my := mine[k]
		for _, r := range rs {
			if x, y := ours.Is(my, r), unicode.Is(tb, r); x != y {
				t.Fatalf("Is(%s, %U) = %v, want %v", k, r, x, y)
			}
		}
	}
	if !ours.In('a', ours.Greek, ours.Latin) || ours.In('a') || !ours.IsOneOf([]*ours.RangeTable{ours.Digit}, '7') {
		t.Errorf("In/IsOneOf")
	}
}

// User tables: unsorted, strided, short and long, as Go searches them.
func TestUserTables(t *testing.T) {
	var r16 []ours.Range16
	var u16 []unicode.Range16
	var r32 []ours.Range32
	var u32 []unicode.Range32
	for i := 0; i < 40; i++ {
		lo := uint16((i * 7919) % 60000)
		hi := lo + uint16(i%5)*3
		st := uint16(1 + i%3)
		r16 = append(r16, ours.Range16{Lo: lo, Hi: hi, Stride: st})
		u16 = append(u16, unicode.Range16{Lo: lo, Hi: hi, Stride: st})
		l32 := uint32(0x10000 + (i*104729)%0x100000)
		r32 = append(r32, ours.Range32{Lo: l32, Hi: l32 + uint32(i%4)*5, Stride: uint32(1 + i%5)})
		u32 = append(u32, unicode.Range32{Lo: l32, Hi: l32 + uint32(i%4)*5, Stride: uint32(1 + i%5)})
	}
	for _, n := range []int{0, 1, 5, 18, 19, 40} {
		a := &ours.RangeTable{R16: r16[:n], R32: r32[:n], LatinOffset: min(n, 2)}
		b := &unicode.RangeTable{R16: u16[:n], R32: u32[:n], LatinOffset: min(n, 2)}
		for r := rune(-5); r < 0x110010; r += 1 + r%7 {
			if x, y := ours.Is(a, r), unicode.Is(b, r); x != y {
				t.Fatalf("Is(user %d, %U) = %v, want %v", n, r, x, y)
			}
		}
	}
	sc := ours.SpecialCase{{Lo: 0x100, Hi: 0x10F, Delta: [3]rune{ours.UpperLower, ours.UpperLower, ours.UpperLower}}, {Lo: 0x41, Hi: 0x41, Delta: [3]rune{0, 5, 0}}, {Lo: 0x30, Hi: 0x30, Delta: [3]rune{0, 0, 0}}}
	uc := unicode.SpecialCase{{Lo: 0x100, Hi: 0x10F, Delta: [3]rune{unicode.UpperLower, unicode.UpperLower, unicode.UpperLower}}, {Lo: 0x41, Hi: 0x41, Delta: [3]rune{0, 5, 0}}, {Lo: 0x30, Hi: 0x30, Delta: [3]rune{0, 0, 0}}}
	for r := rune(-1); r < 0x200; r++ {
		if sc.ToUpper(r) != uc.ToUpper(r) || sc.ToLower(r) != uc.ToLower(r) || sc.ToTitle(r) != uc.ToTitle(r) {
			t.Errorf("SpecialCase at %U", r)
		}
	}
}
