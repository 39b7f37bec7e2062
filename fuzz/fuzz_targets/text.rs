//! Fuzz target `text`: see `winhttp_err_fuzz::text` for what it checks.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| winhttp_err_fuzz::text(data));
