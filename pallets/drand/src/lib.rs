//! # Pallet `Drand`
//!
//! Pulses of drand's quicknet beacon (runtime index 26). Every 3 s the League of Entropy signs
//! the next round number; the signature is public randomness and, for timelock encryption,
//! the key to everything encrypted to that round. The chain stores pulses in [`Pulses`] so the
//! runtime can open what clients encrypted to a round once its pulse is stored: timelocked
//! weight commits (`SubtensorModule`) and timelocked commitments (`Commitments`), through
//! [`Pallet::decrypt`].
//!
//! - **Source**: each node's offchain worker (`offchain.rs`) fetches pulses over HTTP from the
//!   relays its operator named (`--drand-relays`; none: it stays quiet) and submits them as
//!   unsigned `write_pulse` transactions to its own pool.
//! - **Verification**: a pulse is checked against [`BeaconConfig`] (quicknet's key by default,
//!   `crypto.rs`) when the pool admits it and again when its block executes; a pulse that fails
//!   is refused and never stored. The pool admits `write_pulse` only from the node's own
//!   offchain worker (or inside a block), with at most [`MAX_PULSES_PER_WRITE`] pulses in
//!   increasing rounds above [`LastStoredRound`], so the network cannot make a node verify
//!   pulses for free.
//! - **Retention**: the newest [`MAX_KEPT_PULSES`] rounds (a week) are kept; older ones are
//!   pruned, at most [`MAX_PRUNED_PER_WRITE`] per write.
//!
//! Code map: `types.rs` (records and the relays' JSON), `crypto.rs` (BLS verification and
//! timelock decryption, no FRAME), `offchain.rs` (the offchain worker), `weights.rs`,
//! `benchmarking.rs`, `mock.rs` and `tests.rs`.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
pub mod crypto;
#[cfg(test)]
mod mock;
mod offchain;
mod pulses;
#[cfg(any(test, feature = "test-utils"))]
pub mod testing;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

pub use offchain::RELAYS_STORAGE_KEY;
pub use pallet::*;
pub use pulses::TimelockError;
pub use types::{BeaconConfiguration, Pulse, PulsesPayload, RoundNumber};
pub use weights::WeightInfo;

/// Rounds kept: a week of quicknet's 3-second rounds.
pub const MAX_KEPT_PULSES: u64 = 216_000;
/// The most old pulses one write prunes.
pub const MAX_PRUNED_PER_WRITE: u64 = 100;
/// The most pulses one `write_pulse` may carry.
pub const MAX_PULSES_PER_WRITE: u32 = 16;

// The FRAME macros expand to `expect` on values they have just checked; our own code in this
// module only declares and delegates.
#[allow(clippy::expect_used)]
#[frame_support::pallet]
pub mod pallet {
	use crate::{
		types::{BeaconConfigurationPayload, PulsesPayload, RoundNumber},
		weights::WeightInfo,
		BeaconConfiguration, Pulse, MAX_PULSES_PER_WRITE,
	};
	use alloc::vec::Vec;
	use frame_support::pallet_prelude::*;
	use frame_system::{
		offchain::{CreateBare, SigningTypes},
		pallet_prelude::*,
	};
	use sp_runtime::traits::{IdentifyAccount, Verify};

	/// Configuration of the drand pallet.
	#[pallet::config]
	pub trait Config:
		frame_system::Config<RuntimeEvent: From<Event<Self>>>
		+ SigningTypes<
			Public: From<sp_core::sr25519::Public>,
			Signature: Verify<Signer: IdentifyAccount<AccountId = Self::AccountId>>,
		> + CreateBare<Call<Self>>
	{
		/// The priority of the offchain worker's `write_pulse` transactions.
		#[pallet::constant]
		type UnsignedPriority: Get<TransactionPriority>;

		/// Milliseconds the offchain worker waits for a relay's answer.
		#[pallet::constant]
		type HttpFetchTimeout: Get<u64>;

		/// Benchmarked weights of the calls.
		type WeightInfo: WeightInfo;
	}

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// The beacon pulses come from (quicknet until root changes it).
	#[pallet::storage]
	pub type BeaconConfig<T: Config> =
		StorageValue<_, BeaconConfiguration, ValueQuery, QuicknetConfig>;

	/// quicknet's configuration, [`BeaconConfig`]'s default.
	#[pallet::type_value]
	pub fn QuicknetConfig() -> BeaconConfiguration {
		crate::types::quicknet()
	}

	/// Declared for clients, which read it; no migration of this pallet records itself here.
	#[pallet::storage]
	pub type HasMigrationRun<T: Config> =
		StorageMap<_, Identity, BoundedVec<u8, ConstU32<128>>, bool, ValueQuery>;

