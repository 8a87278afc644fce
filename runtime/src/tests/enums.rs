//! Every pallet's `Error` and `Event` variants sit at indices 0, 1, 2, … with no gaps, and the
//! custom pallets start with the reference chain's variants, by name, at the reference's
//! indices. Positional decoders (py-substrate-interface 1.x, explorers) name an error by its
//! index in this list, so a gap or a shifted variant makes them name the wrong one.

use super::metadata::metadata_at;
use frame_metadata::RuntimeMetadata;
use scale_info::{PortableRegistry, TypeDef};

/// `SubtensorModule`'s errors on the reference (subtensor-pallet.md §13).
const SUBTENSOR_ERRORS: [&str; 147] = [
	"RootNetworkDoesNotExist",
	"InvalidIpType",
	"InvalidIpAddress",
	"InvalidPort",
	"HotKeyNotRegisteredInSubNet",
	"HotKeyAccountNotExists",
	"HotKeyNotRegisteredInNetwork",
	"NonAssociatedColdKey",
	"NotEnoughStake",
	"NotEnoughStakeToWithdraw",
	"NotEnoughStakeToSetWeights",
	"NotEnoughStakeToSetChildkeys",
	"NotEnoughBalanceToStake",
	"BalanceWithdrawalError",
	"ZeroBalanceAfterWithdrawn",
	"NeuronNoValidatorPermit",
	"WeightVecNotEqualSize",
	"DuplicateUids",
	"UidVecContainInvalidOne",
	"WeightVecLengthIsLow",
	"TooManyRegistrationsThisBlock",
	"HotKeyAlreadyRegisteredInSubNet",
	"NewHotKeyIsSameWithOld",
	"NewHotKeyNotCleanForRootSwap",
	"InvalidWorkBlock",
	"InvalidDifficulty",
	"InvalidSeal",
	"MaxWeightExceeded",
	"HotKeyAlreadyDelegate",
	"SettingWeightsTooFast",
	"IncorrectWeightVersionKey",
	"ServingRateLimitExceeded",
	"UidsLengthExceedUidsInSubNet",
	"NetworkTxRateLimitExceeded",
	"DelegateTxRateLimitExceeded",
	"HotKeySetTxRateLimitExceeded",
	"StakingRateLimitExceeded",
	"SubNetRegistrationDisabled",
	"TooManyRegistrationsThisInterval",
	"TransactorAccountShouldBeHotKey",
	"FaucetDisabled",
	"NotSubnetOwner",
	"RegistrationNotPermittedOnRootSubnet",
	"StakeTooLowForRoot",
	"AllNetworksInImmunity",
	"NotEnoughBalanceToPaySwapHotKey",
	"NotRootSubnet",
	"CanNotSetRootNetworkWeights",
	"NoNeuronIdAvailable",
	"DelegateTakeTooLow",
	"DelegateTakeTooHigh",
	"NoWeightsCommitFound",
	"InvalidRevealCommitHashNotMatch",
	"CommitRevealEnabled",
	"CommitRevealDisabled",
	"LiquidAlphaDisabled",
	"AlphaHighTooLow",
	"AlphaLowOutOfRange",
	"ColdKeyAlreadyAssociated",
	"NotEnoughBalanceToPaySwapColdKey",
	"InvalidChild",
	"DuplicateChild",
	"ProportionOverflow",
	"TooManyChildren",
	"TxRateLimitExceeded",
	"ColdkeySwapAnnouncementNotFound",
	"ColdkeySwapTooEarly",
	"ColdkeySwapReannouncedTooEarly",
	"AnnouncedColdkeyHashDoesNotMatch",
	"ColdkeySwapAlreadyDisputed",
	"NewColdKeyIsHotkey",
	"InvalidChildkeyTake",
	"TxChildkeyTakeRateLimitExceeded",
	"InvalidIdentity",
	"MechanismDoesNotExist",
	"StakeUnavailable",
	"SubnetNotExists",
	"TooManyUnrevealedCommits",
	"ExpiredWeightCommit",
	"RevealTooEarly",
	"InputLengthsUnequal",
	"CommittingWeightsTooFast",
	"AmountTooLow",
	"InsufficientLiquidity",
	"SlippageTooHigh",
	"TransferDisallowed",
	"ActivityCutoffTooLow",
	"CallDisabled",
	"FirstEmissionBlockNumberAlreadySet",
	"NeedWaitingMoreBlocksToStarCall",
	"NotEnoughAlphaOutToRecycle",
	"CannotBurnOrRecycleOnRootSubnet",
	"UnableToRecoverPublicKey",
	"InvalidRecoveredPublicKey",
	"SubtokenDisabled",
	"HotKeySwapOnSubnetIntervalNotPassed",
	"SameNetuid",
	"InsufficientBalance",
	"InvalidLeaseBeneficiary",
	"LeaseCannotEndInThePast",
	"LeaseNetuidNotFound",
	"LeaseDoesNotExist",
	"LeaseHasNoEndBlock",
	"LeaseHasNotEnded",
	"Overflow",
	"BeneficiaryDoesNotOwnHotkey",
	"ExpectedBeneficiaryOrigin",
	"AdminActionProhibitedDuringWeightsWindow",
	"SymbolDoesNotExist",
	"SymbolAlreadyInUse",
	"IncorrectCommitRevealVersion",
	"InvalidRevealRound",
	"RevealPeriodTooLarge",
	"RevealPeriodTooSmall",
	"InvalidValue",
	"SubnetLimitReached",
	"CannotAffordLockCost",
	"EvmKeyAssociateRateLimitExceeded",
	"SameAutoStakeHotkeyAlreadySet",
	"UidMapCouldNotBeCleared",
	"TrimmingWouldExceedMaxImmunePercentage",
	"ChildParentInconsistency",
	"InvalidNumRootClaim",
	"InvalidRootClaimThreshold",
	"InvalidSubnetNumber",
	"TooManyUIDsPerMechanism",
	"VotingPowerTrackingNotEnabled",
	"InvalidVotingPowerEmaAlpha",
	"Deprecated",
	"AddStakeBurnRateLimitExceeded",
	"ColdkeySwapAnnounced",
	"ColdkeySwapDisputed",
	"ColdkeySwapClearTooEarly",
	"DisabledTemporarily",
	"RegistrationPriceLimitExceeded",
	"LockHotkeyMismatch",
	"InsufficientStakeForLock",
	"NoExistingLock",
	"ActiveLockExists",
	"CannotUseSystemAccount",
	"UnlockAmountTooHigh",
	"TempoOutOfBounds",
	"ActivityCutoffFactorMilliOutOfBounds",
	"EpochTriggerAlreadyPending",
	"AutoEpochAlreadyImminent",
	"DynamicTempoBlockedByCommitReveal",
	"AccountRejectsLockedAlpha",
];

