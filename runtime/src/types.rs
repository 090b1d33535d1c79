//! Type descriptors, Go's `abi.Type` (`type.go`), and the layouts of Go's
//! multi-word values. The JIT emits one descriptor for every Go type a
//! program uses; the runtime reads size and alignment (channels, the
//! allocator), the GC reads `ptrdata` and `gcdata`, and the standard
//! library's natives (fmt, and reflection-like code) read the rest.
//!
//! Invariants:
//! - The layout is fixed (`repr(C)`); the first fields are those of Go's
//!   abi.Type in Go's order.
//! - `kind & KIND_MASK` is the reflect.Kind; `kind & KIND_DIRECT_IFACE` is
//!   set for pointer-shaped types (pointers, chans, maps, funcs,
//!   unsafe.Pointer, and structs/arrays whose only non-zero-size part is
//!   one such), whose values an interface holds in its data word itself;
//!   an interface holds any other value through a pointer to a copy.
//! - `name` is the type as reflect's `Type.String` writes it: `main.T`,
//!   `[]int`, `*main.T`, `map[string]int`, `struct { A int; B string }`,
//!   `func(int) string`, `interface {}`, `chan<- int`.
//! - `reserved` holds kind-specific data, read through the accessors below:
//!   `[0]`, `[1]` per kind (array length; struct fields and count; func
//!   parameters and counts; interface methods and count; map key and
//!   [`MapType`]; chan direction), `[2]` the [`Uncommon`] data of named
//!   types and types with methods (or null), `[3]` the GC's.
//! - A map type's `reserved[1]` points to its [`MapType`] (Go's
//!   abi.MapType fields past the common ones): the group layout the map
//!   implementation relies on, laid out by [`MapType::layout`] so that the
//!   JIT and the runtime agree, and the group's own descriptor through
//!   which groups are allocated (so the GC sees their keys and elements).

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

/// `kind` byte: the reflect.Kind in the low bits.
pub const KIND_MASK: u8 = (1 << 5) - 1;
/// `kind` byte: values are stored directly in an interface's data word.
pub const KIND_DIRECT_IFACE: u8 = 1 << 5;

/// `tflag` bits, as Go's abi.TFlag.
pub mod tflag {
    /// `reserved[2]` points to an [`Uncommon`](super::Uncommon).
    pub const UNCOMMON: u8 = 1 << 0;
    /// The type has a name (a defined type, or a predeclared one).
    pub const NAMED: u8 = 1 << 2;
    /// Equality and hashing may treat values as plain memory.
    pub const REGULAR_MEMORY: u8 = 1 << 3;
}

/// A Go string: `{ptr, len}` (gc's layout).
#[repr(C)]
#[derive(Copy, Clone, Debug)]
pub struct GoString {
    pub ptr: *const u8,
    pub len: isize,
}

impl GoString {
    pub const EMPTY: GoString = GoString {
        ptr: std::ptr::null(),
        len: 0,
    };
    /// The bytes of the string.
    ///
    /// # Safety
    /// `ptr` must point to `len` readable bytes (or `len` be 0).
    pub unsafe fn as_bytes<'a>(&self) -> &'a [u8] {
        if self.len <= 0 || self.ptr.is_null() {
            return &[];
        }
        unsafe { std::slice::from_raw_parts(self.ptr, self.len as usize) }
    }
    /// A string over static bytes (descriptors, literals).
    pub const fn from_static(s: &'static str) -> GoString {
        GoString {
            ptr: s.as_ptr(),
            len: s.len() as isize,
        }
    }
}

/// A Go slice: `{ptr, len, cap}`.
#[repr(C)]
#[derive(Copy, Clone, Debug)]
pub struct GoSlice {
    pub ptr: *mut u8,
    pub len: isize,
    pub cap: isize,
}

/// An empty interface value (`any`): `{type, data}`.
#[repr(C)]
#[derive(Copy, Clone, Debug)]
pub struct Eface {
    pub typ: *const Type,
    pub data: *mut u8,
}

/// A non-empty interface value: `{itab, data}`.
#[repr(C)]
#[derive(Copy, Clone, Debug)]
pub struct Iface {
    pub tab: *const Itab,
    pub data: *mut u8,
}

