//! How a signed transaction's fee is paid: in TAO (to the block author, as
//! `FungibleAdapter` does), or, when the signer cannot pay in TAO and the call sells alpha from
//! one stake position, in alpha from that position (`pallet_subtensor::staking::alpha_fees`).
//! The transaction extension stays frame's `ChargeTransactionPayment`, so clients sign exactly
//! what they sign on the reference chain.

use crate::{configs::monetary::FeesToAuthor, AccountId, Balance, Balances, Runtime, RuntimeCall};
use alloc::vec::Vec;
use frame_support::traits::{fungible::Credit, NoDrop};
use pallet_subtensor::AlphaFeePaid;
use pallet_transaction_payment::{FungibleAdapter, OnChargeTransaction, TxCreditHold};
use sp_runtime::{
	traits::{DispatchInfoOf, PostDispatchInfoOf, Zero},
	transaction_validity::{InvalidTransaction, TransactionValidityError},
};
use subtensor_common::{NetUid, TaoBalance};

/// Fees in TAO, the standard way.
type TaoFees = FungibleAdapter<Balances, FeesToAuthor>;

/// The runtime's `OnChargeTransaction`: TAO first, alpha for selling calls when TAO falls short.
pub struct TaoOrAlphaFees;

/// What was withdrawn before dispatch.
#[derive(Default)]
pub enum WithdrawnFee {
	/// Paid in TAO: the tip's credit (the fee itself is held by the payment pallet), as
	/// `FungibleAdapter` keeps it.
	Tao(Option<Credit<AccountId, Balances>>),
	/// Paid in alpha: final, reported after dispatch.
	Alpha(AlphaFeePaid),
	/// Nothing to pay.
	#[default]
	Nothing,
}

/// The stake positions whose alpha may pay for `call` signed by `who`.
fn alpha_positions(who: &AccountId, call: &RuntimeCall) -> Vec<(AccountId, NetUid)> {
	match call {
		RuntimeCall::SubtensorModule(inner) => {
			pallet_subtensor::Pallet::<Runtime>::alpha_fee_positions(who, inner)
		},
		_ => Vec::new(),
	}
}

impl TxCreditHold<Runtime> for TaoOrAlphaFees {
	type Credit = NoDrop<Credit<AccountId, Balances>>;
}

impl OnChargeTransaction<Runtime> for TaoOrAlphaFees {
	type Balance = Balance;
	type LiquidityInfo = WithdrawnFee;

	fn withdraw_fee(
		who: &AccountId,
		call: &RuntimeCall,
		info: &DispatchInfoOf<RuntimeCall>,
		fee_with_tip: Balance,
		tip: Balance,
	) -> Result<WithdrawnFee, TransactionValidityError> {
		if fee_with_tip.is_zero() {
			return Ok(WithdrawnFee::Nothing);
		}
		match <TaoFees as OnChargeTransaction<Runtime>>::withdraw_fee(
			who,
			call,
			info,
			fee_with_tip,
			tip,
		) {
			Ok(tip_credit) => Ok(WithdrawnFee::Tao(tip_credit)),
			Err(refusal) => {
				let positions = alpha_positions(who, call);
				let fee = TaoBalance::new(fee_with_tip);
				if !pallet_subtensor::Pallet::<Runtime>::can_pay_fee_in_alpha(who, &positions, fee)
				{
					return Err(refusal);
				}
				pallet_subtensor::Pallet::<Runtime>::pay_fee_in_alpha(who, &positions, fee)
					.map(WithdrawnFee::Alpha)
					.map_err(|_| InvalidTransaction::Payment.into())
			},
		}
	}

	fn can_withdraw_fee(
		who: &AccountId,
		call: &RuntimeCall,
		info: &DispatchInfoOf<RuntimeCall>,
		fee_with_tip: Balance,
		tip: Balance,
	) -> Result<(), TransactionValidityError> {
		<TaoFees as OnChargeTransaction<Runtime>>::can_withdraw_fee(
			who,
			call,
			info,
			fee_with_tip,
			tip,
		)
		.or_else(|refusal| {
			let positions = alpha_positions(who, call);
			let fee = TaoBalance::new(fee_with_tip);
			if pallet_subtensor::Pallet::<Runtime>::can_pay_fee_in_alpha(who, &positions, fee) {
				Ok(())
			} else {
				Err(refusal)
			}
		})
	}

	fn correct_and_deposit_fee(
		who: &AccountId,
		info: &DispatchInfoOf<RuntimeCall>,
		post_info: &PostDispatchInfoOf<RuntimeCall>,
		corrected_fee_with_tip: Balance,
		tip: Balance,
		withdrawn: WithdrawnFee,
	) -> Result<(), TransactionValidityError> {
		match withdrawn {
			WithdrawnFee::Tao(tip_credit) => {
				<TaoFees as OnChargeTransaction<Runtime>>::correct_and_deposit_fee(
					who,
					info,
					post_info,
					corrected_fee_with_tip,
					tip,
					tip_credit,
				)
			},
			WithdrawnFee::Alpha(paid) => {
				pallet_subtensor::Pallet::<Runtime>::note_fee_paid_in_alpha(who, paid);
				Ok(())
			},
			WithdrawnFee::Nothing => Ok(()),
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn endow_account(who: &AccountId, amount: Balance) {
		<TaoFees as OnChargeTransaction<Runtime>>::endow_account(who, amount);
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn minimum_balance() -> Balance {
		<TaoFees as OnChargeTransaction<Runtime>>::minimum_balance()
	}
}