/// `SubtensorModule`'s events on the reference (subtensor-pallet.md §14).
const SUBTENSOR_EVENTS: [&str; 137] = [
	"NetworkAdded",
	"NetworkRemoved",
	"StakeAdded",
	"StakeRemoved",
	"StakeMoved",
	"WeightsSet",
	"NeuronRegistered",
	"BulkNeuronsRegistered",
	"BulkBalancesSet",
	"MaxAllowedUidsSet",
	"MaxWeightLimitSet",
	"DifficultySet",
	"AdjustmentIntervalSet",
	"RegistrationPerIntervalSet",
	"MaxRegistrationsPerBlockSet",
	"ActivityCutoffSet",
	"RhoSet",
	"AlphaSigmoidSteepnessSet",
	"KappaSet",
	"MinAllowedWeightSet",
	"ValidatorPruneLenSet",
	"ScalingLawPowerSet",
	"WeightsSetRateLimitSet",
	"ImmunityPeriodSet",
	"BondsMovingAverageSet",
	"BondsPenaltySet",
	"BondsResetOnSet",
	"MaxAllowedValidatorsSet",
	"AxonServed",
	"PrometheusServed",
	"DelegateAdded",
	"DefaultTakeSet",
	"WeightsVersionKeySet",
	"MinDifficultySet",
	"MaxDifficultySet",
	"ServingRateLimitSet",
	"BurnSet",
	"MaxBurnSet",
	"MinBurnSet",
	"MaxEpochsPerBlockSet",
	"TxRateLimitSet",
	"TxDelegateTakeRateLimitSet",
	"TxChildKeyTakeRateLimitSet",
	"AdminFreezeWindowSet",
	"OwnerHyperparamRateLimitSet",
	"MinChildKeyTakeSet",
	"MinChildKeyTakePerSubnetSet",
	"MaxChildKeyTakeSet",
	"ChildKeyTakeSet",
	"Sudid",
	"RegistrationAllowed",
	"PowRegistrationAllowed",
	"TempoSet",
	"RAORecycledForRegistrationSet",
	"StakeThresholdSet",
	"AdjustmentAlphaSet",
	"Faucet",
	"SubnetOwnerCutSet",
	"NetworkRateLimitSet",
	"NetworkImmunityPeriodSet",
	"StartCallDelaySet",
	"NetworkMinLockCostSet",
	"SubnetLimitSet",
	"NetworkLockCostReductionIntervalSet",
	"TakeDecreased",
	"TakeIncreased",
	"HotkeySwapped",
	"MaxDelegateTakeSet",
	"MinDelegateTakeSet",
	"ColdkeySwapAnnounced",
	"ColdkeySwapReset",
	"ColdkeySwapped",
	"ColdkeySwapDisputed",
	"AllBalanceUnstakedAndTransferredToNewColdkey",
	"ArbitrationPeriodExtended",
	"SetChildrenScheduled",
	"SetChildren",
	"ChainIdentitySet",
	"SubnetIdentitySet",
	"SubnetIdentityRemoved",
	"DissolveNetworkScheduled",
	"ColdkeySwapAnnouncementDelaySet",
	"ColdkeySwapReannouncementDelaySet",
	"DissolveNetworkScheduleDurationSet",
	"CRV3WeightsCommitted",
	"WeightsCommitted",
	"WeightsRevealed",
	"WeightsBatchRevealed",
	"BatchWeightsCompleted",
	"BatchCompletedWithErrors",
	"BatchWeightItemFailed",
	"StakeTransferred",
	"StakeSwapped",
	"TransferToggle",
	"SubnetOwnerHotkeySet",
	"FirstEmissionBlockNumberSet",
	"AlphaRecycled",
	"AlphaBurned",
	"EvmKeyAssociated",
	"CRV3WeightsRevealed",
	"CommitRevealPeriodsSet",
	"CommitRevealEnabled",
	"HotkeySwappedOnSubnet",
	"SubnetLeaseCreated",
	"SubnetLeaseTerminated",
	"SymbolUpdated",
	"CommitRevealVersionSet",
	"TimelockedWeightsCommitted",
	"TimelockedWeightsRevealed",
	"AutoStakeAdded",
	"IncentiveAlphaEmittedToMiners",
	"MinAllowedUidsSet",
	"AutoStakeDestinationSet",
	"MinNonImmuneUidsSet",
	"RootClaimed",
	"RootClaimTypeSet",
	"VotingPowerTrackingEnabled",
	"VotingPowerTrackingDisableScheduled",
	"VotingPowerTrackingDisabled",
	"VotingPowerEmaAlphaSet",
	"SubnetLeaseDividendsDistributed",
	"AddStakeBurn",
	"ColdkeySwapCleared",
	"TransactionFeePaidWithAlpha",
	"BurnHalfLifeSet",
	"BurnIncreaseMultSet",
	"AutoParentDelegationEnabledSet",
	"StakeLocked",
	"StakeUnlocked",
	"LockMoved",
	"ActivityCutoffFactorMilliSet",
	"EpochTriggered",
	"EpochDeferred",
	"EpochSkipped",
	"SubnetOwnerChanged",
	"PerpetualLockUpdated",
	"RejectLockedAlphaUpdated",
];

