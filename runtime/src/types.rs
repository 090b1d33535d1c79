//! Type descriptors, Go's `abi.Type` (`type.go`). The JIT emits one for
//! every Go type; the runtime reads size and alignment (channels), and the
//! GC of a later issue will read `ptrdata` and `gcdata`.
//!
//! Invariants: the layout is fixed (`repr(C)`); the first fields are those
//! of Go's abi.Type in Go's order.

/// Go's reflect.Kind numbering.
pub mod kind {
    pub const BOOL: u8 = 1;
    pub const INT: u8 = 2;
    pub const INT8: u8 = 3;
    pub const INT16: u8 = 4;
    pub const INT32: u8 = 5;
    pub const INT64: u8 = 6;
    pub const UINT: u8 = 7;
    pub const UINT8: u8 = 8;
    pub const UINT16: u8 = 9;
    pub const UINT32: u8 = 10;
    pub const UINT64: u8 = 11;
    pub const UINTPTR: u8 = 12;
    pub const FLOAT32: u8 = 13;
    pub const FLOAT64: u8 = 14;
    pub const COMPLEX64: u8 = 15;
    pub const COMPLEX128: u8 = 16;
    pub const ARRAY: u8 = 17;
    pub const CHAN: u8 = 18;
    pub const FUNC: u8 = 19;
    pub const INTERFACE: u8 = 20;
    pub const MAP: u8 = 21;
    pub const POINTER: u8 = 22;
    pub const SLICE: u8 = 23;
    pub const STRING: u8 = 24;
    pub const STRUCT: u8 = 25;
    pub const UNSAFE_POINTER: u8 = 26;
}

#[repr(C)]
pub struct Type {
    /// Size in bytes (offset 0).
    pub size: usize,
    /// Number of prefix bytes that can contain pointers (offset 8).
    pub ptrdata: usize,
    /// Hash of the type, for maps and type switches (offset 16).
    pub hash: u32,
    pub tflag: u8,
    pub align: u8,
    pub field_align: u8,
    /// `kind::*` (offset 23).
    pub kind: u8,
    /// Equality of two values of this type (nil: not comparable).
    pub equal: Option<extern "C" fn(*const u8, *const u8) -> bool>,
    /// Pointer bitmap, one bit per word of the first `ptrdata` bytes.
    pub gcdata: *const u8,
    /// Hash function of values (maps), seeded.
    pub hashfn: Option<extern "C" fn(*const u8, usize) -> usize>,
    /// Name as UTF-8 bytes.
    pub name: *const u8,
    pub name_len: usize,
    /// Element type (chan, pointer, slice, array, map value), or null.
    pub elem: *const Type,
    /// Reserved for the GC and reflection.
    pub reserved: [usize; 4],
}

unsafe impl Sync for Type {}

impl Type {
    /// A descriptor for a pointer-free type of the given size and alignment
    /// (tests and runtime-internal channels).
    pub const fn scalar(size: usize, align: u8, kind: u8) -> Type {
        Type {
            size,
            ptrdata: 0,
            hash: 0,
            tflag: 0,
            align,
            field_align: align,
            kind,
            equal: None,
            gcdata: std::ptr::null(),
            hashfn: None,
            name: std::ptr::null(),
            name_len: 0,
            elem: std::ptr::null(),
            reserved: [0; 4],
        }
    }
}

pub static TYPE_INT64: Type = Type::scalar(8, 8, kind::INT64);
pub static TYPE_STRUCT0: Type = Type::scalar(0, 1, kind::STRUCT);
