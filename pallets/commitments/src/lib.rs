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
//! A `TimelockEncrypted` field is encrypted to a round of the drand beacon: the chain opens it
//! once the round's pulse is stored (pallet `Drand`) and moves the plaintext to
//! [`RevealedCommitments`] (see `reveal.rs`).
//!
//! Code map: `types.rs` (fields and records), `commit.rs` (publishing, quotas, the pool guard,
//! clean-up), `reveal.rs` (opening timelocked fields), `invariants.rs` (the checks of
//! `try_state` and the tests), `weights.rs`, `benchmarking.rs`, `mock.rs` and `tests.rs`.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod commit;
#[cfg(any(test, feature = "try-runtime"))]
mod invariants;
#[cfg(test)]
mod mock;
mod reveal;
#[cfg(test)]
mod reveal_tests;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

pub use commit::MIN_CHARGED_BYTES;
pub use pallet::*;
pub use reveal::{
	MAX_ENTRIES_PER_BLOCK, MAX_INDEXED_COMMITMENTS, MAX_OPENS_PER_BLOCK, MAX_REVEALS_KEPT,
};
pub use types::{CommitmentInfo, Data, Registration, UsageTracker};
pub use weights::WeightInfo;

// The FRAME macros expand to `expect` on values they have just checked; our own code in this
// module only declares and delegates.
#[allow(clippy::expect_used)]
#[frame_support::pallet]
pub mod pallet {
	use crate::types::{CommitmentInfo, Registration, UsageTracker};
	use crate::weights::WeightInfo;
	use alloc::{boxed::Box, collections::BTreeSet, vec::Vec};
	use frame_support::pallet_prelude::*;
	use frame_system::pallet_prelude::*;
	use subtensor_common::{CommitmentSubnets, NetUid, TimelockOpener};

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

		/// Opens timelocked fields with the drand beacon's pulses (pallet `Drand`).
		type Timelock: TimelockOpener;

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

	/// The commitments holding a timelocked field, which the chain opens when their round comes.
	#[pallet::storage]
	pub type TimelockedIndex<T: Config> =
		StorageValue<_, BTreeSet<(NetUid, T::AccountId)>, ValueQuery>;

	/// The last commitment of [`TimelockedIndex`] the opening walk examined: the next block
	/// goes on after it.
	#[pallet::storage]
	pub type TimelockRevealCursor<T: Config> = StorageValue<_, (NetUid, T::AccountId), OptionQuery>;

	/// Opened timelocked fields of each hotkey on each subnet, as (plaintext, block opened): the
	/// latest ten.
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
		/// A hotkey published a commitment with a timelocked field.
		#[codec(index = 1)]
		TimelockCommitment {
			/// The subnet.
			netuid: NetUid,
			/// The hotkey.
			who: T::AccountId,
			/// The drand round that opens it (its first timelocked field's).
			reveal_round: u64,
		},
		/// A timelocked field was opened into `RevealedCommitments`.
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
		/// A timelocked field did not open with its round's pulse and was dropped (this chain's
		/// addition).
		#[codec(index = 5)]
		CommitmentUndecryptable {
			/// The subnet.
			netuid: NetUid,
			/// The hotkey.
			who: T::AccountId,
			/// The round it named.
			reveal_round: u64,
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
		fn on_initialize(_block: BlockNumberFor<T>) -> Weight {
			Self::reveal_timelocked_commitments()
		}

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
