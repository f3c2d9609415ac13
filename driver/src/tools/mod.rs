//! The command-line tools behind the `openrnic` binary, one module per subcommand,
//! plus what they share: [`common`] (devices, a simulated pair, parsers, formatting)
//! and [`bench`] (perftest-style measurement loops and report tables).
pub mod bench;
pub mod common;
pub mod demo;
pub mod devices;
pub mod info;
pub mod oob;
pub mod peer;
pub mod perf;

/// Errors of the tools: anything with a message.
pub type Result<T> = std::result::Result<T, Box<dyn std::error::Error + Send + Sync>>;
