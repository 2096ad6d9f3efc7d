//! The CLI's integration tests, as one test binary (`--test integration`), as in the core
//! (`crates/triage/tests/main.rs`).
#![cfg(not(target_arch = "wasm32"))]

// The core's test helpers: the markup reader and the project's files.
#[path = "../../triage/tests/common/mod.rs"]
mod common;

mod cli;
mod safety_case;
