//! Unit tests of the internals; go/constant's observable behaviour is tested
//! against the real Go in `frontend/tests/constant_go.rs`.
