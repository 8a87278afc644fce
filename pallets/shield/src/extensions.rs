//! The transaction extensions that keep carriers well formed and short-lived.
//!
//! - [`CheckMortality`] replaces frame-system's extension of the same name (same identifier,
//!   same encoding: the era, with the birth block's hash signed implicitly) and adds one rule: a
//!   carrier must be mortal with a period of at most [`MAX_CARRIER_ERA_PERIOD`] blocks, so a
//!   carrier sealed to a key nobody opens leaves the pool within a few blocks.
//! - [`CheckShieldedTxValidity`] (no data) refuses a carrier whose ciphertext is not an
//!   envelope, with [`CUSTOM_FAILED_SHIELDED_TX_PARSING`].
//!
//! Both look at the top-level call only, as on the reference chain.

use crate::{weights::WeightInfo, Call, Config, Pallet};
use codec::{Decode, DecodeWithMemTracking, Encode};
use core::marker::PhantomData;
use frame_support::{dispatch::DispatchInfo, pallet_prelude::TransactionSource, traits::IsSubType};
use scale_info::TypeInfo;
use sp_runtime::{
	generic::Era,
	traits::{
		AsSystemOriginSigner, DispatchInfoOf, Dispatchable, Implication, TransactionExtension,
		ValidateResult,
	},
	transaction_validity::{InvalidTransaction, TransactionValidityError, ValidTransaction},
	Weight,
};

/// The longest era a carrier may have (blocks).
pub const MAX_CARRIER_ERA_PERIOD: u64 = 8;

/// `InvalidTransaction::Custom` code of a carrier whose ciphertext is not an envelope.
pub const CUSTOM_FAILED_SHIELDED_TX_PARSING: u8 = 23;

/// Whether `call` is a carrier ([`Call::submit_encrypted`]).
fn is_carrier<T: Config>(call: &<T as frame_system::Config>::RuntimeCall) -> bool
where
	<T as frame_system::Config>::RuntimeCall: IsSubType<Call<T>>,
{
	matches!(call.is_sub_type(), Some(Call::submit_encrypted { .. }))
}

/// frame-system's `CheckMortality` with the carrier rule; see the module documentation.
#[derive(Encode, Decode, DecodeWithMemTracking, Clone, Eq, PartialEq, TypeInfo)]
#[scale_info(skip_type_params(T))]
pub struct CheckMortality<T: Config + Send + Sync>(pub Era, PhantomData<T>);

impl<T: Config + Send + Sync> CheckMortality<T> {
	/// The extension for transactions signed with `era`.
	pub fn from(era: Era) -> Self {
		Self(era, PhantomData)
	}

	/// frame-system's extension, which does the standard checks.
	fn standard(&self) -> frame_system::CheckMortality<T> {
		frame_system::CheckMortality::from(self.0)
	}
}

impl<T: Config + Send + Sync> core::fmt::Debug for CheckMortality<T> {
	fn fmt(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
		write!(f, "CheckMortality({:?})", self.0)
	}
}

impl<T: Config + Send + Sync> TransactionExtension<<T as frame_system::Config>::RuntimeCall>
	for CheckMortality<T>
where
	<T as frame_system::Config>::RuntimeCall:
		Dispatchable<Info = DispatchInfo> + IsSubType<Call<T>>,
{
	const IDENTIFIER: &'static str = "CheckMortality";
	type Implicit = T::Hash;
	type Val = ();
	type Pre = ();

	fn implicit(&self) -> Result<Self::Implicit, TransactionValidityError> {
		self.standard().implicit()
	}

	fn weight(&self, call: &<T as frame_system::Config>::RuntimeCall) -> Weight {
		self.standard().weight(call)
	}

	fn validate(
		&self,
		origin: <T as frame_system::Config>::RuntimeOrigin,
		call: &<T as frame_system::Config>::RuntimeCall,
		info: &DispatchInfoOf<<T as frame_system::Config>::RuntimeCall>,
		len: usize,
		implicit: Self::Implicit,
		implication: &impl Implication,
		source: TransactionSource,
	) -> ValidateResult<Self::Val, <T as frame_system::Config>::RuntimeCall> {
		let short_lived = match self.0 {
			Era::Immortal => false,
			Era::Mortal(period, _) => period <= MAX_CARRIER_ERA_PERIOD,
		};
		if !short_lived && is_carrier::<T>(call) {
			return Err(InvalidTransaction::Stale.into());
		}
		self.standard().validate(origin, call, info, len, implicit, implication, source)
	}

	sp_runtime::impl_tx_ext_default!(<T as frame_system::Config>::RuntimeCall; prepare);
}

/// Refuses carriers whose ciphertext is not an envelope; see the module documentation.
#[derive(Encode, Decode, DecodeWithMemTracking, Clone, Eq, PartialEq, TypeInfo, Default)]
#[scale_info(skip_type_params(T))]
pub struct CheckShieldedTxValidity<T: Config + Send + Sync>(PhantomData<T>);

impl<T: Config + Send + Sync> CheckShieldedTxValidity<T> {
	/// The extension (it carries no data).
	pub fn new() -> Self {
		Self(PhantomData)
	}
}

impl<T: Config + Send + Sync> core::fmt::Debug for CheckShieldedTxValidity<T> {
	fn fmt(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
		write!(f, "CheckShieldedTxValidity")
	}
}

impl<T: Config + Send + Sync> TransactionExtension<<T as frame_system::Config>::RuntimeCall>
	for CheckShieldedTxValidity<T>
where
	<T as frame_system::Config>::RuntimeCall:
		Dispatchable<Info = DispatchInfo> + IsSubType<Call<T>>,
	<<T as frame_system::Config>::RuntimeCall as Dispatchable>::RuntimeOrigin:
		AsSystemOriginSigner<T::AccountId> + Clone,
{
	const IDENTIFIER: &'static str = "CheckShieldedTxValidity";
	type Implicit = ();
	type Val = ();
	type Pre = ();

	fn weight(&self, call: &<T as frame_system::Config>::RuntimeCall) -> Weight {
		if is_carrier::<T>(call) {
			T::WeightInfo::parse_envelope()
		} else {
			Weight::zero()
		}
	}

	fn validate(
		&self,
		origin: <<T as frame_system::Config>::RuntimeCall as Dispatchable>::RuntimeOrigin,
		call: &<T as frame_system::Config>::RuntimeCall,
		_info: &DispatchInfoOf<<T as frame_system::Config>::RuntimeCall>,
		_len: usize,
		_implicit: Self::Implicit,
		_implication: &impl Implication,
		_source: TransactionSource,
	) -> ValidateResult<Self::Val, <T as frame_system::Config>::RuntimeCall> {
		if origin.as_system_origin_signer().is_some()
			&& is_carrier::<T>(call)
			&& Pallet::<T>::carrier_envelope(call).is_none()
		{
			return Err(InvalidTransaction::Custom(CUSTOM_FAILED_SHIELDED_TX_PARSING).into());
		}
		Ok((ValidTransaction::default(), (), origin))
	}

	sp_runtime::impl_tx_ext_default!(<T as frame_system::Config>::RuntimeCall; prepare);
}
