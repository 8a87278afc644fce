//! Taking alpha out of circulation: `recycle_alpha` removes it from the subnet's outstanding
//! alpha (it can be emitted again), `burn_alpha` destroys it while it keeps counting as
//! outstanding.

use crate::*;
use frame_support::ensure;
use frame_system::pallet_prelude::OriginFor;
use sp_runtime::DispatchResult;
use subtensor_common::{AlphaBalance, NetUid};

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
}
