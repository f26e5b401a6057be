//! The `attache` command line. Parsing and wiring only; the work happens in
//! the library.

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
