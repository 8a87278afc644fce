//! Errors of `SubtensorModule`: variant `i` is the reference chain's error `i` (0–146, every one
//! declared, in order, so a positional decoder names them right), then this chain's own
//! (147 onwards). A `DispatchError::Module { index: 7, error: [i, ..] }` means the same thing
//! to every client. Errors this chain does not raise say so.

use frame_support::pallet_macros::pallet_section;

/// The pallet's errors, imported into the pallet.
#[pallet_section]
mod errors {
	/// Why a call was refused.
	#[pallet::error]
	pub enum Error<T> {
		/// Not raised here (on the reference: the root subnet is missing).
		RootNetworkDoesNotExist,
		/// The IP type is neither 4 nor 6.
		InvalidIpType,
		/// The IP address is not a routable address of its type.
		InvalidIpAddress,
		/// Port 0.
		InvalidPort,
		/// The hotkey has no UID on the subnet.
		HotKeyNotRegisteredInSubNet,
		/// The hotkey has no owner (it never registered or staked).
		HotKeyAccountNotExists,
		/// The hotkey has no UID on the subnet it serves on.
		HotKeyNotRegisteredInNetwork,
		/// The hotkey belongs to another coldkey.
		NonAssociatedColdKey,
		/// Not raised here (on the reference: a hotkey holds too little stake for the operation).
		NotEnoughStake,
		/// The coldkey has less stake there than it asked to move.
		NotEnoughStakeToWithdraw,
		/// The hotkey's stake weight is below `StakeThreshold`.
		NotEnoughStakeToSetWeights,
		/// The parent's stake is worth less than `StakeThreshold` TAO (it may only remove its
		/// children).
		NotEnoughStakeToSetChildkeys,
		/// The coldkey cannot pay the amount (registration price or stake).
		NotEnoughBalanceToStake,
		/// Not raised here (on the reference: the balance could not be withdrawn).
		BalanceWithdrawalError,
		/// Not raised here (on the reference: a withdrawal would leave a zero balance).
		ZeroBalanceAfterWithdrawn,
		/// Only validators with a permit (or the subnet owner) may weigh other UIDs.
		NeuronNoValidatorPermit,
		/// The UID and weight vectors differ in length.
		WeightVecNotEqualSize,
		/// A UID appears twice in the weights.
		DuplicateUids,
		/// A weight names a UID the subnet does not have.
		UidVecContainInvalidOne,
		/// Fewer weights than `MinAllowedWeights` (capped by the number of UIDs).
		WeightVecLengthIsLow,
		/// Root took its registrations for this block.
		TooManyRegistrationsThisBlock,
		/// The hotkey already has a UID on the subnet.
		HotKeyAlreadyRegisteredInSubNet,
		/// Not raised here (on the reference: a hotkey swap names the same key twice).
		NewHotKeyIsSameWithOld,
		/// Not raised here (on the reference: the new hotkey of a root swap already has state).
		NewHotKeyNotCleanForRootSwap,
		/// The work names a future block or one older than the last 3.
		InvalidWorkBlock,
		/// The seal does not meet the difficulty.
		InvalidDifficulty,
		/// The work is not the seal of the caller, block and nonce.
		InvalidSeal,
		/// One weight takes a larger share than `MaxWeightsLimit`.
		MaxWeightExceeded,
		/// Not raised here (on the reference: the hotkey is already a delegate).
		HotKeyAlreadyDelegate,
		/// Weights set again before `WeightsSetRateLimit` blocks passed.
		SettingWeightsTooFast,
		/// The version key is below the subnet's `WeightsVersionKey`.
		IncorrectWeightVersionKey,
		/// Served again before the serving rate limit passed.
		ServingRateLimitExceeded,
		/// More weights than the subnet has UIDs.
		UidsLengthExceedUidsInSubNet,
		/// A subnet was registered too recently.
		NetworkTxRateLimitExceeded,
		/// The take was raised less than `TxDelegateTakeRateLimit` blocks ago.
		DelegateTxRateLimitExceeded,
		/// Not raised here (on the reference: a hotkey swap came before its rate limit passed).
		HotKeySetTxRateLimitExceeded,
		/// Not raised here (on the reference: staking came before its rate limit passed).
		StakingRateLimitExceeded,
		/// Registration is closed on this subnet (or subnet registration has not started).
		SubNetRegistrationDisabled,
		/// Root took three times its target of registrations this interval.
		TooManyRegistrationsThisInterval,
		/// Not raised here (on the reference: the signer must be the hotkey).
		TransactorAccountShouldBeHotKey,
		/// The faucet is off on this chain.
		FaucetDisabled,
		/// Not raised here (on the reference: the signer does not own the subnet).
		NotSubnetOwner,
		/// Neurons register on root with `root_register`.
		RegistrationNotPermittedOnRootSubnet,
		/// Root is full and the hotkey has no more root stake than the weakest root UID.
		StakeTooLowForRoot,
		/// Not raised here (on the reference: every subnet is immune to pruning).
		AllNetworksInImmunity,
		/// Not raised here (on the reference: the coldkey cannot pay for a hotkey swap).
		NotEnoughBalanceToPaySwapHotKey,
		/// Not raised here (on the reference: the call needs the root subnet).
		NotRootSubnet,
		/// Root (netuid 0) takes no weights.
		CanNotSetRootNetworkWeights,
		/// The subnet is full and every UID is protected from pruning.
		NoNeuronIdAvailable,
		/// A take increase that does not increase, or a decrease below `MinDelegateTake`.
		DelegateTakeTooLow,
		/// A take decrease that does not decrease, or an increase above `MaxDelegateTake`.
		DelegateTakeTooHigh,
		/// The hotkey has no weight commit to reveal.
		NoWeightsCommitFound,
		/// The revealed weights do not hash to any of the hotkey's commits.
		InvalidRevealCommitHashNotMatch,
		/// The subnet requires commit-reveal: commit the weights' hash instead.
		CommitRevealEnabled,
		/// The subnet has commit-reveal off: set the weights directly.
		CommitRevealDisabled,
		/// Alpha values need liquid alpha on.
		LiquidAlphaDisabled,
		/// `alpha_high` is below 1638.
		AlphaHighTooLow,
		/// `alpha_low` is below 1638 or above `alpha_high`.
		AlphaLowOutOfRange,
		/// Not raised here (on the reference: the new coldkey already has state).
		ColdKeyAlreadyAssociated,
		/// Not raised here (on the reference: the coldkey cannot pay for a coldkey swap).
		NotEnoughBalanceToPaySwapColdKey,
		/// A hotkey cannot be its own child.
		InvalidChild,
		/// A child is named twice.
		DuplicateChild,
		/// The children's proportions sum above the whole (`u64::MAX`).
		ProportionOverflow,
		/// More than five children.
		TooManyChildren,
		/// Rate limit of an owner action.
		TxRateLimitExceeded,
		/// Not raised here (on the reference: no coldkey swap was announced).
		ColdkeySwapAnnouncementNotFound,
		/// Not raised here (on the reference: the announced coldkey swap is still waiting).
		ColdkeySwapTooEarly,
		/// Not raised here (on the reference: a coldkey swap was announced again too soon).
		ColdkeySwapReannouncedTooEarly,
		/// Not raised here (on the reference: the new coldkey does not match the announced hash).
		AnnouncedColdkeyHashDoesNotMatch,
		/// Not raised here (on the reference: the coldkey swap is already disputed).
		ColdkeySwapAlreadyDisputed,
		/// Not raised here (on the reference: the new coldkey is a hotkey).
		NewColdKeyIsHotkey,
		/// A childkey take below the subnet's floor or above `MaxChildkeyTake`.
		InvalidChildkeyTake,
		/// A childkey take raised within `TxChildkeyTakeRateLimit` blocks of its last change.
		TxChildkeyTakeRateLimitExceeded,
		/// An identity field is too long.
		InvalidIdentity,
		/// The subnet has no mechanism with that id.
		MechanismDoesNotExist,
		/// The amount reaches the part of the position locked as miner collateral.
		StakeUnavailable,
		/// The subnet does not exist.
		SubnetNotExists,
		/// The hotkey already holds the most unrevealed commits (10).
		TooManyUnrevealedCommits,
		/// The commit's reveal epoch has passed.
		ExpiredWeightCommit,
		/// The commit cannot be revealed before its reveal epoch.
		RevealTooEarly,
		/// The lists of a batch differ in length.
		InputLengthsUnequal,
		/// Weights committed again before `WeightsSetRateLimit` blocks passed.
		CommittingWeightsTooFast,
		/// The amount is below the minimum stake (0.002 TAO), or buys no alpha.
		AmountTooLow,
		/// The pool cannot take the trade.
		InsufficientLiquidity,
		/// The price would move past the caller's limit and partial execution was not allowed.
		SlippageTooHigh,
		/// Transfers of stake are disabled on one of the subnets.
		TransferDisallowed,
		/// The legacy activity cutoff is below `MinActivityCutoff`.
		ActivityCutoffTooLow,
		/// This call is not available on this chain.
		CallDisabled,
		/// `start_call` was already made.
		FirstEmissionBlockNumberAlreadySet,
		/// `start_call` comes too early after the subnet's registration.
		NeedWaitingMoreBlocksToStarCall,
		/// Not raised here (on the reference: too little outstanding alpha to recycle).
		NotEnoughAlphaOutToRecycle,
		/// Alpha cannot be recycled or burned on root.
		CannotBurnOrRecycleOnRootSubnet,
		/// Not raised here (on the reference: a signature's public key could not be recovered).
		UnableToRecoverPublicKey,
		/// Not raised here (on the reference: a recovered public key does not match).
		InvalidRecoveredPublicKey,
		/// Staking on the subnet has not started (`start_call`).
		SubtokenDisabled,
		/// Not raised here (on the reference: a per-subnet hotkey swap came too soon).
		HotKeySwapOnSubnetIntervalNotPassed,
		/// A move that moves nothing (same subnet, hotkey and coldkey).
		SameNetuid,
		/// Not raised here (on the reference: the balance is too low).
		InsufficientBalance,
		/// Not raised here (on the reference: a subnet lease names an invalid beneficiary).
		InvalidLeaseBeneficiary,
		/// Not raised here (on the reference: a subnet lease would end in the past).
		LeaseCannotEndInThePast,
		/// Not raised here (on the reference: a subnet lease has no subnet).
		LeaseNetuidNotFound,
		/// Not raised here (on the reference: no such subnet lease).
		LeaseDoesNotExist,
		/// Not raised here (on the reference: the subnet lease has no end block).
		LeaseHasNoEndBlock,
		/// Not raised here (on the reference: the subnet lease has not ended).
		LeaseHasNotEnded,
		/// An amount too large for its type.
		Overflow,
		/// Not raised here (on the reference: the lease beneficiary does not own the hotkey).
		BeneficiaryDoesNotOwnHotkey,
		/// Not raised here (on the reference: the call needs the lease beneficiary).
		ExpectedBeneficiaryOrigin,
		/// Inside the freeze window before an epoch.
		AdminActionProhibitedDuringWeightsWindow,
		/// The symbol is not in the symbol table.
		SymbolDoesNotExist,
		/// Another subnet uses the symbol.
		SymbolAlreadyInUse,
		/// A timelocked commit of another commit-reveal version than `CommitRevealWeightsVersion`.
		IncorrectCommitRevealVersion,
		/// A timelocked commit names a drand round older than the latest stored pulse.
		InvalidRevealRound,
		/// Not raised here (on the reference: a commit-reveal period above its bound).
		RevealPeriodTooLarge,
		/// Not raised here (on the reference: a commit-reveal period below its bound).
		RevealPeriodTooSmall,
		/// A value outside its allowed range.
		InvalidValue,
		/// The subnet limit is reached and every subnet is immune from pruning.
		SubnetLimitReached,
		/// The coldkey cannot pay the lock cost.
		CannotAffordLockCost,
		/// Not raised here (on the reference: an EVM key associated too soon).
		EvmKeyAssociateRateLimitExceeded,
		/// The coldkey's auto-stake destination on the subnet already is that hotkey.
		SameAutoStakeHotkeyAlreadySet,
		/// Not raised here (on the reference: a subnet's UID map could not be cleared).
		UidMapCouldNotBeCleared,
		/// Trimming would leave protected (owner's or immune) UIDs filling 80 % or more of
		/// the new capacity.
		TrimmingWouldExceedMaxImmunePercentage,
		/// A child would also be a parent of the hotkey on the subnet.
		ChildParentInconsistency,
		/// Not raised here (on the reference: an invalid number of root claims).
		InvalidNumRootClaim,
		/// Not raised here (on the reference: an invalid root claim threshold).
		InvalidRootClaimThreshold,
		/// `claim_root` names no subnet or more than five.
		InvalidSubnetNumber,
		/// UIDs × mechanisms would exceed 256.
		TooManyUIDsPerMechanism,
		/// Not raised here (on the reference: voting-power tracking is off).
		VotingPowerTrackingNotEnabled,
		/// Not raised here (on the reference: an invalid voting-power EMA factor).
		InvalidVotingPowerEmaAlpha,
		/// Not raised here (on the reference: the call is retired).
		Deprecated,
		/// Not raised here (on the reference: an add-stake-and-burn came too soon).
		AddStakeBurnRateLimitExceeded,
		/// Not raised here (on the reference: the coldkey announced a swap; funds stay).
		ColdkeySwapAnnounced,
		/// Not raised here (on the reference: the coldkey's swap is disputed).
		ColdkeySwapDisputed,
		/// Not raised here (on the reference: a coldkey swap announcement was cleared too soon).
		ColdkeySwapClearTooEarly,
		/// The setting governs a feature this chain does not have yet.
		DisabledTemporarily,
		/// The registration price is above the caller's limit.
		RegistrationPriceLimitExceeded,
		/// Not raised here (on the reference: a stake lock names another hotkey).
		LockHotkeyMismatch,
		/// Not raised here (on the reference: too little stake to lock).
		InsufficientStakeForLock,
		/// Not raised here (on the reference: no stake lock exists).
		NoExistingLock,
		/// Not raised here (on the reference: a stake lock is already active).
		ActiveLockExists,
		/// Subnet accounts cannot be hotkeys.
		CannotUseSystemAccount,
		/// Not raised here (on the reference: an unlock above the locked amount).
		UnlockAmountTooHigh,
		/// Tempo outside 360..=50 400.
		TempoOutOfBounds,
		/// Activity cutoff factor outside 1 000..=50 000.
		ActivityCutoffFactorMilliOutOfBounds,
		/// An owner-triggered epoch is already pending.
		EpochTriggerAlreadyPending,
		/// The automatic epoch comes before a triggered one would.
		AutoEpochAlreadyImminent,
		/// Triggered epochs need commit-reveal off.
		DynamicTempoBlockedByCommitReveal,
		/// Not raised here (on the reference: the account refuses locked alpha).
		AccountRejectsLockedAlpha,
		/// The root subnet cannot be dissolved.
		CannotDissolveRootSubnet,
		/// The work was already used.
		WorkAlreadyUsed,
		/// This chain's own: the subnet holds the most parent–child links it allows (1 024),
		/// which bounds the work of its epoch.
		TooManyChildKeyLinks,
		/// The coldkey holds more staking hotkeys, positions, root claims and hotkeys than one
		/// swap moves (this chain's own error).
		ColdkeySwapTooLarge,
		/// A `keep_stake` hotkey swap would leave miner collateral behind on the old hotkey
		/// (this chain's own index); swap without `keep_stake` so the lock moves with the UID.
		KeepStakeBlockedByCollateral,
		/// The coldkey holds collateral with the most hotkeys it may on the subnet (64; this
		/// chain's own).
		ColdkeyCollateralPositionsFull,
	}
}
