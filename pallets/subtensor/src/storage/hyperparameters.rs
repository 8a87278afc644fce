//! Storage of the hyperparameters: per-subnet values (keyed by netuid) and chain-wide ones, with
//! the reference defaults. `AdminUtils` sets them; new subnets overwrite some of them
//! (see `subnets::register`).

use frame_support::pallet_macros::pallet_section;

/// Hyperparameter storage, imported into the pallet.
#[pallet_section]
mod hyperparameter_storage {
	/// 0.1 TAO: the storage default of the registration price.
	#[pallet::type_value]
	pub fn DefaultBurn() -> TaoBalance {
		TaoBalance::new(100_000_000)
	}
	/// 0.0005 TAO: the default floor of the registration price.
	#[pallet::type_value]
	pub fn DefaultMinBurn() -> TaoBalance {
		TaoBalance::new(500_000)
	}
	/// 100 TAO: the default ceiling of the registration price.
	#[pallet::type_value]
	pub fn DefaultMaxBurn() -> TaoBalance {
		TaoBalance::new(100 * RAO_PER_TAO)
	}
	/// ×1.26 per registration.
	#[pallet::type_value]
	pub fn DefaultBurnIncreaseMult() -> U64F64 {
		U64F64::from_num(126).saturating_div(U64F64::from_num(100))
	}
	/// (0.7, 0.9) of 65535.
	#[pallet::type_value]
	pub fn DefaultAlphaValues() -> (u16, u16) {
		(45_875, 58_982)
	}
	/// 500 000 alpha-rao.
	#[pallet::type_value]
	pub fn DefaultRootClaimableThreshold() -> I96F32 {
		I96F32::from_num(500_000)
	}
	/// 0.000003.
	#[pallet::type_value]
	pub fn DefaultSubnetMovingAlpha() -> I96F32 {
		I96F32::from_num(3).saturating_div(I96F32::from_num(1_000_000))
	}
	/// One mechanism per subnet.
	#[pallet::type_value]
	pub fn DefaultMechanismCount() -> MechId {
		1
	}
	/// At most two mechanisms.
	#[pallet::type_value]
	pub fn DefaultMaxMechanismCount() -> MechId {
		2
	}
	/// `u64::MAX / 4`.
	#[pallet::type_value]
	pub fn DefaultMaxDifficulty() -> u64 {
		u64::MAX / 4
	}

	// ----- Epoch schedule -----

	/// Blocks between automatic epochs (0 = never).
	#[pallet::storage]
	pub type Tempo<T> = StorageMap<_, Identity, NetUid, u16, ValueQuery, ConstU16<360>>;
	/// Block of the subnet's last epoch.
	#[pallet::storage]
	pub type LastEpochBlock<T> = StorageMap<_, Identity, NetUid, u64, ValueQuery>;
	/// Block at which an owner-triggered epoch fires (0 = none pending).
	#[pallet::storage]
	pub type PendingEpochAt<T> = StorageMap<_, Identity, NetUid, u64, ValueQuery>;
	/// Block of the subnet's last epoch distribution (bonds towards UIDs registered since are
	/// dropped). The misspelling is the real chain's storage name.
	#[pallet::storage]
	pub type LastMechansimStepBlock<T> = StorageMap<_, Identity, NetUid, u64, ValueQuery>;
	/// Epochs consumed so far (commit-reveal counts in it).
	#[pallet::storage]
	pub type SubnetEpochIndex<T> = StorageMap<_, Identity, NetUid, u64, ValueQuery>;
	/// Blocks since the subnet's last epoch ran (counted every block, 0 in the epoch's block).
	#[pallet::storage]
	pub type BlocksSinceLastStep<T> = StorageMap<_, Identity, NetUid, u64, ValueQuery>;

	// ----- Consensus -----

