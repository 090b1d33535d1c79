// Package atomic declares Go's low-level atomic memory primitives and the
// typed atomic values built on them.
//
// Natives: the package-level functions (stdlib/src/atomic.rs: the
// machine's sequentially consistent atomic instructions) and
// runtime_yield. The typed values' methods and Value's are written here in
// terms of the functions.
package atomic

import "unsafe"

// The Swap functions store new into *addr and return the previous value.
func SwapInt64(addr *int64, new int64) (old int64)
func SwapUint64(addr *uint64, new uint64) (old uint64)
func SwapInt32(addr *int32, new int32) (old int32)
func SwapUint32(addr *uint32, new uint32) (old uint32)
func SwapUintptr(addr *uintptr, new uintptr) (old uintptr)
func SwapPointer(addr *unsafe.Pointer, new unsafe.Pointer) (old unsafe.Pointer)

// The CompareAndSwap functions store new into *addr if it holds old, and report
// whether they did.
func CompareAndSwapInt64(addr *int64, old int64, new int64) (swapped bool)
func CompareAndSwapUint64(addr *uint64, old uint64, new uint64) (swapped bool)
func CompareAndSwapInt32(addr *int32, old int32, new int32) (swapped bool)
func CompareAndSwapUint32(addr *uint32, old uint32, new uint32) (swapped bool)
func CompareAndSwapUintptr(addr *uintptr, old uintptr, new uintptr) (swapped bool)
func CompareAndSwapPointer(addr *unsafe.Pointer, old unsafe.Pointer, new unsafe.Pointer) (swapped bool)

// The Add functions add delta to *addr and return the new value.
func AddInt64(addr *int64, delta int64) (new int64)
func AddUint64(addr *uint64, delta uint64) (new uint64)
func AddInt32(addr *int32, delta int32) (new int32)
func AddUint32(addr *uint32, delta uint32) (new uint32)
func AddUintptr(addr *uintptr, delta uintptr) (new uintptr)

// The And functions and *addr with mask and return the previous value.
func AndInt64(addr *int64, mask int64) (old int64)
func AndUint64(addr *uint64, mask uint64) (old uint64)
func AndInt32(addr *int32, mask int32) (old int32)
func AndUint32(addr *uint32, mask uint32) (old uint32)
func AndUintptr(addr *uintptr, mask uintptr) (old uintptr)

// The Or functions or *addr with mask and return the previous value.
func OrInt64(addr *int64, mask int64) (old int64)
func OrUint64(addr *uint64, mask uint64) (old uint64)
func OrInt32(addr *int32, mask int32) (old int32)
func OrUint32(addr *uint32, mask uint32) (old uint32)
func OrUintptr(addr *uintptr, mask uintptr) (old uintptr)

// The Load functions return *addr.
func LoadInt64(addr *int64) (val int64)
func LoadUint64(addr *uint64) (val uint64)
func LoadInt32(addr *int32) (val int32)
func LoadUint32(addr *uint32) (val uint32)
func LoadUintptr(addr *uintptr) (val uintptr)
func LoadPointer(addr *unsafe.Pointer) (val unsafe.Pointer)

// The Store functions store val into *addr.
func StoreInt64(addr *int64, val int64)
func StoreUint64(addr *uint64, val uint64)
func StoreInt32(addr *int32, val int32)
func StoreUint32(addr *uint32, val uint32)
func StoreUintptr(addr *uintptr, val uintptr)
func StorePointer(addr *unsafe.Pointer, val unsafe.Pointer)