/// `AdminUtils`' errors on the reference.
const ADMIN_UTILS_ERRORS: [&str; 14] = [
	"SubnetDoesNotExist",
	"MaxValidatorsLargerThanMaxUIds",
	"MaxAllowedUIdsLessThanCurrentUIds",
	"BondsMovingAverageMaxReached",
	"NegativeSigmoidSteepness",
	"ValueNotInBounds",
	"MinAllowedUidsGreaterThanCurrentUids",
	"MinAllowedUidsGreaterThanMaxAllowedUids",
	"MaxAllowedUidsLessThanMinAllowedUids",
	"MaxAllowedUidsGreaterThanDefaultMaxAllowedUids",
	"InvalidValue",
	"NotPermittedOnRootSubnet",
	"POWRegistrationDisabled",
	"Deprecated",
];

/// `AdminUtils`' events on the reference.
const ADMIN_UTILS_EVENTS: [&str; 6] = [
	"PrecompileUpdated",
	"Yuma3EnableToggled",
	"BondsResetToggled",
	"BurnHalfLifeSet",
	"BurnIncreaseMultSet",
	"SubnetEmissionEnabledSet",
];

/// `Swap`'s errors on the reference (dtao-swap.md §1).
const SWAP_ERRORS: [&str; 13] = [
	"FeeRateTooHigh",
	"InsufficientInputAmount",
	"InsufficientLiquidity",
	"PriceLimitExceeded",
	"InsufficientBalance",
	"InvalidTickRange",
	"InvalidLiquidityValue",
	"ReservesTooLow",
	"MechanismDoesNotExist",
	"SubtokenDisabled",
	"ReservesOutOfBalance",
	"SwapInputTooLarge",
	"Deprecated",
];

/// `Commitments`' errors on the reference.
const COMMITMENTS_ERRORS: [&str; 4] = [
	"TooManyFieldsInCommitmentInfo",
	"AccountNotAllowedCommit",
	"SpaceLimitExceeded",
	"UnexpectedUnreserveLeftover",
];

/// `Commitments`' events on the reference.
const COMMITMENTS_EVENTS: [&str; 3] = ["Commitment", "TimelockCommitment", "CommitmentRevealed"];

/// `Drand`'s errors on the reference.
const DRAND_ERRORS: [&str; 6] = [
	"NoneValue",
	"StorageOverflow",
	"DrandConnectionFailure",
	"UnverifiedPulse",
	"InvalidRoundNumber",
	"PulseVerificationError",
];

/// `Drand`'s events on the reference.
const DRAND_EVENTS: [&str; 3] = ["BeaconConfigChanged", "NewPulse", "SetOldestStoredRound"];

/// `MevShield`'s errors on the reference (mev-shield.md).
const SHIELD_ERRORS: [&str; 4] =
	["BadEncKeyLen", "Unreachable", "TooManyPendingExtrinsics", "WeightExceedsAbsoluteMax"];

/// (index, name) of each variant of the enum with type id `id`.
fn variants(types: &PortableRegistry, id: u32) -> Variants {
	let ty = types.resolve(id).expect("the type is in the registry");
	let TypeDef::Variant(def) = &ty.type_def else { panic!("type {id} is not an enum") };
	def.variants.iter().map(|v| (v.index, v.name.clone())).collect()
}

/// (index, name) of each variant of an enum.
type Variants = Vec<(u8, String)>;

/// Each pallet's (name, error variants, event variants), from metadata V14.
fn pallet_enums() -> Vec<(String, Variants, Variants)> {
	let RuntimeMetadata::V14(meta) = metadata_at(14) else { panic!("not V14") };
	meta.pallets
		.iter()
		.map(|p| {
			let errors =
				p.error.as_ref().map(|e| variants(&meta.types, e.ty.id)).unwrap_or_default();
			let events =
				p.event.as_ref().map(|e| variants(&meta.types, e.ty.id)).unwrap_or_default();
			(p.name.clone(), errors, events)
		})
		.collect()
}

/// The `Error` or `Event` variants of `pallet`.
fn of(pallet: &str, kind: &str) -> Variants {
	let (_, errors, events) = pallet_enums()
		.into_iter()
		.find(|(name, _, _)| name == pallet)
		.expect("the pallet is in the runtime");
	if kind == "Error" {
		errors
	} else {
		events
	}
}

/// Whether `variants` start with `reference`, name by name, at indices 0, 1, 2, ….
fn starts_with(variants: &[(u8, String)], reference: &[&str]) -> Result<(), String> {
	for (position, name) in reference.iter().enumerate() {
		match variants.get(position) {
			Some((index, ours)) if usize::from(*index) == position && ours == name => {},
			other => return Err(format!("index {position}: reference {name}, here {other:?}")),
		}
	}
	Ok(())
}

#[test]
fn every_error_and_event_enum_is_contiguous() {
	for (pallet, errors, events) in pallet_enums() {
		for (kind, list) in [("Error", &errors), ("Event", &events)] {
			let indices: Vec<usize> = list.iter().map(|(i, _)| usize::from(*i)).collect();
			let expected: Vec<usize> = (0..list.len()).collect();
			assert_eq!(indices, expected, "{pallet}::{kind} has a gap or is out of order");
		}
	}
}

#[test]
fn the_custom_pallets_declare_the_references_variants_at_its_indices() {
	let checks: [(&str, &str, &[&str]); 10] = [
		("SubtensorModule", "Error", &SUBTENSOR_ERRORS),
		("SubtensorModule", "Event", &SUBTENSOR_EVENTS),
		("AdminUtils", "Error", &ADMIN_UTILS_ERRORS),
		("AdminUtils", "Event", &ADMIN_UTILS_EVENTS),
		("Swap", "Error", &SWAP_ERRORS),
		("Commitments", "Error", &COMMITMENTS_ERRORS),
		("Commitments", "Event", &COMMITMENTS_EVENTS),
		("MevShield", "Error", &SHIELD_ERRORS),
		("Drand", "Error", &DRAND_ERRORS),
		("Drand", "Event", &DRAND_EVENTS),
	];
	for (pallet, kind, reference) in checks {
		if let Err(e) = starts_with(&of(pallet, kind), reference) {
			panic!("{pallet}::{kind}: {e}");
		}
	}
}
