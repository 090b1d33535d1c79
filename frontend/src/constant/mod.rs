//! Exact constant values and arithmetic, as go/constant.
