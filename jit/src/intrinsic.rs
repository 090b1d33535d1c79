//! Intrinsics: calls to a few standard library functions become machine
//! instructions, as gc's `ssagen/intrinsics.go` makes them — the float
//! operations of package math the CPU has (Sqrt, Floor, Ceil, Trunc, Abs,
//! Copysign), the bit reinterpretations (Float64bits and friends), and
//! math/bits' counting and rotating functions.
//!
//! Invariant: each intrinsic computes exactly what the Go body (or native)
//! it replaces computes, for every input; the declarations stay in
//! `stdlib/go/math` for func values, which call the ordinary function.

use cranelift_codegen::ir::{InstBuilder, MemFlagsData, Value, types};
use gorun_frontend::types::ObjId;

use crate::func::{FnCx, Val};

impl FnCx<'_, '_> {
    /// The result of calling `f` on `args` as an instruction, if `f` is an
    /// intrinsic.
    pub fn intrinsic(&mut self, f: ObjId, args: &[Val]) -> Option<Val> {
        let o = self.p.obj(f);
        let pkg = self.p.pkg(o.pkg?).path.as_str();
        if pkg != "math" && pkg != "math/bits" {
            return None;
        }
        let a: Vec<Value> = args
            .iter()
            .map(|v| match v {
                Val::Regs(r) if r.len() == 1 => Some(r[0]),
                _ => None,
            })
            .collect::<Option<_>>()?;
        let v = match (pkg, o.name.as_str(), a.as_slice()) {
            ("math", "Sqrt", &[x]) => self.b.ins().sqrt(x),
            ("math", "Floor", &[x]) => self.b.ins().floor(x),
            ("math", "Ceil", &[x]) => self.b.ins().ceil(x),
            ("math", "Trunc", &[x]) => self.b.ins().trunc(x),
            ("math", "Abs", &[x]) => self.b.ins().fabs(x),
            ("math", "Copysign", &[x, y]) => self.b.ins().fcopysign(x, y),
            ("math", "Float64bits", &[x]) => {
                self.b.ins().bitcast(types::I64, MemFlagsData::new(), x)
            }
            ("math", "Float64frombits", &[x]) => {
                self.b.ins().bitcast(types::F64, MemFlagsData::new(), x)
            }
            ("math", "Float32bits", &[x]) => {
                self.b.ins().bitcast(types::I32, MemFlagsData::new(), x)
            }
            ("math", "Float32frombits", &[x]) => {
                self.b.ins().bitcast(types::F32, MemFlagsData::new(), x)
            }
            // Cranelift's clz and ctz of 0 are the width, as Go's are.
            ("math/bits", "LeadingZeros64", &[x]) => self.b.ins().clz(x),
            ("math/bits", "TrailingZeros64", &[x]) => self.b.ins().ctz(x),
            ("math/bits", "OnesCount64", &[x]) => self.b.ins().popcnt(x),
            ("math/bits", "Len64", &[x]) => {
                let z = self.b.ins().clz(x);
                let k = self.b.ins().iconst(types::I64, 64);
                self.b.ins().isub(k, z)
            }
            ("math/bits", "RotateLeft64", &[x, k]) => {
                // A negative k rotates right: rotl by k mod 64 either way.
                self.b.ins().rotl(x, k)
            }
            _ => return None,
        };
        Some(Val::one(v))
    }
}
