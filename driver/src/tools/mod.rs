//! The command-line tools behind the `openrnic` binary, one module per subcommand.
pub mod demo;
pub mod devices;
pub mod info;
pub mod perf;

/// Errors of the tools: anything with a message.
pub type Result<T> = std::result::Result<T, Box<dyn std::error::Error + Send + Sync>>;
