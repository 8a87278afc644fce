//! Storage migrations, one module per storage version they bring the pallet to. Each is a
//! FRAME `VersionedMigration`: it runs once, on the runtime upgrade that finds the pallet at
//! the version it migrates from, and bumps the on-chain version. A chain started at genesis
//! from a runtime that has a migration already stands at its version and never runs it.
//!
//! The runtime lists them, oldest first, in its `Migrations`.

pub mod v1;
pub mod v2;
pub mod v3;
pub mod v4;
