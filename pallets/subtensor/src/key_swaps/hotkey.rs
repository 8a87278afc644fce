//! `swap_hotkey` [70] and `swap_hotkey_v2` [72]: a coldkey hands what one of its hotkeys is
//! and holds to another hotkey of its own, on every subnet (0.1 TAO) or on one (0.001 TAO, once
//! per `HotkeySwapOnSubnetInterval` and subnet).

use crate::{passes_rate_limit, *};
use alloc::{
	collections::{BTreeMap, BTreeSet},
	vec::Vec,
};
use frame_support::{dispatch::DispatchResultWithPostInfo, ensure, traits::Get};
use frame_system::{ensure_signed, pallet_prelude::OriginFor};
use subtensor_common::{NetUid, SubnetCommitments};

impl<T: Config> Pallet<T> {
	/// Swaps `old` for `new` (both the signer's, `new` possibly unused so far) on `netuid`, or
	/// on every subnet when `None`. With `keep_stake` the stake stays with `old` (and `old`
	/// stays the signer's); otherwise it moves too. The checks, in the reference's order:
	/// owner of `old` (`NonAssociatedColdKey`), `new` not another coldkey's or a subnet
	/// account, `old ≠ new` (`NewHotKeyIsSameWithOld`), the coldkey's `TxRateLimit`
	/// (`HotKeySetTxRateLimitExceeded`), `new` not registered where the swap applies
	/// (`HotKeyAlreadyRegisteredInSubNet`), `new` clean on root when root is swapped
	/// (`NewHotKeyNotCleanForRootSwap`), the per-subnet interval
	/// (`HotKeySwapOnSubnetIntervalNotPassed`) and the fee
	/// (`NotEnoughBalanceToPaySwapHotKey`). Refused while a subnet is being paid out
	/// (`DisabledTemporarily`), as stake moved then could escape or miss the payout, and with
	/// `keep_stake` while `old` holds miner collateral there (`KeepStakeBlockedByCollateral`).
	pub fn do_swap_hotkey(
		origin: OriginFor<T>,
		old: &T::AccountId,
		new: &T::AccountId,
		netuid: Option<NetUid>,
		keep_stake: bool,
	) -> DispatchResultWithPostInfo {
		let coldkey = ensure_signed(origin)?;
		if let Some(netuid) = netuid {
			Self::ensure_subnet_exists(netuid)?;
		}
		ensure!(Self::owns_hotkey(&coldkey, old), Error::<T>::NonAssociatedColdKey);
		Self::ensure_hotkey_usable_by(&coldkey, new)?;
		ensure!(old != new, Error::<T>::NewHotKeyIsSameWithOld);
		let now = Self::current_block();
		let last = LastRateLimitedBlock::<T>::get(RateLimitKey::LastTxBlock(coldkey.clone()));
		let limit = TxRateLimit::<T>::get();
		// The reference lets the next swap through only once more than `limit` blocks passed.
		ensure!(
			limit == 0 || passes_rate_limit(last, limit.saturating_add(1), now),
			Error::<T>::HotKeySetTxRateLimitExceeded
		);
		ensure!(
			DissolvingSubnets::<T>::iter_keys().next().is_none(),
			Error::<T>::DisabledTemporarily
		);
		let registered = match netuid {
			Some(netuid) => IsNetworkMember::<T>::get(new, netuid),
			None => IsNetworkMember::<T>::iter_prefix(new).next().is_some(),
		};
		ensure!(!registered, Error::<T>::HotKeyAlreadyRegisteredInSubNet);
		if netuid.is_none_or(|netuid| netuid.is_root()) {
			ensure!(Self::is_clean_on_root(new), Error::<T>::NewHotKeyNotCleanForRootSwap);
		}
		let subnets = match netuid {
			Some(netuid) => alloc::vec![netuid],
			None => Self::subnets(),
		};
		let touched: Vec<NetUid> = match netuid {
			Some(netuid) => alloc::vec![netuid],
			None => {
				subnets.iter().copied().filter(|netuid| Self::takes_part_in(old, *netuid)).collect()
			},
		};
		let interval = T::HotkeySwapOnSubnetInterval::get();
		for netuid in &touched {
			let last = LastHotkeySwapOnNetuid::<T>::get(netuid, &coldkey);
			ensure!(
				last == 0 || last.saturating_add(interval) < now,
				Error::<T>::HotKeySwapOnSubnetIntervalNotPassed
			);
		}
		for netuid in &subnets {
			Self::ensure_key_links_movable(old, new, *netuid)?;
		}
		if keep_stake {
			Self::ensure_no_collateral(old, &subnets)?;
		}
		let cost = match netuid {
			Some(_) => T::KeySwapOnSubnetCost::get(),
			None => T::KeySwapCost::get(),
		};
		Self::recycle_swap_fee(&coldkey, cost, Error::<T>::NotEnoughBalanceToPaySwapHotKey)?;

		Owner::<T>::insert(new, &coldkey);
		OwnedHotkeys::<T>::mutate(&coldkey, |hotkeys| {
			if !hotkeys.contains(new) {
				hotkeys.push(new.clone());
			}
		});
		let mut stakers = BTreeSet::new();
		let mut positions =
			if keep_stake { BTreeMap::new() } else { Self::positions_by_subnet(old) };
		for netuid in &subnets {
			Self::move_neuron(old, new, *netuid);
			if !keep_stake {
				let moved = positions.remove(netuid).unwrap_or_default();
				stakers.extend(Self::move_positions(old, new, *netuid, moved)?);
				Self::move_hotkey_collateral(old, new, *netuid);
			}
		}
		match netuid {
			Some(netuid) => {
				Self::deposit_event(Event::HotkeySwappedOnSubnet {
					coldkey: coldkey.clone(),
					old_hotkey: old.clone(),
					new_hotkey: new.clone(),
					netuid,
				});
			},
			None => {
				stakers.insert(coldkey.clone());
				Self::move_hotkey_globals(&coldkey, old, new, keep_stake, &stakers);
				Self::deposit_event(Event::HotkeySwapped {
					coldkey: coldkey.clone(),
					old_hotkey: old.clone(),
					new_hotkey: new.clone(),
				});
			},
		}
		for netuid in &touched {
			LastHotkeySwapOnNetuid::<T>::insert(netuid, &coldkey, now);
		}
		LastRateLimitedBlock::<T>::insert(RateLimitKey::LastTxBlock(coldkey), now);
		Ok(().into())
	}

