//! `SubtensorTransactionExtension`: checks at pool admission that a fee-less `SubtensorModule`
//! call can succeed, so that free calls cannot flood the pool and blocks with transactions that
//! are bound to fail. Weights and commits need a registered hotkey with enough stake on an
//! existing subnet (and weights the rate limit passed); serving needs a registered hotkey;
//! take changes the hotkey's owner; proof-of-work registration a valid, fresh, unused seal
//! on an open subnet; the faucet an enabled faucet. Other pallets' free calls (commitments)
//! are checked by `Config::FreeCallGuard`. The calls repeat every check at dispatch. The
//! extension carries no data, so clients sign as before.
//!
//! Every signed transaction also passes the coldkey-swap guard: an account with an announced
//! swap makes only the swap's calls ([`CUSTOM_COLDKEY_SWAP_ANNOUNCED`]) and, once the swap is
//! disputed, none ([`CUSTOM_COLDKEY_SWAP_DISPUTED`]), whether it signs, batches, or a proxy or
//! multisig acts for it (`Config::NestedCalls`). The extension runs again when a block
//! includes the transaction, so what the pool admitted earlier is checked anew.
//!
//! Rejections are `InvalidTransaction::Custom(code)` with the codes clients know:
//! [`CUSTOM_STAKE_TOO_LOW`], [`CUSTOM_SUBNET_NOT_EXISTS`], [`CUSTOM_HOTKEY_NOT_EXISTS`],
//! [`CUSTOM_RATE_LIMITED`], [`CUSTOM_NOT_REGISTERED`], [`CUSTOM_INVALID_IP_ADDRESS`],
//! [`CUSTOM_SERVING_RATE_LIMITED`], [`CUSTOM_INVALID_PORT`], [`CUSTOM_BAD_REQUEST`],
//! [`CUSTOM_INVALID_REVEAL_ROUND`], [`CUSTOM_INPUT_LENGTHS_UNEQUAL`].

use crate::{serving::Endpoint, *};
use codec::{Decode, DecodeWithMemTracking, Encode};
use frame_support::{
	dispatch::DispatchInfo,
	pallet_prelude::{TransactionSource, Weight},
	traits::{Get, IsSubType},
};
use scale_info::TypeInfo;
use sp_runtime::{
	traits::{
		AsSystemOriginSigner, DispatchInfoOf, Dispatchable, Implication, TransactionExtension,
		ValidateResult,
	},
	transaction_validity::{InvalidTransaction, TransactionValidityError, ValidTransaction},
};
use subtensor_common::{
	FreeCallGuard, MechId, NestedCalls, NetUid, NetUidStorageIndex, TimelockOpener,
};

/// The hotkey's stake is below `StakeThreshold`.
pub const CUSTOM_STAKE_TOO_LOW: u8 = 1;
/// The subnet does not exist.
pub const CUSTOM_SUBNET_NOT_EXISTS: u8 = 3;
/// The hotkey has no owner, or not this one.
pub const CUSTOM_HOTKEY_NOT_EXISTS: u8 = 4;
/// The hotkey set weights too recently.
pub const CUSTOM_RATE_LIMITED: u8 = 6;
/// The hotkey holds no UID on the subnet.
pub const CUSTOM_NOT_REGISTERED: u8 = 10;
/// A served endpoint's address is not usable.
pub const CUSTOM_INVALID_IP_ADDRESS: u8 = 11;
/// The hotkey served this endpoint too recently.
pub const CUSTOM_SERVING_RATE_LIMITED: u8 = 12;
/// A served endpoint has port 0.
pub const CUSTOM_INVALID_PORT: u8 = 13;
/// A request the chain cannot read (an unknown IP type).
pub const CUSTOM_BAD_REQUEST: u8 = 255;
/// A timelocked commit names a drand round older than the latest stored pulse.
pub const CUSTOM_INVALID_REVEAL_ROUND: u8 = 15;
/// A batch's lists differ in length.
pub const CUSTOM_INPUT_LENGTHS_UNEQUAL: u8 = 18;
/// The account announced a coldkey swap: it makes only the swap's calls.
pub const CUSTOM_COLDKEY_SWAP_ANNOUNCED: u8 = 0;
/// The account's coldkey swap is disputed: it makes no call.
pub const CUSTOM_COLDKEY_SWAP_DISPUTED: u8 = 21;

/// Database reads the costliest guard makes.
const GUARD_READS: u64 = 12;

/// The pool guard of fee-less `SubtensorModule` calls; see the module documentation.
#[derive(Clone, Decode, DecodeWithMemTracking, Default, Encode, Eq, PartialEq, TypeInfo)]
#[scale_info(skip_type_params(T))]
pub struct SubtensorTransactionExtension<T: Config + Send + Sync>(core::marker::PhantomData<T>);

