// Package time declares the measurement and display of time: instants,
// durations, locations, timers and tickers, layouts for formatting and
// parsing.
//
// Missing bodies: nearly all. Timers, tickers and Sleep belong to the
// runtime (its per-P timer heap); the wall and monotonic clocks, calendar
// arithmetic, formatting, parsing and zone loading are for a later issue.
// Time keeps Go's layout {wall uint64; ext int64; loc *Location}, Timer and
// Ticker theirs (a channel and the runtime's flag).
package time

func Sleep(d Duration)

type Timer struct {
	C         <-chan Time
	initTimer bool
}

func (t *Timer) Stop() bool

func (t *Timer) Reset(d Duration) bool

func NewTimer(d Duration) *Timer

func After(d Duration) <-chan Time

func AfterFunc(d Duration, f func()) *Timer

type Ticker struct {
	C          <-chan Time
	initTicker bool
}

func (t *Ticker) Stop()

func (t *Ticker) Reset(d Duration)

func NewTicker(d Duration) *Ticker

func Tick(d Duration) <-chan Time

const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
	DateTime    = "2006-01-02 15:04:05"
	DateOnly    = "2006-01-02"
	TimeOnly    = "15:04:05"
)

type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

func (e *ParseError) Error() string

func Parse(layout string, value string) (Time, error)

func ParseInLocation(layout string, value string, loc *Location) (Time, error)

func ParseDuration(s string) (Duration, error)

type Time struct {
	wall uint64
	ext  int64
	loc  *Location
}

func (t Time) String() string

func (t Time) GoString() string

func (t Time) Format(layout string) string

func (t Time) AppendFormat(b []byte, layout string) []byte

func (t Time) IsZero() bool

func (t Time) After(u Time) bool

func (t Time) Before(u Time) bool

func (t Time) Compare(u Time) int

func (t Time) Equal(u Time) bool

func (t Time) Date() (year int, month Month, day int)

func (t Time) Year() int

func (t Time) Month() Month

func (t Time) Day() int

func (t Time) Weekday() Weekday

func (t Time) ISOWeek() (year int, week int)

func (t Time) Clock() (hour int, min int, sec int)

func (t Time) Hour() int

func (t Time) Minute() int

func (t Time) Second() int

func (t Time) Nanosecond() int

func (t Time) YearDay() int

func (t Time) Add(d Duration) Time

func (t Time) Sub(u Time) Duration

func (t Time) AddDate(years int, months int, days int) Time

func (t Time) UTC() Time

func (t Time) Local() Time

func (t Time) In(loc *Location) Time

func (t Time) Location() *Location

func (t Time) Zone() (name string, offset int)

func (t Time) ZoneBounds() (start Time, end Time)

func (t Time) Unix() int64

func (t Time) UnixMilli() int64

func (t Time) UnixMicro() int64

func (t Time) UnixNano() int64

func (t Time) AppendBinary(b []byte) ([]byte, error)

func (t Time) MarshalBinary() ([]byte, error)

func (t *Time) UnmarshalBinary(data []byte) error

func (t Time) GobEncode() ([]byte, error)

func (t *Time) GobDecode(data []byte) error

func (t Time) MarshalJSON() ([]byte, error)

func (t *Time) UnmarshalJSON(data []byte) error

func (t Time) AppendText(b []byte) ([]byte, error)

func (t Time) MarshalText() ([]byte, error)

func (t *Time) UnmarshalText(data []byte) error

func (t Time) IsDST() bool

func (t Time) Truncate(d Duration) Time

func (t Time) Round(d Duration) Time

type Month int

func (m Month) String() string

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

type Weekday int

func (d Weekday) String() string

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

type Duration int64

func (d Duration) String() string

// Nanoseconds returns d as an integer nanosecond count.
func (d Duration) Nanoseconds() int64 { return int64(d) }

// Microseconds returns d as an integer microsecond count.
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

// Milliseconds returns d as an integer millisecond count.
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// Seconds returns d as a floating-point number of seconds; whole seconds
// and the remainder are converted apart to keep precision.
func (d Duration) Seconds() float64 {
	sec, nsec := d/Second, d%Second
	return float64(sec) + float64(nsec)/1e9
}

// Minutes returns d as a floating-point number of minutes.
func (d Duration) Minutes() float64 {
	min, nsec := d/Minute, d%Minute
	return float64(min) + float64(nsec)/(60*1e9)
}

// Hours returns d as a floating-point number of hours.
func (d Duration) Hours() float64 {
	hour, nsec := d/Hour, d%Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}

func (d Duration) Truncate(m Duration) Duration

func (d Duration) Round(m Duration) Duration

// Abs returns |d|; the most negative Duration gives the most positive.
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	}
	return -d
}

// The common durations. There is no Day or longer unit, to avoid
// confusion across daylight-saving transitions.
const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// Since returns the time elapsed since t.
func Since(t Time) Duration { return Now().Sub(t) }

// Until returns the duration until t.
func Until(t Time) Duration { return t.Sub(Now()) }

func Now() Time

func Unix(sec int64, nsec int64) Time

func UnixMilli(msec int64) Time

func UnixMicro(usec int64) Time

func Date(year int, month Month, day int, hour int, min int, sec int, nsec int, loc *Location) Time

type Location struct {
	name       string
	zone       []zone
	tx         []zoneTrans
	extend     string
	cacheStart int64
	cacheEnd   int64
	cacheZone  *zone
}

func (l *Location) String() string

// UTC is Coordinated Universal Time.
var UTC *Location = &utcLoc

var utcLoc = Location{name: "UTC"}

// Local is the system's time zone, loaded from TZ or /etc/localtime on
// first use.
var Local *Location = &localLoc

var localLoc Location

func FixedZone(name string, offset int) *Location

func LoadLocation(name string) (*Location, error)

func LoadLocationFromTZData(name string, data []byte) (*Location, error)

type zone struct {
	name   string
	offset int
	isDST  bool
}

type zoneTrans struct {
	when  int64
	index uint8
	isstd bool
	isutc bool
}
