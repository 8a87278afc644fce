//! Moving stake without leaving the chain: to another hotkey (`move_stake`), another coldkey
//! (`transfer_stake`) or another subnet (`swap_stake`, `swap_stake_limit`).
//!
//! Within one subnet the shares simply change hands, without a swap or a fee. Across subnets
//! the alpha is sold on the origin subnet and the TAO bought into the destination subnet; the
//! fee is charged once, on the sale (or on the purchase when the origin is root, which has no
//! fee).

use super::{add::PriceLimit, pool::DEFAULT_MIN_STAKE};
use crate::*;
use frame_support::{
	ensure,
	traits::{fungible::Mutate, tokens::Preservation},
};
use frame_system::pallet_prelude::OriginFor;
use sp_runtime::{DispatchError, DispatchResult};
use substrate_fixed::types::U64F64;
use subtensor_common::{AlphaBalance, NetUid, OrderType, SwapHandler, TaoBalance, RAO_PER_TAO};

/// One stake transition: who gives, who receives, where.
pub struct Transition<AccountId> {
	/// The coldkey whose stake moves.
	pub origin_coldkey: AccountId,
	/// The hotkey it is staked to.
	pub origin_hotkey: AccountId,
	/// The subnet it is on.
	pub origin_netuid: NetUid,
	/// The coldkey that receives it.
	pub destination_coldkey: AccountId,
	/// The hotkey it is staked to afterwards.
	pub destination_hotkey: AccountId,
	/// The subnet it is on afterwards.
	pub destination_netuid: NetUid,
}

impl<T: Config> Pallet<T> {
	/// Moves up to `amount` alpha as `transition` says (clipped to the stake); with `limit`,
	/// only while the ratio of the origin's price to the destination's stays at least
	/// `limit.price / 10^9`. Returns the TAO value moved.
	pub fn do_transition(
		transition: &Transition<T::AccountId>,
		amount: AlphaBalance,
		limit: Option<PriceLimit>,
	) -> Result<TaoBalance, DispatchError> {
		let Transition {
			origin_coldkey,
			origin_hotkey,
			origin_netuid,
			destination_coldkey,
			destination_hotkey,
			destination_netuid,
		} = transition;
		ensure!(
			origin_netuid != destination_netuid
				|| origin_hotkey != destination_hotkey
				|| origin_coldkey != destination_coldkey,
			Error::<T>::SameNetuid
		);
		Self::ensure_staking_open(*origin_netuid)?;
		Self::ensure_staking_open(*destination_netuid)?;
		Self::ensure_hotkey_exists(origin_hotkey)?;
		Self::ensure_hotkey_exists(destination_hotkey)?;
		let mut amount = amount.min(Self::stake_of(origin_hotkey, origin_coldkey, *origin_netuid));
		ensure!(!amount.is_zero(), Error::<T>::NotEnoughStakeToWithdraw);
		Self::ensure_unlocked(origin_hotkey, origin_coldkey, *origin_netuid, amount)?;
		if let Some(limit) = limit {
			let max = Self::max_amount_move(*origin_netuid, *destination_netuid, limit.price);
			ensure!(limit.allow_partial || amount <= max, Error::<T>::SlippageTooHigh);
			amount = amount.min(max);
			ensure!(!amount.is_zero(), Error::<T>::SlippageTooHigh);
		}
		if origin_netuid == destination_netuid {
			Self::move_shares(transition, amount)
		} else {
			Self::move_across_subnets(transition, amount)
		}
	}

	/// Same subnet: the shares change hands at the spot price, without a swap or a fee.
	fn move_shares(
		transition: &Transition<T::AccountId>,
		amount: AlphaBalance,
	) -> Result<TaoBalance, DispatchError> {
		let netuid = transition.origin_netuid;
		let worth = Self::tao_worth(netuid, amount);
		ensure!(worth.to_u64() >= DEFAULT_MIN_STAKE, Error::<T>::AmountTooLow);
		let taken = Self::debit_stake(
			&transition.origin_hotkey,
			&transition.origin_coldkey,
			netuid,
			amount,
		);
		Self::credit_stake(
			&transition.destination_hotkey,
			&transition.destination_coldkey,
			netuid,
			taken,
		)?;
		Self::note_new_staking_hotkey(
			&transition.destination_coldkey,
			&transition.destination_hotkey,
		);
		Self::deposit_event(Event::StakeRemoved(
			transition.origin_coldkey.clone(),
			transition.origin_hotkey.clone(),
			worth,
			taken,
			netuid,
			0,
		));
		Self::deposit_event(Event::StakeAdded(
			transition.destination_coldkey.clone(),
			transition.destination_hotkey.clone(),
			worth,
			taken,
			netuid,
			0,
		));
		Ok(worth)
	}

	/// Across subnets: sell on the origin, buy on the destination.
	fn move_across_subnets(
		transition: &Transition<T::AccountId>,
		amount: AlphaBalance,
	) -> Result<TaoBalance, DispatchError> {
		let origin = transition.origin_netuid;
		let min_price = T::SwapInterface::min_price();
		let quote = T::SwapInterface::swap(
			origin,
			OrderType::Sell,
			amount.to_u64(),
			min_price,
			false,
			true,
		)
		.map_err(|_| Error::<T>::InsufficientLiquidity)?;
		ensure!(quote.amount_paid_out > DEFAULT_MIN_STAKE, Error::<T>::AmountTooLow);
		let fee_on_sale = !origin.is_root();
		let sold = Self::unstake_from_subnet(
			&transition.origin_coldkey,
			&transition.origin_hotkey,
			origin,
			amount,
			min_price,
			!fee_on_sale,
		)?;
		if transition.destination_coldkey != transition.origin_coldkey {
			T::Currency::transfer(
				&transition.origin_coldkey,
				&transition.destination_coldkey,
				sold.tao.to_u64(),
				Preservation::Expendable,
			)?;
		}
		if sold.tao.to_u64() >= DEFAULT_MIN_STAKE {
			if Owner::<T>::get(&transition.destination_hotkey) != transition.destination_coldkey {
				Self::make_delegate(&transition.destination_hotkey);
			}
			Self::stake_into_subnet(
				&transition.destination_coldkey,
				&transition.destination_hotkey,
				transition.destination_netuid,
				sold.tao,
				T::SwapInterface::max_price(),
				fee_on_sale,
			)?;
		}
		Ok(sold.tao)
	}

	/// The most alpha that can move from `origin` to `destination` while the ratio of their
	/// prices (origin over destination, × 10^9) stays at least `limit`: found by bisection on
	/// simulated trades, so it holds for any pool weights.
	pub fn max_amount_move(origin: NetUid, destination: NetUid, limit: u64) -> AlphaBalance {
		let ratio_after = |alpha: u64| -> Option<U64F64> {
			let origin_price = T::SwapInterface::price_after(origin, OrderType::Sell, alpha)?;
			let tao = T::SwapInterface::swap(origin, OrderType::Sell, alpha, 0, false, true)
				.ok()?
				.amount_paid_out;
			let destination_price =
				T::SwapInterface::price_after(destination, OrderType::Buy, tao)?;
			origin_price.checked_div(destination_price)
		};
		let limit = U64F64::saturating_from_num(limit)
			.checked_div(U64F64::from_num(RAO_PER_TAO))
			.unwrap_or_default();
		let acceptable = |alpha: u64| ratio_after(alpha).is_some_and(|ratio| ratio >= limit);
		if !acceptable(0) {
			return AlphaBalance::ZERO;
		}
		let (mut low, mut high) = (0u64, u64::MAX);
		if acceptable(high) {
			return AlphaBalance::new(high);
		}
		// `low` is acceptable, `high` is not.
		while high.saturating_sub(low) > 1 {
			let middle = low.saturating_add(high.saturating_sub(low) / 2);
			if acceptable(middle) {
				low = middle;
			} else {
				high = middle;
			}
		}
		AlphaBalance::new(low)
	}

