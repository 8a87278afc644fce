//! Storage of neurons: keys and UIDs, the per-UID vectors of the metagraph, weights and bonds,
//! served endpoints, and hotkey ownership.

use frame_support::pallet_macros::pallet_section;

/// Neuron storage, imported into the pallet.
#[pallet_section]
mod neuron_storage {
	/// The coldkey that owns a hotkey (the all-zero account if none).
	#[pallet::storage]
	pub type Owner<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, T::AccountId, ValueQuery, DefaultAccount<T>>;

	/// Hotkeys a coldkey owns.
	#[pallet::storage]
	pub type OwnedHotkeys<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, Vec<T::AccountId>, ValueQuery>;

	/// Hotkeys a coldkey has (or had) stake with.
	#[pallet::storage]
	pub type StakingHotkeys<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, Vec<T::AccountId>, ValueQuery>;

	/// Number of UIDs on a subnet (UIDs are `0..N`).
	#[pallet::storage]
	pub type SubnetworkN<T> = StorageMap<_, Identity, NetUid, u16, ValueQuery>;

	/// Hotkey of a UID.
	#[pallet::storage]
	pub type Keys<T: Config> = StorageDoubleMap<
		_,
		Identity,
		NetUid,
		Identity,
		u16,
		T::AccountId,
		ValueQuery,
		DefaultAccount<T>,
	>;

	/// UID of a hotkey (absent if the hotkey is not registered there).
	#[pallet::storage]
	pub type Uids<T: Config> =
		StorageDoubleMap<_, Identity, NetUid, Blake2_128Concat, T::AccountId, u16, OptionQuery>;

	/// Whether a hotkey holds a UID on a subnet.
	#[pallet::storage]
	pub type IsNetworkMember<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Identity, NetUid, bool, ValueQuery>;

	/// Block at which a UID was (re)registered.
	#[pallet::storage]
	pub type BlockAtRegistration<T> =
		StorageDoubleMap<_, Identity, NetUid, Identity, u16, u64, ValueQuery>;

	/// Registrations on a subnet in the current block.
	#[pallet::storage]
	pub type RegistrationsThisBlock<T> = StorageMap<_, Identity, NetUid, u16, ValueQuery>;

	/// Registrations on a subnet in the current interval (root only).
	#[pallet::storage]
	pub type RegistrationsThisInterval<T> = StorageMap<_, Identity, NetUid, u16, ValueQuery>;

	/// The block of a subnet's last registration-price adjustment, for clients (btcli 9.x reads
	/// it when a registration fails): the price follows `BurnHalfLife` now, so nothing writes it,
	/// as on the reference.
	#[pallet::storage]
	pub type LastAdjustmentBlock<T> = StorageMap<_, Identity, NetUid, u64, ValueQuery>;

	/// Per UID: active in the last epoch.
	#[pallet::storage]
	pub type Active<T> = StorageMap<_, Identity, NetUid, Vec<bool>, ValueQuery>;

	/// Per UID: holds a validator permit.
	#[pallet::storage]
	pub type ValidatorPermit<T> = StorageMap<_, Identity, NetUid, Vec<bool>, ValueQuery>;

	/// Per UID: consensus weight of the last epoch (÷65535).
	#[pallet::storage]
	pub type Consensus<T> = StorageMap<_, Identity, NetUid, Vec<u16>, ValueQuery>;

	/// Per UID: dividends share of the last epoch (÷65535).
	#[pallet::storage]
	pub type Dividends<T> = StorageMap<_, Identity, NetUid, Vec<u16>, ValueQuery>;

	/// Per UID: validator trust of the last epoch (÷65535).
	#[pallet::storage]
	pub type ValidatorTrust<T> = StorageMap<_, Identity, NetUid, Vec<u16>, ValueQuery>;

	/// Per UID: normalised stake weight of the last epoch (÷65535).
	#[pallet::storage]
	pub type StakeWeight<T> = StorageMap<_, Identity, NetUid, Vec<u16>, ValueQuery>;

	/// Per UID: alpha emitted in the last epoch.
	#[pallet::storage]
	pub type Emission<T> = StorageMap<_, Identity, NetUid, Vec<AlphaBalance>, ValueQuery>;

	/// Per UID and mechanism: incentive share of the last epoch (÷65535).
	#[pallet::storage]
	pub type Incentive<T> = StorageMap<_, Identity, NetUidStorageIndex, Vec<u16>, ValueQuery>;

	/// Per UID and mechanism: block of the last weight set or commit.
	#[pallet::storage]
	pub type LastUpdate<T> = StorageMap<_, Identity, NetUidStorageIndex, Vec<u64>, ValueQuery>;

	/// Weights a UID set: `(destination uid, weight)`.
	#[pallet::storage]
	pub type Weights<T> = StorageDoubleMap<
		_,
		Identity,
		NetUidStorageIndex,
		Identity,
		u16,
		Vec<(u16, u16)>,
		ValueQuery,
	>;

	/// Unrevealed weight commits of a hotkey on a mechanism, oldest first.
	#[pallet::storage]
	pub type WeightCommits<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		NetUidStorageIndex,
		Twox64Concat,
		T::AccountId,
		alloc::collections::VecDeque<WeightCommit>,
		OptionQuery,
	>;

	/// Timelocked weight commits on a mechanism, by the epoch they were made in: `(hotkey,
	/// block, ciphertext, drand round)`, in commit order. Revealed and removed
	/// `RevealPeriodEpochs` epochs later, once the round's pulse is stored.
	#[pallet::storage]
	pub type TimelockedWeightCommits<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		NetUidStorageIndex,
		Twox64Concat,
		u64,
		alloc::collections::VecDeque<TimelockedCommit<T::AccountId>>,
		ValueQuery,
	>;

	/// The first layout of timelocked commits, `(hotkey, ciphertext, drand round)` by mechanism
	/// and epoch. Declared for the clients that list it; this chain never writes it.
	#[pallet::storage]
	pub type CRV3WeightCommits<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		NetUidStorageIndex,
		Twox64Concat,
		u64,
		alloc::collections::VecDeque<(T::AccountId, TimelockCiphertext, u64)>,
		ValueQuery,
	>;

	/// The second layout of timelocked commits, as [`TimelockedWeightCommits`]. Declared for
	/// the clients that list it; this chain never writes it.
	#[pallet::storage]
	pub type CRV3WeightCommitsV2<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		NetUidStorageIndex,
		Twox64Concat,
		u64,
		alloc::collections::VecDeque<TimelockedCommit<T::AccountId>>,
		ValueQuery,
	>;

	/// Bonds a UID holds: `(destination uid, bond)`.
	#[pallet::storage]
	pub type Bonds<T> = StorageDoubleMap<
		_,
		Identity,
		NetUidStorageIndex,
		Identity,
		u16,
		Vec<(u16, u16)>,
		ValueQuery,
	>;

	/// Axon endpoint a hotkey serves on a subnet.
	#[pallet::storage]
	pub type Axons<T: Config> = StorageDoubleMap<
		_,
		Identity,
		NetUid,
		Blake2_128Concat,
		T::AccountId,
		AxonInfo,
		OptionQuery,
	>;

	/// TLS certificate a hotkey serves with on a subnet.
	#[pallet::storage]
	pub type NeuronCertificates<T: Config> = StorageDoubleMap<
		_,
		Identity,
		NetUid,
		Blake2_128Concat,
		T::AccountId,
		NeuronCertificate,
		OptionQuery,
	>;

	/// Prometheus endpoint a hotkey serves on a subnet.
	#[pallet::storage]
	pub type Prometheus<T: Config> = StorageDoubleMap<
		_,
		Identity,
		NetUid,
		Blake2_128Concat,
		T::AccountId,
		PrometheusInfo,
		OptionQuery,
	>;

	/// A coldkey's public identity (`set_identity`).
	#[pallet::storage]
	pub type IdentitiesV2<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, ChainIdentityV2, OptionQuery>;

	/// Proof-of-work seals already used, with the block they were used in.
	#[pallet::storage]
	pub type UsedWork<T> = StorageMap<_, Identity, Vec<u8>, u64, ValueQuery>;

	/// Block of a hotkey's last proof-of-work registration (a new seal must name a later block).
	#[pallet::storage]
	pub type LastPowRegistrationBlock<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, u64, OptionQuery>;

	/// Whether the proof-of-work `faucet` mints TAO (a genesis value: on for dev chains).
	#[pallet::storage]
	pub type FaucetEnabled<T> = StorageValue<_, bool, ValueQuery>;
}