	/// Consensus majority (÷65535).
	#[pallet::storage]
	pub type Kappa<T> = StorageMap<_, Identity, NetUid, u16, ValueQuery, ConstU16<32_767>>;
	/// Unused by the current epoch; kept for clients.
	#[pallet::storage]
	pub type Rho<T> = StorageMap<_, Identity, NetUid, u16, ValueQuery, ConstU16<10>>;
	/// Validator permits handed out per epoch (top-k by stake; 1 while the subnet runs Null).
	#[pallet::storage]
	pub type MaxAllowedValidators<T> =
		StorageMap<_, Identity, NetUid, u16, ValueQuery, ConstU16<128>>;
	/// Minimum length of a weight vector (capped by the number of UIDs).
	#[pallet::storage]
	pub type MinAllowedWeights<T> =
		StorageMap<_, Identity, NetUid, u16, ValueQuery, ConstU16<1_024>>;
	/// Largest normalised single weight (65535 = no limit).
	#[pallet::storage]
	pub type MaxWeightsLimit<T> =
		StorageMap<_, Identity, NetUid, u16, ValueQuery, ConstU16<{ u16::MAX }>>;
	/// Weights with a lower version key are refused (0 = off).
	#[pallet::storage]
	pub type WeightsVersionKey<T> = StorageMap<_, Identity, NetUid, u64, ValueQuery>;
	/// Minimum blocks between two weight sets of a UID.
	#[pallet::storage]
	pub type WeightsSetRateLimit<T> =
		StorageMap<_, Identity, NetUid, u64, ValueQuery, ConstU64<100>>;
	/// Activity cutoff as thousandths of a tempo.
	#[pallet::storage]
	pub type ActivityCutoffFactorMilli<T> =
		StorageMap<_, Identity, NetUid, u32, ValueQuery, ConstU32<13_889>>;
	/// Deprecated activity cutoff in blocks; reported to clients, unused by the epoch.
	#[pallet::storage]
	pub type ActivityCutoff<T> = StorageMap<_, Identity, NetUid, u16, ValueQuery, ConstU16<5_000>>;
	/// Legacy lower bound of the activity cutoff (blocks): clients read it, nothing enforces it.
	#[pallet::storage]
	pub type MinActivityCutoff<T> = StorageValue<_, u16, ValueQuery, ConstU16<360>>;
	/// Bond EMA: α = 1 − value / 10^6.
	#[pallet::storage]
	pub type BondsMovingAverage<T> =
		StorageMap<_, Identity, NetUid, u64, ValueQuery, ConstU64<900_000>>;
	/// Bonds from raw (0) or clipped (65535) weights.
	#[pallet::storage]
	pub type BondsPenalty<T> =
		StorageMap<_, Identity, NetUid, u16, ValueQuery, ConstU16<{ u16::MAX }>>;
	/// A metadata commitment clears the bonds pointing at the committer.
	#[pallet::storage]
	pub type BondsResetOn<T> = StorageMap<_, Identity, NetUid, bool, ValueQuery>;
	/// Per-cell dynamic bond EMA (Yuma-3 only).
	#[pallet::storage]
	pub type LiquidAlphaOn<T> = StorageMap<_, Blake2_128Concat, NetUid, bool, ValueQuery>;
	/// Liquid alpha bounds (α_low, α_high), ÷65535.
	#[pallet::storage]
	pub type AlphaValues<T> =
		StorageMap<_, Identity, NetUid, (u16, u16), ValueQuery, DefaultAlphaValues>;
	/// Steepness of the liquid-alpha sigmoid.
	#[pallet::storage]
	pub type AlphaSigmoidSteepness<T> =
		StorageMap<_, Identity, NetUid, i16, ValueQuery, ConstI16<1_000>>;
	/// Yuma-3 bond model.
	#[pallet::storage]
	pub type Yuma3On<T> = StorageMap<_, Blake2_128Concat, NetUid, bool, ValueQuery>;
	/// Commit-reveal required for weights.
	#[pallet::storage]
	pub type CommitRevealWeightsEnabled<T> =
		StorageMap<_, Identity, NetUid, bool, ValueQuery, ConstBool<true>>;
	/// Which epoch a subnet runs (clients read it before setting weights).
	#[pallet::storage]
	pub type SubnetEpochConsensus<T> = StorageMap<_, Identity, NetUid, EpochConsensus, ValueQuery>;
	/// While a subnet runs the Null epoch (one validator permit): the `MaxAllowedValidators` it
	/// had under Yuma, restored when it switches back.
	#[pallet::storage]
	pub type SavedYumaMaxAllowedValidators<T> = StorageMap<_, Identity, NetUid, u16, OptionQuery>;
	/// Epochs between a weight commit and its reveal.
	#[pallet::storage]
	pub type RevealPeriodEpochs<T> =
		StorageMap<_, Twox64Concat, NetUid, u64, ValueQuery, ConstU64<1>>;
	/// Mechanisms of the subnet.
	#[pallet::storage]
	pub type MechanismCountCurrent<T> =
		StorageMap<_, Twox64Concat, NetUid, MechId, ValueQuery, DefaultMechanismCount>;
	/// Per-mechanism emission split (sums to 65535; `None` = even).
	#[pallet::storage]
	pub type MechanismEmissionSplit<T> = StorageMap<_, Twox64Concat, NetUid, Vec<u16>, OptionQuery>;
	/// Unused; reported in legacy client structs.
	#[pallet::storage]
	pub type ValidatorPruneLen<T> = StorageMap<_, Identity, NetUid, u64, ValueQuery, ConstU64<1>>;
	/// Unused; reported in legacy client structs.
	#[pallet::storage]
	pub type ScalingLawPower<T> = StorageMap<_, Identity, NetUid, u16, ValueQuery, ConstU16<50>>;

