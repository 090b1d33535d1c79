// Package sync declares Go's mutual-exclusion locks, wait groups, once
// values, condition variables, the concurrent Map and Pool.
//
// The structs keep Go's layouts, which the runtime relies on: a Mutex is
// {state int32; sema uint32} (Go nests it as internal/sync.Mutex), and
// RWMutex, WaitGroup, Once and Cond hold the same fields as Go's.
//
// Missing bodies: everything that blocks or touches a semaphore (Mutex,
// RWMutex, WaitGroup.Add/Wait, Once.Do, Cond, Map, Pool) is provided by the
// runtime (sema.go's semacquire/semrelease, notifyList). The once helpers,
// RLocker, WaitGroup.Done and WaitGroup.Go are written here.
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
func (rw *RWMutex) TryRLock() bool
func (rw *RWMutex) RUnlock()
func (rw *RWMutex) Lock()
func (rw *RWMutex) TryLock() bool
func (rw *RWMutex) Unlock()

// RLocker returns a Locker whose Lock and Unlock are rw's RLock and RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }
