// Package unicode declares Unicode character properties: the range tables
// of categories, scripts and properties, case mappings and their tests.
//
// Missing: the contents of the tables in tables.go (declared with their
// types only) and the bodies that search them; both are for a later issue
// to generate from the Unicode data Go 1.27 uses (Version).
package unicode

// Version is the Unicode edition the tables describe.
const Version = "17.0.0"

func IsGraphic(r rune) bool

func IsPrint(r rune) bool

// IsOneOf reports whether r is in one of the ranges.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	for _, t := range ranges {
		if Is(t, r) {
			return true
		}
	}
	return false
}

// In reports whether r is in one of the ranges.
func In(r rune, ranges ...*RangeTable) bool {
	return IsOneOf(ranges, r)
}

func IsControl(r rune) bool

func IsLetter(r rune) bool

func IsMark(r rune) bool

func IsNumber(r rune) bool

func IsPunct(r rune) bool

func IsSpace(r rune) bool

func IsSymbol(r rune) bool

func IsDigit(r rune) bool

const (
	MaxRune         = '\U0010ffff'
	ReplacementChar = '\uFFFD'
	MaxASCII        = '\x7f'
	MaxLatin1       = '\u00FF'
)

type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int
}

type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

type SpecialCase []CaseRange

func (special SpecialCase) ToUpper(r rune) rune

func (special SpecialCase) ToTitle(r rune) rune

func (special SpecialCase) ToLower(r rune) rune

const (
	UpperCase = 0
	LowerCase = 1
	TitleCase = 2
	MaxCase   = 3
)

const (
	UpperLower = MaxRune + 1 // (cannot be a valid delta)
)

func Is(rangeTab *RangeTable, r rune) bool

func IsUpper(r rune) bool

func IsLower(r rune) bool

func IsTitle(r rune) bool

func To(_case int, r rune) rune

func ToUpper(r rune) rune

func ToLower(r rune) rune

func ToTitle(r rune) rune

func SimpleFold(r rune) rune

type d [3]rune
