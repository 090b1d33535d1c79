// Package debug declares the runtime's self-inspection and tuning knobs:
// GC settings and statistics, stack traces, build information, crash output.
//
// Everything is Go here. Without a collector, the GC knobs only remember
// their settings and ReadGCStats reports no collection; ReadBuildInfo
// reports none (a program compiled in memory has no build record), and
// the build information types' String and ParseBuildInfo are for a later
// issue.
package debug

import (
	"os"
	"runtime"
	"time"
)

type GCStats struct {
	LastGC         time.Time
	NumGC          int64
	PauseTotal     time.Duration
	Pause          []time.Duration
	PauseEnd       []time.Time
	PauseQuantiles []time.Duration
}

// ReadGCStats reports the collections so far: none.
func ReadGCStats(stats *GCStats) {
	stats.LastGC = time.Unix(0, 0)
	stats.NumGC = 0
	stats.PauseTotal = 0
	stats.Pause = stats.Pause[:0]
	stats.PauseEnd = stats.PauseEnd[:0]
	clear(stats.PauseQuantiles)
}

var (
	gcPercent      = -2 // unset: read $GOGC on first use
	maxStack       = 1000000000
	maxThreads     = 10000
	panicOnFault   = false
	memoryLimit    = int64(1<<63 - 1)
	tracebackLevel = "single"
)

// SetGCPercent sets the collector's target percentage (a negative value
// turns collection off) and returns the previous one: 100, or $GOGC.
func SetGCPercent(percent int) int {
	if gcPercent == -2 {
		gcPercent = 100
		if v := os.Getenv("GOGC"); v == "off" {
			gcPercent = -1
		} else if n, ok := atoi(v); ok {
			gcPercent = n
		}
	}
	old := gcPercent
	if percent < 0 {
		percent = -1
	}
	gcPercent = percent
	return old
}

func atoi(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' || n > 1<<30 {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// FreeOSMemory forces a collection and returns memory to the system:
// nothing to do without a collector.
func FreeOSMemory() { runtime.GC() }

// SetMaxStack sets the largest stack a goroutine may grow (recorded only;
// the runtime's limit is Go's default) and returns the previous setting.
func SetMaxStack(bytes int) int {
	old := maxStack
	maxStack = bytes
	return old
}

// SetMaxThreads sets the limit on OS threads (recorded only) and returns
// the previous one.
func SetMaxThreads(threads int) int {
	old := maxThreads
	maxThreads = threads
	return old
}

// SetPanicOnFault records the setting and returns the previous one.
func SetPanicOnFault(enabled bool) bool {
	old := panicOnFault
	panicOnFault = enabled
	return old
}

// WriteHeapDump writes nothing: there is no heap dump format.
func WriteHeapDump(fd uintptr) {}

// SetTraceback records the level of detail of crash tracebacks.
func SetTraceback(level string) { tracebackLevel = level }

// SetMemoryLimit sets the soft memory limit (recorded only) and returns
// the previous one; a negative limit only queries.
func SetMemoryLimit(limit int64) int64 {
	old := memoryLimit
	if limit >= 0 {
		memoryLimit = limit
	}
	return old
}

// ReadBuildInfo reports that there is no build information: the program
// was compiled in memory.
func ReadBuildInfo() (info *BuildInfo, ok bool) { return nil, false }

type BuildInfo struct {
	GoVersion string         "json:\",omitempty\""
	Path      string         "json:\",omitempty\""
	Main      Module         "json:\"\""
	Deps      []*Module      "json:\",omitempty\""
	Settings  []BuildSetting "json:\",omitempty\""
}

func (bi *BuildInfo) String() string

type Module struct {
	Path    string  "json:\",omitempty\""
	Version string  "json:\",omitempty\""
	Sum     string  "json:\",omitempty\""
	Replace *Module "json:\",omitempty\""
}

type BuildSetting struct {
	Key   string "json:\",omitempty\""
	Value string "json:\",omitempty\""
}

func ParseBuildInfo(data string) (bi *BuildInfo, err error)

// PrintStack writes Stack's trace to standard error.
func PrintStack() { os.Stderr.Write(Stack()) }

// Stack returns runtime.Stack's trace of the calling goroutine.
func Stack() []byte {
	buf := make([]byte, 1024)
	for {
		n := runtime.Stack(buf, false)
		if n < len(buf) {
			return buf[:n]
		}
		buf = make([]byte, 2*len(buf))
	}
}

type CrashOptions struct {
}

// SetCrashOutput records nothing: crashes go to standard error.
func SetCrashOutput(f *os.File, opts CrashOptions) error { return nil }
