//! `add_stake` and `add_stake_limit`: a coldkey buys alpha with TAO and stakes it to a hotkey.

use super::pool::{Staked, DEFAULT_MIN_STAKE};
use crate::*;
use frame_support::ensure;
use frame_system::pallet_prelude::OriginFor;
use sp_runtime::{DispatchError, DispatchResult};
use subtensor_common::{NetUid, OrderType, SubnetReserves, SwapHandler, TaoBalance};

/// A caller's price limit: the price (rao per alpha) and whether a partial fill is acceptable.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub struct PriceLimit {
	/// Highest price for a buy, lowest for a sell, in rao per alpha.
	pub price: u64,
	/// Fill what the limit allows instead of failing with `SlippageTooHigh`.
	pub allow_partial: bool,
}

impl<T: Config> Pallet<T> {
	/// `true` for a subnet whose staking has started; `SubnetNotExists` or `SubtokenDisabled`
	/// otherwise.
	pub fn ensure_staking_open(netuid: NetUid) -> DispatchResult {
		Self::ensure_subnet_exists(netuid)?;
		ensure!(SubtokenEnabled::<T>::get(netuid), Error::<T>::SubtokenDisabled);
		Ok(())
	}

	/// `HotKeyAccountNotExists` unless the hotkey has an owner.
	pub fn ensure_hotkey_exists(hotkey: &T::AccountId) -> DispatchResult {
		ensure!(Self::hotkey_account_exists(hotkey), Error::<T>::HotKeyAccountNotExists);
		Ok(())
	}

	/// The TAO (fee included) a buy can spend before the price reaches `limit`.
	pub fn max_amount_add(netuid: NetUid, limit: u64) -> TaoBalance {
		TaoBalance::new(T::SwapInterface::max_amount_in(netuid, OrderType::Buy, limit))
	}

	/// Checks a stake of `amount` TAO by `coldkey` to `hotkey` on `netuid` without changing
	/// anything: the subnet and hotkey exist, staking has started, the amount is at least the
	/// minimum stake plus its fee, the coldkey can pay, and the pool can take the trade.
	pub fn validate_add_stake(
		coldkey: &T::AccountId,
		hotkey: &T::AccountId,
		netuid: NetUid,
		amount: TaoBalance,
		price_limit: u64,
	) -> DispatchResult {
		if <Self as SubnetReserves>::is_dynamic(netuid) {
			let cap = SubnetTAO::<T>::get(netuid).to_u64().saturating_mul(1_000);
			ensure!(amount.to_u64() <= cap, Error::<T>::InsufficientLiquidity);
		}
		Self::ensure_staking_open(netuid)?;
		let min_fee = Self::swap_fee(netuid, DEFAULT_MIN_STAKE);
		ensure!(
			amount.to_u64() >= DEFAULT_MIN_STAKE.saturating_add(min_fee),
			Error::<T>::AmountTooLow
		);
		ensure!(Self::free_balance(coldkey) >= amount, Error::<T>::NotEnoughBalanceToStake);
		Self::ensure_hotkey_exists(hotkey)?;
		let quote = T::SwapInterface::swap(
			netuid,
			OrderType::Buy,
			amount.to_u64(),
			price_limit,
			false,
			true,
		)
		.map_err(|_| Error::<T>::InsufficientLiquidity)?;
		ensure!(quote.amount_paid_in >= DEFAULT_MIN_STAKE, Error::<T>::AmountTooLow);
		ensure!(quote.amount_paid_out > 0, Error::<T>::AmountTooLow);
		let pool = Self::share_pool(hotkey, netuid);
		ensure!(
			pool.shares_for(quote.amount_paid_out).is_some(),
			Error::<T>::InsufficientLiquidity
		);
		Ok(())
	}

	/// `add_stake` / `add_stake_limit`: stakes `amount` TAO of the signer to `hotkey` on
	/// `netuid`, within `limit` if given. A nomination makes the hotkey a delegate.
	pub fn do_add_stake(
		origin: OriginFor<T>,
		hotkey: T::AccountId,
		netuid: NetUid,
		amount: TaoBalance,
		limit: Option<PriceLimit>,
	) -> DispatchResult {
		let coldkey = frame_system::ensure_signed(origin)?;
		Self::add_stake_as(&coldkey, &hotkey, netuid, amount, limit).map(|_| ())
	}

	/// Stakes `amount` TAO of `coldkey` to `hotkey` on `netuid` within `limit`; returns what
	/// the purchase did.
	pub fn add_stake_as(
		coldkey: &T::AccountId,
		hotkey: &T::AccountId,
		netuid: NetUid,
		amount: TaoBalance,
		limit: Option<PriceLimit>,
	) -> Result<Staked, DispatchError> {
		let (amount, price_limit) = match limit {
			None => (amount, T::SwapInterface::max_price()),
			Some(limit) => {
				let max = Self::max_amount_add(netuid, limit.price);
				ensure!(limit.allow_partial || amount <= max, Error::<T>::SlippageTooHigh);
				(amount.min(max), limit.price)
			},
		};
		Self::validate_add_stake(coldkey, hotkey, netuid, amount, price_limit)?;
		// A nomination (stake from a coldkey that does not own the hotkey) makes the hotkey a
		// delegate, so delegate listings show it.
		if Owner::<T>::get(hotkey) != *coldkey {
			Self::make_delegate(hotkey);
		}
		Self::stake_into_subnet(coldkey, hotkey, netuid, amount, price_limit, false)
	}
}
