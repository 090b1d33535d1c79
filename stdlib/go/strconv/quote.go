package strconv

func Quote(s string) string

func AppendQuote(dst []byte, s string) []byte

func QuoteToASCII(s string) string

func AppendQuoteToASCII(dst []byte, s string) []byte

func QuoteToGraphic(s string) string

func AppendQuoteToGraphic(dst []byte, s string) []byte

func QuoteRune(r rune) string

func AppendQuoteRune(dst []byte, r rune) []byte

func QuoteRuneToASCII(r rune) string

func AppendQuoteRuneToASCII(dst []byte, r rune) []byte

func QuoteRuneToGraphic(r rune) string

func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte

func CanBackquote(s string) bool

// UnquoteChar decodes the first character or escape sequence of s, the
// body of a literal quoted by quote.
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	v, mb, t, ok := unquoteChar(s, quote)
	if !ok {
		return 0, false, "", ErrSyntax
	}
	return v, mb, t, nil
}

// QuotedPrefix returns the quoted string literal at the start of s, as
// written.
func QuotedPrefix(s string) (string, error) {
	out, ok := unquote(s, false)
	if !ok {
		return "", ErrSyntax
	}
	return out, nil
}

// Unquote interprets s as a single-quoted, double-quoted or back-quoted Go
// literal and returns its value (a character literal gives the character).
func Unquote(s string) (string, error) {
	out, ok := unquote(s, true)
	if !ok {
		return "", ErrSyntax
	}
	return out, nil
}

func IsPrint(r rune) bool

func IsGraphic(r rune) bool

// unquote is Unquote (unescape) or QuotedPrefix (!unescape); ok is false
// for a syntax error.
func unquote(s string, unescape bool) (out string, ok bool)

// unquoteChar is UnquoteChar with ok false for a syntax error.
func unquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, ok bool)