/// An interface table: the dynamic type's methods in the interface's
/// method order (Go's itab). `fun` has one entry per interface method.
#[repr(C)]
pub struct Itab {
    pub inter: *const Type,
    pub typ: *const Type,
    pub hash: u32,
    pub fun: [*const u8; 0],
}

/// A field of a struct type.
#[repr(C)]
pub struct StructField {
    pub name: GoString,
    pub typ: *const Type,
    pub offset: usize,
    /// The tag as written between quotes, interpreted (may be empty).
    pub tag: GoString,
    pub embedded: bool,
}

/// A method of an interface type, in the interface's method order.
#[repr(C)]
pub struct IMethod {
    pub name: GoString,
    /// Package path for unexported names (empty for exported ones).
    pub pkg_path: GoString,
    /// The method's func type (without receiver).
    pub typ: *const Type,
}

/// A method of a concrete type's method set (value or pointer receiver).
#[repr(C)]
pub struct Method {
    pub name: GoString,
    pub pkg_path: GoString,
    /// The method's func type (without receiver).
    pub mtyp: *const Type,
    /// Code called through an interface: the receiver is the interface's
    /// data word (a pointer to the value, or the value if direct).
    pub ifn: *const u8,
    /// Code called with the receiver value itself.
    pub tfn: *const u8,
}

