//! Miner collateral: stake a miner cannot withdraw until its work releases it.
//!
//! A subnet may lock part of its registration price instead of burning it
//! (`CollateralLockShare`, ÷65 535, at most 95 %): `burned_register` then burns the rest of the
//! price and stakes the locked share to the registering hotkey for its coldkey, at most 5 % above
//! the spot price (`SlippageTooHigh` otherwise). A coldkey can lock more with
//! [`Pallet::do_add_collateral`] (free stake first, the shortfall bought with TAO).
//!
//! The lock lives on the stake position (`MinerCollateral`, keyed netuid, hotkey, coldkey): the
//! alpha stays staked and earns like any stake, but unstaking, moving, transferring, recycling
//! or burning it, or paying fees with it, is refused (`StakeUnavailable`); only the free part
//! of the position can leave. At each epoch the alpha the hotkey earned (incentive plus
//! dividends) releases `drain_ratio` × earned of the lock, never below the owner's floor
//! (`min_locked`, [`Pallet::do_set_min_collateral`]); while the lock is below the floor, earned
//! stake fills it instead. The lock survives deregistration and counts towards the collateral
//! of the next registration (only the shortfall is bought). Hotkey swaps move it (a
//! `keep_stake` swap is refused with `KeepStakeBlockedByCollateral`), coldkey swaps move it,
//! and a dissolved subnet's payout ends it with the stake it locked.

mod settle;
mod swaps;

use crate::*;
use frame_support::ensure;
use frame_system::pallet_prelude::OriginFor;
use sp_runtime::{DispatchError, DispatchResult};
use substrate_fixed::types::U64F64;
use subtensor_common::{AlphaBalance, NetUid, SwapHandler, TaoBalance};

/// Highest settable `CollateralLockShare`: 95 % of 65 535, so part of every price is burned.
pub const MAX_COLLATERAL_LOCK_SHARE: u16 = 62_258;

/// Highest settable `CollateralDrainRatio`.
pub const MAX_COLLATERAL_DRAIN_RATIO: u64 = 10;

/// Most hotkeys one coldkey holds collateral entries with on one subnet.
pub const MAX_COLDKEY_COLLATERAL_HOTKEYS: u32 = 64;

/// How far above the spot price a registration's collateral purchase may fill: 5 %.
const REGISTRATION_PRICE_TOLERANCE_PERCENT: u64 = 5;

/// How a registration pays its price.
#[derive(Clone, Copy, Debug, Default, Eq, PartialEq)]
pub struct RegistrationSplit {
	/// TAO burned (bought alpha destroyed).
	pub burn: TaoBalance,
	/// TAO staked to the hotkey and locked.
	pub lock: TaoBalance,
}

impl RegistrationSplit {
	/// What the coldkey pays.
	pub fn total(&self) -> TaoBalance {
		self.burn.saturating_add(self.lock)
	}
}

impl<T: Config> Pallet<T> {
	/// Alpha of `coldkey`'s stake with `hotkey` on `netuid` that is locked as collateral.
	pub fn locked_collateral(
		hotkey: &T::AccountId,
		coldkey: &T::AccountId,
		netuid: NetUid,
	) -> AlphaBalance {
		MinerCollateral::<T>::get((netuid, hotkey, coldkey))
			.map(|state| state.locked)
			.unwrap_or_default()
	}

	/// The part of `coldkey`'s stake with `hotkey` on `netuid` that may leave the position.
	pub fn unlocked_stake(
		hotkey: &T::AccountId,
		coldkey: &T::AccountId,
		netuid: NetUid,
	) -> AlphaBalance {
		Self::stake_of(hotkey, coldkey, netuid)
			.saturating_sub(Self::locked_collateral(hotkey, coldkey, netuid))
	}

	/// `StakeUnavailable` if taking `amount` from the position would reach its locked part.
	pub fn ensure_unlocked(
		hotkey: &T::AccountId,
		coldkey: &T::AccountId,
		netuid: NetUid,
		amount: AlphaBalance,
	) -> DispatchResult {
		ensure!(
			amount <= Self::unlocked_stake(hotkey, coldkey, netuid),
			Error::<T>::StakeUnavailable
		);
		Ok(())
	}

	/// How the current price of `netuid` is paid: the locked share only where staking has
	/// started (before that there is no pool to stake into, and all of it is burned), less
	/// what `coldkey`'s standing lock on `hotkey` is worth at the spot price; a shortfall
	/// too small to stake is burned too.
	pub fn registration_split(
		netuid: NetUid,
		hotkey: &T::AccountId,
		coldkey: &T::AccountId,
	) -> RegistrationSplit {
		let price = Burn::<T>::get(netuid);
		let share = CollateralLockShare::<T>::get(netuid);
		if share == 0 || !SubtokenEnabled::<T>::get(netuid) {
			return RegistrationSplit { burn: price, lock: TaoBalance::ZERO };
		}
		let required = u128::from(price.to_u64())
			.saturating_mul(u128::from(share))
			.checked_div(u128::from(u16::MAX))
			.unwrap_or(0);
		let required = TaoBalance::new(u64::try_from(required).unwrap_or(u64::MAX));
		let burn = price.saturating_sub(required);
		let standing = Self::tao_worth(netuid, Self::locked_collateral(hotkey, coldkey, netuid));
		let lock = required.saturating_sub(standing);
		let min_fee = Self::swap_fee(netuid, DEFAULT_MIN_STAKE);
		if lock.to_u64() < DEFAULT_MIN_STAKE.saturating_add(min_fee) {
			return RegistrationSplit { burn: burn.saturating_add(lock), lock: TaoBalance::ZERO };
		}
		RegistrationSplit { burn, lock }
	}

