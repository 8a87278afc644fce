//! # Pallet `MevShield`
//!
//! An encrypted mempool against front-running (runtime index 30). Block authors hold ML-KEM-768
//! key pairs in memory; each block's inherent [`Call::announce_next_key`] publishes its author's
//! next public key, and a three-stage pipeline ([`CurrentKey`] ← [`PendingKey`] ← [`NextKey`])
//! makes [`NextKey`] the key of the author two slots ahead. A user signs the real ("inner")
//! extrinsic at nonce n + 1, seals it to [`NextKey`] (`subtensor-shield-envelope`), and submits
//! the carrier [`Call::submit_encrypted`] at nonce n. The author that holds the matching secret
//! opens the envelope while building its block and places the inner extrinsic right after the
//! carrier; executing or importing a block never decrypts anything.
//!
//! A second, stored queue ([`Call::store_encrypted`], [`PendingExtrinsics`]) is drained in
//! `on_initialize` through [`Config::StoredCallDecryptor`]; the runtime has no secret key, so
//! like the reference chain it wires a decryptor that opens nothing, and stored items are
//! dropped with [`Event::ExtrinsicDecodeFailed`] (or expire). Root tunes the queue.
//!
//! Names, indices and layouts follow the reference chain, which the Python SDK and btcli 11
//! read. `HasMigrationRun` is declared for the same reason and stays empty: a fresh chain has
//! no legacy storage to migrate.
//!
//! Unlike the reference chain, a carrier that reaches a block without its inner extrinsic
//! leaves a trace: the author appends [`Call::report_unshield_failure`] (no signature; the pool
//! refuses it, only a block author can place it), which records [`Event::UnshieldFailed`] with
//! the carrier's id and the reason.
//!
//! Code map: `keys.rs` (the key pipeline and the inherent's data), `unshield.rs` (what the
//! author's `ShieldApi` calls use), `extensions.rs` (carrier mortality and well-formedness),
//! `queue.rs` (the stored queue), `weights.rs`, `benchmarking.rs`, `mock.rs` and `tests.rs`.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
pub mod extensions;
pub mod keys;
#[cfg(test)]
mod mock;
pub mod queue;
#[cfg(test)]
mod tests;
pub mod unshield;
pub mod weights;

pub use extensions::{CheckMortality, CheckShieldedTxValidity};
pub use keys::{FindAuthors, ShieldEncKey, INHERENT_IDENTIFIER};
pub use pallet::*;
pub use queue::{DecryptStoredCall, EncryptedCall, PendingExtrinsic};
pub use subtensor_shield_envelope::ShieldedTransaction;
pub use unshield::{carrier_id, InnerRefusal, UnshieldFailure};
pub use weights::WeightInfo;

/// The most ref-time root may give the queue drain or one stored extrinsic.
pub const ABSOLUTE_MAX_WEIGHT: u64 = 2_000_000_000_000;