/// Data of named types and types with methods (Go's uncommonType).
#[repr(C)]
pub struct Uncommon {
    pub pkg_path: GoString,
    /// Methods sorted by name (exported ones first, as Go sorts them).
    pub methods: *const Method,
    pub mcount: usize,
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
unsafe impl Sync for StructField {}
unsafe impl Sync for IMethod {}
unsafe impl Sync for Method {}
unsafe impl Sync for Uncommon {}
unsafe impl Send for GoString {}
unsafe impl Sync for GoString {}

/// Channel directions as reflect.ChanDir.
pub mod chandir {
    pub const RECV: usize = 1;
    pub const SEND: usize = 2;
    pub const BOTH: usize = 3;
}

impl Type {
    pub fn kind(&self) -> u8 {
        self.kind & KIND_MASK
    }
    pub fn is_direct_iface(&self) -> bool {
        self.kind & KIND_DIRECT_IFACE != 0
    }
    /// The type's string, as reflect writes it.
    pub fn name(&self) -> &str {
        if self.name.is_null() {
            return "";
        }
        // SAFETY: descriptors are emitted with valid UTF-8 names.
        unsafe {
            std::str::from_utf8_unchecked(std::slice::from_raw_parts(self.name, self.name_len))
        }
    }
    /// Element type of arrays, chans, maps, pointers, slices.
    pub fn elem(&self) -> Option<&Type> {
        // SAFETY: elem is null or points to a descriptor.
        unsafe { self.elem.as_ref() }
    }
    /// Length of an array type.
    pub fn array_len(&self) -> usize {
        self.reserved[0]
    }
    /// Direction of a chan type ([`chandir`]).
    pub fn chan_dir(&self) -> usize {
        self.reserved[0]
    }
    /// Key type of a map type.
    pub fn map_key(&self) -> Option<&Type> {
        // SAFETY: reserved[0] is null or a descriptor for map types.
        unsafe { (self.reserved[0] as *const Type).as_ref() }
    }
    /// The map-specific data of a map type (null for descriptors built
    /// without it).
    pub fn map_type(&self) -> Option<&MapType> {
        if self.kind() != kind::MAP {
            return None;
        }
        // SAFETY: for maps, reserved[1] is null or a MapType.
        unsafe { (self.reserved[1] as *const MapType).as_ref() }
    }
    /// Fields of a struct type.
    pub fn struct_fields(&self) -> &[StructField] {
        if self.kind() != kind::STRUCT || self.reserved[0] == 0 {
            return &[];
        }
        // SAFETY: for structs, reserved[0..2] are a field array and its length.
        unsafe {
            std::slice::from_raw_parts(self.reserved[0] as *const StructField, self.reserved[1])
        }
    }
    /// Methods of an interface type.
    pub fn interface_methods(&self) -> &[IMethod] {
        if self.kind() != kind::INTERFACE || self.reserved[0] == 0 {
            return &[];
        }
        // SAFETY: for interfaces, reserved[0..2] are a method array and its length.
        unsafe { std::slice::from_raw_parts(self.reserved[0] as *const IMethod, self.reserved[1]) }
    }
    /// Parameters then results of a func type, and the counts and
    /// variadic flag.
    pub fn func_params(&self) -> (&[*const Type], usize, usize, bool) {
        if self.kind() != kind::FUNC || self.reserved[0] == 0 {
            return (&[], 0, 0, false);
        }
        let w = self.reserved[1];
        let (nin, nout, variadic) = (w & 0xffff, (w >> 16) & 0xffff, w >> 31 & 1 == 1);
        // SAFETY: for funcs, reserved[0] points to nin+nout descriptors.
        let all = unsafe {
            std::slice::from_raw_parts(self.reserved[0] as *const *const Type, nin + nout)
        };
        (all, nin, nout, variadic)
    }
    /// Named types' and method-bearing types' extra data.
    pub fn uncommon(&self) -> Option<&Uncommon> {
        if self.tflag & tflag::UNCOMMON == 0 {
            return None;
        }
        // SAFETY: with tflag UNCOMMON, reserved[2] points to an Uncommon.
        unsafe { (self.reserved[2] as *const Uncommon).as_ref() }
    }
    /// The methods of the type's method set.
    pub fn methods(&self) -> &[Method] {
        match self.uncommon() {
            Some(u) if !u.methods.is_null() => {
                // SAFETY: methods points to mcount entries.
                unsafe { std::slice::from_raw_parts(u.methods, u.mcount) }
            }
            _ => &[],
        }
    }
}

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

/// Slots per map group (Go's abi.MapGroupSlots).
pub const MAP_GROUP_SLOTS: usize = 8;
/// Keys larger than this are stored through a pointer (abi.MapMaxKeyBytes).
pub const MAP_MAX_KEY_BYTES: usize = 128;
/// Elements larger than this are stored through a pointer (abi.MapMaxElemBytes).
pub const MAP_MAX_ELEM_BYTES: usize = 128;

/// `MapType::flags` bits, as Go's abi.MapType flags.
pub mod mapflag {
    /// Slots hold a pointer to the key.
    pub const INDIRECT_KEY: u32 = 1 << 0;
    /// Slots hold a pointer to the element.
    pub const INDIRECT_ELEM: u32 = 1 << 1;
    /// Equal keys may differ in their bits (±0, strings, interfaces): an
    /// assignment overwrites the stored key.
    pub const NEED_KEY_UPDATE: u32 = 1 << 2;
    /// Hashing a key may panic (interfaces holding uncomparable values).
    pub const HASH_MIGHT_PANIC: u32 = 1 << 3;
}

/// How a map hashes and compares its keys (`MapType::key_alg`): a
/// specialised algorithm for the common key shapes, or the general walk
/// over the key's descriptor (`alg::typehash`, `alg::typeequal`).
pub mod keyalg {
    /// Walk the key type's descriptor.
    pub const GENERIC: u32 = 0;
    /// Plain memory of 0, 1, 2, 4, 8, 16 or any other size (Go's
    /// TFlagRegularMemory: no padding, no floats, strings or interfaces).
    pub const MEM0: u32 = 1;
    pub const MEM8: u32 = 2;
    pub const MEM16: u32 = 3;
    pub const MEM32: u32 = 4;
    pub const MEM64: u32 = 5;
    pub const MEM128: u32 = 6;
    pub const MEMN: u32 = 7;

