//! # Pallet `Commitments`
//!
//! Neurons publish small metadata on their subnet (runtime index 18): an endpoint, a model id,
//! a dataset hash. A hotkey registered on a subnet calls `set_commitment` with up to
//! `MaxFields` fields ([`Data`]); the chain keeps the latest one per (subnet, hotkey) in
//! [`CommitmentOf`], where validators and the SDK's metagraph read it.
//!
//! Publishing is free, so the pool admits a commitment only from a registered hotkey with quota
//! left ([`FreeCallGuard`], run by `SubtensorModule`'s transaction extension), and each
//! account may publish at most [`MaxSpace`] bytes per subnet per epoch (every commitment counts
//! at least [`MIN_CHARGED_BYTES`]). A `ResetBondsFlag` field clears the bonds validators hold
//! to the committer when the subnet owner enabled `BondsResetOn`, once per tempo.
//!
//! A commitment goes with its neuron: when the hotkey loses its UID, or the subnet is
//! dissolved ([`SubnetCommitments`]).
//!
//! `RevealedCommitments` is declared because clients read it; it stays empty, since this chain
//! does not accept timelocked commitments yet (the `Drand` pallet stores the pulses that will
//! reveal them).
//!
//! Code map: `types.rs` (fields and records), `commit.rs` (publishing, quotas, the pool guard,
//! clean-up), `invariants.rs` (the checks of `try_state` and the tests), `weights.rs`,
//! `benchmarking.rs`, `mock.rs` and `tests.rs`.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod commit;
#[cfg(any(test, feature = "try-runtime"))]
mod invariants;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

pub use commit::MIN_CHARGED_BYTES;
pub use pallet::*;
pub use types::{CommitmentInfo, Data, Registration, UsageTracker};
pub use weights::WeightInfo;

// The FRAME macros expand to `expect` on values they have just checked; our own code in this
// module only declares and delegates.
#[allow(clippy::expect_used)]
#[frame_support::pallet]
pub mod pallet {
	use crate::types::{CommitmentInfo, Registration, UsageTracker};
	use crate::weights::WeightInfo;
	use alloc::{boxed::Box, vec::Vec};
	use frame_support::pallet_prelude::*;
	use frame_system::pallet_prelude::*;
	use subtensor_common::{CommitmentSubnets, NetUid};

	/// Configuration of the commitments pallet.
	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// Who may publish, epochs, and bonds (`SubtensorModule`).
		type Subnets: CommitmentSubnets<Self::AccountId>;

		/// The most fields one commitment may hold.
		#[pallet::constant]
		type MaxFields: Get<u32>;

		/// `MaxSpace` until root sets it: bytes per account, subnet and epoch.
		#[pallet::constant]
		type DefaultMaxSpace: Get<u32>;

