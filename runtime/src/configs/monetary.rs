//! Money: TAO balances and transaction fees.
//!
//! Fees follow the real chain: weight costs 0.0005 rao per unit of ref-time, length 1 rao per
//! byte, no congestion multiplier, and the fee together with the tip goes to the author of the
//! block (found from the Aura pre-runtime digest). Who pays, and in which currency, is in
//! [`super::fee_payment`].

use crate::{
	constants::currency::EXISTENTIAL_DEPOSIT, AccountId, Aura, Balance, Balances, Runtime,
	RuntimeEvent, RuntimeFreezeReason, RuntimeHoldReason, System,
};
use frame_support::{
	parameter_types,
	traits::{
		fungible::{Balanced, Credit},
		ConstU32, ConstU64, ConstU8, FindAuthor, OnUnbalanced,
	},
	weights::{IdentityFee, Weight, WeightToFee},
};
use pallet_transaction_payment::{ConstFeeMultiplier, Multiplier};
use sp_runtime::{traits::One, Perbill};

impl pallet_balances::Config for Runtime {
	type MaxLocks = ConstU32<50>;
	type MaxReserves = ConstU32<50>;
	type ReserveIdentifier = [u8; 8];
	type Balance = Balance;
	type RuntimeEvent = RuntimeEvent;
	type DustRemoval = ();
	type ExistentialDeposit = ConstU64<EXISTENTIAL_DEPOSIT>;
	type AccountStore = System;
	type WeightInfo = pallet_balances::weights::SubstrateWeight<Runtime>;
	type FreezeIdentifier = RuntimeFreezeReason;
	type MaxFreezes = ConstU32<50>;
	type RuntimeHoldReason = RuntimeHoldReason;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type DoneSlashHandler = ();
}

/// Weight-to-fee: linear, 0.0005 rao per unit of ref-time (rounded down); proof size is free.
pub struct LinearWeightToFee;

/// The fee per unit of ref-time.
const FEE_PER_REF_TIME: Perbill = Perbill::from_parts(500_000);

impl WeightToFee for LinearWeightToFee {
	type Balance = Balance;

	fn weight_to_fee(weight: &Weight) -> Self::Balance {
		FEE_PER_REF_TIME.mul_floor(weight.ref_time())
	}
}

/// Finds the account of the current block's author from the Aura pre-runtime digest.
///
/// Aura keys are sr25519, and an sr25519 public key is an account id, so the author's slot key is
/// the account that is paid.
pub struct BlockAuthor;

impl BlockAuthor {
	/// The author of the block being built or imported, if its digest names one.
	pub fn account() -> Option<AccountId> {
		let digest = System::digest();
		let pre_runtime = digest.logs().iter().filter_map(|item| item.as_pre_runtime());
		pallet_aura::FindAccountFromAuthorIndex::<Runtime, Aura>::find_author(pre_runtime)
			.map(|aura_id| AccountId::from(aura_id.into_inner()))
	}
}

impl pallet_subtensor::BlockAuthor<AccountId> for BlockAuthor {
	fn author() -> Option<AccountId> {
		Self::account()
	}
}

/// Pays transaction fees and tips to the block author. Without an author the credit is dropped,
/// which lowers total issuance.
pub struct FeesToAuthor;

impl OnUnbalanced<Credit<AccountId, Balances>> for FeesToAuthor {
	fn on_nonzero_unbalanced(credit: Credit<AccountId, Balances>) {
		if let Some(author) = BlockAuthor::account() {
			// A credit that cannot be resolved (the author account would stay below the
			// existential deposit) is dropped, as without an author.
			let _unresolved = <Balances as Balanced<AccountId>>::resolve(&author, credit);
		}
	}
}

parameter_types! {
	/// No congestion adjustment: the fee multiplier stays 1.
	pub FeeMultiplier: Multiplier = Multiplier::one();
}

impl pallet_transaction_payment::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type OnChargeTransaction = crate::configs::fee_payment::TaoOrAlphaFees;
	type OperationalFeeMultiplier = ConstU8<5>;
	type WeightToFee = LinearWeightToFee;
	type LengthToFee = IdentityFee<Balance>;
	type FeeMultiplierUpdate = ConstFeeMultiplier<FeeMultiplier>;
	type WeightInfo = pallet_transaction_payment::weights::SubstrateWeight<Runtime>;
}
