//! Transaction fees paid in alpha: a coldkey that cannot pay a staking call's fee in TAO (it
//! staked everything but the existential deposit, say) pays it from the one stake position the
//! call sells from, so it can always unstake.
//!
//! Only the calls that sell alpha qualify, and only when exactly one (hotkey, subnet) position
//! is involved: `remove_stake*`, `unstake_all*` (the coldkey has stake with that hotkey on
//! exactly one subnet whose token is enabled), `move_stake`, `transfer_stake`, `swap_stake*`
//! (their origin position), `recycle_alpha`, `burn_alpha`. The alpha charged is the fee at the
//! pool's spot price (no slippage), at most the position; it is sold without a swap fee and the
//! TAO goes to the block author. Alpha fees are final: nothing is refunded after dispatch.

use crate::*;
use alloc::vec::Vec;
use frame_support::{
	ensure,
	storage::{with_transaction, TransactionOutcome},
	weights::Weight,
};
use sp_runtime::DispatchError;
use substrate_fixed::types::U64F64;
use subtensor_common::{AlphaBalance, NetUid, SubnetReserves, SwapHandler, TaoBalance};

/// Where a call whose fee may be paid in alpha sells from.
enum FeeSource<'a, AccountId> {
	/// One named position: the hotkey and its subnet.
	Position(&'a AccountId, NetUid),
	/// The hotkey's positions on every subnet (the fee is paid in alpha only if there is one).
	EverySubnet(&'a AccountId),
}

/// A fee paid in alpha.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct AlphaFeePaid {
	/// The subnet of the position that paid.
	pub netuid: NetUid,
	/// Alpha taken from the position.
	pub alpha: AlphaBalance,
	/// TAO the block author received for it.
	pub tao: TaoBalance,
}

