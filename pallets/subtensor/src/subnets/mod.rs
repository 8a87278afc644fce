//! Subnets: existence and ownership checks, the root subnet, and the reserves the swap pallet
//! reads. Creation, lock cost, owner calls and dissolution (with its payout over blocks) live in
//! the files beside this one.

pub mod dissolution;
pub mod dissolve;
pub mod lock_cost;
pub mod owner_calls;
pub mod register;
pub mod symbols;

use crate::{
	Config, Error, MaxAllowedUids, MaxAllowedValidators, MinAllowedWeights, NetworkImmunityPeriod,
	NetworkRegisteredAt, NetworkRegistrationAllowed, NetworksAdded, Pallet, SubnetAlphaIn,
	SubnetMechanism, SubnetMovingPrice, SubnetOwner, SubnetTAO, SubtokenEnabled,
	TargetRegistrationsPerInterval, Tempo, TokenSymbol, TotalNetworks,
};
use frame_system::{ensure_signed_or_root, pallet_prelude::OriginFor};
use sp_runtime::{DispatchError, DispatchResult};
use substrate_fixed::types::I96F32;
use subtensor_common::{AlphaBalance, NetUid, SubnetReserves, TaoBalance};

/// `SubnetMechanism` of the root subnet: 1:1 price, no pool.
pub const STABLE_MECHANISM: u16 = 0;
/// `SubnetMechanism` of user subnets: a TAO/alpha pool.
pub const DYNAMIC_MECHANISM: u16 = 1;

impl<T: Config> Pallet<T> {
	/// Whether the subnet exists.
	pub fn subnet_exists(netuid: NetUid) -> bool {
		NetworksAdded::<T>::get(netuid)
	}

	/// Refuses a subnet that does not exist.
	pub fn ensure_subnet_exists(netuid: NetUid) -> DispatchResult {
		if Self::subnet_exists(netuid) {
			Ok(())
		} else {
			Err(Error::<T>::SubnetNotExists.into())
		}
	}

	/// The signing coldkey if it owns the (existing) subnet; `BadOrigin` otherwise.
	pub fn ensure_subnet_owner(
		origin: OriginFor<T>,
		netuid: NetUid,
	) -> Result<T::AccountId, DispatchError> {
		Self::ensure_subnet_exists(netuid)?;
		let who = frame_system::ensure_signed(origin)?;
		if SubnetOwner::<T>::get(netuid) != who {
			return Err(DispatchError::BadOrigin);
		}
		Ok(who)
	}

	/// `Some(owner)` if the subnet owner signed, `None` for root; `BadOrigin` otherwise.
	pub fn ensure_subnet_owner_or_root(
		origin: OriginFor<T>,
		netuid: NetUid,
	) -> Result<Option<T::AccountId>, DispatchError> {
		Self::ensure_subnet_exists(netuid)?;
		match ensure_signed_or_root(origin)? {
			None => Ok(None),
			Some(who) if SubnetOwner::<T>::get(netuid) == who => Ok(Some(who)),
			Some(_) => Err(DispatchError::BadOrigin),
		}
	}

	/// Number of existing subnets other than root.
	pub fn non_root_subnet_count() -> u16 {
		TotalNetworks::<T>::get().saturating_sub(u16::from(Self::subnet_exists(NetUid::ROOT)))
	}

	/// Existing subnets, root included, in netuid order.
	pub fn subnets() -> alloc::vec::Vec<NetUid> {
		let mut netuids: alloc::vec::Vec<NetUid> = NetworksAdded::<T>::iter()
			.filter_map(|(netuid, added)| added.then_some(netuid))
			.collect();
		netuids.sort();
		netuids
	}

	/// The subnet a registration at the subnet limit replaces: among subnets past their
	/// immunity, the lowest moving price, then the earliest registered. `None` if all are
	/// immune.
	pub fn get_network_to_prune() -> Option<NetUid> {
		let now = Self::current_block();
		let immunity = NetworkImmunityPeriod::<T>::get();
		Self::subnets()
			.into_iter()
			.filter(|netuid| !netuid.is_root())
			.filter(|netuid| now >= NetworkRegisteredAt::<T>::get(netuid).saturating_add(immunity))
			.min_by_key(|netuid| {
				let price = if SubnetMechanism::<T>::get(netuid) == DYNAMIC_MECHANISM {
					SubnetMovingPrice::<T>::get(netuid)
				} else {
					I96F32::from_num(1)
				};
				(price, NetworkRegisteredAt::<T>::get(netuid), *netuid)
			})
	}

	/// Creates the root subnet (genesis): stable mechanism, 64 UIDs, tempo 100.
	pub fn create_root_subnet() {
		let root = NetUid::ROOT;
		if Self::subnet_exists(root) {
			return;
		}
		NetworksAdded::<T>::insert(root, true);
		TotalNetworks::<T>::mutate(|n| *n = n.saturating_add(1));
		SubnetMechanism::<T>::insert(root, STABLE_MECHANISM);
		MaxAllowedUids::<T>::insert(root, 64);
		MaxAllowedValidators::<T>::insert(root, 64);
		MinAllowedWeights::<T>::insert(root, 0);
		Tempo::<T>::insert(root, 100);
		NetworkRegistrationAllowed::<T>::insert(root, true);
		TargetRegistrationsPerInterval::<T>::insert(root, 1);
		TokenSymbol::<T>::insert(root, symbols::ROOT_SYMBOL.as_bytes().to_vec());
		// Root stake is open from the start (the real chain opened it by migration).
		SubtokenEnabled::<T>::insert(root, true);
	}
}

impl<T: Config> SubnetReserves for Pallet<T> {
	fn tao_reserve(netuid: NetUid) -> TaoBalance {
		SubnetTAO::<T>::get(netuid)
	}

	fn alpha_reserve(netuid: NetUid) -> AlphaBalance {
		SubnetAlphaIn::<T>::get(netuid)
	}

	fn exists(netuid: NetUid) -> bool {
		Self::subnet_exists(netuid)
	}

	fn is_dynamic(netuid: NetUid) -> bool {
		SubnetMechanism::<T>::get(netuid) == DYNAMIC_MECHANISM
	}
}
