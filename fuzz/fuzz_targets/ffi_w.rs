//! Fuzz target `ffi_w`: see `winhttp_err_fuzz::ffi_w` for what it checks.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| winhttp_err_fuzz::ffi_w(data));
