//! `root_register`: a hotkey takes a UID on the root subnet (netuid 0). Root has 64 UIDs; when
//! they are taken, the newcomer replaces the UID with the least root stake, but only with
//! strictly more root stake itself.

use crate::*;
use alloc::vec::Vec;
use frame_support::ensure;
use frame_system::pallet_prelude::OriginFor;
use sp_runtime::DispatchResult;
use subtensor_common::NetUid;

impl<T: Config> Pallet<T> {
	/// Registers `hotkey` on root for the signing coldkey (no price; registration caps per
	/// block and per interval apply). The hotkey becomes a delegate.
	pub fn do_root_register(origin: OriginFor<T>, hotkey: T::AccountId) -> DispatchResult {
		let coldkey = frame_system::ensure_signed(origin)?;
		let root = NetUid::ROOT;
		Self::ensure_subnet_exists(root)?;
		ensure!(
			RegistrationsThisBlock::<T>::get(root) < MaxRegistrationsPerBlock::<T>::get(root),
			Error::<T>::TooManyRegistrationsThisBlock
		);
		ensure!(
			u32::from(RegistrationsThisInterval::<T>::get(root))
				< u32::from(TargetRegistrationsPerInterval::<T>::get(root)).saturating_mul(3),
			Error::<T>::TooManyRegistrationsThisInterval
		);
		ensure!(
			!Uids::<T>::contains_key(root, &hotkey),
			Error::<T>::HotKeyAlreadyRegisteredInSubNet
		);
		Self::ensure_hotkey_usable_by(&coldkey, &hotkey)?;

		let uid = if SubnetworkN::<T>::get(root) < MaxAllowedUids::<T>::get(root) {
			Self::create_account_if_non_existent(&coldkey, &hotkey);
			Self::append_neuron(root, &hotkey, Self::current_block())
		} else {
			let (weakest, weakest_stake) =
				Self::weakest_root_uid().ok_or(Error::<T>::NoNeuronIdAvailable)?;
			ensure!(
				Self::total_stake_on(&hotkey, root).to_u64() > weakest_stake,
				Error::<T>::StakeTooLowForRoot
			);
			Self::create_account_if_non_existent(&coldkey, &hotkey);
			Self::replace_neuron(root, weakest, &hotkey, Self::current_block());
			weakest
		};
		Self::make_delegate(&hotkey);
		RegistrationsThisBlock::<T>::mutate(root, |n| *n = n.saturating_add(1));
		RegistrationsThisInterval::<T>::mutate(root, |n| *n = n.saturating_add(1));
		Self::deposit_event(Event::NeuronRegistered(root, uid, hotkey));
		Ok(())
	}

	/// The root UID whose hotkey has the least root stake (the first such UID on ties), with
	/// that stake.
	fn weakest_root_uid() -> Option<(u16, u64)> {
		let root = NetUid::ROOT;
		let stakes: Vec<(u16, u64)> = Keys::<T>::iter_prefix(root)
			.map(|(uid, hotkey)| (uid, Self::total_stake_on(&hotkey, root).to_u64()))
			.collect();
		stakes.into_iter().min_by_key(|(uid, stake)| (*stake, *uid))
	}
}