impl<T: Config + Send + Sync> SubtensorTransactionExtension<T> {
	/// The extension (it holds nothing).
	pub fn new() -> Self {
		Self(core::marker::PhantomData)
	}
}

impl<T: Config + Send + Sync> core::fmt::Debug for SubtensorTransactionExtension<T> {
	fn fmt(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
		write!(f, "SubtensorTransactionExtension")
	}
}

/// A rejection with `code`.
fn refuse(code: u8) -> TransactionValidityError {
	InvalidTransaction::Custom(code).into()
}

/// `Ok` if `ok`, else a rejection with `code`.
fn require(ok: bool, code: u8) -> Result<(), TransactionValidityError> {
	if ok {
		Ok(())
	} else {
		Err(refuse(code))
	}
}

/// The pool's answer to a proof-of-work registration that would fail: a stale or future
/// work block is stale, a wrong, too easy or used seal a bad proof, a missing subnet its
/// code, anything else a call that cannot succeed.
fn pow_refusal<T: Config>(error: Error<T>) -> TransactionValidityError {
	match error {
		Error::<T>::InvalidWorkBlock => InvalidTransaction::Stale.into(),
		Error::<T>::InvalidSeal | Error::<T>::InvalidDifficulty | Error::<T>::WorkAlreadyUsed => {
			InvalidTransaction::BadProof.into()
		},
		Error::<T>::SubnetNotExists => refuse(CUSTOM_SUBNET_NOT_EXISTS),
		_ => InvalidTransaction::Call.into(),
	}
}

/// The pool's answer to a serving call that would fail: the reference's code for each of
/// its errors, `CUSTOM_BAD_REQUEST` for an unknown IP type.
fn serving_refusal<T: Config>(error: Error<T>) -> TransactionValidityError {
	refuse(match error {
		Error::<T>::HotKeyNotRegisteredInNetwork => CUSTOM_NOT_REGISTERED,
		Error::<T>::InvalidIpAddress => CUSTOM_INVALID_IP_ADDRESS,
		Error::<T>::ServingRateLimitExceeded => CUSTOM_SERVING_RATE_LIMITED,
		Error::<T>::InvalidPort => CUSTOM_INVALID_PORT,
		_ => CUSTOM_BAD_REQUEST,
	})
}

/// Which checks a weight call needs beyond registration and stake.
#[derive(Clone, Copy, PartialEq, Eq)]
enum WeightCall {
	/// Sets weights now: the rate limit applies.
	Set,
	/// Commits or reveals.
	CommitOrReveal,
}

impl<T: Config> Pallet<T> {
	/// The guard of a weight call by `hotkey` on mechanism `mecid` of `netuid`.
	fn guard_weights(
		hotkey: &T::AccountId,
		netuid: NetUid,
		mecid: MechId,
		kind: WeightCall,
	) -> Result<(), TransactionValidityError> {
		require(Self::subnet_exists(netuid), CUSTOM_SUBNET_NOT_EXISTS)?;
		let uid = Uids::<T>::get(netuid, hotkey).ok_or_else(|| refuse(CUSTOM_NOT_REGISTERED))?;
		let is_owner = SubnetOwnerHotkey::<T>::try_get(netuid).is_ok_and(|owner| owner == *hotkey);
		require(
			is_owner || Self::stake_weight(hotkey, netuid) >= StakeThreshold::<T>::get(),
			CUSTOM_STAKE_TOO_LOW,
		)?;
		if kind == WeightCall::Set {
			let index = NetUidStorageIndex::new(netuid, mecid);
			require(Self::weights_rate_limit_passed(netuid, index, uid), CUSTOM_RATE_LIMITED)?;
		}
		Ok(())
	}

	/// The guard of a timelocked commit: that of any commit, and a drand round not older than
	/// the latest stored pulse (a commit anyone could open at once).
	fn guard_timelocked_commit(
		hotkey: &T::AccountId,
		netuid: NetUid,
		mecid: MechId,
		round: u64,
	) -> Result<(), TransactionValidityError> {
		Self::guard_weights(hotkey, netuid, mecid, WeightCall::CommitOrReveal)?;
		require(round >= T::Timelock::latest_round(), CUSTOM_INVALID_REVEAL_ROUND)
	}