	/// Whether `hotkey` has a part in `netuid` that a swap there is rate-limited for: a UID or
	/// children. (Being someone's child is not its choice, so it does not count.)
	fn takes_part_in(hotkey: &T::AccountId, netuid: NetUid) -> bool {
		IsNetworkMember::<T>::get(hotkey, netuid) || ChildKeys::<T>::contains_key(hotkey, netuid)
	}

	/// Whether `hotkey` has nothing on root that a swap would merge into: no root stake, no
	/// root dividend rates and no claim records.
	fn is_clean_on_root(hotkey: &T::AccountId) -> bool {
		Self::total_stake_on(hotkey, NetUid::ROOT).is_zero()
			&& !StakePositionCount::<T>::contains_key(hotkey, NetUid::ROOT)
			&& !RootClaimable::<T>::contains_key(hotkey)
			&& Self::subnets()
				.iter()
				.all(|netuid| RootClaimed::<T>::iter_prefix((netuid, hotkey)).next().is_none())
	}

	/// Gives `old`'s neuron on `netuid` (if any) to `new` with everything published for it,
	/// and `new` takes `old`'s place in the subnet's child keys, auto-stake destinations and
	/// owner hotkey.
	pub(crate) fn move_neuron(old: &T::AccountId, new: &T::AccountId, netuid: NetUid) {
		if IsNetworkMember::<T>::take(old, netuid) {
			IsNetworkMember::<T>::insert(new, netuid, true);
			if let Some(uid) = Uids::<T>::take(netuid, old) {
				Uids::<T>::insert(netuid, new, uid);
				Keys::<T>::insert(netuid, uid, new);
			}
			if let Some(axon) = Axons::<T>::take(netuid, old) {
				Axons::<T>::insert(netuid, new, axon);
			}
			if let Some(prometheus) = Prometheus::<T>::take(netuid, old) {
				Prometheus::<T>::insert(netuid, new, prometheus);
			}
			if let Some(certificate) = NeuronCertificates::<T>::take(netuid, old) {
				NeuronCertificates::<T>::insert(netuid, new, certificate);
			}
			for index in Self::mechanism_indices(netuid) {
				if let Some(commits) = WeightCommits::<T>::take(index, old) {
					WeightCommits::<T>::insert(index, new, commits);
				}
			}
			T::Commitments::move_hotkey(netuid, old, new);
		}
		Self::move_key_links(old, new, netuid);
		let stakers = AutoStakeDestinationColdkeys::<T>::take(old, netuid);
		if !stakers.is_empty() {
			for staker in &stakers {
				AutoStakeDestination::<T>::insert(staker, netuid, new);
			}
			AutoStakeDestinationColdkeys::<T>::insert(new, netuid, stakers);
		}
		if SubnetOwnerHotkey::<T>::try_get(netuid).is_ok_and(|owner| owner == *old) {
			SubnetOwnerHotkey::<T>::insert(netuid, new);
		}
	}

	/// What only the all-subnets swap moves: the delegate take and the hotkey's rate limits;
	/// and, when the stake moved too, `old` stops being the coldkey's and `stakers` stop
	/// listing it.
	fn move_hotkey_globals(
		coldkey: &T::AccountId,
		old: &T::AccountId,
		new: &T::AccountId,
		keep_stake: bool,
		stakers: &BTreeSet<T::AccountId>,
	) {
		if Delegates::<T>::contains_key(old) {
			Delegates::<T>::insert(new, Delegates::<T>::take(old));
		}
		for key in [RateLimitKey::LastTxBlock, RateLimitKey::LastTxBlockDelegateTake] {
			let block = LastRateLimitedBlock::<T>::take(key(old.clone()));
			if block != 0 {
				LastRateLimitedBlock::<T>::insert(key(new.clone()), block);
			}
		}
		if !keep_stake {
			Owner::<T>::remove(old);
			OwnedHotkeys::<T>::mutate(coldkey, |hotkeys| hotkeys.retain(|hotkey| hotkey != old));
			for staker in stakers {
				StakingHotkeys::<T>::mutate(staker, |hotkeys| {
					hotkeys.retain(|hotkey| hotkey != old)
				});
			}
		}
	}
}
