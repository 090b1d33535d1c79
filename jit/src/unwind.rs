//! The `.eh_frame` of compiled code, registered with the system unwinder.
//!
//! Nothing in gorun unwinds with it (tracebacks walk frame pointers, and a
//! recovery resumes a frame with SP, FP and PC: `deferred.rs`); it lets
//! gdb, perf and a Rust panic in the runtime walk through compiled frames.

use crate::unit::FuncInfo;
use cranelift_codegen::isa::TargetIsa;
use cranelift_jit::JITModule;
use gimli::write::{Address, EhFrame, EndianVec, FrameTable};

unsafe extern "C" {
    /// libgcc: registers an `.eh_frame` section (CIEs and FDEs up to a zero
    /// length word). The memory must stay valid for the program's life.
    fn __register_frame(begin: *const u8);
}

/// The call-frame information of `infos`, now at their final addresses in
/// `module`, as a terminated `.eh_frame` section. Addresses are absolute,
/// so the bytes mean the same wherever they are kept.
pub fn build(isa: &dyn TargetIsa, module: &JITModule, infos: &[FuncInfo]) -> Option<Vec<u8>> {
    let cie = isa.create_systemv_cie()?;
    let mut table = FrameTable::default();
    let cie_id = table.add_cie(cie);
    let mut any = false;
    for info in infos {
        let Some(u) = &info.unwind else { continue };
        let entry = module.get_finalized_function(info.id) as u64;
        table.add_fde(cie_id, u.to_fde(Address::Constant(entry)));
        any = true;
    }
    if !any {
        return None;
    }
    let mut eh = EhFrame(EndianVec::new(gimli::RunTimeEndian::Little));
    table.write_eh_frame(&mut eh).ok()?;
    let mut bytes = eh.0.into_vec();
    bytes.extend_from_slice(&[0; 4]);
    Some(bytes)
}

/// Registers a section from [`build`]. It is leaked: the code lives as long
/// as the program.
pub fn register(bytes: &[u8]) {
    let bytes: &'static [u8] = Box::leak(bytes.to_vec().into_boxed_slice());
    // SAFETY: a well-formed section, terminated, never freed.
    unsafe { __register_frame(bytes.as_ptr()) };
}
