//! Neuron registration: `burned_register` (and its aliases `register` and `register_limit`).
//! The price paid buys alpha from the subnet's pool, which is destroyed; the TAO stays in the
//! pool. Where the subnet locks part of the price as miner collateral (`collateral`), that part
//! is staked to the hotkey and locked instead.

pub mod burn;
pub mod neuron_columns;
pub mod pow;
pub mod root;
pub mod trim;
pub mod uids;

use crate::*;
use frame_system::pallet_prelude::OriginFor;
use sp_runtime::DispatchResult;
use subtensor_common::{AlphaBalance, NetUid, OrderType, SwapHandler, TaoBalance};

impl<T: Config> Pallet<T> {
	/// Registers `hotkey` on `netuid` for the current price, paid by the signing coldkey;
	/// refused if `limit_price` is given and the price is above it. The price's collateral
	/// share, less the coldkey's standing lock on the hotkey, is staked and locked
	/// ([`Pallet::registration_split`]); the rest is burned.
	pub fn do_burned_register(
		origin: OriginFor<T>,
		netuid: NetUid,
		hotkey: T::AccountId,
		limit_price: Option<TaoBalance>,
	) -> DispatchResult {
		let coldkey = frame_system::ensure_signed(origin)?;
		let price = Burn::<T>::get(netuid);
		if limit_price.is_some_and(|limit| price > limit) {
			return Err(Error::<T>::RegistrationPriceLimitExceeded.into());
		}
		if netuid.is_root() {
			return Err(Error::<T>::RegistrationNotPermittedOnRootSubnet.into());
		}
		Self::ensure_subnet_exists(netuid)?;
		if !NetworkRegistrationAllowed::<T>::get(netuid) {
			return Err(Error::<T>::SubNetRegistrationDisabled.into());
		}
		if Uids::<T>::contains_key(netuid, &hotkey) {
			return Err(Error::<T>::HotKeyAlreadyRegisteredInSubNet.into());
		}
		let split = Self::registration_split(netuid, &hotkey, &coldkey);
		if Self::free_balance(&coldkey) < split.total() {
			return Err(Error::<T>::NotEnoughBalanceToStake.into());
		}
		Self::ensure_hotkey_usable_by(&coldkey, &hotkey)?;
		let slot = Self::find_uid_slot(netuid)?;

		Self::create_account_if_non_existent(&coldkey, &hotkey);
		Self::buy_registration_collateral(netuid, &hotkey, &coldkey, split.lock)?;
		let paid =
			Self::transfer_tao_keep_alive(&coldkey, &Self::subnet_account_id(netuid), split.burn)?;
		Self::burn_into_pool(netuid, paid)?;
		let uid = Self::place_neuron(netuid, slot, &hotkey);

		Self::bump_burn(netuid);
		RegistrationsThisBlock::<T>::mutate(netuid, |n| *n = n.saturating_add(1));
		RAORecycledForRegistration::<T>::mutate(netuid, |total| {
			*total = total.saturating_add(paid)
		});
		Self::deposit_event(Event::NeuronRegistered(netuid, uid, hotkey));
		Ok(())
	}

	/// Buys alpha from the pool with `tao` already in the subnet account and destroys it:
	/// the pool gains the TAO net of the fee and loses the alpha; the fee stays in the subnet
	/// account.
	fn burn_into_pool(netuid: NetUid, tao: TaoBalance) -> DispatchResult {
		let swap = T::SwapInterface::swap(
			netuid,
			OrderType::Buy,
			tao.to_u64(),
			T::SwapInterface::max_price(),
			false,
			false,
		)?;
		let tao_in = TaoBalance::new(swap.amount_paid_in);
		let alpha_out = AlphaBalance::new(swap.amount_paid_out);
		let remaining_alpha = SubnetAlphaIn::<T>::get(netuid)
			.checked_sub(alpha_out)
			.ok_or(Error::<T>::InsufficientLiquidity)?;
		SubnetAlphaIn::<T>::insert(netuid, remaining_alpha);
		SubnetTAO::<T>::mutate(netuid, |reserve| *reserve = reserve.saturating_add(tao_in));
		TotalStake::<T>::mutate(|total| *total = total.saturating_add(tao_in));
		SubnetVolume::<T>::mutate(netuid, |volume| {
			*volume = volume.saturating_add(u128::from(swap.amount_paid_in))
		});
		Ok(())
	}
}