	// ----- Registration -----

	/// Current registration price.
	#[pallet::storage]
	pub type Burn<T> = StorageMap<_, Identity, NetUid, TaoBalance, ValueQuery, DefaultBurn>;
	/// Floor of the registration price.
	#[pallet::storage]
	pub type MinBurn<T> = StorageMap<_, Identity, NetUid, TaoBalance, ValueQuery, DefaultMinBurn>;
	/// Ceiling of the registration price.
	#[pallet::storage]
	pub type MaxBurn<T> = StorageMap<_, Identity, NetUid, TaoBalance, ValueQuery, DefaultMaxBurn>;
	/// Half-life in blocks of the per-block price decay (0 = no decay).
	#[pallet::storage]
	pub type BurnHalfLife<T> = StorageMap<_, Identity, NetUid, u16, ValueQuery, ConstU16<360>>;
	/// Price multiplier applied after each registration.
	#[pallet::storage]
	pub type BurnIncreaseMult<T> =
		StorageMap<_, Identity, NetUid, U64F64, ValueQuery, DefaultBurnIncreaseMult>;
	/// Proof-of-work difficulty (legacy; reported to clients).
	#[pallet::storage]
	pub type Difficulty<T> = StorageMap<_, Identity, NetUid, u64, ValueQuery, ConstU64<10_000_000>>;
	/// Difficulty new subnets start with (a genesis value: low on dev chains, so a laptop
	/// registers by proof of work in a moment).
	#[pallet::storage]
	pub type NewSubnetDifficulty<T> = StorageValue<_, u64, ValueQuery, ConstU64<10_000_000>>;
	/// Lower bound of the difficulty.
	#[pallet::storage]
	pub type MinDifficulty<T> =
		StorageMap<_, Identity, NetUid, u64, ValueQuery, ConstU64<10_000_000>>;
	/// Upper bound of the difficulty.
	#[pallet::storage]
	pub type MaxDifficulty<T> =
		StorageMap<_, Identity, NetUid, u64, ValueQuery, DefaultMaxDifficulty>;
	/// Legacy price-controller interval.
	#[pallet::storage]
	pub type AdjustmentInterval<T> =
		StorageMap<_, Identity, NetUid, u16, ValueQuery, ConstU16<100>>;
	/// Legacy price-controller smoothing.
	#[pallet::storage]
	pub type AdjustmentAlpha<T> = StorageMap<_, Identity, NetUid, u64, ValueQuery>;
	/// Target registrations per interval (root only; the cap is three times it).
	#[pallet::storage]
	pub type TargetRegistrationsPerInterval<T> =
		StorageMap<_, Identity, NetUid, u16, ValueQuery, ConstU16<2>>;
	/// Registrations allowed per block (root only).
	#[pallet::storage]
	pub type MaxRegistrationsPerBlock<T> =
		StorageMap<_, Identity, NetUid, u16, ValueQuery, ConstU16<1>>;
	/// Whether `burned_register` is open (also required for emission).
	#[pallet::storage]
	pub type NetworkRegistrationAllowed<T> =
		StorageMap<_, Identity, NetUid, bool, ValueQuery, ConstBool<true>>;
	/// Whether `pow_register` is open. Every subnet opens it at creation; a netuid without a
	/// subnet reads `false`, so clients stop before mining for it.
	#[pallet::storage]
	pub type NetworkPowRegistrationAllowed<T> = StorageMap<_, Identity, NetUid, bool, ValueQuery>;
	/// UID capacity.
	#[pallet::storage]
	pub type MaxAllowedUids<T> = StorageMap<_, Identity, NetUid, u16, ValueQuery, ConstU16<256>>;
	/// Floor for trimming the UID capacity.
	#[pallet::storage]
	pub type MinAllowedUids<T> = StorageMap<_, Identity, NetUid, u16, ValueQuery, ConstU16<64>>;
	/// Blocks a new UID is immune from pruning.
	#[pallet::storage]
	pub type ImmunityPeriod<T> = StorageMap<_, Identity, NetUid, u16, ValueQuery, ConstU16<4_096>>;
	/// The owner's hotkeys that are never pruned.
	#[pallet::storage]
	pub type ImmuneOwnerUidsLimit<T> =
		StorageMap<_, Identity, NetUid, u16, ValueQuery, ConstU16<1>>;
	/// Pruning prefers non-immune UIDs only while more than this many exist.
	#[pallet::storage]
	pub type MinNonImmuneUids<T> = StorageMap<_, Identity, NetUid, u16, ValueQuery, ConstU16<10>>;

