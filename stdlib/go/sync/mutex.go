// Package sync declares Go's mutual-exclusion locks, wait groups, once
// values, condition variables, the concurrent Map and Pool.
//
// The structs keep Go's layouts, which the runtime relies on: a Mutex is
// {state int32; sema uint32} (Go nests it as internal/sync.Mutex), and
// RWMutex, WaitGroup, Once and Cond hold the same fields as Go's.
//
// Natives (stdlib/src/sync.rs): what blocks or touches a semaphore, bound
// to the runtime's implementations on these layouts: Mutex's methods,
// RWMutex's RLock/RUnlock/Lock/Unlock, WaitGroup.Add/Wait, Once.Do and the
// notifyList operations Cond uses. Written here in Go: RWMutex's TryRLock
// and TryLock, Cond (which calls c.L's methods as Go code), Map and Pool
// (a mutex over a Go map, and one P's worth of Go's pool), the once
// helpers, RLocker, WaitGroup.Done and WaitGroup.Go.
package sync

import "sync/atomic"

// A Locker is anything that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// noCopy makes go vet's copylocks check flag copies of the types that hold
// it; it takes no space.
type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}

// Mutex is a mutual-exclusion lock; its zero value is unlocked. state holds
// the locked, woken and starving bits and the waiter count; sema is the
// semaphore waiters park on.
type Mutex struct {
	state int32
	sema  uint32
}

func (m *Mutex) Lock()
func (m *Mutex) TryLock() bool
func (m *Mutex) Unlock()

// RWMutex is a reader/writer mutual-exclusion lock; its zero value is
// unlocked.
type RWMutex struct {
	w           Mutex        // held by a pending or active writer
	writerSem   uint32       // a writer waits here for readers to leave
	readerSem   uint32       // readers wait here for a writer to leave
	readerCount atomic.Int32 // pending readers, minus rwmutexMaxReaders while a writer is pending
	readerWait  atomic.Int32 // readers the pending writer still waits for
}

func (rw *RWMutex) RLock()
func (rw *RWMutex) RUnlock()
func (rw *RWMutex) Lock()
func (rw *RWMutex) Unlock()

// rwmutexMaxReaders is subtracted from readerCount while a writer holds or
// waits for the lock, so readers see a negative count.
const rwmutexMaxReaders = 1 << 30

// TryRLock read-locks rw if no writer holds or waits for it, and reports
// whether it did.
func (rw *RWMutex) TryRLock() bool {
	for {
		c := rw.readerCount.Load()
		if c < 0 {
			return false
		}
		if rw.readerCount.CompareAndSwap(c, c+1) {
			return true
		}
	}
}

// TryLock write-locks rw if nobody holds it, and reports whether it did.
func (rw *RWMutex) TryLock() bool {
	if !rw.w.TryLock() {
		return false
	}
	if !rw.readerCount.CompareAndSwap(0, -rwmutexMaxReaders) {
		rw.w.Unlock()
		return false
	}
	return true
}

// RLocker returns a Locker whose Lock and Unlock are rw's RLock and RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }
