//! Taking alpha out of circulation: `recycle_alpha` removes it from the subnet's outstanding
//! alpha (it can be emitted again), `burn_alpha` destroys it while it keeps counting as
//! outstanding, and `add_stake_burn` buys alpha with TAO and burns it in one call.

use super::add::PriceLimit;
use crate::*;
use frame_support::ensure;
use frame_system::pallet_prelude::OriginFor;
use sp_runtime::DispatchResult;
use subtensor_common::{AlphaBalance, NetUid, TaoBalance};

impl<T: Config> Pallet<T> {
	/// `recycle_alpha` (`recycle = true`) / `burn_alpha`: removes up to `amount` of the
	/// signer's stake with `hotkey` on `netuid` (not root).
	pub fn do_remove_alpha(
		origin: OriginFor<T>,
		hotkey: T::AccountId,
		amount: AlphaBalance,
		netuid: NetUid,
		recycle: bool,
	) -> DispatchResult {
		let coldkey = frame_system::ensure_signed(origin)?;
		ensure!(!netuid.is_root(), Error::<T>::CannotBurnOrRecycleOnRootSubnet);
		Self::ensure_staking_open(netuid)?;
		Self::ensure_hotkey_exists(&hotkey)?;
		let amount = amount.min(Self::stake_of(&hotkey, &coldkey, netuid));
		ensure!(!amount.is_zero(), Error::<T>::NotEnoughStakeToWithdraw);
		Self::ensure_unlocked(&hotkey, &coldkey, netuid, amount)?;
		ensure!(SubnetAlphaOut::<T>::get(netuid) >= amount, Error::<T>::InsufficientLiquidity);
		let removed = Self::debit_stake(&hotkey, &coldkey, netuid, amount);
		if recycle {
			SubnetAlphaOut::<T>::mutate(netuid, |out| *out = out.saturating_sub(removed));
			Self::deposit_event(Event::AlphaRecycled(coldkey, hotkey, removed, netuid));
		} else {
			Self::deposit_event(Event::AlphaBurned(coldkey, hotkey, removed, netuid));
		}
		Ok(())
	}

	/// `add_stake_burn`: stakes `amount` TAO of the signer to `hotkey` on `netuid` (all of it
	/// at a price of at most `limit` if given, else `SlippageTooHigh`) and burns the alpha
	/// bought; all or nothing.
	pub fn do_add_stake_burn(
		origin: OriginFor<T>,
		hotkey: T::AccountId,
		netuid: NetUid,
		amount: TaoBalance,
		limit: Option<TaoBalance>,
	) -> DispatchResult {
		let coldkey = frame_system::ensure_signed(origin)?;
		ensure!(!netuid.is_root(), Error::<T>::CannotBurnOrRecycleOnRootSubnet);
		let limit = limit.map(|price| PriceLimit { price: price.to_u64(), allow_partial: false });
		let staked = Self::add_stake_as(&coldkey, &hotkey, netuid, amount, limit)?;
		let burned = Self::debit_stake(&hotkey, &coldkey, netuid, staked.alpha);
		Self::deposit_event(Event::AddStakeBurn {
			netuid,
			hotkey,
			amount: staked.tao,
			alpha: burned,
		});
		Ok(())
	}
}
