//! Proof of work: fee-less registration (`pow_register`), and the dev `faucet`.
//!
//! A registration seal binds the subnet, a recent block, the hotkey and the signing coldkey:
//! `challenge = "subtensor-pow-register-v1" ‖ netuid (u16 LE) ‖ block_hash ‖ hotkey ‖ coldkey`
//! (123 bytes) and `seal = keccak256(sha256(challenge ‖ nonce (u64 LE)))`. The faucet's
//! legacy seal binds a block and one account:
//! `seal = keccak256(sha256(nonce (8 bytes LE) ‖ keccak256(block_hash ‖ account)))`.
//! A seal meets a difficulty `d` when, read as a little-endian 256-bit number, it is at most
//! `(2^256 − 1) / d`, i.e. times `d` it does not overflow.

use crate::*;
use alloc::vec::Vec;
use codec::Encode;
use frame_support::traits::fungible::Mutate;
use frame_system::pallet_prelude::{BlockNumberFor, OriginFor};
use sp_core::U256;
use sp_io::hashing::{keccak_256, sha2_256};
use sp_runtime::DispatchResult;
use sp_runtime::SaturatedConversion;
use subtensor_common::{NetUid, TaoBalance, RAO_PER_TAO};

/// Difficulty of a faucet seal.
pub const FAUCET_DIFFICULTY: u64 = 1_000_000;
/// TAO a faucet drip mints: 1000 TAO.
pub const FAUCET_AMOUNT: u64 = 1_000 * RAO_PER_TAO;
/// A seal must name one of this many most recent blocks.
pub const WORK_BLOCK_WINDOW: u64 = 3;

/// Domain tag that starts every registration challenge.
pub const REGISTRATION_DOMAIN: &[u8] = b"subtensor-pow-register-v1";
/// A registration seal must name one of this many blocks before the one it is included in.
pub const REGISTRATION_WORK_AGE: u64 = 5;

/// The challenge a registration seal is mined on, without the nonce.
pub fn registration_challenge(
	netuid: NetUid,
	block_hash: &[u8],
	hotkey: &[u8],
	coldkey: &[u8],
) -> Vec<u8> {
	let mut challenge = REGISTRATION_DOMAIN.to_vec();
	challenge.extend_from_slice(&netuid.inner().to_le_bytes());
	challenge.extend_from_slice(block_hash);
	challenge.extend_from_slice(hotkey);
	challenge.extend_from_slice(coldkey);
	challenge
}

/// The registration seal of `nonce` on `challenge`.
pub fn registration_seal(challenge: &[u8], nonce: u64) -> [u8; 32] {
	let mut preimage = challenge.to_vec();
	preimage.extend_from_slice(&nonce.to_le_bytes());
	keccak_256(&sha2_256(&preimage))
}

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

	/// The subnet's registration difficulty, within its bounds (at least 1; the lower bound
	/// wins if the bounds cross).
	pub fn effective_difficulty(netuid: NetUid) -> u64 {
		let min = MinDifficulty::<T>::get(netuid).max(1);
		let max = MaxDifficulty::<T>::get(netuid).max(min);
		Difficulty::<T>::get(netuid).clamp(min, max)
	}

	/// Every check of a `pow_register` except the UID slot, in the order the errors are
	/// reported; the pool runs it too, so fee-less registrations that would fail never enter
	/// a block.
	pub fn check_pow_registration(
		coldkey: &T::AccountId,
		netuid: NetUid,
		work_block: u64,
		nonce: u64,
		work: &[u8],
		hotkey: &T::AccountId,
	) -> Result<(), Error<T>> {
		if netuid.is_root() {
			return Err(Error::<T>::RegistrationNotPermittedOnRootSubnet);
		}
		if !Self::subnet_exists(netuid) {
			return Err(Error::<T>::SubnetNotExists);
		}
		// Its own switch only: an owner may take miners by proof of work while burned
		// registration is closed.
		if !NetworkPowRegistrationAllowed::<T>::get(netuid) {
			return Err(Error::<T>::SubNetRegistrationDisabled);
		}
		if Uids::<T>::contains_key(netuid, hotkey) {
			return Err(Error::<T>::HotKeyAlreadyRegisteredInSubNet);
		}
		if RegistrationsThisBlock::<T>::get(netuid) >= MaxRegistrationsPerBlock::<T>::get(netuid) {
			return Err(Error::<T>::TooManyRegistrationsThisBlock);
		}
		let age = Self::current_block().saturating_sub(work_block);
		let after_last =
			LastPowRegistrationBlock::<T>::get(hotkey).is_none_or(|last| work_block > last);
		if age == 0 || age > REGISTRATION_WORK_AGE || !after_last {
			return Err(Error::<T>::InvalidWorkBlock);
		}
		let number: BlockNumberFor<T> = work_block.saturated_into();
		let block_hash = frame_system::Pallet::<T>::block_hash(number);
		let challenge = registration_challenge(
			netuid,
			block_hash.as_ref(),
			&hotkey.encode(),
			&coldkey.encode(),
		);
		if work != registration_seal(&challenge, nonce).as_slice() {
			return Err(Error::<T>::InvalidSeal);
		}
		let seal: [u8; 32] = work.try_into().map_err(|_| Error::<T>::InvalidSeal)?;
		if !meets_difficulty(&seal, Self::effective_difficulty(netuid)) {
			return Err(Error::<T>::InvalidDifficulty);
		}
		if UsedWork::<T>::contains_key(work) {
			return Err(Error::<T>::WorkAlreadyUsed);
		}
		Ok(())
	}

	/// See [`Pallet::pow_register`].
	pub fn do_pow_register(
		origin: OriginFor<T>,
		netuid: NetUid,
		work_block: u64,
		nonce: u64,
		work: Vec<u8>,
		hotkey: T::AccountId,
	) -> DispatchResult {
		let coldkey = frame_system::ensure_signed(origin)?;
		Self::check_pow_registration(&coldkey, netuid, work_block, nonce, &work, &hotkey)?;
		Self::ensure_hotkey_usable_by(&coldkey, &hotkey)?;
		let slot = Self::find_uid_slot(netuid)?;
		let now = Self::current_block();
		UsedWork::<T>::insert(&work, now);
		LastPowRegistrationBlock::<T>::insert(&hotkey, now);
		Self::create_account_if_non_existent(&coldkey, &hotkey);
		let uid = Self::place_neuron(netuid, slot, &hotkey);
		RegistrationsThisBlock::<T>::mutate(netuid, |n| *n = n.saturating_add(1));
		Self::deposit_event(Event::NeuronRegistered(netuid, uid, hotkey));
		Ok(())
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