	// ----- Serving, staking, emission -----

	/// Minimum blocks between axon/prometheus updates (0 = off).
	#[pallet::storage]
	pub type ServingRateLimit<T> = StorageMap<_, Identity, NetUid, u64, ValueQuery, ConstU64<50>>;
	/// Whether `transfer_stake` is allowed.
	#[pallet::storage]
	pub type TransferToggle<T> = StorageMap<_, Identity, NetUid, bool, ValueQuery, ConstBool<true>>;
	/// Whether the subnet receives a TAO share of block emission.
	#[pallet::storage]
	pub type SubnetEmissionEnabled<T> =
		StorageMap<_, Identity, NetUid, bool, ValueQuery, ConstBool<true>>;
	/// Whether the owner cut is taken.
	#[pallet::storage]
	pub type OwnerCutEnabled<T> =
		StorageMap<_, Identity, NetUid, bool, ValueQuery, ConstBool<true>>;
	/// Whether the owner cut is auto-locked.
	#[pallet::storage]
	pub type OwnerCutAutoLockEnabled<T> = StorageMap<_, Identity, NetUid, bool, ValueQuery>;
	/// Fate of incentive sent to owner hotkeys.
	#[pallet::storage]
	pub type RecycleOrBurn<T> = StorageMap<_, Identity, NetUid, RecycleOrBurnEnum, ValueQuery>;
	/// Warm-up constant of the moving price.
	#[pallet::storage]
	pub type EMAPriceHalvingBlocks<T> =
		StorageMap<_, Identity, NetUid, u64, ValueQuery, ConstU64<201_600>>;
	/// Per-subnet floor of the childkey take.
	#[pallet::storage]
	pub type MinChildkeyTakePerSubnet<T> = StorageMap<_, Identity, NetUid, u16, ValueQuery>;
	/// Minimum owed alpha for a root claim.
	#[pallet::storage]
	pub type RootClaimableThreshold<T> =
		StorageMap<_, Blake2_128Concat, NetUid, I96F32, ValueQuery, DefaultRootClaimableThreshold>;

	// ----- Chain-wide -----