// The FRAME macros expand to `expect` on values they have just checked; our own code in this
// module only declares and delegates.
#[allow(clippy::expect_used)]
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::pallet_prelude::*;
	use frame_system::pallet_prelude::*;
	use sp_core::H256;

	/// Configuration of the MEV shield.
	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// The block authors' id (Aura's).
		type AuthorityId: Member + Parameter + MaxEncodedLen;

		/// The author of the current block and the one two slots ahead.
		type FindAuthors: FindAuthors<Self::AuthorityId>;

		/// Opens stored encrypted calls (the runtime has no key: nothing opens).
		type StoredCallDecryptor: DecryptStoredCall<<Self as frame_system::Config>::RuntimeCall>;

		/// Benchmarked weights of the calls.
		type WeightInfo: WeightInfo;
	}

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// The key of this block's author (informational).
	#[pallet::storage]
	pub type CurrentKey<T: Config> = StorageValue<_, ShieldEncKey, OptionQuery>;

	/// The key of the next block's author: carriers sealed to it are opened in that block.
	#[pallet::storage]
	pub type PendingKey<T: Config> = StorageValue<_, ShieldEncKey, OptionQuery>;

	/// The key of the author two slots ahead: clients seal to this one.
	#[pallet::storage]
	pub type NextKey<T: Config> = StorageValue<_, ShieldEncKey, OptionQuery>;

	/// The last key each authority announced.
	#[pallet::storage]
	pub type AuthorKeys<T: Config> =
		StorageMap<_, Twox64Concat, T::AuthorityId, ShieldEncKey, OptionQuery>;

	/// The block [`PendingKey`] stops being valid at (exclusive).
	#[pallet::storage]
	pub type PendingKeyExpiresAt<T: Config> = StorageValue<_, BlockNumberFor<T>, OptionQuery>;

	/// The block [`NextKey`] stops being valid at (exclusive).
	#[pallet::storage]
	pub type NextKeyExpiresAt<T: Config> = StorageValue<_, BlockNumberFor<T>, OptionQuery>;

	/// Migrations run, by name (declared for clients; empty on this chain).
	#[pallet::storage]
	pub type HasMigrationRun<T: Config> =
		StorageMap<_, Identity, BoundedVec<u8, ConstU32<128>>, bool, ValueQuery>;

	/// Default of [`MaxPendingExtrinsicsLimit`].
	#[pallet::type_value]
	pub fn DefaultMaxPending() -> u32 {
		100
	}

	/// The most stored encrypted calls waiting at once.
	#[pallet::storage]
	pub type MaxPendingExtrinsicsLimit<T: Config> =
		StorageValue<_, u32, ValueQuery, DefaultMaxPending>;

	/// Default of [`ExtrinsicLifetime`].
	#[pallet::type_value]
	pub fn DefaultLifetime() -> u32 {
		10
	}

	/// Blocks a stored encrypted call may wait before it expires.
	#[pallet::storage]
	pub type ExtrinsicLifetime<T: Config> = StorageValue<_, u32, ValueQuery, DefaultLifetime>;

	/// Default of [`OnInitializeWeight`].
	#[pallet::type_value]
	pub fn DefaultDrainWeight() -> u64 {
		500_000_000_000
	}

	/// The ref-time the queue drain may use per block.
	#[pallet::storage]
	pub type OnInitializeWeight<T: Config> = StorageValue<_, u64, ValueQuery, DefaultDrainWeight>;

	/// Default of [`MaxExtrinsicWeight`].
	#[pallet::type_value]
	pub fn DefaultItemWeight() -> u64 {
		50_000_000_000
	}

	/// The most ref-time one stored call may take.
	#[pallet::storage]
	pub type MaxExtrinsicWeight<T: Config> = StorageValue<_, u64, ValueQuery, DefaultItemWeight>;

	/// The stored encrypted calls, by index.
	#[pallet::storage]
	pub type PendingExtrinsics<T: Config> =
		CountedStorageMap<_, Identity, u32, PendingExtrinsic<T>, OptionQuery>;

	/// The index the next stored call gets.
	#[pallet::storage]
	pub type NextPendingExtrinsicIndex<T: Config> = StorageValue<_, u32, ValueQuery>;

	/// What happened (indices as on the reference chain).
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A carrier was included; `id` is `blake2_256(SCALE(who, ciphertext))`.
		#[codec(index = 0)]
		EncryptedSubmitted {
			/// The carrier's id.
			id: H256,
			/// Its signer.
			who: T::AccountId,
		},
		/// An encrypted call was stored.
		#[codec(index = 1)]
		ExtrinsicStored {
			/// Its index in [`PendingExtrinsics`].
			index: u32,
			/// Its signer.
			who: T::AccountId,
		},
		/// A stored call could not be opened or decoded, and was dropped.
		#[codec(index = 2)]
		ExtrinsicDecodeFailed {
			/// Its index.
			index: u32,
		},
		/// A stored call was dispatched and failed.
		#[codec(index = 3)]
		ExtrinsicDispatchFailed {
			/// Its index.
			index: u32,
			/// Why.
			error: DispatchError,
		},
		/// A stored call was dispatched and succeeded.
		#[codec(index = 4)]
		ExtrinsicDispatched {
			/// Its index.
			index: u32,
		},
		/// A stored call waited longer than [`ExtrinsicLifetime`] and was dropped.
		#[codec(index = 5)]
		ExtrinsicExpired {
			/// Its index.
			index: u32,
		},
		/// A stored call did not fit this block's budget and waits for the next.
		#[codec(index = 6)]
		ExtrinsicPostponed {
			/// Its index.
			index: u32,
		},
		/// Root set [`MaxPendingExtrinsicsLimit`].
		#[codec(index = 7)]
		MaxPendingExtrinsicsNumberSet {
			/// The new limit.
			value: u32,
		},
		/// Root set [`OnInitializeWeight`].
		#[codec(index = 8)]
		OnInitializeWeightSet {
			/// The new budget (ref-time).
			value: u64,
		},
		/// Root set [`ExtrinsicLifetime`].
		#[codec(index = 9)]
		ExtrinsicLifetimeSet {
			/// The new lifetime (blocks).
			value: u32,
		},
		/// Root set [`MaxExtrinsicWeight`].
		#[codec(index = 10)]
		MaxExtrinsicWeightSet {
			/// The new cap (ref-time).
			value: u64,
		},
		/// A stored call weighs more than [`MaxExtrinsicWeight`] and was dropped.
		#[codec(index = 11)]
		ExtrinsicWeightExceeded {
			/// Its index.
			index: u32,
		},
		/// The carrier before this report reached the block without its inner extrinsic.
		#[codec(index = 12)]
		UnshieldFailed {
			/// The carrier's id (as in [`Event::EncryptedSubmitted`]).
			id: H256,
			/// Why.
			reason: UnshieldFailure,
		},
	}

	/// Why a call was refused (indices as on the reference chain).
	#[pallet::error]
	pub enum Error<T> {
		/// An announced key is not an ML-KEM-768 public key (1184 bytes).
		#[codec(index = 0)]
		BadEncKeyLen,
		/// The block's author (or the one two slots ahead) cannot be found.
		#[codec(index = 1)]
		Unreachable,
		/// The stored queue holds [`MaxPendingExtrinsicsLimit`] calls already.
		#[codec(index = 2)]
		TooManyPendingExtrinsics,
		/// More than [`ABSOLUTE_MAX_WEIGHT`].
		#[codec(index = 3)]
		WeightExceedsAbsoluteMax,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			Self::drain_stored_queue(now)
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// The block author's next public key (`None`: it has none), as this block's inherent;
		/// moves the key pipeline one stage on.
		#[pallet::call_index(0)]
		#[pallet::weight((T::WeightInfo::announce_next_key(), DispatchClass::Normal, Pays::No))]
		pub fn announce_next_key(
			origin: OriginFor<T>,
			enc_key: Option<ShieldEncKey>,
		) -> DispatchResult {
			ensure_none(origin)?;
			Self::rotate_keys(enc_key)
		}

		/// A carrier: an extrinsic sealed to [`NextKey`]. Dispatching it only records it; the
		/// author that holds the key places the opened extrinsic right after it.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::submit_encrypted())]
		pub fn submit_encrypted(origin: OriginFor<T>, ciphertext: EncryptedCall) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let id = carrier_id(&who, &ciphertext);
			Self::deposit_event(Event::EncryptedSubmitted { id, who });
			Ok(())
		}

		/// Stores an encrypted call in the queue drained at the start of each block.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::store_encrypted())]
		pub fn store_encrypted(
			origin: OriginFor<T>,
			encrypted_call: EncryptedCall,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::store(who, encrypted_call)
		}

		/// Root: the most stored calls waiting at once.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::set_max_pending_extrinsics_number())]
		pub fn set_max_pending_extrinsics_number(
			origin: OriginFor<T>,
			value: u32,
		) -> DispatchResult {
			ensure_root(origin)?;
			MaxPendingExtrinsicsLimit::<T>::put(value);
			Self::deposit_event(Event::MaxPendingExtrinsicsNumberSet { value });
			Ok(())
		}

		/// Root: the ref-time the queue drain may use per block (at most
		/// [`ABSOLUTE_MAX_WEIGHT`]).
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::set_on_initialize_weight())]
		pub fn set_on_initialize_weight(origin: OriginFor<T>, value: u64) -> DispatchResult {
			ensure_root(origin)?;
			ensure!(value <= ABSOLUTE_MAX_WEIGHT, Error::<T>::WeightExceedsAbsoluteMax);
			OnInitializeWeight::<T>::put(value);
			Self::deposit_event(Event::OnInitializeWeightSet { value });
			Ok(())
		}

		/// Root: blocks a stored call may wait.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::set_stored_extrinsic_lifetime())]
		pub fn set_stored_extrinsic_lifetime(origin: OriginFor<T>, value: u32) -> DispatchResult {
			ensure_root(origin)?;
			ExtrinsicLifetime::<T>::put(value);
			Self::deposit_event(Event::ExtrinsicLifetimeSet { value });
			Ok(())
		}

		/// Root: the most ref-time one stored call may take (at most [`ABSOLUTE_MAX_WEIGHT`]).
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::set_max_extrinsic_weight())]
		pub fn set_max_extrinsic_weight(origin: OriginFor<T>, value: u64) -> DispatchResult {
			ensure_root(origin)?;
			ensure!(value <= ABSOLUTE_MAX_WEIGHT, Error::<T>::WeightExceedsAbsoluteMax);
			MaxExtrinsicWeight::<T>::put(value);
			Self::deposit_event(Event::MaxExtrinsicWeightSet { value });
			Ok(())
		}

		/// Placed by the block author right after a carrier it could not complete: records
		/// [`Event::UnshieldFailed`]. Unsigned; the pool refuses it.
		#[pallet::call_index(7)]
		#[pallet::weight((T::WeightInfo::report_unshield_failure(), DispatchClass::Operational, Pays::No))]
		pub fn report_unshield_failure(
			origin: OriginFor<T>,
			id: H256,
			reason: UnshieldFailure,
		) -> DispatchResult {
			ensure_none(origin)?;
			Self::deposit_event(Event::UnshieldFailed { id, reason });
			Ok(())
		}
	}

	#[pallet::inherent]
	impl<T: Config> ProvideInherent for Pallet<T> {
		type Call = Call<T>;
		type Error = sp_inherents::MakeFatalError<()>;
		const INHERENT_IDENTIFIER: InherentIdentifier = INHERENT_IDENTIFIER;

		fn create_inherent(data: &InherentData) -> Option<Self::Call> {
			keys::announced_key(data).map(|enc_key| Call::announce_next_key { enc_key })
		}

		fn is_inherent(call: &Self::Call) -> bool {
			matches!(call, Call::announce_next_key { .. })
		}
	}
}
