// Package runtime declares the API of Go's runtime: goroutine and scheduler
// control, callers and frames, profiling, memory statistics, finalizers and
// cleanups, and the runtime's error types.
//
// Natives (stdlib/src/runtime.rs), bound to gorun's runtime: GOMAXPROCS,
// NumCPU, NumGoroutine, Gosched, Goexit, LockOSThread, UnlockOSThread,
// ReadMemStats, Breakpoint, Callers and Stack, and the helpers gogetenv,
// pcInfo, and the Error methods of TypeAssertionError and boundsError. The
// rest is Go here.
//
// What differs from Go until the runtime has a collector: GC is a no-op, SetFinalizer and AddCleanup
// record nothing (no object is ever collected, so no finalizer would have
// run yet), and Callers returns the return addresses found by walking
// frame pointers, which CallersFrames, FuncForPC and Caller name from the
// JIT's function table (Stack writes the goroutine headers only).
// The profiling entry points collect nothing. Unexported types stand in
// for the runtime's own (_type, funcInfo, pinner) with the sizes of Go's.
package runtime

import "unsafe"

// Compiler is the name of the toolchain whose conventions gorun follows.
const Compiler = "gc"

// SetCPUProfileRate does nothing: there is no CPU profiler.
func SetCPUProfileRate(hz int) {}

// CPUProfile panics, as Go's (it was replaced by runtime/pprof).
func CPUProfile() []byte {
	panic("CPUProfile no longer available")
}

func GOMAXPROCS(n int) int

// SetDefaultGOMAXPROCS sets GOMAXPROCS back to its default: the
// GOMAXPROCS environment variable if it holds a positive number, else the
// number of CPUs.
func SetDefaultGOMAXPROCS() {
	n := 0
	s := gogetenv("GOMAXPROCS")
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' || n > 1<<20 {
			n = 0
			break
		}
		n = n*10 + int(s[i]-'0')
	}
	if n <= 0 {
		n = NumCPU()
	}
	GOMAXPROCS(n)
}

// gogetenv returns the environment variable key as the process started
// with it. Native.
func gogetenv(key string) string

func NumCPU() int

// NumCgoCall returns 0: gorun makes no cgo calls.
func NumCgoCall() int64 { return 0 }

func NumGoroutine() int

type Error interface {
	error
	RuntimeError()
}

type TypeAssertionError struct {
	_interface    *_type
	concrete      *_type
	asserted      *_type
	missingMethod string
}

func (*TypeAssertionError) RuntimeError() {}

// Error describes the failed assertion as Go does: "interface conversion:
// interface {} is string, not int", "... is nil, not ...", or "...: missing
// method M". Native.
func (e *TypeAssertionError) Error() string

func Goexit()

type PanicNilError struct {
	_ [0]*PanicNilError
}

func (*PanicNilError) Error() string { return "runtime error: panic called with nil argument" }

func (*PanicNilError) RuntimeError() {}

// Caller reports the caller skip frames up: the position of its call, from
// the JIT's function table (ok is false for frames that are not compiled
// Go).
func Caller(skip int) (pc uintptr, file string, line int, ok bool) {
	var pcs [1]uintptr
	if Callers(skip+2, pcs[:]) == 0 {
		return 0, "", 0, false
	}
	frame, _ := CallersFrames(pcs[:]).Next()
	return frame.PC, frame.File, frame.Line, frame.Function != ""
}

// pcInfo names the compiled function containing pc, its file, the line
// of pc and the function's entry (all empty or zero outside Go code).
// Native.
func pcInfo(pc uintptr) (name, file string, line int, entry uintptr)

func Callers(skip int, pc []uintptr) int

// GOROOT returns $GOROOT; gorun was not built from a Go tree, so there is
// no default.
func GOROOT() string { return gogetenv("GOROOT") }

// Version is the Go release whose behaviour gorun reproduces.
func Version() string { return "go1.27.3" }

// GOOS and GOARCH are the target gorun runs on.
const (
	GOOS   string = "linux"
	GOARCH string = "amd64"
)

type Pinner struct {
	*pinner
}

// Pin keeps the object pointer points to in place; objects never move in
// gorun, so there is nothing to do.
func (p *Pinner) Pin(pointer any) {}

// Unpin unpins everything p pinned.
func (p *Pinner) Unpin() {}

func Gosched()

func Breakpoint()

func LockOSThread()

func UnlockOSThread()

// AddCleanup attaches cleanup(arg) to ptr, to run some time after ptr
// becomes unreachable.
func AddCleanup[T, S any](ptr *T, cleanup func(S), arg S) Cleanup {
	id := addCleanup(unsafe.Pointer(ptr), func() { cleanup(arg) })
	return Cleanup{id: id, ptr: uintptr(unsafe.Pointer(ptr))}
}

// addCleanup queues fn to run after the object at p is unreachable and
// returns the cleanup's id (the runtime's mcleanup.go).
func addCleanup(p unsafe.Pointer, fn func()) uint64 { return 0 }

type Cleanup struct {
	id  uint64
	ptr uintptr
}

