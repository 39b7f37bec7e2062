//! `winhttp-err`: decodes WinHTTP error codes on the command line.
//! Everything but `main` lives in `winhttp_err::cli`, where it is unit-tested.

fn main() -> std::process::ExitCode {
    winhttp_err::cli::main()
}
