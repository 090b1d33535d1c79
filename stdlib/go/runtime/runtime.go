// Package runtime declares the API of Go's runtime: goroutine and scheduler
// control, callers and frames, profiling, memory statistics, finalizers and
// cleanups, and the runtime's error types.
//
// Missing bodies: nearly all, which gorun's runtime crate provides natively.
// Unexported types stand in for the runtime's own (_type, funcInfo, pinner)
// with the sizes of Go's.
package runtime

import "unsafe"

// Compiler is the name of the toolchain whose conventions gorun follows.
const Compiler = "gc"

func SetCPUProfileRate(hz int)

func CPUProfile() []byte

func GOMAXPROCS(n int) int

func SetDefaultGOMAXPROCS()

func NumCPU() int

func NumCgoCall() int64

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

func (t *TypeAssertionError) RuntimeError()

func (e *TypeAssertionError) Error() string

func Goexit()

type PanicNilError struct {
	_ [0]*PanicNilError
}

func (p *PanicNilError) Error() string

func (p *PanicNilError) RuntimeError()

func Caller(skip int) (pc uintptr, file string, line int, ok bool)

func Callers(skip int, pc []uintptr) int

func GOROOT() string

func Version() string

// GOOS and GOARCH are the target gorun runs on.
const (
	GOOS   string = "linux"
	GOARCH string = "amd64"
)

type Pinner struct {
	*pinner
}

func (p *Pinner) Pin(pointer any)

func (p *Pinner) Unpin()

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
func addCleanup(p unsafe.Pointer, fn func()) uint64

type Cleanup struct {
	id  uint64
	ptr uintptr
}

func (c Cleanup) Stop()

type Frames struct {
	callers    []uintptr
	nextPC     uintptr
	frames     []Frame
	frameStore [2]Frame
}

func (ci *Frames) Next() (frame Frame, more bool)

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

func CallersFrames(callers []uintptr) *Frames

type Func struct {
	opaque struct{}
}

func (f *Func) Name() string

func (f *Func) Entry() uintptr

func (f *Func) FileLine(pc uintptr) (file string, line int)

func FuncForPC(pc uintptr) *Func

func SetFinalizer(obj any, finalizer any)

func KeepAlive(x any)

func GC()

func StartTrace() error

func StopTrace()

func ReadTrace() (buf []byte)

func SetCgoTraceback(version int, traceback unsafe.Pointer, context unsafe.Pointer, symbolizer unsafe.Pointer)

func SetBlockProfileRate(rate int)

func SetMutexProfileFraction(rate int) int

type StackRecord struct {
	Stack0 [32]uintptr
}

func (r *StackRecord) Stack() []uintptr

var MemProfileRate int

type MemProfileRecord struct {
	AllocBytes   int64
	FreeBytes    int64
	AllocObjects int64
	FreeObjects  int64
	Stack0       [32]uintptr
}

func (r *MemProfileRecord) InUseBytes() int64

func (r *MemProfileRecord) InUseObjects() int64

func (r *MemProfileRecord) Stack() []uintptr

func MemProfile(p []MemProfileRecord, inuseZero bool) (n int, ok bool)

type BlockProfileRecord struct {
	Count  int64
	Cycles int64
	StackRecord
}

func BlockProfile(p []BlockProfileRecord) (n int, ok bool)

func MutexProfile(p []BlockProfileRecord) (n int, ok bool)

func ThreadCreateProfile(p []StackRecord) (n int, ok bool)

func GoroutineProfile(p []StackRecord) (n int, ok bool)

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
