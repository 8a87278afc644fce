//! Storage of the subnet registry: existence, ownership, identity, lock and pool reserves, and
//! the chain-wide parameters of subnet registration.

use frame_support::pallet_macros::pallet_section;

/// Subnet registry storage, imported into the pallet.
#[pallet_section]
mod subnet_storage {
	/// Default lock floor and first lock: 1000 TAO.
	#[pallet::type_value]
	pub fn DefaultNetworkMinLockCost() -> TaoBalance {
		TaoBalance::new(1_000 * RAO_PER_TAO)
	}

	/// Whether a subnet exists.
	#[pallet::storage]
	pub type NetworksAdded<T> = StorageMap<_, Identity, NetUid, bool, ValueQuery>;

	/// Number of existing subnets, root included.
	#[pallet::storage]
	pub type TotalNetworks<T> = StorageValue<_, u16, ValueQuery>;

	/// Pricing mechanism: 0 = stable (root, 1:1), 1 = dynamic (AMM pool).
	#[pallet::storage]
	pub type SubnetMechanism<T> = StorageMap<_, Identity, NetUid, u16, ValueQuery>;

	/// Coldkey that owns the subnet.
	#[pallet::storage]
	pub type SubnetOwner<T: Config> =
		StorageMap<_, Identity, NetUid, T::AccountId, ValueQuery, DefaultAccount<T>>;

	/// The owner's hotkey on the subnet (UID 0 at creation, never pruned).
	#[pallet::storage]
	pub type SubnetOwnerHotkey<T: Config> =
		StorageMap<_, Identity, NetUid, T::AccountId, ValueQuery, DefaultAccount<T>>;

	/// Block at which the subnet was registered.
	#[pallet::storage]
	pub type NetworkRegisteredAt<T> = StorageMap<_, Identity, NetUid, u64, ValueQuery>;

	/// How many times this netuid has been registered (it is reused after dissolution).
	#[pallet::storage]
	pub type RegisteredSubnetCounter<T> = StorageMap<_, Identity, NetUid, u64, ValueQuery>;

	/// First block of emission, set by `start_call` (`None` until then).
	#[pallet::storage]
	pub type FirstEmissionBlockNumber<T> = StorageMap<_, Identity, NetUid, u64, OptionQuery>;

	/// Whether staking, unstaking and emission are on (set by `start_call`).
	#[pallet::storage]
	pub type SubtokenEnabled<T> = StorageMap<_, Identity, NetUid, bool, ValueQuery>;

	/// TAO the owner locked when registering the subnet.
	#[pallet::storage]
	pub type SubnetLocked<T> = StorageMap<_, Identity, NetUid, TaoBalance, ValueQuery>;

	/// The subnet's token symbol (UTF-8).
	#[pallet::storage]
	pub type TokenSymbol<T> =
		StorageMap<_, Identity, NetUid, Vec<u8>, ValueQuery, DefaultTokenSymbol>;

	/// The root symbol, used as the default.
	#[pallet::type_value]
	pub fn DefaultTokenSymbol() -> Vec<u8> {
		subnets::symbols::ROOT_SYMBOL.as_bytes().to_vec()
	}

	/// The subnet's public identity.
	#[pallet::storage]
	pub type SubnetIdentitiesV3<T> =
		StorageMap<_, Blake2_128Concat, NetUid, SubnetIdentityV3, OptionQuery>;

	/// TAO in the subnet's pool.
	#[pallet::storage]
	pub type SubnetTAO<T> = StorageMap<_, Identity, NetUid, TaoBalance, ValueQuery>;

	/// Alpha in the subnet's pool.
	#[pallet::storage]
	pub type SubnetAlphaIn<T> = StorageMap<_, Identity, NetUid, AlphaBalance, ValueQuery>;

	/// Alpha outside the pool (held by stakers).
	#[pallet::storage]
	pub type SubnetAlphaOut<T> = StorageMap<_, Identity, NetUid, AlphaBalance, ValueQuery>;

	/// Alpha bought by the protocol with excess TAO.
	#[pallet::storage]
	pub type SubnetProtocolAlpha<T> = StorageMap<_, Identity, NetUid, AlphaBalance, ValueQuery>;

	/// TAO traded through the subnet's pool.
	#[pallet::storage]
	pub type SubnetVolume<T> = StorageMap<_, Identity, NetUid, u128, ValueQuery>;

	/// Slow moving average of the subnet's price, capped at 1 (drives emission shares and
	/// the choice of the subnet to prune).
	#[pallet::storage]
	pub type SubnetMovingPrice<T> = StorageMap<_, Identity, NetUid, I96F32, ValueQuery>;

	/// TAO paid for registrations on the subnet and recycled.
	#[pallet::storage]
	pub type RAORecycledForRegistration<T> =
		StorageMap<_, Identity, NetUid, TaoBalance, ValueQuery>;

	/// Dissolved subnets whose stakers are still being paid (see `subnets::dissolution`); their
	/// netuid is not given to a new subnet until the payout is complete.
	#[pallet::storage]
	pub type DissolvingSubnets<T> = StorageMap<_, Identity, NetUid, Dissolution, OptionQuery>;

	/// A dissolving subnet's claims on its pool, staged in order for the payout: the coldkey and
	/// the alpha its position (or its unclaimed root dividends) was worth.
	#[pallet::storage]
	pub type DissolutionStakes<T: Config> =
		StorageDoubleMap<_, Identity, NetUid, Identity, u32, (T::AccountId, u64), OptionQuery>;

	/// A dissolving subnet's payout order of the leftover rao: keys sort by remainder, largest
	/// first, then by staging order; the value is the staker's coldkey (`None`: the protocol).
	#[pallet::storage]
	pub type DissolutionRemainders<T: Config> = StorageDoubleMap<
		_,
		Identity,
		NetUid,
		Identity,
		[u8; 20],
		Option<T::AccountId>,
		OptionQuery,
	>;

	/// TAO accounted in all pools.
	#[pallet::storage]
	pub type TotalStake<T> = StorageValue<_, TaoBalance, ValueQuery>;

	/// The chain's own TAO issuance counter (drives the emission halving).
	#[pallet::storage]
	pub type TotalIssuance<T> = StorageValue<_, TaoBalance, ValueQuery>;

	/// Minimum blocks between two subnet registrations on the chain.
	#[pallet::storage]
	pub type NetworkRateLimit<T> = StorageValue<_, u64, ValueQuery, ConstU64<7_200>>;

	/// Age in blocks before a subnet may be pruned to make room for a new one.
	#[pallet::storage]
	pub type NetworkImmunityPeriod<T> = StorageValue<_, u64, ValueQuery, ConstU64<1_296_000>>;

	/// Floor of the lock cost and of a new pool's TAO.
	#[pallet::storage]
	pub type NetworkMinLockCost<T> =
		StorageValue<_, TaoBalance, ValueQuery, DefaultNetworkMinLockCost>;

	/// TAO locked by the last subnet registration.
	#[pallet::storage]
	pub type NetworkLastLockCost<T> =
		StorageValue<_, TaoBalance, ValueQuery, DefaultNetworkMinLockCost>;

	/// Blocks over which the doubled lock cost decays back (at full block emission).
	#[pallet::storage]
	pub type NetworkLockReductionInterval<T> = StorageValue<_, u64, ValueQuery, ConstU64<100_800>>;

	/// Most non-root subnets; beyond it a registration prunes the weakest subnet.
	#[pallet::storage]
	pub type SubnetLimit<T> = StorageValue<_, u16, ValueQuery, ConstU16<128>>;

	/// Blocks after registration before the owner may call `start_call`.
	#[pallet::storage]
	pub type StartCallDelay<T: Config> = StorageValue<_, u64, ValueQuery, T::InitialStartCallDelay>;

	/// `register_network` is refused before this block.
	#[pallet::storage]
	pub type NetworkRegistrationStartBlock<T> = StorageValue<_, u64, ValueQuery>;

	/// Tempo given to new subnets (a genesis value, so dev chains can use a short one).
	#[pallet::storage]
	pub type DefaultTempo<T> = StorageValue<_, u16, ValueQuery, ConstU16<360>>;

	/// Immunity period given to new subnets (a genesis value, so dev chains can use a short
	/// one).
	#[pallet::storage]
	pub type NewSubnetImmunityPeriod<T> = StorageValue<_, u16, ValueQuery, ConstU16<5_000>>;

	/// Last block of a rate-limited action.
	#[pallet::storage]
	pub type LastRateLimitedBlock<T: Config> =
		StorageMap<_, Identity, RateLimitKey<T::AccountId>, u64, ValueQuery>;

	/// Last block of a rate-limited transaction: (account, netuid, transaction type).
	#[pallet::storage]
	pub type TransactionKeyLastBlock<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Blake2_128Concat, T::AccountId>,
			NMapKey<Identity, NetUid>,
			NMapKey<Identity, u16>,
		),
		u64,
		ValueQuery,
	>;
}
