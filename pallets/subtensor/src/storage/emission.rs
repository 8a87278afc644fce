//! Storage of emission: what each block injected into the subnets, the pending buckets the
//! next epoch pays out, and what the last epoch paid as dividends.

use frame_support::pallet_macros::pallet_section;

/// Emission storage, imported into the pallet.
#[pallet_section]
mod emission_storage {
	/// Alpha the last block injected into the subnet's pool.
	#[pallet::storage]
	pub type SubnetAlphaInEmission<T> = StorageMap<_, Identity, NetUid, AlphaBalance, ValueQuery>;

	/// Alpha the last block emitted to the subnet as outstanding alpha.
	#[pallet::storage]
	pub type SubnetAlphaOutEmission<T> = StorageMap<_, Identity, NetUid, AlphaBalance, ValueQuery>;

	/// TAO the last block injected into the subnet's pool.
	#[pallet::storage]
	pub type SubnetTaoInEmission<T> = StorageMap<_, Identity, NetUid, TaoBalance, ValueQuery>;

	/// TAO of the last block's emission that bought alpha for the protocol.
	#[pallet::storage]
	pub type SubnetExcessTao<T> = StorageMap<_, Identity, NetUid, TaoBalance, ValueQuery>;

	/// Miners' alpha waiting for the next epoch.
	#[pallet::storage]
	pub type PendingServerEmission<T> = StorageMap<_, Identity, NetUid, AlphaBalance, ValueQuery>;

	/// Validators' alpha waiting for the next epoch.
	#[pallet::storage]
	pub type PendingValidatorEmission<T> =
		StorageMap<_, Identity, NetUid, AlphaBalance, ValueQuery>;

	/// Root stakers' alpha waiting for the next epoch.
	#[pallet::storage]
	pub type PendingRootAlphaDivs<T> = StorageMap<_, Identity, NetUid, AlphaBalance, ValueQuery>;

	/// The subnet owner's cut waiting for the next epoch.
	#[pallet::storage]
	pub type PendingOwnerCut<T> = StorageMap<_, Identity, NetUid, AlphaBalance, ValueQuery>;

	/// Share of the last epoch's incentive withheld from the owner's own hotkeys; lowers the
	/// subnet's share of later emission.
	#[pallet::storage]
	pub type MinerBurned<T> = StorageMap<_, Identity, NetUid, U96F32, ValueQuery>;

	/// Alpha dividends the last epoch added to each hotkey's pool.
	#[pallet::storage]
	pub type AlphaDividendsPerSubnet<T: Config> = StorageDoubleMap<
		_,
		Identity,
		NetUid,
		Blake2_128Concat,
		T::AccountId,
		AlphaBalance,
		ValueQuery,
	>;

	/// Root dividends the last epoch made claimable through each hotkey.
	#[pallet::storage]
	pub type RootAlphaDividendsPerSubnet<T: Config> = StorageDoubleMap<
		_,
		Identity,
		NetUid,
		Blake2_128Concat,
		T::AccountId,
		AlphaBalance,
		ValueQuery,
	>;

	/// Alpha claimable per unit of a hotkey's root stake, per subnet.
	#[pallet::storage]
	pub type RootClaimable<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		alloc::collections::BTreeMap<NetUid, I96F32>,
		ValueQuery,
	>;

	/// Alpha a root staker (netuid, hotkey, coldkey) has claimed, or is deemed to have claimed
	/// (root stake added after dividends were paid).
	#[pallet::storage]
	pub type RootClaimed<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Identity, NetUid>,
			NMapKey<Blake2_128Concat, T::AccountId>,
			NMapKey<Blake2_128Concat, T::AccountId>,
		),
		u128,
		ValueQuery,
	>;

	/// How each coldkey's root claims are paid.
	#[pallet::storage]
	pub type RootClaimType<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, RootClaimTypeEnum, ValueQuery>;

	/// Moving average of the net TAO staked into a subnet, `(last block, rao per block)`. This
	/// chain's emission does not follow TAO flows and keeps no such record: it holds none;
	/// clients list it with the subnets.
	#[pallet::storage]
	pub type SubnetEmaTaoFlow<T> = StorageMap<_, Identity, NetUid, (u64, I64F64), OptionQuery>;
}
