//! Events of `SubtensorModule`, at the real chain's variant indices (clients decode them by
//! name and field order).

use frame_support::pallet_macros::pallet_section;

/// The pallet's events, imported into the pallet.
#[pallet_section]
mod events {
	/// Something happened on a subnet or to a neuron.
	#[pallet::event]
	#[pallet::generate_deposit(pub fn deposit_event)]
	pub enum Event<T: Config> {
		/// A subnet was created: (netuid, mechanism).
		#[codec(index = 0)]
		NetworkAdded(NetUid, u16),
		/// A subnet was dissolved.
		#[codec(index = 1)]
		NetworkRemoved(NetUid),
		/// Stake bought: (coldkey, hotkey, TAO paid incl. fee, alpha bought, netuid, fee in TAO).
		#[codec(index = 2)]
		StakeAdded(T::AccountId, T::AccountId, TaoBalance, AlphaBalance, NetUid, u64),
		/// Stake sold: (coldkey, hotkey, TAO received, alpha sold, netuid, fee in alpha).
		#[codec(index = 3)]
		StakeRemoved(T::AccountId, T::AccountId, TaoBalance, AlphaBalance, NetUid, u64),
		/// Stake moved to another hotkey or subnet: (coldkey, origin hotkey, origin netuid,
		/// destination hotkey, destination netuid, TAO value).
		#[codec(index = 4)]
		StakeMoved(T::AccountId, T::AccountId, NetUid, T::AccountId, NetUid, TaoBalance),
		/// A hotkey took a UID: (netuid, uid, hotkey).
		#[codec(index = 6)]
		NeuronRegistered(NetUid, u16, T::AccountId),
		/// UID capacity of a subnet changed.
		#[codec(index = 9)]
		MaxAllowedUidsSet(NetUid, u16),
		/// Proof-of-work difficulty changed.
		#[codec(index = 11)]
		DifficultySet(NetUid, u64),
		/// Legacy price-controller interval changed.
		#[codec(index = 12)]
		AdjustmentIntervalSet(NetUid, u16),
		/// Target registrations per interval changed.
		#[codec(index = 13)]
		RegistrationPerIntervalSet(NetUid, u16),
		/// Registrations allowed per block changed.
		#[codec(index = 14)]
		MaxRegistrationsPerBlockSet(NetUid, u16),
		/// Deprecated activity cutoff changed.
		#[codec(index = 15)]
		ActivityCutoffSet(NetUid, u16),
		/// Rho changed.
		#[codec(index = 16)]
		RhoSet(NetUid, u16),
		/// Liquid-alpha sigmoid steepness changed.
		#[codec(index = 17)]
		AlphaSigmoidSteepnessSet(NetUid, i16),
		/// Consensus majority changed.
		#[codec(index = 18)]
		KappaSet(NetUid, u16),
		/// Minimum weight-vector length changed.
		#[codec(index = 19)]
		MinAllowedWeightSet(NetUid, u16),
		/// Weight-setting rate limit changed.
		#[codec(index = 22)]
		WeightsSetRateLimitSet(NetUid, u64),
		/// Immunity period changed.
		#[codec(index = 23)]
		ImmunityPeriodSet(NetUid, u16),
		/// Bond moving average changed.
		#[codec(index = 24)]
		BondsMovingAverageSet(NetUid, u64),
		/// Bonds penalty changed.
		#[codec(index = 25)]
		BondsPenaltySet(NetUid, u16),
		/// Bonds reset on commitment toggled.
		#[codec(index = 26)]
		BondsResetOnSet(NetUid, bool),
		/// Validator permits changed.
		#[codec(index = 27)]
		MaxAllowedValidatorsSet(NetUid, u16),
		/// A hotkey served its axon: (netuid, hotkey).
		#[codec(index = 28)]
		AxonServed(NetUid, T::AccountId),
		/// A hotkey served its Prometheus endpoint: (netuid, hotkey).
		#[codec(index = 29)]
		PrometheusServed(NetUid, T::AccountId),
		/// The highest delegate take changed.
		#[codec(index = 31)]
		DefaultTakeSet(u16),
		/// Weights version key changed.
		#[codec(index = 32)]
		WeightsVersionKeySet(NetUid, u64),
		/// Minimum difficulty changed.
		#[codec(index = 33)]
		MinDifficultySet(NetUid, u64),
		/// Maximum difficulty changed.
		#[codec(index = 34)]
		MaxDifficultySet(NetUid, u64),
		/// Serving rate limit changed.
		#[codec(index = 35)]
		ServingRateLimitSet(NetUid, u64),
		/// Registration price ceiling changed.
		#[codec(index = 37)]
		MaxBurnSet(NetUid, TaoBalance),
		/// Registration price floor changed.
		#[codec(index = 38)]
		MinBurnSet(NetUid, TaoBalance),
		/// Epochs per block changed.
		#[codec(index = 39)]
		MaxEpochsPerBlockSet(u8),
		/// Generic transaction rate limit changed.
		#[codec(index = 40)]
		TxRateLimitSet(u64),
		/// Delegate-take rate limit changed.
		#[codec(index = 41)]
		TxDelegateTakeRateLimitSet(u64),
		/// Admin freeze window changed.
		#[codec(index = 43)]
		AdminFreezeWindowSet(u16),
		/// Owner hyperparameter rate limit changed.
		#[codec(index = 44)]
		OwnerHyperparamRateLimitSet(u16),
		/// Per-subnet childkey take floor changed.
		#[codec(index = 46)]
		MinChildKeyTakePerSubnetSet(NetUid, u16),
		/// Registration opened or closed.
		#[codec(index = 50)]
		RegistrationAllowed(NetUid, bool),
		/// A subnet's tempo changed.
		#[codec(index = 52)]
		TempoSet(NetUid, u16),
		/// Recycled-for-registration counter set.
		#[codec(index = 53)]
		RAORecycledForRegistrationSet(NetUid, TaoBalance),
		/// Stake threshold changed.
		#[codec(index = 54)]
		StakeThresholdSet(u64),
		/// Legacy price-controller smoothing changed.
		#[codec(index = 55)]
		AdjustmentAlphaSet(NetUid, u64),
		/// The faucet minted TAO: (account, rao).
		#[codec(index = 56)]
		Faucet(T::AccountId, u64),
		/// Owner cut changed.
		#[codec(index = 57)]
		SubnetOwnerCutSet(u16),
		/// Subnet registration rate limit changed.
		#[codec(index = 58)]
		NetworkRateLimitSet(u64),
		/// Subnet immunity period changed.
		#[codec(index = 59)]
		NetworkImmunityPeriodSet(u64),
		/// Start-call delay changed.
		#[codec(index = 60)]
		StartCallDelaySet(u64),
		/// Minimum lock cost changed.
		#[codec(index = 61)]
		NetworkMinLockCostSet(TaoBalance),
		/// Subnet limit changed.
		#[codec(index = 62)]
		SubnetLimitSet(u16),
		/// Lock cost reduction interval changed.
		#[codec(index = 63)]
		NetworkLockCostReductionIntervalSet(u64),
		/// Lowest delegate take changed.
		#[codec(index = 68)]
		MinDelegateTakeSet(u16),
		/// A coldkey set its identity.
		#[codec(index = 77)]
		ChainIdentitySet(T::AccountId),
		/// A subnet's identity was set.
		#[codec(index = 78)]
		SubnetIdentitySet(NetUid),
		/// Coldkey swap announcement delay changed.
		#[codec(index = 81)]
		ColdkeySwapAnnouncementDelaySet(BlockNumberFor<T>),
		/// Coldkey swap re-announcement delay changed.
		#[codec(index = 82)]
		ColdkeySwapReannouncementDelaySet(BlockNumberFor<T>),
		/// Legacy dissolution schedule changed.
		#[codec(index = 83)]
		DissolveNetworkScheduleDurationSet(BlockNumberFor<T>),
		/// Stake transfers toggled.
		#[codec(index = 93)]
		TransferToggle(NetUid, bool),
		/// A subnet's owner hotkey was set.
		#[codec(index = 94)]
		SubnetOwnerHotkeySet(NetUid, T::AccountId),
		/// `start_call`: the subnet emits from this block on.
		#[codec(index = 95)]
		FirstEmissionBlockNumberSet(NetUid, u64),
		/// Commit-reveal period changed.
		#[codec(index = 100)]
		CommitRevealPeriodsSet(NetUid, u64),
		/// Commit-reveal toggled.
		#[codec(index = 101)]
		CommitRevealEnabled(NetUid, bool),
		/// A subnet's token symbol changed.
		#[codec(index = 105)]
		SymbolUpdated {
			/// The subnet.
			netuid: NetUid,
			/// The new symbol (UTF-8).
			symbol: Vec<u8>,
		},
		/// Required commit-reveal version changed.
		#[codec(index = 106)]
		CommitRevealVersionSet(u16),
		/// UID capacity floor changed.
		#[codec(index = 111)]
		MinAllowedUidsSet(NetUid, u16),
		/// Minimum non-immune UIDs changed.
		#[codec(index = 113)]
		MinNonImmuneUidsSet(NetUid, u16),
		/// An epoch's miner emission on a mechanism, per UID.
		#[codec(index = 110)]
		IncentiveAlphaEmittedToMiners {
			/// The mechanism's storage index.
			netuid: NetUidStorageIndex,
			/// Alpha-rao per UID.
			emissions: Vec<AlphaBalance>,
		},
		/// A miner's incentive was staked to the hotkey its coldkey chose.
		#[codec(index = 109)]
		AutoStakeAdded {
			/// The subnet.
			netuid: NetUid,
			/// The hotkey the incentive was staked to.
			destination: T::AccountId,
			/// The miner's hotkey.
			hotkey: T::AccountId,
			/// The miner's coldkey, which owns the stake.
			owner: T::AccountId,
			/// Alpha staked.
			incentive: AlphaBalance,
		},
		/// A coldkey chose where its miner incentive on a subnet is staked.
		#[codec(index = 112)]
		AutoStakeDestinationSet {
			/// The coldkey (it keeps owning the stake).
			coldkey: T::AccountId,
			/// The subnet.
			netuid: NetUid,
			/// The hotkey the incentive is staked to.
			hotkey: T::AccountId,
		},
		/// A coldkey claimed its root stake's part of subnet dividends.
		#[codec(index = 114)]
		RootClaimed {
			/// The claiming coldkey.
			coldkey: T::AccountId,
		},
		/// A coldkey chose how its root claims are paid.
		#[codec(index = 115)]
		RootClaimTypeSet {
			/// The coldkey.
			coldkey: T::AccountId,
			/// Sold for TAO on root, or kept as alpha.
			root_claim_type: RootClaimTypeEnum,
		},
		/// TAO staked and the bought alpha burned at once.
		#[codec(index = 121)]
		AddStakeBurn {
			/// The subnet.
			netuid: NetUid,
			/// The hotkey the stake was bought for.
			hotkey: T::AccountId,
			/// TAO spent, fee included.
			amount: TaoBalance,
			/// Alpha bought and burned.
			alpha: AlphaBalance,
		},
		/// The registration price half-life changed.
		#[codec(index = 124)]
		BurnHalfLifeSet {
			/// The subnet.
			netuid: NetUid,
			/// Blocks.
			burn_half_life: u16,
		},
		/// The registration price multiplier changed.
		#[codec(index = 125)]
		BurnIncreaseMultSet {
			/// The subnet.
			netuid: NetUid,
			/// Multiplier per registration.
			burn_increase_mult: U64F64,
		},
		/// A subnet's activity cutoff factor changed.
		#[codec(index = 130)]
		ActivityCutoffFactorMilliSet {
			/// The subnet.
			netuid: NetUid,
			/// Thousandths of a tempo.
			factor_milli: u32,
		},
		/// The owner scheduled an epoch.
		#[codec(index = 131)]
		EpochTriggered {
			/// The subnet.
			netuid: NetUid,
			/// The owner coldkey.
			by: T::AccountId,
			/// Block at which the epoch runs.
			fires_at: u64,
		},
		/// A hotkey became a delegate: (coldkey, hotkey, take).
		#[codec(index = 30)]
		DelegateAdded(T::AccountId, T::AccountId, u16),
		/// A delegate lowered its take: (coldkey, hotkey, take).
		#[codec(index = 64)]
		TakeDecreased(T::AccountId, T::AccountId, u16),
		/// A delegate raised its take: (coldkey, hotkey, take).
		#[codec(index = 65)]
		TakeIncreased(T::AccountId, T::AccountId, u16),
		/// Stake given to another coldkey: (origin coldkey, destination coldkey, hotkey, origin
		/// netuid, destination netuid, TAO value).
		#[codec(index = 91)]
		StakeTransferred(T::AccountId, T::AccountId, T::AccountId, NetUid, NetUid, TaoBalance),
		/// Stake moved to another subnet: (coldkey, hotkey, origin netuid, destination netuid,
		/// TAO value).
		#[codec(index = 92)]
		StakeSwapped(T::AccountId, T::AccountId, NetUid, NetUid, TaoBalance),
		/// Alpha taken out of circulation: (coldkey, hotkey, amount, netuid).
		#[codec(index = 96)]
		AlphaRecycled(T::AccountId, T::AccountId, AlphaBalance, NetUid),
		/// Alpha destroyed: (coldkey, hotkey, amount, netuid).
		#[codec(index = 97)]
		AlphaBurned(T::AccountId, T::AccountId, AlphaBalance, NetUid),
		/// A due epoch moved to a later block (too many epochs in one block).
		#[codec(index = 132)]
		EpochDeferred {
			/// The subnet.
			netuid: NetUid,
			/// The block it was due in.
			from_block: u64,
			/// The block it runs in.
			to_block: u64,
		},
		/// A UID set weights: (mechanism index, uid).
		#[codec(index = 5)]
		WeightsSet(NetUidStorageIndex, u16),
		/// A hotkey committed a weights hash: (hotkey, mechanism index, hash).
		#[codec(index = 85)]
		WeightsCommitted(T::AccountId, NetUidStorageIndex, H256),
		/// A hotkey revealed committed weights: (hotkey, mechanism index, hash).
		#[codec(index = 86)]
		WeightsRevealed(T::AccountId, NetUidStorageIndex, H256),
		/// A hotkey revealed several commits: (hotkey, netuid, hashes).
		#[codec(index = 87)]
		WeightsBatchRevealed(T::AccountId, NetUid, Vec<H256>),
		/// A weights batch finished: (netuids, hotkey).
		#[codec(index = 88)]
		BatchWeightsCompleted(Vec<Compact<NetUid>>, T::AccountId),
		/// Some items of a weights batch failed.
		#[codec(index = 89)]
		BatchCompletedWithErrors(),
		/// An item of a weights batch failed: (netuid, error).
		#[codec(index = 90)]
		BatchWeightItemFailed(NetUid, DispatchError),
	}
}
