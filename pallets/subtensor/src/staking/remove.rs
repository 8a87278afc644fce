//! Selling stake: `remove_stake`, `remove_stake_limit`, `remove_stake_full_limit`,
//! `unstake_all` and `unstake_all_alpha`.

use super::{add::PriceLimit, pool::DEFAULT_MIN_STAKE};
use crate::*;
use alloc::vec::Vec;
use frame_support::ensure;
use frame_system::pallet_prelude::OriginFor;
use sp_runtime::{DispatchError, DispatchResult};
use subtensor_common::{AlphaBalance, NetUid, OrderType, SubnetReserves, SwapHandler, TaoBalance};

impl<T: Config> Pallet<T> {
	/// The alpha (fee included) a sell can take before the price falls to `limit`.
	pub fn max_amount_remove(netuid: NetUid, limit: u64) -> AlphaBalance {
		AlphaBalance::new(T::SwapInterface::max_amount_in(netuid, OrderType::Sell, limit))
	}

	/// Checks a sale of `amount` alpha (already clipped to the stake) without changing
	/// anything: a non-zero amount the pool can take, worth at least the minimum stake unless
	/// it closes the position, of an existing hotkey.
	pub fn validate_remove_stake(
		coldkey: &T::AccountId,
		hotkey: &T::AccountId,
		netuid: NetUid,
		amount: AlphaBalance,
		price_limit: u64,
	) -> DispatchResult {
		Self::ensure_subnet_exists(netuid)?;
		ensure!(!amount.is_zero(), Error::<T>::AmountTooLow);
		if <Self as SubnetReserves>::is_dynamic(netuid) {
			let cap = SubnetAlphaIn::<T>::get(netuid).to_u64().saturating_mul(1_000);
			ensure!(amount.to_u64() <= cap, Error::<T>::InsufficientLiquidity);
		}
		let quote = T::SwapInterface::swap(
			netuid,
			OrderType::Sell,
			amount.to_u64(),
			price_limit,
			false,
			true,
		)
		.map_err(|_| Error::<T>::InsufficientLiquidity)?;
		let closes_position = amount >= Self::stake_of(hotkey, coldkey, netuid);
		ensure!(
			closes_position || quote.amount_paid_out >= DEFAULT_MIN_STAKE,
			Error::<T>::AmountTooLow
		);
		Self::ensure_hotkey_exists(hotkey)
	}

	/// `remove_stake` / `remove_stake_limit`: sells up to `amount` of the signer's stake with
	/// `hotkey` on `netuid` (clipped to the stake), within `limit` if given; none of it locked
	/// as collateral (`StakeUnavailable`).
	pub fn do_remove_stake(
		origin: OriginFor<T>,
		hotkey: T::AccountId,
		netuid: NetUid,
		amount: AlphaBalance,
		limit: Option<PriceLimit>,
	) -> DispatchResult {
		let coldkey = frame_system::ensure_signed(origin)?;
		Self::ensure_staking_open(netuid)?;
		let amount = amount.min(Self::stake_of(&hotkey, &coldkey, netuid));
		Self::ensure_unlocked(&hotkey, &coldkey, netuid, amount)?;
		let (amount, price_limit) = match limit {
			None => (amount, T::SwapInterface::min_price()),
			Some(limit) => {
				let max = Self::max_amount_remove(netuid, limit.price);
				ensure!(limit.allow_partial || amount <= max, Error::<T>::SlippageTooHigh);
				(amount.min(max), limit.price)
			},
		};
		Self::validate_remove_stake(&coldkey, &hotkey, netuid, amount, price_limit)?;
		Self::unstake_from_subnet(&coldkey, &hotkey, netuid, amount, price_limit, false)?;
		Self::clear_small_nomination(&hotkey, &coldkey, netuid)
	}

