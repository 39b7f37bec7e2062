//! Fuzz target `ffi`: see `winhttp_err_fuzz::ffi` for what it checks.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| winhttp_err_fuzz::ffi(data));