	/// The guard of `call` signed by `who` (calls without one pass).
	pub fn guard_call(who: &T::AccountId, call: &Call<T>) -> Result<(), TransactionValidityError> {
		use WeightCall::{CommitOrReveal, Set};
		match call {
			Call::set_weights { netuid, .. } => Self::guard_weights(who, *netuid, 0, Set),
			Call::set_mechanism_weights { netuid, mecid, .. } => {
				Self::guard_weights(who, *netuid, *mecid, Set)
			},
			Call::commit_weights { netuid, .. } | Call::reveal_weights { netuid, .. } => {
				Self::guard_weights(who, *netuid, 0, CommitOrReveal)
			},
			Call::commit_mechanism_weights { netuid, mecid, .. }
			| Call::reveal_mechanism_weights { netuid, mecid, .. } => {
				Self::guard_weights(who, *netuid, *mecid, CommitOrReveal)
			},
			Call::commit_timelocked_weights { netuid, reveal_round, .. } => {
				Self::guard_timelocked_commit(who, *netuid, 0, *reveal_round)
			},
			Call::commit_crv3_mechanism_weights { netuid, mecid, reveal_round, .. }
			| Call::commit_timelocked_mechanism_weights { netuid, mecid, reveal_round, .. } => {
				Self::guard_timelocked_commit(who, *netuid, *mecid, *reveal_round)
			},
			Call::batch_set_weights { netuids, weights, version_keys } => require(
				netuids.len() == weights.len() && netuids.len() == version_keys.len(),
				CUSTOM_INPUT_LENGTHS_UNEQUAL,
			),
			Call::batch_commit_weights { netuids, commit_hashes } => {
				require(netuids.len() == commit_hashes.len(), CUSTOM_INPUT_LENGTHS_UNEQUAL)
			},
			Call::batch_reveal_weights {
				netuid,
				uids_list,
				values_list,
				salts_list,
				version_keys,
			} => {
				let count = uids_list.len();
				require(
					values_list.len() == count
						&& salts_list.len() == count
						&& version_keys.len() == count,
					CUSTOM_INPUT_LENGTHS_UNEQUAL,
				)?;
				Self::guard_weights(who, *netuid, 0, CommitOrReveal)
			},
			Call::serve_axon { netuid, ip_type, ip, port, .. }
			| Call::serve_axon_tls { netuid, ip_type, ip, port, .. } => {
				Self::check_serving(who, *netuid, Endpoint::Axon, *ip_type, *ip, *port)
					.map_err(serving_refusal)
			},
			Call::serve_prometheus { netuid, ip_type, ip, port, .. } => {
				Self::check_serving(who, *netuid, Endpoint::Prometheus, *ip_type, *ip, *port)
					.map_err(serving_refusal)
			},
			Call::increase_take { hotkey, .. } | Call::decrease_take { hotkey, .. } => require(
				Owner::<T>::try_get(hotkey).is_ok_and(|owner| owner == *who),
				CUSTOM_HOTKEY_NOT_EXISTS,
			),
			Call::pow_register { netuid, work_block, nonce, work, hotkey } => {
				match Self::check_pow_registration(who, *netuid, *work_block, *nonce, work, hotkey)
				{
					// The per-block counter starts again in the block this would enter.
					Ok(()) | Err(Error::<T>::TooManyRegistrationsThisBlock) => Ok(()),
					Err(error) => Err(pow_refusal(error)),
				}
			},
			Call::faucet { .. } if !FaucetEnabled::<T>::get() => {
				Err(InvalidTransaction::Call.into())
			},
			_ => Ok(()),
		}
	}
}

impl<T: Config + Send + Sync> TransactionExtension<<T as frame_system::Config>::RuntimeCall>
	for SubtensorTransactionExtension<T>
where
	<T as frame_system::Config>::RuntimeCall:
		Dispatchable<Info = DispatchInfo> + IsSubType<Call<T>>,
	<<T as frame_system::Config>::RuntimeCall as Dispatchable>::RuntimeOrigin:
		AsSystemOriginSigner<T::AccountId> + Clone,
{
	const IDENTIFIER: &'static str = "SubtensorTransactionExtension";
	type Implicit = ();
	type Val = ();
	type Pre = ();

	fn weight(&self, _call: &<T as frame_system::Config>::RuntimeCall) -> Weight {
		// The coldkey-swap guard reads the signer's announcement (and dispute) besides.
		T::DbWeight::get().reads(GUARD_READS.saturating_add(2))
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
		if let Some(who) = origin.as_system_origin_signer() {
			T::NestedCalls::visit(who, call, &mut |account, inner| {
				Pallet::<T>::coldkey_swap_guard(account, inner).map_err(|error| match error {
					Error::<T>::ColdkeySwapDisputed => refuse(CUSTOM_COLDKEY_SWAP_DISPUTED),
					_ => refuse(CUSTOM_COLDKEY_SWAP_ANNOUNCED),
				})
			})?;
			if let Some(call) = call.is_sub_type() {
				Pallet::<T>::guard_call(who, call)?;
			}
			T::FreeCallGuard::guard(who, call)?;
		}
		Ok((ValidTransaction::default(), (), origin))
	}

	sp_runtime::impl_tx_ext_default!(<T as frame_system::Config>::RuntimeCall; prepare);
}
