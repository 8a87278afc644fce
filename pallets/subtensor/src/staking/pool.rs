//! Trading stake against a subnet's pool: the swap, the reserves it moves, the fee that goes
//! to the block author, and the share bookkeeping on either side.
//!
//! Reserves: a buy adds the net TAO to `SubnetTAO` and moves the alpha bought from
//! `SubnetAlphaIn` to `SubnetAlphaOut`; a sell does the reverse. `TotalStake` follows the TAO
//! reserves, so it always equals the sum of `SubnetTAO` over all subnets.

use crate::*;
use frame_support::traits::{
	fungible::{Inspect, Mutate},
	tokens::{DepositConsequence, Preservation, Provenance},
};
use sp_runtime::DispatchError;
use subtensor_common::{
	AlphaBalance, NetUid, OrderType, SubnetReserves, SwapHandler, SwapResult, TaoBalance,
};

/// Smallest stake operation, in rao (0.002 TAO).
pub const DEFAULT_MIN_STAKE: u64 = 2_000_000;

/// The block author, who earns the swap fees.
pub trait BlockAuthor<AccountId> {
	/// Author of the block being built, if known.
	fn author() -> Option<AccountId>;
}

impl<AccountId> BlockAuthor<AccountId> for () {
	fn author() -> Option<AccountId> {
		None
	}
}

/// What a stake purchase did.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub struct Staked {
	/// TAO taken from the coldkey, fee included.
	pub tao: TaoBalance,
	/// Alpha credited.
	pub alpha: AlphaBalance,
	/// Fee in TAO.
	pub fee: u64,
}

/// What a stake sale did.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub struct Unstaked {
	/// TAO paid to the coldkey.
	pub tao: TaoBalance,
	/// Alpha sold, fee included (any alpha a price limit left unsold is staked again).
	pub alpha: AlphaBalance,
	/// Fee in alpha.
	pub fee: u64,
}

impl<T: Config> Pallet<T> {
	/// The fee a swap of `amount` pays on `netuid`: `floor(amount × rate / 65535)`.
	pub fn swap_fee(netuid: NetUid, amount: u64) -> u64 {
		let rate = u128::from(T::SwapInterface::fee_rate(netuid));
		let fee = u128::from(amount).saturating_mul(rate).checked_div(u128::from(u16::MAX));
		fee.and_then(|fee| u64::try_from(fee).ok()).unwrap_or(0)
	}

	/// Buys alpha with `tao` already in the subnet account and updates the reserves; the fee
	/// stays in the subnet account for the caller to route.
	pub fn swap_tao_for_alpha(
		netuid: NetUid,
		tao: TaoBalance,
		price_limit: u64,
		drop_fees: bool,
	) -> Result<SwapResult, DispatchError> {
		let swap = T::SwapInterface::swap(
			netuid,
			OrderType::Buy,
			tao.to_u64(),
			price_limit,
			drop_fees,
			false,
		)?;
		let tao_in = TaoBalance::new(swap.amount_paid_in);
		let alpha_out = AlphaBalance::new(swap.amount_paid_out);
		if <Self as SubnetReserves>::is_dynamic(netuid) {
			let remaining = SubnetAlphaIn::<T>::get(netuid)
				.checked_sub(alpha_out)
				.ok_or(Error::<T>::InsufficientLiquidity)?;
			SubnetAlphaIn::<T>::insert(netuid, remaining);
		}
		SubnetAlphaOut::<T>::mutate(netuid, |out| *out = out.saturating_add(alpha_out));
		SubnetTAO::<T>::mutate(netuid, |reserve| *reserve = reserve.saturating_add(tao_in));
		TotalStake::<T>::mutate(|total| *total = total.saturating_add(tao_in));
		SubnetVolume::<T>::mutate(netuid, |volume| {
			*volume = volume.saturating_add(u128::from(tao.to_u64()))
		});
		Ok(swap)
	}

	/// Sells `alpha` (already taken from a staker) for TAO and updates the reserves; the TAO
	/// stays in the subnet account for the caller to pay out.
	pub fn swap_alpha_for_tao(
		netuid: NetUid,
		alpha: AlphaBalance,
		price_limit: u64,
		drop_fees: bool,
	) -> Result<SwapResult, DispatchError> {
		let swap = T::SwapInterface::swap(
			netuid,
			OrderType::Sell,
			alpha.to_u64(),
			price_limit,
			drop_fees,
			false,
		)?;
		let alpha_in = AlphaBalance::new(swap.amount_paid_in);
		let tao_out = TaoBalance::new(swap.amount_paid_out);
		let remaining = SubnetTAO::<T>::get(netuid)
			.checked_sub(tao_out)
			.ok_or(Error::<T>::InsufficientLiquidity)?;
		SubnetTAO::<T>::insert(netuid, remaining);
		if <Self as SubnetReserves>::is_dynamic(netuid) {
			SubnetAlphaIn::<T>::mutate(netuid, |reserve| {
				*reserve = reserve.saturating_add(alpha_in)
			});
		}
		SubnetAlphaOut::<T>::mutate(netuid, |out| *out = out.saturating_sub(alpha_in));
		TotalStake::<T>::mutate(|total| *total = total.saturating_sub(tao_out));
		SubnetVolume::<T>::mutate(netuid, |volume| {
			*volume = volume.saturating_add(u128::from(tao_out.to_u64()))
		});
		Ok(swap)
	}