	/// Stakes `tao` of `coldkey` to `hotkey` on `netuid` at most 5 % above the spot price (all
	/// or nothing: `SlippageTooHigh`) and locks the alpha bought.
	pub(crate) fn buy_registration_collateral(
		netuid: NetUid,
		hotkey: &T::AccountId,
		coldkey: &T::AccountId,
		tao: TaoBalance,
	) -> DispatchResult {
		if tao.is_zero() {
			return Ok(());
		}
		let spot = T::SwapInterface::current_alpha_price(netuid);
		let tolerance =
			U64F64::from_num(100u64.saturating_add(REGISTRATION_PRICE_TOLERANCE_PERCENT))
				.saturating_div(U64F64::from_num(100));
		let limit = spot
			.saturating_mul(tolerance)
			.saturating_mul(U64F64::from_num(1_000_000_000u64))
			.saturating_to_num::<u64>();
		let alpha = Self::buy_locked_stake(netuid, hotkey, coldkey, tao, limit)?;
		Self::lock_collateral(netuid, hotkey, coldkey, alpha)
	}

	/// Stakes `tao` of `coldkey` to `hotkey` on `netuid`, all of it at a price of at most
	/// `limit` rao per alpha (`SlippageTooHigh` otherwise); returns the alpha bought.
	fn buy_locked_stake(
		netuid: NetUid,
		hotkey: &T::AccountId,
		coldkey: &T::AccountId,
		tao: TaoBalance,
		limit: u64,
	) -> Result<AlphaBalance, DispatchError> {
		let limit = PriceLimit { price: limit, allow_partial: false };
		Ok(Self::add_stake_as(coldkey, hotkey, netuid, tao, Some(limit))?.alpha)
	}

	/// `add_collateral`: locks `alpha` more of the signer's stake with its own `hotkey` on
	/// `netuid`: free stake first, the rest bought with TAO at most at `limit_price` rao per
	/// alpha (all or nothing). The lock keeps its drain ratio.
	pub fn do_add_collateral(
		origin: OriginFor<T>,
		netuid: NetUid,
		hotkey: T::AccountId,
		alpha: AlphaBalance,
		limit_price: TaoBalance,
	) -> DispatchResult {
		let coldkey = Self::ensure_collateral_owner(origin, netuid, &hotkey)?;
		ensure!(!alpha.is_zero(), Error::<T>::AmountTooLow);
		let from_stake = alpha.min(Self::unlocked_stake(&hotkey, &coldkey, netuid));
		let shortfall = alpha.saturating_sub(from_stake);
		let bought = if shortfall.is_zero() {
			AlphaBalance::ZERO
		} else {
			// The TAO the shortfall costs at the spot price, fee included; the limit bounds
			// what the trade's own price impact may add.
			let fee = u64::from(T::SwapInterface::fee_rate(netuid));
			let at_spot = Self::tao_worth(netuid, shortfall).to_u64();
			let with_fee = u128::from(at_spot)
				.saturating_mul(u128::from(u16::MAX))
				.checked_div(u128::from(u64::from(u16::MAX).saturating_sub(fee)))
				.unwrap_or(u128::MAX);
			let tao = TaoBalance::new(u64::try_from(with_fee).unwrap_or(u64::MAX));
			Self::buy_locked_stake(netuid, &hotkey, &coldkey, tao, limit_price.to_u64())?
		};
		Self::lock_collateral(netuid, &hotkey, &coldkey, from_stake.saturating_add(bought))
	}

	/// `set_min_collateral`: the floor of the signer's lock on its own `hotkey` on `netuid`;
	/// zero clears it.
	pub fn do_set_min_collateral(
		origin: OriginFor<T>,
		netuid: NetUid,
		hotkey: T::AccountId,
		min_locked: AlphaBalance,
	) -> DispatchResult {
		let coldkey = Self::ensure_collateral_owner(origin, netuid, &hotkey)?;
		Self::update_collateral(netuid, &hotkey, &coldkey, |state| {
			state.min_locked = min_locked;
		})?;
		Self::deposit_event(Event::MinCollateralSet { coldkey, hotkey, netuid, min_locked });
		Ok(())
	}

