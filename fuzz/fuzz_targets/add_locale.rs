//! Fuzz target `add_locale`: see `winhttp_err_fuzz::add_locale` for what it checks.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| winhttp_err_fuzz::add_locale(data));
