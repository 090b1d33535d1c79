package sync

import (
	"sync/atomic"
	"unsafe"
)

// Map is a map safe for concurrent use, keyed and valued by any. The
// fields keep the size and pointer words of Go's (a hash-trie map); here
// root points to a mapState: a Go map under a mutex, made on first use.
type Map struct {
	_ noCopy
	m hashTrieMap
}

type hashTrieMap struct {
	inited   uint32
	initMu   Mutex
	root     unsafe.Pointer // *mapState
	keyHash  unsafe.Pointer
	valEqual unsafe.Pointer
	seed     uintptr
}

type mapState struct {
	mu Mutex
	m  map[any]any
}

// state returns the map's state, making it the first time.
func (m *Map) state() *mapState {
	if p := atomic.LoadPointer(&m.m.root); p != nil {
		return (*mapState)(p)
	}
	st := &mapState{m: make(map[any]any)}
	if atomic.CompareAndSwapPointer(&m.m.root, nil, unsafe.Pointer(st)) {
		return st
	}
	return (*mapState)(atomic.LoadPointer(&m.m.root))
}

// Load returns the value stored for key, if any.
func (m *Map) Load(key any) (value any, ok bool) {
	st := m.state()
	st.mu.Lock()
	value, ok = st.m[key]
	st.mu.Unlock()
	return
}

// Store sets the value for key.
func (m *Map) Store(key, value any) {
	st := m.state()
	st.mu.Lock()
	st.m[key] = value
	st.mu.Unlock()
}

// Clear deletes every entry.
func (m *Map) Clear() {
	st := m.state()
	st.mu.Lock()
	clear(st.m)
	st.mu.Unlock()
}

// LoadOrStore returns the value stored for key and true if there is one;
// otherwise it stores value and returns it and false.
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	st := m.state()
	st.mu.Lock()
	actual, loaded = st.m[key]
	if !loaded {
		st.m[key] = value
		actual = value
	}
	st.mu.Unlock()
	return
}

// LoadAndDelete deletes key's entry, returning its value if there was one.
func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	st := m.state()
	st.mu.Lock()
	value, loaded = st.m[key]
	if loaded {
		delete(st.m, key)
	}
	st.mu.Unlock()
	return
}

// Delete deletes key's entry.
func (m *Map) Delete(key any) {
	st := m.state()
	st.mu.Lock()
	delete(st.m, key)
	st.mu.Unlock()
}

// Swap stores value for key and returns the previous value, if any.
func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	st := m.state()
	st.mu.Lock()
	previous, loaded = st.m[key]
	st.m[key] = value
	st.mu.Unlock()
	return
}

// CompareAndSwap stores new for key if its value equals old (comparing as
// == does, panicking for incomparable values of the same type).
func (m *Map) CompareAndSwap(key, old, new any) (swapped bool) {
	st := m.state()
	st.mu.Lock()
	v, ok := st.m[key]
	if ok && v == old {
		st.m[key] = new
		swapped = true
	}
	st.mu.Unlock()
	return
}

// CompareAndDelete deletes key's entry if its value equals old.
func (m *Map) CompareAndDelete(key, old any) (deleted bool) {
	st := m.state()
	st.mu.Lock()
	v, ok := st.m[key]
	if ok && v == old {
		delete(st.m, key)
		deleted = true
	}
	st.mu.Unlock()
	return
}

// Range calls f for each entry until f returns false. It works on the
// entries present when it starts: f may change the map.
func (m *Map) Range(f func(key, value any) bool) {
	st := m.state()
	st.mu.Lock()
	keys := make([]any, 0, len(st.m))
	vals := make([]any, 0, len(st.m))
	for k, v := range st.m {
		keys = append(keys, k)
		vals = append(vals, v)
	}
	st.mu.Unlock()
	for i := range keys {
		if !f(keys[i], vals[i]) {
			break
		}
	}
}

// Pool is a set of temporary objects that may be reused; New, if set, makes
// one when the pool is empty. local and victim are the per-P pools of this
// and the previous GC cycle in Go; here local points to a poolState: one
// P's pool (a private slot, then a stack), under a mutex. With no
// collector yet, nothing is ever dropped from a pool.
type Pool struct {
	noCopy noCopy

	local     unsafe.Pointer // *poolState
	localSize uintptr

	victim     unsafe.Pointer
	victimSize uintptr

	New func() any
}

type poolState struct {
	mu      Mutex
	private any
	shared  []any
}

func (p *Pool) state() *poolState {
	if s := atomic.LoadPointer(&p.local); s != nil {
		return (*poolState)(s)
	}
	st := new(poolState)
	if atomic.CompareAndSwapPointer(&p.local, nil, unsafe.Pointer(st)) {
		return st
	}
	return (*poolState)(atomic.LoadPointer(&p.local))
}

// Put adds x to the pool (nothing for nil).
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	st := p.state()
	st.mu.Lock()
	if st.private == nil {
		st.private = x
	} else {
		st.shared = append(st.shared, x)
	}
	st.mu.Unlock()
}

// Get removes an item from the pool and returns it: the private one
// first, then the most recently put; if the pool is empty, New's result
// (nil without New).
func (p *Pool) Get() any {
	st := p.state()
	st.mu.Lock()
	x := st.private
	st.private = nil
	if x == nil && len(st.shared) > 0 {
		n := len(st.shared) - 1
		x = st.shared[n]
		st.shared[n] = nil
		st.shared = st.shared[:n]
	}
	st.mu.Unlock()
	if x == nil && p.New != nil {
		x = p.New()
	}
	return x
}