	/// `move_stake`: the signer's stake moves to another hotkey and/or subnet.
	pub fn do_move_stake(
		origin: OriginFor<T>,
		origin_hotkey: T::AccountId,
		destination_hotkey: T::AccountId,
		origin_netuid: NetUid,
		destination_netuid: NetUid,
		alpha_amount: AlphaBalance,
	) -> DispatchResult {
		let coldkey = frame_system::ensure_signed(origin)?;
		let transition = Transition {
			origin_coldkey: coldkey.clone(),
			origin_hotkey: origin_hotkey.clone(),
			origin_netuid,
			destination_coldkey: coldkey.clone(),
			destination_hotkey: destination_hotkey.clone(),
			destination_netuid,
		};
		let tao = Self::do_transition(&transition, alpha_amount, None)?;
		Self::deposit_event(Event::StakeMoved(
			coldkey,
			origin_hotkey,
			origin_netuid,
			destination_hotkey,
			destination_netuid,
			tao,
		));
		Ok(())
	}

	/// `transfer_stake`: the signer's stake with `hotkey` goes to `destination_coldkey`
	/// (possibly on another subnet); both subnets must allow transfers.
	pub fn do_transfer_stake(
		origin: OriginFor<T>,
		destination_coldkey: T::AccountId,
		hotkey: T::AccountId,
		origin_netuid: NetUid,
		destination_netuid: NetUid,
		alpha_amount: AlphaBalance,
	) -> DispatchResult {
		let coldkey = frame_system::ensure_signed(origin)?;
		Self::ensure_transfers_allowed(origin_netuid, destination_netuid)?;
		let transition = Transition {
			origin_coldkey: coldkey.clone(),
			origin_hotkey: hotkey.clone(),
			origin_netuid,
			destination_coldkey: destination_coldkey.clone(),
			destination_hotkey: hotkey.clone(),
			destination_netuid,
		};
		let tao = Self::do_transition(&transition, alpha_amount, None)?;
		Self::deposit_event(Event::StakeTransferred(
			coldkey,
			destination_coldkey,
			hotkey,
			origin_netuid,
			destination_netuid,
			tao,
		));
		Ok(())
	}

	/// `swap_stake` / `swap_stake_limit`: the signer's stake with `hotkey` moves to another
	/// subnet, within `limit` if given.
	pub fn do_swap_stake(
		origin: OriginFor<T>,
		hotkey: T::AccountId,
		origin_netuid: NetUid,
		destination_netuid: NetUid,
		alpha_amount: AlphaBalance,
		limit: Option<PriceLimit>,
	) -> DispatchResult {
		let coldkey = frame_system::ensure_signed(origin)?;
		ensure!(origin_netuid != destination_netuid, Error::<T>::SameNetuid);
		let transition = Transition {
			origin_coldkey: coldkey.clone(),
			origin_hotkey: hotkey.clone(),
			origin_netuid,
			destination_coldkey: coldkey.clone(),
			destination_hotkey: hotkey.clone(),
			destination_netuid,
		};
		let tao = Self::do_transition(&transition, alpha_amount, limit)?;
		Self::deposit_event(Event::StakeSwapped(
			coldkey,
			hotkey,
			origin_netuid,
			destination_netuid,
			tao,
		));
		Ok(())
	}

	/// Adds `hotkey` to the hotkeys `coldkey` stakes with.
	pub fn note_new_staking_hotkey(coldkey: &T::AccountId, hotkey: &T::AccountId) {
		StakingHotkeys::<T>::mutate(coldkey, |hotkeys| {
			if !hotkeys.contains(hotkey) {
				hotkeys.push(hotkey.clone());
			}
		});
	}

	/// `transfer_stake` is allowed on both subnets.
	pub fn ensure_transfers_allowed(origin: NetUid, destination: NetUid) -> DispatchResult {
		ensure!(
			TransferToggle::<T>::get(origin) && TransferToggle::<T>::get(destination),
			Error::<T>::TransferDisallowed
		);
		Ok(())
	}
}