	/// Stakes `tao` of `coldkey` to `hotkey` on `netuid`: moves the TAO (keeping the coldkey
	/// alive) into the subnet account, buys alpha under `price_limit`, credits the shares and
	/// pays the fee to the block author.
	pub fn stake_into_subnet(
		coldkey: &T::AccountId,
		hotkey: &T::AccountId,
		netuid: NetUid,
		tao: TaoBalance,
		price_limit: u64,
		drop_fees: bool,
	) -> Result<Staked, DispatchError> {
		let subnet_account = Self::subnet_account_id(netuid);
		let paid = Self::transfer_tao_keep_alive(coldkey, &subnet_account, tao)?;
		let swap = Self::swap_tao_for_alpha(netuid, paid, price_limit, drop_fees)?;
		let alpha = AlphaBalance::new(swap.amount_paid_out);
		if alpha.is_zero() {
			return Err(Error::<T>::AmountTooLow.into());
		}
		Self::credit_stake(hotkey, coldkey, netuid, alpha)?;
		// TAO a price limit left unspent goes back.
		let used = swap.amount_paid_in.saturating_add(swap.fee_paid);
		let unspent = paid.saturating_sub(TaoBalance::new(used));
		if !unspent.is_zero() {
			T::Currency::transfer(
				&subnet_account,
				coldkey,
				unspent.to_u64(),
				Preservation::Expendable,
			)?;
		}
		Self::pay_author_in_tao(&subnet_account, swap.fee_to_block_author)?;
		Self::note_new_staking_hotkey(coldkey, hotkey);
		LastColdkeyHotkeyStakeBlock::<T>::insert(coldkey, hotkey, Self::current_block());
		let staked = Staked { tao: TaoBalance::new(used), alpha, fee: swap.fee_paid };
		Self::deposit_event(Event::StakeAdded(
			coldkey.clone(),
			hotkey.clone(),
			staked.tao,
			alpha,
			netuid,
			staked.fee,
		));
		Ok(staked)
	}

	/// Sells `alpha` of `coldkey`'s stake with `hotkey` on `netuid` under `price_limit`; pays
	/// the TAO to `coldkey` and the fee (converted to TAO) to the block author. Alpha the limit
	/// left unsold stays staked.
	pub fn unstake_from_subnet(
		coldkey: &T::AccountId,
		hotkey: &T::AccountId,
		netuid: NetUid,
		alpha: AlphaBalance,
		price_limit: u64,
		drop_fees: bool,
	) -> Result<Unstaked, DispatchError> {
		let taken = Self::debit_stake(hotkey, coldkey, netuid, alpha);
		let swap = Self::swap_alpha_for_tao(netuid, taken, price_limit, drop_fees)?;
		let sold = AlphaBalance::new(swap.amount_paid_in.saturating_add(swap.fee_paid));
		let unsold = taken.saturating_sub(sold);
		Self::credit_stake(hotkey, coldkey, netuid, unsold)?;
		let tao = TaoBalance::new(swap.amount_paid_out);
		let subnet_account = Self::subnet_account_id(netuid);
		T::Currency::transfer(&subnet_account, coldkey, tao.to_u64(), Preservation::Expendable)?;
		Self::pay_author_in_alpha(netuid, AlphaBalance::new(swap.fee_to_block_author))?;
		let unstaked = Unstaked { tao, alpha: sold, fee: swap.fee_paid };
		Self::deposit_event(Event::StakeRemoved(
			coldkey.clone(),
			hotkey.clone(),
			tao,
			sold,
			netuid,
			unstaked.fee,
		));
		Ok(unstaked)
	}

	/// Pays a TAO fee held in `from` (a subnet account) to the block author, or to the burn
	/// account if there is none.
	fn pay_author_in_tao(from: &T::AccountId, fee: u64) -> Result<(), DispatchError> {
		let to = T::BlockAuthor::author().unwrap_or_else(Self::burn_account_id);
		Self::pay_or_recycle(from, &to, fee)
	}

	/// Moves `amount` from `from` to `to`; an amount `to` cannot receive (below its
	/// existential deposit) is recycled instead, so fee routing never fails a trade.
	pub(crate) fn pay_or_recycle(
		from: &T::AccountId,
		to: &T::AccountId,
		amount: u64,
	) -> Result<(), DispatchError> {
		if amount == 0 {
			return Ok(());
		}
		if T::Currency::can_deposit(to, amount, Provenance::Extant) == DepositConsequence::Success {
			T::Currency::transfer(from, to, amount, Preservation::Expendable)?;
		} else {
			Self::recycle_tao(from, TaoBalance::new(amount))?;
		}
		Ok(())
	}

	/// Converts an alpha fee taken from a staker into TAO (without a further fee) for the
	/// block author; without an author the alpha is destroyed instead. Returns the TAO the
	/// author received.
	pub(crate) fn pay_author_in_alpha(
		netuid: NetUid,
		fee: AlphaBalance,
	) -> Result<TaoBalance, DispatchError> {
		if fee.is_zero() {
			return Ok(TaoBalance::ZERO);
		}
		let Some(author) = T::BlockAuthor::author() else {
			SubnetAlphaOut::<T>::mutate(netuid, |out| *out = out.saturating_sub(fee));
			return Ok(TaoBalance::ZERO);
		};
		let swap = Self::swap_alpha_for_tao(netuid, fee, T::SwapInterface::min_price(), true)?;
		Self::pay_or_recycle(&Self::subnet_account_id(netuid), &author, swap.amount_paid_out)?;
		Ok(TaoBalance::new(swap.amount_paid_out))
	}
}
