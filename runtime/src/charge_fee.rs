//! `ChargeTransactionPayment` with room for fees paid in alpha.
//!
//! A call whose fee may be paid in alpha (`pallet_subtensor::staking::alpha_fees`) can make the
//! fee payment itself do real work: find the position, sell the fee's alpha to the block author,
//! settle root claims when the position is on root. This extension reserves that work's
//! benchmarked weight (`Pallet::alpha_fee_weight`) on top of frame's extension, and gives it
//! back after dispatch when the fee was paid in TAO after all: the signer is refunded its fee
//! part and the block its weight. Everything else is frame's `ChargeTransactionPayment`; the
//! identifier, the encoding (a compact tip) and the metadata are its own, so clients sign
//! exactly what they sign on the reference chain.
//!
//! One rule is the reference's, not frame's: a transaction's pool priority follows its dispatch
//! class alone ([`NORMAL_DISPATCH_PRIORITY`], [`OPERATIONAL_DISPATCH_PRIORITY`]). Frame's
//! priority grows with the tip and with how many such calls fit in a block, which ranks light
//! calls first whether they pay or not; here a tip buys no place in the queue, and calls of one
//! class are taken in the order they came.

use crate::{configs::fee_payment::WithdrawnFee, Balance, Runtime, RuntimeCall};
use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode};
use frame_support::dispatch::DispatchClass;
use frame_support::pallet_prelude::TransactionSource;
use pallet_transaction_payment::{ChargeTransactionPayment, Pre as PaymentPre};
use scale_info::TypeInfo;
use sp_runtime::{
	traits::{
		DispatchInfoOf, DispatchOriginOf, Implication, PostDispatchInfoOf, RefundWeight,
		TransactionExtension, ValidateResult,
	},
	transaction_validity::{TransactionPriority, TransactionValidity, TransactionValidityError},
	DispatchResult, Weight,
};

/// Pool priority of normal (and mandatory) transactions, as on the reference chain.
pub const NORMAL_DISPATCH_PRIORITY: TransactionPriority = 1;

/// Pool priority of operational transactions, as on the reference chain.
pub const OPERATIONAL_DISPATCH_PRIORITY: TransactionPriority = 10_000_000_000;

/// The pool priority of a transaction of dispatch class `class`.
pub fn priority_of(class: DispatchClass) -> TransactionPriority {
	match class {
		DispatchClass::Normal | DispatchClass::Mandatory => NORMAL_DISPATCH_PRIORITY,
		DispatchClass::Operational => OPERATIONAL_DISPATCH_PRIORITY,
	}
}

/// Frame's fee extension.
type Payment = ChargeTransactionPayment<Runtime>;

/// The signer pays the fee and tip, in TAO or, for the calls that allow it, in alpha; see
/// the module documentation.
#[derive(Clone, Decode, DecodeWithMemTracking, Encode, Eq, PartialEq)]
pub struct ChargeTaoOrAlphaFee(Payment);

/// Described to clients as frame's extension itself, so the metadata is unchanged.
impl TypeInfo for ChargeTaoOrAlphaFee {
	type Identity = Payment;

	fn type_info() -> scale_info::Type {
		Payment::type_info()
	}
}

impl core::fmt::Debug for ChargeTaoOrAlphaFee {
	fn fmt(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
		self.0.fmt(f)
	}
}

impl From<Balance> for ChargeTaoOrAlphaFee {
	/// The extension paying `tip` on top of the fee.
	fn from(tip: Balance) -> Self {
		Self(Payment::from(tip))
	}
}

/// The weight `call` reserves for a fee paid in alpha (zero for calls that cannot pay so).
fn alpha_fee_weight(call: &RuntimeCall) -> Weight {
	match call {
		RuntimeCall::SubtensorModule(inner) => {
			pallet_subtensor::Pallet::<Runtime>::alpha_fee_weight(inner)
		},
		_ => Weight::zero(),
	}
}

