//! Errors of `SubtensorModule`, at the real chain's variant indices, so that a
//! `DispatchError::Module { index: 7, error: [i, ..] }` means the same thing to every client.

use frame_support::pallet_macros::pallet_section;

/// The pallet's errors, imported into the pallet.
#[pallet_section]
mod errors {
	/// Why a call was refused.
	#[pallet::error]
	pub enum Error<T> {
		/// The IP type is neither 4 nor 6.
		#[codec(index = 1)]
		InvalidIpType,
		/// The IP address is not a routable address of its type.
		#[codec(index = 2)]
		InvalidIpAddress,
		/// Port 0.
		#[codec(index = 3)]
		InvalidPort,
		/// The hotkey has no UID on the subnet.
		#[codec(index = 4)]
		HotKeyNotRegisteredInSubNet,
		/// The hotkey has no owner (it never registered or staked).
		#[codec(index = 5)]
		HotKeyAccountNotExists,
		/// The hotkey has no UID on the subnet it serves on.
		#[codec(index = 6)]
		HotKeyNotRegisteredInNetwork,
		/// The hotkey belongs to another coldkey.
		#[codec(index = 7)]
		NonAssociatedColdKey,
		/// The coldkey has less stake there than it asked to move.
		#[codec(index = 9)]
		NotEnoughStakeToWithdraw,
		/// The coldkey cannot pay the amount (registration price or stake).
		#[codec(index = 12)]
		NotEnoughBalanceToStake,
		/// The work names a future block or one older than the last 3.
		#[codec(index = 24)]
		InvalidWorkBlock,
		/// The seal does not meet the difficulty.
		#[codec(index = 25)]
		InvalidDifficulty,
		/// The work is not the seal of the caller, block and nonce.
		#[codec(index = 26)]
		InvalidSeal,
		/// Root took its registrations for this block.
		#[codec(index = 20)]
		TooManyRegistrationsThisBlock,
		/// The hotkey already has a UID on the subnet.
		#[codec(index = 21)]
		HotKeyAlreadyRegisteredInSubNet,
		/// Served again before the serving rate limit passed.
		#[codec(index = 31)]
		ServingRateLimitExceeded,
		/// A subnet was registered too recently.
		#[codec(index = 33)]
		NetworkTxRateLimitExceeded,
		/// The take was raised less than `TxDelegateTakeRateLimit` blocks ago.
		#[codec(index = 34)]
		DelegateTxRateLimitExceeded,
		/// Registration is closed on this subnet (or subnet registration has not started).
		#[codec(index = 37)]
		SubNetRegistrationDisabled,
		/// Root took three times its target of registrations this interval.
		#[codec(index = 38)]
		TooManyRegistrationsThisInterval,
		/// The faucet is off on this chain.
		#[codec(index = 40)]
		FaucetDisabled,
		/// Neurons register on root with `root_register`.
		#[codec(index = 42)]
		RegistrationNotPermittedOnRootSubnet,
		/// Root is full and the hotkey has no more root stake than the weakest root UID.
		#[codec(index = 43)]
		StakeTooLowForRoot,
		/// A take increase that does not increase, or a decrease below `MinDelegateTake`.
		#[codec(index = 49)]
		DelegateTakeTooLow,
		/// A take decrease that does not decrease, or an increase above `MaxDelegateTake`.
		#[codec(index = 50)]
		DelegateTakeTooHigh,
		/// The subnet is full and every UID is protected from pruning.
		#[codec(index = 48)]
		NoNeuronIdAvailable,
		/// An identity field is too long.
		#[codec(index = 73)]
		InvalidIdentity,
		/// The subnet does not exist.
		#[codec(index = 76)]
		SubnetNotExists,
		/// `start_call` was already made.
		#[codec(index = 88)]
		FirstEmissionBlockNumberAlreadySet,
		/// `start_call` comes too early after the subnet's registration.
		#[codec(index = 89)]
		NeedWaitingMoreBlocksToStarCall,
		/// The amount is below the minimum stake (0.002 TAO), or buys no alpha.
		#[codec(index = 82)]
		AmountTooLow,
		/// The pool cannot take the trade.
		#[codec(index = 83)]
		InsufficientLiquidity,
		/// The price would move past the caller's limit and partial execution was not allowed.
		#[codec(index = 84)]
		SlippageTooHigh,
		/// Transfers of stake are disabled on one of the subnets.
		#[codec(index = 85)]
		TransferDisallowed,
		/// Alpha cannot be recycled or burned on root.
		#[codec(index = 91)]
		CannotBurnOrRecycleOnRootSubnet,
		/// Staking on the subnet has not started (`start_call`).
		#[codec(index = 94)]
		SubtokenDisabled,
		/// A move that moves nothing (same subnet, hotkey and coldkey).
		#[codec(index = 96)]
		SameNetuid,
		/// Inside the freeze window before an epoch.
		#[codec(index = 107)]
		AdminActionProhibitedDuringWeightsWindow,
		/// The symbol is not in the symbol table.
		#[codec(index = 108)]
		SymbolDoesNotExist,
		/// Another subnet uses the symbol.
		#[codec(index = 109)]
		SymbolAlreadyInUse,
		/// The subnet limit is reached and every subnet is immune from pruning.
		#[codec(index = 115)]
		SubnetLimitReached,
		/// The coldkey cannot pay the lock cost.
		#[codec(index = 116)]
		CannotAffordLockCost,
		/// The coldkey's auto-stake destination on the subnet already is that hotkey.
		#[codec(index = 118)]
		SameAutoStakeHotkeyAlreadySet,
		/// The registration price is above the caller's limit.
		#[codec(index = 134)]
		RegistrationPriceLimitExceeded,
		/// Subnet accounts cannot be hotkeys.
		#[codec(index = 139)]
		CannotUseSystemAccount,
		/// Rate limit of an owner action.
		#[codec(index = 64)]
		TxRateLimitExceeded,
		/// An amount too large for its type.
		#[codec(index = 104)]
		Overflow,
		/// A value outside its allowed range.
		#[codec(index = 114)]
		InvalidValue,
		/// Trimming would leave protected (owner's or immune) UIDs filling 80 % or more of
		/// the new capacity.
		#[codec(index = 120)]
		TrimmingWouldExceedMaxImmunePercentage,
		/// `claim_root` names no subnet or more than five.
		#[codec(index = 124)]
		InvalidSubnetNumber,
		/// Tempo outside 360..=50 400.
		#[codec(index = 141)]
		TempoOutOfBounds,
		/// Activity cutoff factor outside 1 000..=50 000.
		#[codec(index = 142)]
		ActivityCutoffFactorMilliOutOfBounds,
		/// An owner-triggered epoch is already pending.
		#[codec(index = 143)]
		EpochTriggerAlreadyPending,
		/// The automatic epoch comes before a triggered one would.
		#[codec(index = 144)]
		AutoEpochAlreadyImminent,
		/// Triggered epochs need commit-reveal off.
		#[codec(index = 145)]
		DynamicTempoBlockedByCommitReveal,
		/// The root subnet cannot be dissolved.
		#[codec(index = 147)]
		CannotDissolveRootSubnet,
		/// The work was already used.
		#[codec(index = 148)]
		WorkAlreadyUsed,
		/// The hotkey's stake weight is below `StakeThreshold`.
		#[codec(index = 10)]
		NotEnoughStakeToSetWeights,
		/// Only validators with a permit (or the subnet owner) may weigh other UIDs.
		#[codec(index = 15)]
		NeuronNoValidatorPermit,
		/// The UID and weight vectors differ in length.
		#[codec(index = 16)]
		WeightVecNotEqualSize,
		/// A UID appears twice in the weights.
		#[codec(index = 17)]
		DuplicateUids,
		/// A weight names a UID the subnet does not have.
		#[codec(index = 18)]
		UidVecContainInvalidOne,
		/// Fewer weights than `MinAllowedWeights` (capped by the number of UIDs).
		#[codec(index = 19)]
		WeightVecLengthIsLow,
		/// One weight takes a larger share than `MaxWeightsLimit`.
		#[codec(index = 27)]
		MaxWeightExceeded,
		/// Weights set again before `WeightsSetRateLimit` blocks passed.
		#[codec(index = 29)]
		SettingWeightsTooFast,
		/// The version key is below the subnet's `WeightsVersionKey`.
		#[codec(index = 30)]
		IncorrectWeightVersionKey,
		/// More weights than the subnet has UIDs.
		#[codec(index = 32)]
		UidsLengthExceedUidsInSubNet,
		/// Root (netuid 0) takes no weights.
		#[codec(index = 47)]
		CanNotSetRootNetworkWeights,
		/// The hotkey has no weight commit to reveal.
		#[codec(index = 51)]
		NoWeightsCommitFound,
		/// The revealed weights do not hash to any of the hotkey's commits.
		#[codec(index = 52)]
		InvalidRevealCommitHashNotMatch,
		/// The subnet requires commit-reveal: commit the weights' hash instead.
		#[codec(index = 53)]
		CommitRevealEnabled,
		/// The subnet has commit-reveal off: set the weights directly.
		#[codec(index = 54)]
		CommitRevealDisabled,
		/// The subnet has no mechanism with that id.
		#[codec(index = 74)]
		MechanismDoesNotExist,
		/// The hotkey already holds the most unrevealed commits (10).
		#[codec(index = 77)]
		TooManyUnrevealedCommits,
		/// The commit's reveal epoch has passed.
		#[codec(index = 78)]
		ExpiredWeightCommit,
		/// The commit cannot be revealed before its reveal epoch.
		#[codec(index = 79)]
		RevealTooEarly,
		/// The lists of a batch differ in length.
		#[codec(index = 80)]
		InputLengthsUnequal,
		/// Weights committed again before `WeightsSetRateLimit` blocks passed.
		#[codec(index = 81)]
		CommittingWeightsTooFast,
		/// This call is not available on this chain.
		#[codec(index = 87)]
		CallDisabled,
	}
}