	/// `remove_stake_full_limit`: sells the signer's whole stake with `hotkey` on `netuid` but
	/// what is locked as collateral, at a price no lower than `limit_price` if given.
	pub fn do_remove_stake_full(
		origin: OriginFor<T>,
		hotkey: T::AccountId,
		netuid: NetUid,
		limit_price: Option<TaoBalance>,
	) -> DispatchResult {
		let coldkey = frame_system::ensure_signed(origin.clone())?;
		let stake = Self::unlocked_stake(&hotkey, &coldkey, netuid);
		ensure!(
			!stake.is_zero() || Self::locked_collateral(&hotkey, &coldkey, netuid).is_zero(),
			Error::<T>::StakeUnavailable
		);
		let limit =
			limit_price.map(|price| PriceLimit { price: price.to_u64(), allow_partial: false });
		Self::do_remove_stake(origin, hotkey, netuid, stake, limit)
	}

	/// `unstake_all` (every subnet, root included) and `unstake_all_alpha` (every subnet but
	/// root, the proceeds then staked to root on the same hotkey): sells each position of the
	/// signer with `hotkey` that can be sold, but what is locked as collateral; positions that
	/// cannot (staking not started, the pool cannot take them) stay.
	pub fn do_unstake_all(
		origin: OriginFor<T>,
		hotkey: T::AccountId,
		restake_on_root: bool,
	) -> DispatchResult {
		let coldkey = frame_system::ensure_signed(origin)?;
		Self::ensure_hotkey_exists(&hotkey)?;
		let min_price = T::SwapInterface::min_price();
		let positions: Vec<(NetUid, AlphaBalance)> = Self::subnets()
			.into_iter()
			.filter(|netuid| !(restake_on_root && netuid.is_root()))
			.filter(|netuid| SubtokenEnabled::<T>::get(netuid))
			.map(|netuid| (netuid, Self::unlocked_stake(&hotkey, &coldkey, netuid)))
			.filter(|(_, stake)| !stake.is_zero())
			.collect();
		let mut proceeds = TaoBalance::ZERO;
		for (netuid, stake) in positions {
			if Self::validate_remove_stake(&coldkey, &hotkey, netuid, stake, min_price).is_err() {
				continue;
			}
			let sold =
				Self::unstake_from_subnet(&coldkey, &hotkey, netuid, stake, min_price, false)?;
			proceeds = proceeds.saturating_add(sold.tao);
			Self::clear_small_nomination(&hotkey, &coldkey, netuid)?;
		}
		if restake_on_root && !proceeds.is_zero() {
			let root = NetUid::ROOT;
			Self::ensure_staking_open(root)?;
			Self::stake_into_subnet(
				&coldkey,
				&hotkey,
				root,
				proceeds,
				T::SwapInterface::max_price(),
				true,
			)?;
		}
		Ok(())
	}

	/// The smallest nomination worth keeping, in rao of TAO:
	/// `2 000 000 × NominatorMinRequiredStake / 10^6`.
	pub fn nominator_min_stake() -> u64 {
		let factor = u128::from(NominatorMinRequiredStake::<T>::get());
		let threshold = u128::from(DEFAULT_MIN_STAKE)
			.saturating_mul(factor)
			.checked_div(1_000_000)
			.unwrap_or(0);
		u64::try_from(threshold).unwrap_or(u64::MAX)
	}

	/// Sells what is left of a nomination (a coldkey's stake with a hotkey it does not own)
	/// once it is worth less than [`Pallet::nominator_min_stake`].
	fn clear_small_nomination(
		hotkey: &T::AccountId,
		coldkey: &T::AccountId,
		netuid: NetUid,
	) -> Result<(), DispatchError> {
		if Owner::<T>::get(hotkey) == *coldkey {
			return Ok(());
		}
		let stake = Self::unlocked_stake(hotkey, coldkey, netuid);
		if stake.is_zero() {
			return Ok(());
		}
		if Self::tao_worth(netuid, stake).to_u64() >= Self::nominator_min_stake() {
			return Ok(());
		}
		let min_price = T::SwapInterface::min_price();
		Self::unstake_from_subnet(coldkey, hotkey, netuid, stake, min_price, true)?;
		Ok(())
	}
}
