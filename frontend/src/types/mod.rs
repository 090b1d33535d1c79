//! The type checker, modelled on go/types (and gc's types2, whose messages it
//! reproduces).