	/// Owner share of alpha emission (÷65535).
	#[pallet::storage]
	pub type SubnetOwnerCut<T> = StorageValue<_, u16, ValueQuery, ConstU16<11_796>>;
	/// Weight of root stake against alpha stake (÷u64::MAX).
	#[pallet::storage]
	pub type TaoWeight<T> = StorageValue<_, u64, ValueQuery, ConstU64<971_718_665_099_567_868>>;
	/// Minimum stake weight for weights, permits and children.
	#[pallet::storage]
	pub type StakeThreshold<T> = StorageValue<_, u64, ValueQuery>;
	/// Per-million factor of the minimum stake below which a nomination is force-unstaked.
	#[pallet::storage]
	pub type NominatorMinRequiredStake<T> = StorageValue<_, u64, ValueQuery>;
	/// Highest delegate take (÷65535).
	#[pallet::storage]
	pub type MaxDelegateTake<T> = StorageValue<_, u16, ValueQuery, ConstU16<11_796>>;
	/// Lowest delegate take (÷65535).
	#[pallet::storage]
	pub type MinDelegateTake<T> = StorageValue<_, u16, ValueQuery>;
	/// Highest childkey take (÷65535).
	#[pallet::storage]
	pub type MaxChildkeyTake<T> = StorageValue<_, u16, ValueQuery, ConstU16<11_796>>;
	/// Lowest childkey take (÷65535).
	#[pallet::storage]
	pub type MinChildkeyTake<T> = StorageValue<_, u16, ValueQuery>;
	/// Generic per-account transaction rate limit (hotkey swaps).
	#[pallet::storage]
	pub type TxRateLimit<T> = StorageValue<_, u64, ValueQuery, ConstU64<1_000>>;
	/// Blocks between two delegate-take increases.
	#[pallet::storage]
	pub type TxDelegateTakeRateLimit<T> = StorageValue<_, u64, ValueQuery, ConstU64<216_000>>;
	/// Blocks between two childkey-take increases.
	#[pallet::storage]
	pub type TxChildkeyTakeRateLimit<T> = StorageValue<_, u64, ValueQuery, ConstU64<216_000>>;
	/// Epochs executed per block at most.
	#[pallet::storage]
	pub type MaxEpochsPerBlock<T> = StorageValue<_, u8, ValueQuery, ConstU8<2>>;
	/// Blocks before an epoch during which hyperparameter changes are refused.
	#[pallet::storage]
	pub type AdminFreezeWindow<T> = StorageValue<_, u16, ValueQuery, ConstU16<10>>;
	/// Owner hyperparameter rate limit, in tempos.
	#[pallet::storage]
	pub type OwnerHyperparamRateLimit<T> = StorageValue<_, u16, ValueQuery, ConstU16<2>>;
	/// Weights-version-key rate limit, in tempos.
	#[pallet::storage]
	pub type WeightsVersionKeyRateLimit<T> = StorageValue<_, u64, ValueQuery, ConstU64<5>>;
	/// Cooldown of a childkey change.
	#[pallet::storage]
	pub type PendingChildKeyCooldown<T> = StorageValue<_, u64, ValueQuery, ConstU64<7_200>>;
	/// Base factor of the moving-price EMA.
	#[pallet::storage]
	pub type SubnetMovingAlpha<T> = StorageValue<_, I96F32, ValueQuery, DefaultSubnetMovingAlpha>;
	/// Required version of timelocked weight commits.
	#[pallet::storage]
	pub type CommitRevealWeightsVersion<T> = StorageValue<_, u16, ValueQuery, ConstU16<4>>;
	/// Share of parent dividends recycled across owners (÷u64::MAX).
	#[pallet::storage]
	pub type CKBurn<T> = StorageValue<_, u64, ValueQuery>;
	/// Most mechanisms a subnet may have.
	#[pallet::storage]
	pub type MaxMechanismCount<T> = StorageValue<_, MechId, ValueQuery, DefaultMaxMechanismCount>;
	/// Coldkeys auto-claimed per block.
	#[pallet::storage]
	pub type NumRootClaim<T> = StorageValue<_, u64, ValueQuery, ConstU64<5>>;
	/// Blocks between a coldkey swap announcement and the swap.
	#[pallet::storage]
	pub type ColdkeySwapAnnouncementDelay<T: Config> =
		StorageValue<_, BlockNumberFor<T>, ValueQuery, DefaultColdkeySwapAnnouncementDelay<T>>;
	/// 36 000 blocks.
	#[pallet::type_value]
	pub fn DefaultColdkeySwapAnnouncementDelay<T: Config>() -> BlockNumberFor<T> {
		36_000u32.into()
	}
	/// Blocks before a coldkey swap may be announced again.
	#[pallet::storage]
	pub type ColdkeySwapReannouncementDelay<T: Config> =
		StorageValue<_, BlockNumberFor<T>, ValueQuery, DefaultColdkeySwapReannouncementDelay<T>>;
	/// 7 200 blocks.
	#[pallet::type_value]
	pub fn DefaultColdkeySwapReannouncementDelay<T: Config>() -> BlockNumberFor<T> {
		7_200u32.into()
	}
	/// Legacy duration of a scheduled dissolution.
	#[pallet::storage]
	pub type DissolveNetworkScheduleDuration<T: Config> =
		StorageValue<_, BlockNumberFor<T>, ValueQuery, DefaultDissolveNetworkScheduleDuration<T>>;
	/// 36 000 blocks.
	#[pallet::type_value]
	pub fn DefaultDissolveNetworkScheduleDuration<T: Config>() -> BlockNumberFor<T> {
		36_000u32.into()
	}
}