// Stop cancels the cleanup (none is ever run without a collector).
func (c Cleanup) Stop() {}

type Frames struct {
	callers    []uintptr
	nextPC     uintptr
	frames     []Frame
	frameStore [2]Frame
}

// Next returns the next frame. Callers' PCs are return addresses: the
// frame's PC is the call's (one byte back), as Go's.
func (ci *Frames) Next() (frame Frame, more bool) {
	if len(ci.callers) == 0 {
		return Frame{}, false
	}
	pc := ci.callers[0]
	ci.callers = ci.callers[1:]
	name, file, line, entry := pcInfo(pc - 1)
	if name == "" {
		return Frame{PC: pc}, len(ci.callers) > 0
	}
	if pc > entry {
		pc--
	}
	f := &Func{name: name, entry: entry}
	return Frame{PC: pc, Func: f, Function: name, File: file, Line: line, Entry: entry}, len(ci.callers) > 0
}

type Frame struct {
	PC        uintptr
	Func      *Func
	Function  string
	File      string
	Line      int
	startLine int
	Entry     uintptr
	funcInfo  funcInfo
}

// CallersFrames walks the PCs Callers returned.
func CallersFrames(callers []uintptr) *Frames { return &Frames{callers: callers} }

// Func describes a compiled function: its name and entry.
type Func struct {
	name  string
	entry uintptr
}

func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return f.name
}

func (f *Func) Entry() uintptr {
	if f == nil {
		return 0
	}
	return f.entry
}

// FileLine reports the position of pc, which should be in f.
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	_, file, line, _ = pcInfo(pc)
	return file, line
}

// FuncForPC describes the function containing pc, or returns nil.
func FuncForPC(pc uintptr) *Func {
	name, _, _, entry := pcInfo(pc)
	if name == "" {
		return nil
	}
	return &Func{name: name, entry: entry}
}

// SetFinalizer records nothing: no object is collected yet, so no
// finalizer would have run.
func SetFinalizer(obj any, finalizer any) {}

// KeepAlive marks x as used up to this point.
func KeepAlive(x any) {}

// GC runs a garbage collection: there is no collector yet.
func GC() {}

// StartTrace fails: there is no execution tracer.
func StartTrace() error { return traceUnsupported{} }

type traceUnsupported struct{}

func (traceUnsupported) Error() string { return "runtime: tracing is not supported by gorun" }

func StopTrace() {}

func ReadTrace() (buf []byte) { return nil }

func SetCgoTraceback(version int, traceback unsafe.Pointer, context unsafe.Pointer, symbolizer unsafe.Pointer) {
}

// SetBlockProfileRate does nothing: there is no block profiler.
func SetBlockProfileRate(rate int) {}

var mutexProfileFraction int

// SetMutexProfileFraction sets the rate (nothing is profiled) and returns
// the previous one; a negative rate only queries.
func SetMutexProfileFraction(rate int) int {
	old := mutexProfileFraction
	if rate >= 0 {
		mutexProfileFraction = rate
	}
	return old
}

type StackRecord struct {
	Stack0 [32]uintptr
}

// Stack returns the record's PCs, up to the first 0.
func (r *StackRecord) Stack() []uintptr {
	for i, v := range r.Stack0 {
		if v == 0 {
			return r.Stack0[0:i]
		}
	}
	return r.Stack0[0:]
}

var MemProfileRate int = 512 * 1024

type MemProfileRecord struct {
	AllocBytes   int64
	FreeBytes    int64
	AllocObjects int64
	FreeObjects  int64
	Stack0       [32]uintptr
}

func (r *MemProfileRecord) InUseBytes() int64   { return r.AllocBytes - r.FreeBytes }
func (r *MemProfileRecord) InUseObjects() int64 { return r.AllocObjects - r.FreeObjects }

// Stack returns the record's PCs, up to the first 0.
func (r *MemProfileRecord) Stack() []uintptr {
	for i, v := range r.Stack0 {
		if v == 0 {
			return r.Stack0[0:i]
		}
	}
	return r.Stack0[0:]
}

// The profiles have no records: nothing is profiled.
func MemProfile(p []MemProfileRecord, inuseZero bool) (n int, ok bool) { return 0, true }

type BlockProfileRecord struct {
	Count  int64
	Cycles int64
	StackRecord
}

func BlockProfile(p []BlockProfileRecord) (n int, ok bool)  { return 0, true }
func MutexProfile(p []BlockProfileRecord) (n int, ok bool)  { return 0, true }
func ThreadCreateProfile(p []StackRecord) (n int, ok bool) { return 0, true }
func GoroutineProfile(p []StackRecord) (n int, ok bool)    { return 0, true }

func Stack(buf []byte, all bool) int

type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

func ReadMemStats(m *MemStats)

type pinner struct {
	refs     []unsafe.Pointer
	refStore [5]unsafe.Pointer
}

// _type is the runtime's type descriptor; its contents belong to the
// runtime.
type _type struct{}

// funcInfo locates a function's metadata: its _func record and the module
// that holds it (both the runtime's).
type funcInfo struct {
	_func unsafe.Pointer
	datap unsafe.Pointer
}