    /// The plain-memory algorithm for keys of `size` bytes.
    pub fn mem(size: usize) -> u32 {
        match size {
            0 => MEM0,
            1 => MEM8,
            2 => MEM16,
            4 => MEM32,
            8 => MEM64,
            16 => MEM128,
            _ => MEMN,
        }
    }
    pub const STR: u32 = 8;
    pub const F32: u32 = 9;
    pub const F64: u32 = 10;
    pub const C64: u32 = 11;
    pub const C128: u32 = 12;
    /// `any`-like interfaces (`{type, data}`).
    pub const NILINTER: u32 = 13;
    /// Interfaces with methods (`{itab, data}`).
    pub const INTER: u32 = 14;
}

/// The map-specific part of a map type's descriptor (Go's abi.MapType past
/// its embedded Type), found through `Type::map_type`.
///
/// A group is `{ctrl u64; slots [8]{key K'; elem V'}}` where K' is K, or
/// *K for indirect keys (likewise V'): the control word, then the slots,
/// each `slot_size` bytes with the element `elem_off` bytes in.
#[repr(C)]
pub struct MapType {
    pub key: *const Type,
    pub elem: *const Type,
    /// The group's type: size `group_size`, pointer bitmap of its slots.
    pub group: *const Type,
    pub group_size: usize,
    pub slot_size: usize,
    pub elem_off: usize,
    /// [`mapflag`] bits.
    pub flags: u32,
    /// A [`keyalg`] constant.
    pub key_alg: u32,
}

unsafe impl Sync for MapType {}

/// The layout of a map's group, as [`MapType::layout`] computes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MapLayout {
    pub indirect_key: bool,
    pub indirect_elem: bool,
    /// Size and alignment of what a slot stores for the key and element
    /// (the pointer for indirect ones).
    pub key_size: usize,
    pub elem_size: usize,
    pub slot_size: usize,
    pub elem_off: usize,
    pub group_size: usize,
}

impl MapType {
    /// The group layout for keys and elements of the given sizes and
    /// alignments (as gc's reflectdata.MapGroupType lays out its struct).
    pub const fn layout(ksize: usize, kalign: usize, esize: usize, ealign: usize) -> MapLayout {
        let indirect_key = ksize > MAP_MAX_KEY_BYTES;
        let indirect_elem = esize > MAP_MAX_ELEM_BYTES;
        let (ks, ka) = if indirect_key {
            (8, 8)
        } else {
            (ksize, kalign)
        };
        let (es, ea) = if indirect_elem {
            (8, 8)
        } else {
            (esize, ealign)
        };
        let ka = if ka == 0 { 1 } else { ka };
        let ea = if ea == 0 { 1 } else { ea };
        let elem_off = ks.next_multiple_of(ea);
        let slot_align = if ka > ea { ka } else { ea };
        let mut slot_size = (elem_off + es).next_multiple_of(slot_align);
        // A zero-size element after a non-zero key gets a byte of padding
        // (as gc pads a struct's trailing zero-size field), so that a
        // pointer to it never points past the slot.
        if es == 0 && ks > 0 {
            slot_size = (elem_off + 1).next_multiple_of(slot_align);
        }
        let mut group_size = 8 + MAP_GROUP_SLOTS * slot_size;
        if slot_size == 0 {
            // All slots empty-sized: a word of padding keeps slot
            // pointers inside the group.
            group_size += 8;
        }
        group_size = group_size.next_multiple_of(8);
        MapLayout {
            indirect_key,
            indirect_elem,
            key_size: ks,
            elem_size: es,
            slot_size,
            elem_off,
            group_size,
        }
    }

    pub fn key(&self) -> &Type {
        // SAFETY: key is a descriptor.
        unsafe { &*self.key }
    }
    pub fn elem(&self) -> &Type {
        // SAFETY: elem is a descriptor.
        unsafe { &*self.elem }
    }
    #[inline(always)]
    pub fn indirect_key(&self) -> bool {
        self.flags & mapflag::INDIRECT_KEY != 0
    }
    #[inline(always)]
    pub fn indirect_elem(&self) -> bool {
        self.flags & mapflag::INDIRECT_ELEM != 0
    }
    #[inline(always)]
    pub fn need_key_update(&self) -> bool {
        self.flags & mapflag::NEED_KEY_UPDATE != 0
    }
    #[inline(always)]
    pub fn hash_might_panic(&self) -> bool {
        self.flags & mapflag::HASH_MIGHT_PANIC != 0
    }
}