	/// The signer of a collateral call, checked in the order clients expect: a subnet other
	/// than root that exists, a hotkey with an owner, and that owner the signer.
	fn ensure_collateral_owner(
		origin: OriginFor<T>,
		netuid: NetUid,
		hotkey: &T::AccountId,
	) -> Result<T::AccountId, DispatchError> {
		let coldkey = frame_system::ensure_signed(origin)?;
		ensure!(!netuid.is_root(), Error::<T>::RegistrationNotPermittedOnRootSubnet);
		Self::ensure_subnet_exists(netuid)?;
		Self::ensure_hotkey_exists(hotkey)?;
		ensure!(Owner::<T>::get(hotkey) == coldkey, Error::<T>::NonAssociatedColdKey);
		Ok(coldkey)
	}

	/// Adds `alpha` (already staked by `coldkey` to `hotkey`) to the position's lock.
	pub(crate) fn lock_collateral(
		netuid: NetUid,
		hotkey: &T::AccountId,
		coldkey: &T::AccountId,
		alpha: AlphaBalance,
	) -> DispatchResult {
		if alpha.is_zero() {
			return Ok(());
		}
		let locked = Self::update_collateral(netuid, hotkey, coldkey, |state| {
			state.locked = state.locked.saturating_add(alpha);
		})?;
		Self::deposit_event(Event::CollateralLocked {
			coldkey: coldkey.clone(),
			hotkey: hotkey.clone(),
			netuid,
			alpha,
			locked,
		});
		Ok(())
	}

	/// Applies `change` to the position's collateral entry (created with the subnet's drain
	/// ratio if missing, `ColdkeyCollateralPositionsFull` past the coldkey's bound; removed
	/// once it locks nothing and has no floor) and keeps the coldkey's total and the indexes in
	/// step. Returns the lock afterwards.
	pub(crate) fn update_collateral(
		netuid: NetUid,
		hotkey: &T::AccountId,
		coldkey: &T::AccountId,
		change: impl FnOnce(&mut MinerCollateralState),
	) -> Result<AlphaBalance, DispatchError> {
		let existing = MinerCollateral::<T>::get((netuid, hotkey, coldkey));
		let created = existing.is_none();
		let mut state = existing.unwrap_or_else(|| MinerCollateralState {
			drain_ratio: CollateralDrainRatio::<T>::get(netuid),
			..Default::default()
		});
		let before = state.locked;
		change(&mut state);
		let after = state.locked;
		let keep = !(after.is_zero() && state.min_locked.is_zero());
		match (created, keep) {
			(true, true) => {
				ColdkeyCollateralHotkeys::<T>::try_mutate(coldkey, netuid, |hotkeys| {
					hotkeys.try_push(hotkey.clone())
				})
				.map_err(|_| Error::<T>::ColdkeyCollateralPositionsFull)?;
				CollateralEntryCount::<T>::mutate(netuid, |count| *count = count.saturating_add(1));
			},
			(false, false) => Self::forget_collateral_entry(netuid, hotkey, coldkey),
			_ => {},
		}
		if keep {
			MinerCollateral::<T>::insert((netuid, hotkey, coldkey), state);
		} else {
			MinerCollateral::<T>::remove((netuid, hotkey, coldkey));
		}
		ColdkeyMinerCollateral::<T>::mutate_exists(coldkey, netuid, |total| {
			let sum = total.unwrap_or_default().saturating_sub(before).saturating_add(after);
			*total = (!sum.is_zero()).then_some(sum);
		});
		Ok(after)
	}

	/// Drops `hotkey` from the coldkey's collateral index and the subnet's count.
	fn forget_collateral_entry(netuid: NetUid, hotkey: &T::AccountId, coldkey: &T::AccountId) {
		ColdkeyCollateralHotkeys::<T>::mutate_exists(coldkey, netuid, |hotkeys| {
			if let Some(list) = hotkeys {
				list.retain(|listed| listed != hotkey);
				if list.is_empty() {
					*hotkeys = None;
				}
			}
		});
		CollateralEntryCount::<T>::mutate(netuid, |count| *count = count.saturating_sub(1));
	}

	/// What `alpha` of `netuid` is worth in TAO at the spot price (rounded down).
	pub(crate) fn tao_worth(netuid: NetUid, alpha: AlphaBalance) -> TaoBalance {
		if alpha.is_zero() {
			return TaoBalance::ZERO;
		}
		let price = T::SwapInterface::current_alpha_price(netuid);
		TaoBalance::new(
			U64F64::saturating_from_num(alpha.to_u64()).saturating_mul(price).saturating_to_num(),
		)
	}

	/// Sets the subnet's collateral lock share (checked by `AdminUtils`).
	pub fn set_collateral_lock_share(netuid: NetUid, share: u16) {
		CollateralLockShare::<T>::insert(netuid, share);
	}

	/// Sets the subnet's drain ratio for locks created from now on (checked by `AdminUtils`).
	pub fn set_collateral_drain_ratio(netuid: NetUid, ratio: U64F64) {
		CollateralDrainRatio::<T>::insert(netuid, ratio);
	}
}
