//! The interface between the pallets that accept timelock-encrypted data (`SubtensorModule`'s
//! weight commits, `Commitments`' timelocked fields) and pallet `Drand`, which holds the
//! beacon's pulses that open it.

use alloc::vec::Vec;

/// Why a timelock ciphertext could not be opened.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub enum TimelockOpenError {
	/// The round's pulse is not stored (not yet, or pruned): try again later.
	PulseMissing,
	/// The ciphertext is malformed or not for this round: it never opens.
	Undecryptable,
}

/// Opens ciphertexts timelock-encrypted to a round of the chain's drand beacon (implemented by
/// pallet `Drand`; `()` has no pulses).
pub trait TimelockOpener {
	/// The plaintext of `ciphertext`, encrypted to `round`.
	fn open(ciphertext: &[u8], round: u64) -> Result<Vec<u8>, TimelockOpenError>;
	/// The latest round whose pulse is stored (0 before the first).
	fn latest_round() -> u64;
	/// Benchmarks: a ciphertext of `plaintext` for a round whose pulse is then stored, and
	/// that round.
	#[cfg(feature = "runtime-benchmarks")]
	fn seal_for_benchmark(plaintext: &[u8]) -> (Vec<u8>, u64);
}

impl TimelockOpener for () {
	fn open(_ciphertext: &[u8], _round: u64) -> Result<Vec<u8>, TimelockOpenError> {
		Err(TimelockOpenError::PulseMissing)
	}
	fn latest_round() -> u64 {
		0
	}
	#[cfg(feature = "runtime-benchmarks")]
	fn seal_for_benchmark(_plaintext: &[u8]) -> (Vec<u8>, u64) {
		(Vec::new(), 0)
	}
}