impl<T: Config> Pallet<T> {
	/// Where `call` sells from, if it is one of the calls whose fee may be paid in alpha.
	fn fee_source(call: &Call<T>) -> Option<FeeSource<'_, T::AccountId>> {
		match call {
			Call::remove_stake { hotkey, netuid, .. }
			| Call::remove_stake_limit { hotkey, netuid, .. }
			| Call::remove_stake_full_limit { hotkey, netuid, .. }
			| Call::recycle_alpha { hotkey, netuid, .. }
			| Call::burn_alpha { hotkey, netuid, .. } => Some(FeeSource::Position(hotkey, *netuid)),
			Call::move_stake { origin_hotkey: hotkey, origin_netuid: netuid, .. }
			| Call::transfer_stake { hotkey, origin_netuid: netuid, .. }
			| Call::swap_stake { hotkey, origin_netuid: netuid, .. }
			| Call::swap_stake_limit { hotkey, origin_netuid: netuid, .. } => {
				Some(FeeSource::Position(hotkey, *netuid))
			},
			Call::unstake_all { hotkey } | Call::unstake_all_alpha { hotkey } => {
				Some(FeeSource::EverySubnet(hotkey))
			},
			_ => None,
		}
	}

	/// The (hotkey, subnet) positions of `coldkey` that `call` sells from, if it is one of the
	/// calls whose fee may be paid in alpha (empty otherwise).
	pub fn alpha_fee_positions(
		coldkey: &T::AccountId,
		call: &Call<T>,
	) -> Vec<(T::AccountId, NetUid)> {
		match Self::fee_source(call) {
			Some(FeeSource::Position(hotkey, netuid)) => alloc::vec![(hotkey.clone(), netuid)],
			Some(FeeSource::EverySubnet(hotkey)) => Self::subnets()
				.into_iter()
				.filter(|netuid| SubtokenEnabled::<T>::get(netuid))
				.filter(|netuid| !Self::stake_of(hotkey, coldkey, *netuid).is_zero())
				.map(|netuid| (hotkey.clone(), netuid))
				.collect(),
			None => Vec::new(),
		}
	}

	/// The weight the fee extension reserves for paying `call`'s fee in alpha (zero when it
	/// cannot be): the positions looked up, the alpha sold to the block author, and the root
	/// claims settled when the position may be on root. Refunded when the fee is paid in TAO.
	pub fn alpha_fee_weight(call: &Call<T>) -> Weight {
		let (hotkey, subnets, maybe_root) = match Self::fee_source(call) {
			Some(FeeSource::Position(hotkey, netuid)) => (hotkey, 1, netuid.is_root()),
			Some(FeeSource::EverySubnet(hotkey)) => {
				(hotkey, u32::from(TotalNetworks::<T>::get()), true)
			},
			None => return Weight::zero(),
		};
		T::WeightInfo::pay_fee_in_alpha(subnets)
			.saturating_add(Self::root_stake_removed_weight(hotkey, maybe_root))
	}

	/// The alpha worth `tao` at the spot price, rounded down (1:1 on root and static subnets).
	pub fn alpha_for_tao(netuid: NetUid, tao: TaoBalance) -> AlphaBalance {
		if !<Self as SubnetReserves>::is_dynamic(netuid) {
			return AlphaBalance::new(tao.to_u64());
		}
		let price = T::SwapInterface::current_alpha_price(netuid);
		let alpha =
			U64F64::from_num(tao.to_u64()).checked_div(price).unwrap_or_else(U64F64::max_value);
		AlphaBalance::new(alpha.saturating_to_num::<u64>())
	}

	/// The one position to charge, if `positions` names exactly one.
	fn single_position(positions: &[(T::AccountId, NetUid)]) -> Option<&(T::AccountId, NetUid)> {
		match positions {
			[only] => Some(only),
			_ => None,
		}
	}

	/// Whether `coldkey` can pay `fee` in alpha from `positions` (exactly one position, holding
	/// at least the fee's worth). Changes nothing.
	pub fn can_pay_fee_in_alpha(
		coldkey: &T::AccountId,
		positions: &[(T::AccountId, NetUid)],
		fee: TaoBalance,
	) -> bool {
		Self::single_position(positions).is_some_and(|(hotkey, netuid)| {
			let stake = Self::unlocked_stake(hotkey, coldkey, *netuid);
			!stake.is_zero() && stake >= Self::alpha_for_tao(*netuid, fee)
		})
	}

	/// Charges `fee` in alpha from the one position in `positions`: the fee's worth at the spot
	/// price (at least one unit, at most the position) is sold without a swap fee to the block
	/// author. All or nothing.
	pub fn pay_fee_in_alpha(
		coldkey: &T::AccountId,
		positions: &[(T::AccountId, NetUid)],
		fee: TaoBalance,
	) -> Result<AlphaFeePaid, DispatchError> {
		let (hotkey, netuid) =
			Self::single_position(positions).ok_or(Error::<T>::NotEnoughStakeToWithdraw)?;
		let netuid = *netuid;
		with_transaction(|| {
			let result = (|| {
				let stake = Self::unlocked_stake(hotkey, coldkey, netuid);
				ensure!(!stake.is_zero(), Error::<T>::NotEnoughStakeToWithdraw);
				let alpha = Self::alpha_for_tao(netuid, fee).max(AlphaBalance::new(1)).min(stake);
				let taken = Self::debit_stake(hotkey, coldkey, netuid, alpha);
				let tao = Self::pay_author_in_alpha(netuid, taken)?;
				Ok(AlphaFeePaid { netuid, alpha: taken, tao })
			})();
			match result {
				Ok(paid) => TransactionOutcome::Commit(Ok(paid)),
				Err(e) => TransactionOutcome::Rollback(Err(e)),
			}
		})
	}

	/// Reports a fee paid in alpha (`TransactionFeePaidWithAlpha`).
	pub fn note_fee_paid_in_alpha(who: &T::AccountId, paid: AlphaFeePaid) {
		Self::deposit_event(Event::TransactionFeePaidWithAlpha {
			who: who.clone(),
			netuid: paid.netuid,
			alpha_fee: paid.alpha,
			tao_amount: paid.tao,
		});
	}
}
