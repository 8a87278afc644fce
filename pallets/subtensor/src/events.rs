//! Events of `SubtensorModule`: variant `i` is the reference chain's event `i` with its fields in
//! SCALE order (0–136, every one declared, so positional decoders name them right). Events this
//! chain does not emit say so.

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
		/// A UID set weights: (mechanism index, uid).
		#[codec(index = 5)]
		WeightsSet(NetUidStorageIndex, u16),
		/// A hotkey took a UID: (netuid, uid, hotkey).
		#[codec(index = 6)]
		NeuronRegistered(NetUid, u16, T::AccountId),
		/// Not emitted here (on the reference: neurons registered in bulk).
		#[codec(index = 7)]
		BulkNeuronsRegistered(u16, u16),
		/// Not emitted here (on the reference: balances set in bulk).
		#[codec(index = 8)]
		BulkBalancesSet(u16, u16),
		/// UID capacity of a subnet changed.
		#[codec(index = 9)]
		MaxAllowedUidsSet(NetUid, u16),
		/// Not emitted here (on the reference: the largest single weight changed).
		#[codec(index = 10)]
		MaxWeightLimitSet(NetUid, u16),
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
		/// Not emitted here (on the reference: the validator prune length changed).
		#[codec(index = 20)]
		ValidatorPruneLenSet(NetUid, u64),
		/// Not emitted here (on the reference: the scaling-law power changed).
		#[codec(index = 21)]
		ScalingLawPowerSet(NetUid, u16),
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
		/// A hotkey became a delegate: (coldkey, hotkey, take).
		#[codec(index = 30)]
		DelegateAdded(T::AccountId, T::AccountId, u16),
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
		/// Not emitted here (on the reference: the registration price was set).
		#[codec(index = 36)]
		BurnSet(NetUid, TaoBalance),
		/// Registration price ceiling changed.
		#[codec(index = 37)]
		MaxBurnSet(NetUid, TaoBalance),
		/// Registration price floor changed.
		#[codec(index = 38)]
		MinBurnSet(NetUid, TaoBalance),
		/// Epochs per block changed.
		#[codec(index = 39)]
		MaxEpochsPerBlockSet(u8),
		/// Not emitted here yet (its setter waits for hotkey swaps).
		#[codec(index = 40)]
		TxRateLimitSet(u64),
		/// Delegate-take rate limit changed.
		#[codec(index = 41)]
		TxDelegateTakeRateLimitSet(u64),
		/// Root set the blocks between two childkey-take increases.
		#[codec(index = 42)]
		TxChildKeyTakeRateLimitSet(u64),
		/// Admin freeze window changed.
		#[codec(index = 43)]
		AdminFreezeWindowSet(u16),
		/// Owner hyperparameter rate limit changed.
		#[codec(index = 44)]
		OwnerHyperparamRateLimitSet(u16),
		/// Root set the lowest childkey take.
		#[codec(index = 45)]
		MinChildKeyTakeSet(u16),
		/// Per-subnet childkey take floor changed.
		#[codec(index = 46)]
		MinChildKeyTakePerSubnetSet(NetUid, u16),
		/// Root set the highest childkey take.
		#[codec(index = 47)]
		MaxChildKeyTakeSet(u16),
		/// A hotkey set its childkey take (hotkey, take).
		#[codec(index = 48)]
		ChildKeyTakeSet(T::AccountId, u16),
		/// Not emitted here (on the reference: a root call ran).
		#[codec(index = 49)]
		Sudid(DispatchResult),
		/// Registration opened or closed.
		#[codec(index = 50)]
		RegistrationAllowed(NetUid, bool),
		/// Proof-of-work registration on a subnet was opened or closed.
		#[codec(index = 51)]
		PowRegistrationAllowed(NetUid, bool),
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
		/// A delegate lowered its take: (coldkey, hotkey, take).
		#[codec(index = 64)]
		TakeDecreased(T::AccountId, T::AccountId, u16),
		/// A delegate raised its take: (coldkey, hotkey, take).
		#[codec(index = 65)]
		TakeIncreased(T::AccountId, T::AccountId, u16),
		/// A coldkey swapped one of its hotkeys on every subnet.
		#[codec(index = 66)]
		HotkeySwapped { coldkey: T::AccountId, old_hotkey: T::AccountId, new_hotkey: T::AccountId },
		/// Not emitted here (on the reference: the highest delegate take changed).
		#[codec(index = 67)]
		MaxDelegateTakeSet(u16),
		/// Lowest delegate take changed.
		#[codec(index = 68)]
		MinDelegateTakeSet(u16),
		/// A coldkey announced a swap to the coldkey with this hash.
		#[codec(index = 69)]
		ColdkeySwapAnnounced { who: T::AccountId, new_coldkey_hash: H256 },
		/// Root removed a coldkey's swap announcement and dispute.
		#[codec(index = 70)]
		ColdkeySwapReset { who: T::AccountId },
		/// A coldkey handed everything it owned to a new coldkey.
		#[codec(index = 71)]
		ColdkeySwapped { old_coldkey: T::AccountId, new_coldkey: T::AccountId },
		/// A coldkey's announced swap was disputed: the account is frozen until root resets it.
		#[codec(index = 72)]
		ColdkeySwapDisputed { coldkey: T::AccountId },
		/// Not emitted here (on the reference: a coldkey swap moved all stake and balance).
		#[codec(index = 73)]
		AllBalanceUnstakedAndTransferredToNewColdkey {
			current_coldkey: T::AccountId,
			new_coldkey: T::AccountId,
			total_balance: TaoBalance,
		},
		/// Not emitted here (on the reference: a coldkey swap's arbitration was extended).
		#[codec(index = 74)]
		ArbitrationPeriodExtended { coldkey: T::AccountId },
		/// A parent's new children wait for their cooldown (parent, netuid, block after which
		/// they apply, children).
		#[codec(index = 75)]
		SetChildrenScheduled(T::AccountId, NetUid, u64, Vec<(u64, T::AccountId)>),
		/// A parent's children took effect (parent, netuid, children).
		#[codec(index = 76)]
		SetChildren(T::AccountId, NetUid, Vec<(u64, T::AccountId)>),
		/// A coldkey set its identity.
		#[codec(index = 77)]
		ChainIdentitySet(T::AccountId),
		/// A subnet's identity was set.
		#[codec(index = 78)]
		SubnetIdentitySet(NetUid),
		/// Not emitted here (on the reference: a subnet identity was removed).
		#[codec(index = 79)]
		SubnetIdentityRemoved(NetUid),
		/// Not emitted here (on the reference: a subnet dissolution was scheduled).
		#[codec(index = 80)]
		DissolveNetworkScheduled {
			account: T::AccountId,
			netuid: NetUid,
			execution_block: BlockNumberFor<T>,
		},
		/// Root set the blocks between a coldkey swap's announcement and its execution.
		#[codec(index = 81)]
		ColdkeySwapAnnouncementDelaySet(BlockNumberFor<T>),
		/// Root set the blocks before an executable coldkey swap may be announced again.
		#[codec(index = 82)]
		ColdkeySwapReannouncementDelaySet(BlockNumberFor<T>),
		/// Not emitted here (its setter is retired).
		#[codec(index = 83)]
		DissolveNetworkScheduleDurationSet(BlockNumberFor<T>),
		/// Not emitted here (on the reference: a CRv3 weight commit).
		#[codec(index = 84)]
		CRV3WeightsCommitted(T::AccountId, NetUidStorageIndex, H256),
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
		/// Stake given to another coldkey: (origin coldkey, destination coldkey, hotkey, origin
		/// netuid, destination netuid, TAO value).
		#[codec(index = 91)]
		StakeTransferred(T::AccountId, T::AccountId, T::AccountId, NetUid, NetUid, TaoBalance),
		/// Stake moved to another subnet: (coldkey, hotkey, origin netuid, destination netuid,
		/// TAO value).
		#[codec(index = 92)]
		StakeSwapped(T::AccountId, T::AccountId, NetUid, NetUid, TaoBalance),
		/// Stake transfers toggled.
		#[codec(index = 93)]
		TransferToggle(NetUid, bool),
		/// A subnet's owner hotkey was set.
		#[codec(index = 94)]
		SubnetOwnerHotkeySet(NetUid, T::AccountId),
		/// `start_call`: the subnet emits from this block on.
		#[codec(index = 95)]
		FirstEmissionBlockNumberSet(NetUid, u64),
		/// Alpha taken out of circulation: (coldkey, hotkey, amount, netuid).
		#[codec(index = 96)]
		AlphaRecycled(T::AccountId, T::AccountId, AlphaBalance, NetUid),
		/// Alpha destroyed: (coldkey, hotkey, amount, netuid).
		#[codec(index = 97)]
		AlphaBurned(T::AccountId, T::AccountId, AlphaBalance, NetUid),
		/// Not emitted here (on the reference: an EVM key was associated with a hotkey).
		#[codec(index = 98)]
		EvmKeyAssociated {
			netuid: NetUid,
			hotkey: T::AccountId,
			evm_key: H160,
			block_associated: u64,
		},
		/// Not emitted here (on the reference: a CRv3 commit was revealed).
		#[codec(index = 99)]
		CRV3WeightsRevealed(NetUid, T::AccountId),
		/// Commit-reveal period changed.
		#[codec(index = 100)]
		CommitRevealPeriodsSet(NetUid, u64),
		/// Commit-reveal toggled.
		#[codec(index = 101)]
		CommitRevealEnabled(NetUid, bool),
		/// A coldkey swapped one of its hotkeys on one subnet.
		#[codec(index = 102)]
		HotkeySwappedOnSubnet {
			coldkey: T::AccountId,
			old_hotkey: T::AccountId,
			new_hotkey: T::AccountId,
			netuid: NetUid,
		},
		/// Not emitted here (on the reference: a subnet lease was created).
		#[codec(index = 103)]
		SubnetLeaseCreated {
			beneficiary: T::AccountId,
			lease_id: u32,
			netuid: NetUid,
			end_block: Option<BlockNumberFor<T>>,
		},
		/// Not emitted here (on the reference: a subnet lease ended).
		#[codec(index = 104)]
		SubnetLeaseTerminated { beneficiary: T::AccountId, netuid: NetUid },
		/// A subnet's token symbol changed.
		#[codec(index = 105)]
		SymbolUpdated {
			/// The subnet.
			netuid: NetUid,
			/// The new symbol (UTF-8).
			symbol: Vec<u8>,
		},
		/// Not emitted here yet (its setter waits for timelocked commits).
		#[codec(index = 106)]
		CommitRevealVersionSet(u16),
		/// Not emitted here (on the reference: a timelocked weight commit).
		#[codec(index = 107)]
		TimelockedWeightsCommitted(T::AccountId, NetUidStorageIndex, H256, u64),
		/// Not emitted here (on the reference: a timelocked commit was revealed).
		#[codec(index = 108)]
		TimelockedWeightsRevealed(NetUidStorageIndex, T::AccountId),
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
		/// An epoch's miner emission on a mechanism, per UID.
		#[codec(index = 110)]
		IncentiveAlphaEmittedToMiners {
			/// The mechanism's storage index.
			netuid: NetUidStorageIndex,
			/// Alpha-rao per UID.
			emissions: Vec<AlphaBalance>,
		},
		/// UID capacity floor changed.
		#[codec(index = 111)]
		MinAllowedUidsSet(NetUid, u16),
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
		/// Minimum non-immune UIDs changed.
		#[codec(index = 113)]
		MinNonImmuneUidsSet(NetUid, u16),
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
		/// Not emitted here (on the reference: voting-power tracking was switched on).
		#[codec(index = 116)]
		VotingPowerTrackingEnabled { netuid: NetUid },
		/// Not emitted here (on the reference: voting-power tracking will stop).
		#[codec(index = 117)]
		VotingPowerTrackingDisableScheduled { netuid: NetUid, disable_at_block: u64 },
		/// Not emitted here (on the reference: voting-power tracking was switched off).
		#[codec(index = 118)]
		VotingPowerTrackingDisabled { netuid: NetUid },
		/// Not emitted here (on the reference: the voting-power EMA factor changed).
		#[codec(index = 119)]
		VotingPowerEmaAlphaSet { netuid: NetUid, alpha: u64 },
		/// Not emitted here (on the reference: lease dividends were paid).
		#[codec(index = 120)]
		SubnetLeaseDividendsDistributed {
			lease_id: u32,
			contributor: T::AccountId,
			alpha: AlphaBalance,
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
		/// A coldkey withdrew its swap announcement.
		#[codec(index = 122)]
		ColdkeySwapCleared { who: T::AccountId },
		/// A coldkey paid a transaction fee in alpha from a stake position (it could not pay in
		/// TAO): the alpha taken and the TAO the block author received for it.
		#[codec(index = 123)]
		TransactionFeePaidWithAlpha {
			who: T::AccountId,
			netuid: NetUid,
			alpha_fee: AlphaBalance,
			tao_amount: TaoBalance,
		},
		/// Not emitted here (on the reference either: `AdminUtils` reports the change).
		#[codec(index = 124)]
		BurnHalfLifeSet {
			/// The subnet.
			netuid: NetUid,
			/// Blocks.
			burn_half_life: u16,
		},
		/// Not emitted here (on the reference either: `AdminUtils` reports the change).
		#[codec(index = 125)]
		BurnIncreaseMultSet {
			/// The subnet.
			netuid: NetUid,
			/// Multiplier per registration.
			burn_increase_mult: U64F64,
		},
		/// A root validator switched adopting new subnets' owner hotkeys as children.
		#[codec(index = 126)]
		AutoParentDelegationEnabledSet { hotkey: T::AccountId, enabled: bool },
		/// Not emitted here (on the reference: stake was locked).
		#[codec(index = 127)]
		StakeLocked {
			coldkey: T::AccountId,
			hotkey: T::AccountId,
			netuid: NetUid,
			amount: AlphaBalance,
		},
		/// Not emitted here (on the reference: stake was unlocked).
		#[codec(index = 128)]
		StakeUnlocked {
			coldkey: T::AccountId,
			hotkey: T::AccountId,
			netuid: NetUid,
			amount: AlphaBalance,
		},
		/// Not emitted here (on the reference: a stake lock moved to another hotkey).
		#[codec(index = 129)]
		LockMoved {
			coldkey: T::AccountId,
			origin_hotkey: T::AccountId,
			destination_hotkey: T::AccountId,
			netuid: NetUid,
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
		/// Not emitted here (on the reference: an epoch was skipped).
		#[codec(index = 133)]
		EpochSkipped { netuid: NetUid, block: u64 },
		/// Not emitted here (on the reference: a subnet changed owner).
		#[codec(index = 134)]
		SubnetOwnerChanged { netuid: NetUid, old_coldkey: T::AccountId, new_coldkey: T::AccountId },
		/// Not emitted here (on the reference: a perpetual lock was switched).
		#[codec(index = 135)]
		PerpetualLockUpdated { coldkey: T::AccountId, netuid: NetUid, enabled: bool },
		/// Not emitted here (on the reference: an account switched whether it accepts locked alpha).
		#[codec(index = 136)]
		RejectLockedAlphaUpdated { coldkey: T::AccountId, enabled: bool },
		/// A dissolved subnet's stakers are paid in full and what its account still held was
		/// recycled (this chain's own: the payout spans blocks, see `NetworkRemoved`).
		#[codec(index = 137)]
		SubnetPayoutFinished {
			/// The dissolved subnet.
			netuid: NetUid,
			/// Stake positions paid out.
			stakers: u32,
			/// TAO recycled from the subnet's account.
			recycled: TaoBalance,
		},
		/// A timelocked weight commit was dropped when its round came (this chain's own).
		#[codec(index = 138)]
		TimelockedWeightsDropped {
			/// The mechanism's storage index.
			netuid: NetUidStorageIndex,
			/// The hotkey that committed it.
			hotkey: T::AccountId,
			/// Why.
			reason: TimelockedCommitFailure,
		},
		/// Timelocked weight commits of an epoch were removed unopened: their reveal epoch
		/// passed before their round's pulse was stored (this chain's own).
		#[codec(index = 139)]
		TimelockedWeightsExpired {
			/// The mechanism's storage index.
			netuid: NetUidStorageIndex,
			/// The epoch they were made in.
			epoch: u64,
			/// How many.
			commits: u32,
		},
		/// A subnet switched the consensus its epoch runs (this chain's own).
		#[codec(index = 140)]
		EpochConsensusSet {
			/// The subnet.
			netuid: NetUid,
			/// Its consensus from now on.
			mode: EpochConsensus,
		},
		/// Stake was locked as miner collateral (this chain's own).
		#[codec(index = 141)]
		CollateralLocked {
			/// The position's coldkey.
			coldkey: T::AccountId,
			/// The position's hotkey.
			hotkey: T::AccountId,
			/// The subnet.
			netuid: NetUid,
			/// Alpha added to the lock.
			alpha: AlphaBalance,
			/// The lock afterwards.
			locked: AlphaBalance,
		},
		/// A position's collateral floor was set (this chain's own).
		#[codec(index = 142)]
		MinCollateralSet {
			/// The position's coldkey.
			coldkey: T::AccountId,
			/// The position's hotkey.
			hotkey: T::AccountId,
			/// The subnet.
			netuid: NetUid,
			/// The floor (0: none).
			min_locked: AlphaBalance,
		},
	}
}
