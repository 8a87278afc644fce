//! The calls a call dispatches on some account's behalf in this runtime: `Utility` batches (as
//! the signer; `as_derivative` as its derivative account), `Proxy` calls (as the proxied
//! account) and `Multisig` calls (as the multisig account). Root-only wrappers (`Sudo`,
//! `Utility::dispatch_as*`) dispatch as root or an origin root chose, and are not followed.

use crate::{AccountId, Runtime, RuntimeCall};
use alloc::vec::Vec;
use frame_support::traits::Contains;
use pallet_multisig::Pallet as Multisig;
use pallet_utility::Call as UtilityCall;
use sp_runtime::traits::StaticLookup;
use subtensor_common::NestedCalls;

/// [`NestedCalls`] of this runtime's wrapper calls.
pub struct RuntimeNestedCalls;

impl NestedCalls<RuntimeCall, AccountId> for RuntimeNestedCalls {
	fn visit<E>(
		who: &AccountId,
		call: &RuntimeCall,
		check: &mut impl FnMut(&AccountId, &RuntimeCall) -> Result<(), E>,
	) -> Result<(), E> {
		check(who, call)?;
		match call {
			RuntimeCall::Utility(
				UtilityCall::batch { calls }
				| UtilityCall::batch_all { calls }
				| UtilityCall::force_batch { calls },
			) => calls.iter().try_for_each(|inner| Self::visit(who, inner, check)),
			RuntimeCall::Utility(UtilityCall::with_weight { call, .. }) => {
				Self::visit(who, call, check)
			},
			RuntimeCall::Utility(UtilityCall::if_else { main, fallback }) => {
				Self::visit(who, main, check)?;
				Self::visit(who, fallback, check)
			},
			RuntimeCall::Utility(UtilityCall::as_derivative { index, call }) => {
				let derivative = pallet_utility::derivative_account_id(who.clone(), *index);
				Self::visit(&derivative, call, check)
			},
			RuntimeCall::Proxy(
				pallet_proxy::Call::proxy { real, call, .. }
				| pallet_proxy::Call::proxy_announced { real, call, .. },
			) => match <Runtime as frame_system::Config>::Lookup::lookup(real.clone()) {
				Ok(real) => Self::visit(&real, call, check),
				// An unknown account: the proxy call fails before dispatching anything.
				Err(_) => Ok(()),
			},
			RuntimeCall::Multisig(pallet_multisig::Call::as_multi_threshold_1 {
				other_signatories,
				call,
			}) => Self::visit(&multisig_account(who, other_signatories, 1), call, check),
			RuntimeCall::Multisig(pallet_multisig::Call::as_multi {
				threshold,
				other_signatories,
				call,
				..
			}) => Self::visit(&multisig_account(who, other_signatories, *threshold), call, check),
			_ => Ok(()),
		}
	}
}

/// The multisig account of `who` and `others` with `threshold`, as `Multisig` derives it.
fn multisig_account(who: &AccountId, others: &[AccountId], threshold: u16) -> AccountId {
	let mut signatories: Vec<AccountId> = others.to_vec();
	signatories.push(who.clone());
	signatories.sort();
	Multisig::<Runtime>::multi_account_id(&signatories, threshold)
}

/// The calls a coldkey with an announced swap may make besides the swap's own: shielded
/// carriers (`MevShield::submit_encrypted`), whose inner transaction is checked when opened.
pub struct ShieldedCarriers;

impl Contains<RuntimeCall> for ShieldedCarriers {
	fn contains(call: &RuntimeCall) -> bool {
		matches!(
			call,
			RuntimeCall::MevShield(pallet_subtensor_shield::Call::submit_encrypted { .. })
		)
	}
}
