//! `CheckNonce` as this chain needs it: the standard replay protection (a transaction's nonce
//! must be the account's next one; later ones wait in the pool), except that a fee-less call —
//! `set_weights`, `serve_axon`, commits and reveals — may come from an account that holds
//! nothing. Validators' and miners' hotkeys usually hold no TAO; the standard check would
//! refuse them with `Payment` although there is nothing to pay. Fee-paying calls from empty
//! accounts are still refused, as before. Same identifier and encoding as the standard
//! extension (a compact nonce), so clients build transactions unchanged.

use alloc::{vec, vec::Vec};
use codec::{Decode, DecodeWithMemTracking, Encode};
use frame_support::{
	dispatch::{DispatchInfo, Pays},
	pallet_prelude::TransactionSource,
};
use scale_info::TypeInfo;
use sp_runtime::{
	traits::{
		AsSystemOriginSigner, DispatchInfoOf, Dispatchable, One, PostDispatchInfoOf,
		TransactionExtension, ValidateResult, Zero,
	},
	transaction_validity::{
		InvalidTransaction, TransactionLongevity, TransactionValidityError, ValidTransaction,
	},
	DispatchResult, Saturating, Weight,
};

/// Pool tags of a transaction: what it provides and what it requires first.
type Tags = (Vec<Vec<u8>>, Vec<Vec<u8>>);

/// The signer's nonce, checked and bumped; see the module documentation.
#[derive(Clone, Decode, DecodeWithMemTracking, Encode, Eq, PartialEq, TypeInfo)]
#[scale_info(skip_type_params(T))]
pub struct CheckNonce<T: frame_system::Config>(#[codec(compact)] pub T::Nonce);

impl<T: frame_system::Config> core::fmt::Debug for CheckNonce<T> {
	fn fmt(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
		write!(f, "CheckNonce({:?})", self.0)
	}
}

impl<T: frame_system::Config> CheckNonce<T> {
	/// Whether `who` may sign a call that pays (`pays`) with this nonce; the pool tags
	/// (provides, requires) if so.
	fn validate_for(
		who: &T::AccountId,
		nonce: T::Nonce,
		pays: Pays,
	) -> Result<Tags, TransactionValidityError> {
		let account = frame_system::Account::<T>::get(who);
		let exists = !account.providers.is_zero() || !account.sufficients.is_zero();
		if !exists && pays == Pays::Yes {
			return Err(InvalidTransaction::Payment.into());
		}
		if nonce < account.nonce {
			return Err(InvalidTransaction::Stale.into());
		}
		let provides = vec![(who.clone(), nonce).encode()];
		let requires = if nonce > account.nonce {
			vec![(who.clone(), nonce.saturating_sub(One::one())).encode()]
		} else {
			Vec::new()
		};
		Ok((provides, requires))
	}
}

impl<T: frame_system::Config> TransactionExtension<T::RuntimeCall> for CheckNonce<T>
where
	T::RuntimeCall: Dispatchable<Info = DispatchInfo>,
	<T::RuntimeCall as Dispatchable>::RuntimeOrigin: AsSystemOriginSigner<T::AccountId> + Clone,
{
	const IDENTIFIER: &'static str = "CheckNonce";
	type Implicit = ();
	/// The signer to bump the nonce of (none for unsigned origins).
	type Val = Option<T::AccountId>;
	type Pre = ();

	fn weight(&self, _call: &T::RuntimeCall) -> Weight {
		<T::ExtensionsWeightInfo as frame_system::ExtensionsWeightInfo>::check_nonce()
	}

	fn validate(
		&self,
		origin: <T::RuntimeCall as Dispatchable>::RuntimeOrigin,
		_call: &T::RuntimeCall,
		info: &DispatchInfoOf<T::RuntimeCall>,
		_len: usize,
		_implicit: Self::Implicit,
		_implication: &impl Encode,
		_source: TransactionSource,
	) -> ValidateResult<Self::Val, T::RuntimeCall> {
		let Some(who) = origin.as_system_origin_signer().cloned() else {
			return Ok((ValidTransaction::default(), None, origin));
		};
		let (provides, requires) = Self::validate_for(&who, self.0, info.pays_fee)?;
		let validity = ValidTransaction {
			priority: 0,
			requires,
			provides,
			longevity: TransactionLongevity::MAX,
			propagate: true,
		};
		Ok((validity, Some(who), origin))
	}

	fn prepare(
		self,
		val: Self::Val,
		_origin: &<T::RuntimeCall as Dispatchable>::RuntimeOrigin,
		_call: &T::RuntimeCall,
		_info: &DispatchInfoOf<T::RuntimeCall>,
		_len: usize,
	) -> Result<Self::Pre, TransactionValidityError> {
		let Some(who) = val else { return Ok(()) };
		frame_system::Account::<T>::try_mutate(&who, |account| {
			if self.0 > account.nonce {
				return Err(InvalidTransaction::Future.into());
			}
			account.nonce = account.nonce.saturating_add(One::one());
			Ok(())
		})
	}

	fn post_dispatch_details(
		_pre: Self::Pre,
		_info: &DispatchInfo,
		_post_info: &PostDispatchInfoOf<T::RuntimeCall>,
		_len: usize,
		_result: &DispatchResult,
	) -> Result<Weight, TransactionValidityError> {
		Ok(Weight::zero())
	}
}
