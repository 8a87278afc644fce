//! Proof of work, as the legacy registration checked it; today only the dev `faucet` uses it.
//!
//! A seal binds a recent block, an account and a nonce:
//! `seal = keccak256(sha256(nonce (8 bytes LE) ‖ keccak256(block_hash ‖ account)))`, and it
//! meets a difficulty `d` when the seal, read as a little-endian 256-bit number, times `d` does
//! not overflow 2^256.

use crate::*;
use alloc::vec::Vec;
use codec::Encode;
use frame_support::traits::fungible::Mutate;
use frame_system::pallet_prelude::{BlockNumberFor, OriginFor};
use sp_core::U256;
use sp_io::hashing::{keccak_256, sha2_256};
use sp_runtime::DispatchResult;
use sp_runtime::SaturatedConversion;
use subtensor_common::{TaoBalance, RAO_PER_TAO};

/// Difficulty of a faucet seal.
pub const FAUCET_DIFFICULTY: u64 = 1_000_000;
/// TAO a faucet drip mints: 1000 TAO.
pub const FAUCET_AMOUNT: u64 = 1_000 * RAO_PER_TAO;
/// A seal must name one of this many most recent blocks.
pub const WORK_BLOCK_WINDOW: u64 = 3;

/// The seal of `nonce` for `account` on the block with hash `block_hash`.
pub fn seal_hash(block_hash: &[u8], account: &[u8], nonce: u64) -> [u8; 32] {
	let mut bound = alloc::vec::Vec::with_capacity(block_hash.len().saturating_add(account.len()));
	bound.extend_from_slice(block_hash);
	bound.extend_from_slice(account);
	let mut preimage = [0u8; 40];
	let (nonce_part, key_part) = preimage.split_at_mut(8);
	nonce_part.copy_from_slice(&nonce.to_le_bytes());
	key_part.copy_from_slice(&keccak_256(&bound));
	keccak_256(&sha2_256(&preimage))
}

/// Whether `seal` meets `difficulty`.
pub fn meets_difficulty(seal: &[u8; 32], difficulty: u64) -> bool {
	U256::from_little_endian(seal).checked_mul(U256::from(difficulty)).is_some()
}

impl<T: Config> Pallet<T> {
	/// The seal of `nonce` for `account` on block `block_number` of this chain.
	pub fn seal_for(block_number: u64, account: &T::AccountId, nonce: u64) -> [u8; 32] {
		let number: BlockNumberFor<T> = block_number.saturated_into();
		let block_hash = frame_system::Pallet::<T>::block_hash(number);
		seal_hash(block_hash.as_ref(), &account.encode(), nonce)
	}

	/// See [`Pallet::faucet`].
	pub fn do_faucet(
		origin: OriginFor<T>,
		block_number: u64,
		nonce: u64,
		work: Vec<u8>,
	) -> DispatchResult {
		let who = frame_system::ensure_signed(origin)?;
		if !FaucetEnabled::<T>::get() {
			return Err(Error::<T>::FaucetDisabled.into());
		}
		let now = Self::current_block();
		if block_number > now || now.saturating_sub(block_number) >= WORK_BLOCK_WINDOW {
			return Err(Error::<T>::InvalidWorkBlock.into());
		}
		let seal = Self::seal_for(block_number, &who, nonce);
		if work.as_slice() != seal.as_slice() {
			return Err(Error::<T>::InvalidSeal.into());
		}
		if !meets_difficulty(&seal, FAUCET_DIFFICULTY) {
			return Err(Error::<T>::InvalidDifficulty.into());
		}
		if UsedWork::<T>::contains_key(&work) {
			return Err(Error::<T>::WorkAlreadyUsed.into());
		}
		UsedWork::<T>::insert(&work, now);
		T::Currency::mint_into(&who, FAUCET_AMOUNT)?;
		TotalIssuance::<T>::mutate(|issued| {
			*issued = issued.saturating_add(TaoBalance::new(FAUCET_AMOUNT))
		});
		Self::deposit_event(Event::Faucet(who, FAUCET_AMOUNT));
		Ok(())
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	/// Finds a nonce whose seal meets `difficulty`.
	pub fn mine(block_hash: &[u8], account: &[u8], difficulty: u64) -> (u64, [u8; 32]) {
		(0..)
			.map(|nonce| (nonce, seal_hash(block_hash, account, nonce)))
			.find(|(_, seal)| meets_difficulty(seal, difficulty))
			.unwrap()
	}

	#[test]
	fn seal_is_the_documented_hash_chain() {
		let (hash, account) = ([7u8; 32], [9u8; 32]);
		let mut preimage = 42u64.to_le_bytes().to_vec();
		preimage.extend(sp_crypto_hashing::keccak_256(&[hash, account].concat()));
		let expected = sp_crypto_hashing::keccak_256(&sp_crypto_hashing::sha2_256(&preimage));
		assert_eq!(seal_hash(&hash, &account, 42), expected);
		assert_ne!(seal_hash(&hash, &account, 43), expected);
	}

	#[test]
	fn difficulty_bounds_the_seal() {
		assert!(meets_difficulty(&[0xff; 32], 1));
		assert!(!meets_difficulty(&[0xff; 32], 2));
		let mut small = [0u8; 32];
		small[0] = 1;
		assert!(meets_difficulty(&small, u64::MAX));
		let (nonce, seal) = mine(&[1u8; 32], &[2u8; 32], 1_000);
		assert!(meets_difficulty(&seal, 1_000));
		assert_eq!(seal_hash(&[1u8; 32], &[2u8; 32], nonce), seal);
	}
}
