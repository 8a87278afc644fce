//! A guard against starting a fresh chain beside an existing one.
//!
//! RocksDB and ParityDB keep a chain in different folders of the base path (`db/full` and
//! `paritydb/full`). Started with the other `--database` than the one its chain was written
//! with, a node would open an empty folder and begin again at genesis, as if the chain were
//! gone. The node refuses that instead and says which flag opens the existing chain.

use sc_service::{error::Error as ServiceError, DatabaseSource};
use std::path::{Path, PathBuf};

/// Fails when the chosen database folder is empty or missing while the other backend's folder
/// of the same chain holds data.
pub fn refuse_other_backends_chain(database: &DatabaseSource) -> Result<(), ServiceError> {
	let (chosen, chosen_flag, other_folder, other_flag) = match database {
		DatabaseSource::RocksDb { path, .. } => (path, "rocksdb", "paritydb", "paritydb"),
		DatabaseSource::ParityDb { path } => (path, "paritydb", "db", "rocksdb"),
		// `auto` opens whichever exists; a custom database has no folder.
		DatabaseSource::Auto { .. } | DatabaseSource::Custom { .. } => return Ok(()),
	};
	let Some(other) = sibling(chosen, other_folder) else { return Ok(()) };
	if holds_data(chosen) || !holds_data(&other) {
		return Ok(());
	}
	Err(ServiceError::Other(format!(
		"{} holds this chain in a {other_flag} database, but the node was asked for \
		 --database {chosen_flag}, which would start a new chain at genesis in {}. Start with \
		 `--database {other_flag}` to continue the chain, or remove it first \
		 (`node-subtensor purge-chain --database {other_flag}` with the same --chain and \
		 --base-path) to start over.",
		other.display(),
		chosen.display()
	)))
}

/// `<chain dir>/<folder>/<role>` beside `<chain dir>/<backend folder>/<role>`.
fn sibling(path: &Path, folder: &str) -> Option<PathBuf> {
	let role = path.file_name()?;
	Some(path.parent()?.parent()?.join(folder).join(role))
}

/// Whether `path` is a folder with at least one entry.
fn holds_data(path: &Path) -> bool {
	std::fs::read_dir(path).is_ok_and(|mut entries| entries.next().is_some())
}

#[cfg(test)]
mod tests {
	use super::*;

	/// `<base>/chains/dev/<folder>/full` with a file in it.
	fn chain_folder(base: &Path, folder: &str) -> PathBuf {
		let path = base.join("chains").join("dev").join(folder).join("full");
		std::fs::create_dir_all(&path).unwrap_or_else(|e| panic!("{e}"));
		std::fs::write(path.join("CURRENT"), b"x").unwrap_or_else(|e| panic!("{e}"));
		path
	}

	#[test]
	fn the_other_backends_chain_is_not_silently_replaced() {
		let base = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
		let parity = chain_folder(base.path(), "paritydb");
		let rocks = base.path().join("chains").join("dev").join("db").join("full");

		let asked = DatabaseSource::RocksDb { path: rocks.clone(), cache_size: 128 };
		let refusal = refuse_other_backends_chain(&asked).err().map(|e| e.to_string());
		let refusal = refusal.unwrap_or_else(|| panic!("a fresh RocksDB beside a ParityDB chain"));
		assert!(refusal.contains("--database paritydb"), "{refusal}");

		// The backend the chain was written with opens, and so does a base path holding both.
		assert!(refuse_other_backends_chain(&DatabaseSource::ParityDb { path: parity }).is_ok());
		chain_folder(base.path(), "db");
		assert!(refuse_other_backends_chain(&asked).is_ok());
	}

	#[test]
	fn a_new_base_path_starts_with_either_backend() {
		let base = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
		let rocks = base.path().join("chains").join("dev").join("db").join("full");
		let parity = base.path().join("chains").join("dev").join("paritydb").join("full");
		assert!(refuse_other_backends_chain(&DatabaseSource::RocksDb {
			path: rocks,
			cache_size: 128
		})
		.is_ok());
		assert!(refuse_other_backends_chain(&DatabaseSource::ParityDb { path: parity }).is_ok());
	}
}