		/// Benchmarked weights of the calls.
		type WeightInfo: WeightInfo;
	}

	/// Records hold caller-sized fields bounded by the call's decoding limits.
	#[pallet::pallet]
	#[pallet::without_storage_info]
	pub struct Pallet<T>(_);

	/// The latest commitment of each hotkey on each subnet.
	#[pallet::storage]
	pub type CommitmentOf<T: Config> = StorageDoubleMap<
		_,
		Identity,
		NetUid,
		Twox64Concat,
		T::AccountId,
		Registration<BlockNumberFor<T>>,
		OptionQuery,
	>;

	/// The block of each hotkey's latest commitment on each subnet.
	#[pallet::storage]
	pub type LastCommitment<T: Config> = StorageDoubleMap<
		_,
		Identity,
		NetUid,
		Twox64Concat,
		T::AccountId,
		BlockNumberFor<T>,
		OptionQuery,
	>;

	/// The block a hotkey's commitment last reset the bonds to it on a subnet.
	#[pallet::storage]
	pub type LastBondsReset<T: Config> = StorageDoubleMap<
		_,
		Identity,
		NetUid,
		Twox64Concat,
		T::AccountId,
		BlockNumberFor<T>,
		OptionQuery,
	>;

	/// Timelocked commitments revealed, as (payload, block): empty here (no timelocked commitments yet).
	#[pallet::storage]
	pub type RevealedCommitments<T: Config> = StorageDoubleMap<
		_,
		Identity,
		NetUid,
		Twox64Concat,
		T::AccountId,
		Vec<(Vec<u8>, u64)>,
		OptionQuery,
	>;

	/// Bytes each account published on each subnet in the subnet's current epoch.
	#[pallet::storage]
	pub type UsedSpaceOf<T: Config> = StorageDoubleMap<
		_,
		Identity,
		NetUid,
		Twox64Concat,
		T::AccountId,
		UsageTracker,
		OptionQuery,
	>;

	/// `MaxSpace` until root sets it.
	#[pallet::type_value]
	pub fn DefaultMaxSpace<T: Config>() -> u32 {
		T::DefaultMaxSpace::get()
	}

	/// Bytes an account may publish per subnet and epoch (root sets it).
	#[pallet::storage]
	pub type MaxSpace<T: Config> = StorageValue<_, u32, ValueQuery, DefaultMaxSpace<T>>;

	/// What changed.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A hotkey published a commitment on a subnet.
		#[codec(index = 0)]
		Commitment {
			/// The subnet.
			netuid: NetUid,
			/// The hotkey.
			who: T::AccountId,
		},
		/// Not emitted here (on the reference: a timelocked commitment to a drand round).
		#[codec(index = 1)]
		TimelockCommitment {
			/// The subnet.
			netuid: NetUid,
			/// The hotkey.
			who: T::AccountId,
			/// The drand round that opens it.
			reveal_round: u64,
		},
		/// Not emitted here (on the reference: a timelocked commitment was revealed).
		#[codec(index = 2)]
		CommitmentRevealed {
			/// The subnet.
			netuid: NetUid,
			/// The hotkey.
			who: T::AccountId,
		},
		/// A commitment cleared the bonds validators held to its hotkey (this chain's addition).
		#[codec(index = 3)]
		BondsReset {
			/// The subnet.
			netuid: NetUid,
			/// The hotkey.
			who: T::AccountId,
		},
		/// Root set `MaxSpace` (this chain's addition).
		#[codec(index = 4)]
		MaxSpaceSet {
			/// Bytes per account, subnet and epoch.
			limit: u32,
		},
	}

	/// Why a commitment was refused (every error of the reference, at its index).
	#[pallet::error]
	pub enum Error<T> {
		/// More fields than `MaxFields`.
		#[codec(index = 0)]
		TooManyFieldsInCommitmentInfo,
		/// The signer holds no UID on the subnet (or the subnet does not exist).
		#[codec(index = 1)]
		AccountNotAllowedCommit,
		/// The account used up `MaxSpace` on this subnet for this epoch.
		#[codec(index = 2)]
		SpaceLimitExceeded,
		/// Not raised here (on the reference: a deposit was not fully returned).
		#[codec(index = 3)]
		UnexpectedUnreserveLeftover,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		#[cfg(feature = "try-runtime")]
		fn try_state(_block: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::check_invariants().map_err(sp_runtime::TryRuntimeError::Other)
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Publishes `info` as the signing hotkey's commitment on `netuid`, replacing the
		/// previous one. Free: the pool admits only calls that can succeed.
		#[pallet::call_index(0)]
		#[pallet::weight((<T as Config>::WeightInfo::set_commitment(), Pays::No))]
		pub fn set_commitment(
			origin: OriginFor<T>,
			netuid: NetUid,
			info: Box<CommitmentInfo>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_set_commitment(&who, netuid, *info)
		}

		/// Sets `MaxSpace`, the bytes an account may publish per subnet and epoch (root).
		#[pallet::call_index(2)]
		#[pallet::weight(<T as Config>::WeightInfo::set_max_space())]
		pub fn set_max_space(origin: OriginFor<T>, new_limit: u32) -> DispatchResult {
			ensure_root(origin)?;
			MaxSpace::<T>::put(new_limit);
			Self::deposit_event(Event::MaxSpaceSet { limit: new_limit });
			Ok(())
		}
	}
}
