//! Storage of stake: each hotkey's share pool per subnet, the stakers' shares, delegate takes.

use frame_support::pallet_macros::pallet_section;

/// Stake storage, imported into the pallet.
#[pallet_section]
mod staking_storage {
	/// Alpha a hotkey's pool on a subnet is worth (all its stakers together).
	#[pallet::storage]
	pub type TotalHotkeyAlpha<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Identity,
		NetUid,
		AlphaBalance,
		ValueQuery,
	>;

	/// Shares issued by a hotkey's pool on a subnet.
	#[pallet::storage]
	pub type TotalHotkeySharesV2<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Identity,
		NetUid,
		SafeFloat,
		ValueQuery,
	>;

	/// Shares a coldkey holds in a hotkey's pool on a subnet: (hotkey, coldkey, netuid).
	#[pallet::storage]
	pub type AlphaV2<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Blake2_128Concat, T::AccountId>,
			NMapKey<Blake2_128Concat, T::AccountId>,
			NMapKey<Identity, NetUid>,
		),
		SafeFloat,
		ValueQuery,
	>;

	/// How many coldkeys hold shares in a hotkey's pool on a subnet (`AlphaV2` entries), so
	/// that calls moving a hotkey's positions (hotkey swap) are charged for them up front.
	#[pallet::storage]
	pub type StakePositionCount<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Identity, NetUid, u32, ValueQuery>;

	/// The default delegate take: 11 796 / 65535 ≈ 18 %.
	#[pallet::type_value]
	pub fn DefaultDelegateTake() -> u16 {
		11_796
	}

	/// A hotkey's take on its nominators' dividends (÷65535); an entry marks a delegate.
	#[pallet::storage]
	pub type Delegates<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, u16, ValueQuery, DefaultDelegateTake>;

	/// Block of a coldkey's last stake on a hotkey.
	#[pallet::storage]
	pub type LastColdkeyHotkeyStakeBlock<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		T::AccountId,
		Twox64Concat,
		T::AccountId,
		u64,
		OptionQuery,
	>;

	/// Where a coldkey's miner incentive on a subnet is staked: (coldkey, netuid) → hotkey
	/// (the stake stays the coldkey's).
	#[pallet::storage]
	pub type AutoStakeDestination<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Identity,
		NetUid,
		T::AccountId,
		OptionQuery,
	>;

	/// Reverse index of `AutoStakeDestination`: (hotkey, netuid) → the coldkeys that chose it.
	#[pallet::storage]
	pub type AutoStakeDestinationColdkeys<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Identity,
		NetUid,
		Vec<T::AccountId>,
		ValueQuery,
	>;

	/// Conviction locks: (coldkey, netuid, hotkey) → lock. A newer chain's feature this chain
	/// does not have, so it holds none; clients list it with the stake.
	#[pallet::storage]
	pub type Lock<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Blake2_128Concat, T::AccountId>,
			NMapKey<Identity, NetUid>,
			NMapKey<Blake2_128Concat, T::AccountId>,
		),
		LockState,
		OptionQuery,
	>;

	/// Conviction locks summed per hotkey on a subnet: perpetual ones. None exist here (see
	/// `Lock`); btcli's `subnets show` and `metagraph` read the subnet's entries.
	#[pallet::storage]
	pub type HotkeyLock<T: Config> = StorageDoubleMap<
		_,
		Identity,
		NetUid,
		Blake2_128Concat,
		T::AccountId,
		LockState,
		OptionQuery,
	>;

	/// Conviction locks summed per hotkey on a subnet: decaying ones. None exist here.
	#[pallet::storage]
	pub type DecayingHotkeyLock<T: Config> = StorageDoubleMap<
		_,
		Identity,
		NetUid,
		Blake2_128Concat,
		T::AccountId,
		LockState,
		OptionQuery,
	>;

	/// The subnet owner's perpetual conviction lock. None exists here.
	#[pallet::storage]
	pub type OwnerLock<T: Config> = StorageMap<_, Identity, NetUid, LockState, OptionQuery>;

	/// The subnet owner's decaying conviction lock. None exists here.
	#[pallet::storage]
	pub type DecayingOwnerLock<T: Config> = StorageMap<_, Identity, NetUid, LockState, OptionQuery>;

	/// The reference chain's default for both conviction-lock rates, with which clients roll lock
	/// states forward to the current block. No lock exists here to use it.
	#[pallet::type_value]
	pub fn DefaultLockRate() -> u64 {
		934_866
	}

	/// Conviction maturity rate (see [`DefaultLockRate`]).
	#[pallet::storage]
	pub type MaturityRate<T: Config> = StorageValue<_, u64, ValueQuery, DefaultLockRate>;

	/// Decaying-lock unlock rate (see [`DefaultLockRate`]).
	#[pallet::storage]
	pub type UnlockRate<T: Config> = StorageValue<_, u64, ValueQuery, DefaultLockRate>;

	/// Per validator hotkey, its root basket's accumulated share rate. A newer chain's feature
	/// this chain does not have (see `rpc_info::baskets`), so it holds none; the SDK reads it
	/// with a validator's basket summary.
	#[pallet::storage]
	pub type BasketRate<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, I96F32, OptionQuery>;
}