impl TransactionExtension<RuntimeCall> for ChargeTaoOrAlphaFee {
	const IDENTIFIER: &'static str = "ChargeTransactionPayment";
	type Implicit = ();
	type Val = <Payment as TransactionExtension<RuntimeCall>>::Val;
	/// Frame's pre-dispatch state and the weight reserved for an alpha fee.
	type Pre = (<Payment as TransactionExtension<RuntimeCall>>::Pre, Weight);

	fn metadata() -> Vec<sp_runtime::traits::TransactionExtensionMetadata> {
		Payment::metadata()
	}

	fn weight(&self, call: &RuntimeCall) -> Weight {
		self.0.weight(call).saturating_add(alpha_fee_weight(call))
	}

	fn validate(
		&self,
		origin: DispatchOriginOf<RuntimeCall>,
		call: &RuntimeCall,
		info: &DispatchInfoOf<RuntimeCall>,
		len: usize,
		self_implicit: Self::Implicit,
		inherited_implication: &impl Implication,
		source: TransactionSource,
	) -> ValidateResult<Self::Val, RuntimeCall> {
		let (mut valid, val, origin) = self.0.validate(
			origin,
			call,
			info,
			len,
			self_implicit,
			inherited_implication,
			source,
		)?;
		valid.priority = priority_of(info.class);
		Ok((valid, val, origin))
	}

	fn prepare(
		self,
		val: Self::Val,
		origin: &DispatchOriginOf<RuntimeCall>,
		call: &RuntimeCall,
		info: &DispatchInfoOf<RuntimeCall>,
		len: usize,
	) -> Result<Self::Pre, TransactionValidityError> {
		let reserved = alpha_fee_weight(call);
		Ok((self.0.prepare(val, origin, call, info, len)?, reserved))
	}

	fn post_dispatch_details(
		(payment, reserved): Self::Pre,
		info: &DispatchInfoOf<RuntimeCall>,
		post_info: &PostDispatchInfoOf<RuntimeCall>,
		len: usize,
		result: &DispatchResult,
	) -> Result<Weight, TransactionValidityError> {
		let paid_in_alpha =
			matches!(payment, PaymentPre::Charge { liquidity_info: WithdrawnFee::Alpha(_), .. });
		let unused = if paid_in_alpha { Weight::zero() } else { reserved };
		// The fee is corrected as if the unused reservation had never been made.
		let mut corrected = *post_info;
		corrected.refund(unused);
		let payment_unused =
			Payment::post_dispatch_details(payment, info, &corrected, len, result)?;
		Ok(payment_unused.saturating_add(unused))
	}

	fn post_dispatch(
		pre: Self::Pre,
		info: &DispatchInfoOf<RuntimeCall>,
		post_info: &mut PostDispatchInfoOf<RuntimeCall>,
		len: usize,
		result: &DispatchResult,
	) -> Result<(), TransactionValidityError> {
		let unused = Self::post_dispatch_details(pre, info, post_info, len, result)?;
		post_info.refund(unused);
		// `CheckWeight` ran before this extension: the block gets the refund back here.
		frame_system::Pallet::<Runtime>::reclaim_weight(info, post_info)
	}

	fn bare_validate(
		call: &RuntimeCall,
		info: &DispatchInfoOf<RuntimeCall>,
		len: usize,
	) -> TransactionValidity {
		Payment::bare_validate(call, info, len)
	}

	fn bare_validate_and_prepare(
		call: &RuntimeCall,
		info: &DispatchInfoOf<RuntimeCall>,
		len: usize,
	) -> Result<(), TransactionValidityError> {
		Payment::bare_validate_and_prepare(call, info, len)
	}

	fn bare_post_dispatch(
		info: &DispatchInfoOf<RuntimeCall>,
		post_info: &mut PostDispatchInfoOf<RuntimeCall>,
		len: usize,
		result: &DispatchResult,
	) -> Result<(), TransactionValidityError> {
		Payment::bare_post_dispatch(info, post_info, len, result)
	}
}
