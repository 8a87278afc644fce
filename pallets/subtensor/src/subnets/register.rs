//! `register_network`: a coldkey locks TAO and creates a dynamic subnet.

use super::{symbols, DYNAMIC_MECHANISM};
use crate::{
	ActivityCutoff, Burn, Config, DefaultTempo, Difficulty, DissolvingSubnets, Error, Event,
	ImmunityPeriod, Kappa, LastEpochBlock, LastRateLimitedBlock, MaxAllowedUids,
	MaxAllowedValidators, MinAllowedWeights, MinDifficulty, NetworkLastLockCost,
	NetworkMinLockCost, NetworkRateLimit, NetworkRegisteredAt, NetworkRegistrationAllowed,
	NetworkRegistrationStartBlock, NetworksAdded, NewSubnetDifficulty, NewSubnetImmunityPeriod,
	Pallet, RAORecycledForRegistration, RateLimitKey, RegisteredSubnetCounter,
	RegistrationsThisInterval, SubnetAlphaIn, SubnetAlphaOut, SubnetEmissionEnabled,
	SubnetIdentitiesV3, SubnetIdentityV3, SubnetLimit, SubnetLocked, SubnetMechanism, SubnetOwner,
	SubnetOwnerHotkey, SubnetTAO, SubnetVolume, SubnetworkN, Tempo, TokenSymbol, TotalNetworks,
	TotalStake, Yuma3On,
};
use alloc::vec::Vec;
use frame_system::pallet_prelude::OriginFor;
use sp_runtime::DispatchResult;
use substrate_fixed::types::U64F64;
use subtensor_common::{AlphaBalance, NetUid, SwapHandler, TaoBalance};

/// UIDs of a new subnet.
const NEW_SUBNET_MAX_UIDS: u16 = 256;
/// Validator permits of a new subnet.
const NEW_SUBNET_MAX_VALIDATORS: u16 = 64;
/// Registration price of a new subnet: 1 TAO.
const NEW_SUBNET_BURN: u64 = 1_000_000_000;

/// The median of prices (mean of the two middle ones for an even count); 1 if there are none.
pub fn median_price(mut prices: Vec<U64F64>) -> U64F64 {
	prices.sort();
	let middle = prices.len().checked_div(2).unwrap_or(0);
	let upper = prices.get(middle).copied();
	if !prices.len().is_multiple_of(2) {
		return upper.unwrap_or_default();
	}
	match (middle.checked_sub(1).and_then(|below| prices.get(below)), upper) {
		(Some(low), Some(high)) => low.saturating_add(high).saturating_div(U64F64::from_num(2)),
		_ => U64F64::from_num(1),
	}
}

impl<T: Config> Pallet<T> {
	/// Creates a subnet owned by the signing coldkey; see [`Pallet::register_network`].
	pub fn do_register_network(
		origin: OriginFor<T>,
		hotkey: T::AccountId,
		identity: Option<SubnetIdentityV3>,
	) -> DispatchResult {
		let coldkey = frame_system::ensure_signed(origin)?;
		Self::ensure_hotkey_usable_by(&coldkey, &hotkey)?;
		let now = Self::current_block();
		if now < NetworkRegistrationStartBlock::<T>::get() {
			return Err(Error::<T>::SubNetRegistrationDisabled.into());
		}
		let last_registration = LastRateLimitedBlock::<T>::get(RateLimitKey::NetworkLastRegistered);
		if !crate::rate_limits::passes_rate_limit(
			last_registration,
			NetworkRateLimit::<T>::get(),
			now,
		) {
			return Err(Error::<T>::NetworkTxRateLimitExceeded.into());
		}
		let to_prune = if Self::non_root_subnet_count() >= SubnetLimit::<T>::get() {
			Some(Self::get_network_to_prune().ok_or(Error::<T>::SubnetLimitReached)?)
		} else {
			None
		};
		let cost = Self::get_network_lock_cost();
		if Self::free_balance(&coldkey) < cost {
			return Err(Error::<T>::CannotAffordLockCost.into());
		}
		if let Some(identity) = &identity {
			if !identity.is_valid() {
				return Err(Error::<T>::InvalidIdentity.into());
			}
		}

		if let Some(pruned) = to_prune {
			Self::do_dissolve_network(pruned)?;
		}
		// A pruned subnet's netuid stays taken until its stakers are paid.
		let netuid = Self::first_free_netuid().ok_or(Error::<T>::SubnetLimitReached)?;
		let median = Self::median_subnet_price();
		Self::init_new_network(netuid, now);

		let subnet_account = Self::subnet_account_id(netuid);
		let locked = Self::transfer_tao_keep_alive(&coldkey, &subnet_account, cost)?;
		NetworkLastLockCost::<T>::put(locked);
		LastRateLimitedBlock::<T>::insert(RateLimitKey::NetworkLastRegistered, now);

		Self::create_account_if_non_existent(&coldkey, &hotkey);
		Self::append_neuron(netuid, &hotkey, now);
		Self::deposit_event(Event::NeuronRegistered(netuid, 0, hotkey.clone()));

		SubnetMechanism::<T>::insert(netuid, DYNAMIC_MECHANISM);
		NetworkRegisteredAt::<T>::insert(netuid, now);
		RegisteredSubnetCounter::<T>::mutate(netuid, |count| *count = count.saturating_add(1));
		TokenSymbol::<T>::insert(netuid, Self::symbol_for_new_subnet(netuid));

		let pool_tao = locked.max(NetworkMinLockCost::<T>::get());
		let pool_alpha = U64F64::saturating_from_num(pool_tao.to_u64())
			.checked_div(median)
			.map(|alpha| alpha.saturating_to_num::<u64>())
			.unwrap_or(pool_tao.to_u64());
		SubnetTAO::<T>::insert(netuid, pool_tao);
		SubnetAlphaIn::<T>::insert(netuid, AlphaBalance::new(pool_alpha));
		SubnetAlphaOut::<T>::insert(netuid, AlphaBalance::ZERO);
		SubnetVolume::<T>::insert(netuid, 0u128);
		SubnetOwner::<T>::insert(netuid, coldkey);
		SubnetOwnerHotkey::<T>::insert(netuid, hotkey.clone());
		Self::deposit_event(Event::SubnetOwnerHotkeySet(netuid, hotkey));
		SubnetLocked::<T>::insert(netuid, locked);
		RAORecycledForRegistration::<T>::insert(netuid, TaoBalance::ZERO);
		TotalStake::<T>::mutate(|total| *total = total.saturating_add(pool_tao));

		if let Some(identity) = identity {
			SubnetIdentitiesV3::<T>::insert(netuid, identity);
			Self::deposit_event(Event::SubnetIdentitySet(netuid));
		}
		Self::deposit_event(Event::NetworkAdded(netuid, DYNAMIC_MECHANISM));
		// Root validators lend their stake weight there to the owner's hotkey.
		Self::adopt_owner_hotkey_as_child(netuid);
		// New subnets receive no TAO injection until root enables it.
		SubnetEmissionEnabled::<T>::insert(netuid, false);
		Ok(())
	}

	/// The smallest netuid ≥ 1 not in use (nor still paying out a dissolution).
	fn first_free_netuid() -> Option<NetUid> {
		let mut netuid = NetUid::new(1);
		while Self::subnet_exists(netuid) || DissolvingSubnets::<T>::contains_key(netuid) {
			netuid = netuid.next()?;
		}
		Some(netuid)
	}

	/// Median spot price of the existing dynamic subnets with a positive price.
	fn median_subnet_price() -> U64F64 {
		let prices = Self::subnets()
			.into_iter()
			.filter(|netuid| !netuid.is_root())
			.map(T::SwapInterface::current_alpha_price)
			.filter(|price| *price > U64F64::from_num(0))
			.collect();
		median_price(prices)
	}

	/// The table symbol of `netuid` if no other subnet uses it, else the first unused one,
	/// else the root symbol.
	fn symbol_for_new_subnet(netuid: NetUid) -> Vec<u8> {
		let in_use: Vec<Vec<u8>> = Self::subnets()
			.into_iter()
			.filter(|other| *other != netuid)
			.map(TokenSymbol::<T>::get)
			.collect();
		let own = usize::from(netuid.inner());
		core::iter::once(own)
			.chain(1..symbols::symbol_count())
			.filter_map(symbols::symbol_bytes)
			.find(|symbol| !in_use.contains(symbol))
			.unwrap_or_else(|| symbols::ROOT_SYMBOL.as_bytes().to_vec())
	}

	/// Writes the hyperparameters of a new subnet and marks it as existing.
	fn init_new_network(netuid: NetUid, now: u64) {
		let tempo = DefaultTempo::<T>::get();
		SubnetworkN::<T>::insert(netuid, 0);
		NetworksAdded::<T>::insert(netuid, true);
		Tempo::<T>::insert(netuid, tempo);
		// Stagger the epochs of subnets that share a tempo.
		let offset = u64::from(netuid.inner()).checked_rem(u64::from(tempo.max(1))).unwrap_or(0);
		LastEpochBlock::<T>::insert(netuid, now.saturating_sub(offset));
		TotalNetworks::<T>::mutate(|n| *n = n.saturating_add(1));
		NetworkRegistrationAllowed::<T>::insert(netuid, true);
		MaxAllowedUids::<T>::insert(netuid, NEW_SUBNET_MAX_UIDS);
		MaxAllowedValidators::<T>::insert(netuid, NEW_SUBNET_MAX_VALIDATORS);
		MinAllowedWeights::<T>::insert(netuid, 1);
		ImmunityPeriod::<T>::insert(netuid, NewSubnetImmunityPeriod::<T>::get());
		Yuma3On::<T>::insert(netuid, true);
		Burn::<T>::insert(netuid, TaoBalance::new(NEW_SUBNET_BURN));
		let difficulty = NewSubnetDifficulty::<T>::get();
		Difficulty::<T>::insert(netuid, difficulty);
		MinDifficulty::<T>::insert(netuid, MinDifficulty::<T>::get(netuid).min(difficulty));
		Kappa::<T>::insert(netuid, Kappa::<T>::get(netuid));
		ActivityCutoff::<T>::insert(netuid, ActivityCutoff::<T>::get(netuid));
		RegistrationsThisInterval::<T>::insert(netuid, 0);
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn price(n: u64) -> U64F64 {
		U64F64::from_num(n)
	}

	#[test]
	fn median_of_no_subnets_is_one() {
		assert_eq!(median_price(Vec::new()), price(1));
	}

	#[test]
	fn median_takes_the_middle_or_the_mean_of_the_two_middles() {
		assert_eq!(median_price(alloc::vec![price(5), price(1), price(3)]), price(3));
		assert_eq!(median_price(alloc::vec![price(4), price(1), price(2), price(8)]), price(3));
	}
}