	/// The stored pulses, by round.
	#[pallet::storage]
	pub type Pulses<T: Config> = StorageMap<_, Blake2_128Concat, RoundNumber, Pulse, OptionQuery>;

	/// The newest stored round (0: none yet).
	#[pallet::storage]
	pub type LastStoredRound<T: Config> = StorageValue<_, RoundNumber, ValueQuery>;

	/// The oldest stored round (0: none yet).
	#[pallet::storage]
	pub type OldestStoredRound<T: Config> = StorageValue<_, RoundNumber, ValueQuery>;

	/// The block of the last pulse write (the reference's gate for unsigned transactions).
	#[pallet::storage]
	pub type NextUnsignedAt<T: Config> = StorageValue<_, BlockNumberFor<T>, ValueQuery>;

	/// What changed.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// Root changed the beacon.
		#[codec(index = 0)]
		BeaconConfigChanged,
		/// Pulses were stored.
		#[codec(index = 1)]
		NewPulse {
			/// Their rounds.
			rounds: Vec<RoundNumber>,
		},
		/// Root set the oldest stored round.
		#[codec(index = 2)]
		SetOldestStoredRound(u64),
	}

	/// Why a call was refused (the reference's errors at their indices, then this chain's).
	#[pallet::error]
	pub enum Error<T> {
		/// Not raised here (the reference's: no value was set).
		#[codec(index = 0)]
		NoneValue,
		/// Not raised here (the reference's: a counter overflowed).
		#[codec(index = 1)]
		StorageOverflow,
		/// Not raised here (the reference's: the relays could not be reached).
		#[codec(index = 2)]
		DrandConnectionFailure,
		/// The pulse's signature does not verify for its round under the beacon's key.
		#[codec(index = 3)]
		UnverifiedPulse,
		/// The pulse's round is not above the newest stored round.
		#[codec(index = 4)]
		InvalidRoundNumber,
		/// The pulse cannot be checked: its signature or randomness is malformed.
		#[codec(index = 5)]
		PulseVerificationError,
		/// More than [`MAX_PULSES_PER_WRITE`] pulses, or none (this chain's addition).
		#[codec(index = 6)]
		TooManyPulses,
		/// The beacon's public key is not a G2 point (this chain's addition).
		#[codec(index = 7)]
		InvalidPublicKey,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn offchain_worker(block: BlockNumberFor<T>) {
			Self::submit_new_pulses(block);
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Stores `pulses_payload.pulses` (unsigned, from an offchain worker): in increasing
		/// rounds above the newest stored one, each verified under [`BeaconConfig`]. The
		/// submitter's `signature` over the payload, if any, is checked by the pool; the pulses'
		/// own signatures are what count.
		#[pallet::call_index(0)]
		#[pallet::weight((
			T::WeightInfo::write_pulse(
				u32::try_from(pulses_payload.pulses.len()).unwrap_or(u32::MAX).min(MAX_PULSES_PER_WRITE)
			),
			DispatchClass::Operational,
			Pays::No
		))]
		pub fn write_pulse(
			origin: OriginFor<T>,
			pulses_payload: PulsesPayload<T::Public, BlockNumberFor<T>>,
			_signature: Option<T::Signature>,
		) -> DispatchResult {
			ensure_none(origin)?;
			Self::store_pulses(pulses_payload.pulses)
		}

		/// Root: makes `config_payload.config` the beacon pulses are verified against.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::set_beacon_config())]
		pub fn set_beacon_config(
			origin: OriginFor<T>,
			config_payload: BeaconConfigurationPayload<T::Public, BlockNumberFor<T>>,
			_signature: Option<T::Signature>,
		) -> DispatchResult {
			ensure_root(origin)?;
			Self::set_beacon(config_payload.config)
		}

		/// Root: sets [`OldestStoredRound`], from which pruning goes on.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::set_oldest_stored_round())]
		pub fn set_oldest_stored_round(origin: OriginFor<T>, oldest_round: u64) -> DispatchResult {
			ensure_root(origin)?;
			OldestStoredRound::<T>::put(oldest_round);
			Self::deposit_event(Event::SetOldestStoredRound(oldest_round));
			Ok(())
		}
	}

	// `ValidateUnsigned` is what the reference uses for `write_pulse`; its replacement
	// (`#[pallet::authorize]`) needs a transaction extension that would change what clients sign.
	#[allow(deprecated)]
	#[pallet::validate_unsigned]
	impl<T: Config> ValidateUnsigned for Pallet<T> {
		type Call = Call<T>;

		fn validate_unsigned(source: TransactionSource, call: &Self::Call) -> TransactionValidity {
			match call {
				Call::write_pulse { pulses_payload, signature } => {
					Self::validate_write_pulse(source, pulses_payload, signature.as_ref())
				},
				_ => InvalidTransaction::Call.into(),
			}
		}
	}
}
