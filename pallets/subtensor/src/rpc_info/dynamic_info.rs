//! `DynamicInfo`: a subnet's identity, owner, schedule and pool, as `btcli subnets list/show`
//! and the SDK's subnet views decode it. Also the header of the metagraph (`metagraph.rs`).

use crate::*;
use alloc::vec::Vec;
use codec::{Compact, Decode, Encode};
use scale_info::TypeInfo;
use substrate_fixed::types::I96F32;
use subtensor_common::{AlphaBalance, NetUid, TaoBalance};

/// A subnet's identity, schedule and pool.
#[derive(Clone, Debug, Decode, Encode, PartialEq, TypeInfo)]
pub struct DynamicInfo<AccountId> {
	/// The subnet.
	pub netuid: Compact<NetUid>,
	/// The owner's hotkey.
	pub owner_hotkey: AccountId,
	/// The owner's coldkey.
	pub owner_coldkey: AccountId,
	/// The identity's name; "root" for the root subnet; empty if the owner set none.
	pub subnet_name: Vec<Compact<u8>>,
	/// The token symbol (UTF-8).
	pub token_symbol: Vec<Compact<u8>>,
	/// Blocks between epochs.
	pub tempo: Compact<u16>,
	/// Block of the last epoch's payout.
	pub last_step: Compact<u64>,
	/// Blocks since then.
	pub blocks_since_last_step: Compact<u64>,
	/// Always 0 (kept for layout; the per-block injections follow).
	pub emission: Compact<u64>,
	/// Alpha in the pool.
	pub alpha_in: Compact<AlphaBalance>,
	/// Alpha outstanding (staked and pending).
	pub alpha_out: Compact<AlphaBalance>,
	/// TAO in the pool.
	pub tao_in: Compact<TaoBalance>,
	/// Alpha minted outside the pool in the last block.
	pub alpha_out_emission: Compact<AlphaBalance>,
	/// Alpha injected into the pool in the last block.
	pub alpha_in_emission: Compact<AlphaBalance>,
	/// TAO injected into the pool in the last block.
	pub tao_in_emission: Compact<TaoBalance>,
	/// Alpha waiting for the next epoch (validators' and miners' buckets).
	pub pending_alpha_emission: Compact<AlphaBalance>,
	/// Always 0 (root dividends accrue as alpha, in the claimable rates).
	pub pending_root_emission: Compact<TaoBalance>,
	/// TAO traded through the pool, all time.
	pub subnet_volume: Compact<u128>,
	/// Block the subnet was registered in.
	pub network_registered_at: Compact<u64>,
	/// The owner's identity for the subnet.
	pub subnet_identity: Option<SubnetIdentityV3>,
	/// Moving average of the price (TAO per alpha).
	pub moving_price: I96F32,
}

/// Bytes as the clients' `Vec<Compact<u8>>` strings.
pub fn compact_bytes(bytes: &[u8]) -> Vec<Compact<u8>> {
	bytes.iter().copied().map(Compact).collect()
}

impl<T: Config> Pallet<T> {
	/// The subnet's display name: its identity's name, "root" for the root subnet, else empty.
	pub fn subnet_name(netuid: NetUid, identity: Option<&SubnetIdentityV3>) -> Vec<u8> {
		match identity {
			Some(identity) if !identity.subnet_name.is_empty() => identity.subnet_name.clone(),
			_ if netuid.is_root() => b"root".to_vec(),
			_ => Vec::new(),
		}
	}

	/// The dynamic view of `netuid` (`None` if the subnet does not exist).
	pub fn get_dynamic_info(netuid: NetUid) -> Option<DynamicInfo<T::AccountId>> {
		if !Self::subnet_exists(netuid) {
			return None;
		}
		let identity = SubnetIdentitiesV3::<T>::get(netuid);
		let last_step = LastMechansimStepBlock::<T>::get(netuid);
		let pending = PendingValidatorEmission::<T>::get(netuid)
			.saturating_add(PendingServerEmission::<T>::get(netuid));
		Some(DynamicInfo {
			netuid: Compact(netuid),
			owner_hotkey: SubnetOwnerHotkey::<T>::get(netuid),
			owner_coldkey: SubnetOwner::<T>::get(netuid),
			subnet_name: compact_bytes(&Self::subnet_name(netuid, identity.as_ref())),
			token_symbol: compact_bytes(&TokenSymbol::<T>::get(netuid)),
			tempo: Compact(Tempo::<T>::get(netuid)),
			last_step: Compact(last_step),
			blocks_since_last_step: Compact(Self::current_block().saturating_sub(last_step)),
			emission: Compact(0),
			alpha_in: Compact(SubnetAlphaIn::<T>::get(netuid)),
			alpha_out: Compact(SubnetAlphaOut::<T>::get(netuid)),
			tao_in: Compact(SubnetTAO::<T>::get(netuid)),
			alpha_out_emission: Compact(SubnetAlphaOutEmission::<T>::get(netuid)),
			alpha_in_emission: Compact(SubnetAlphaInEmission::<T>::get(netuid)),
			tao_in_emission: Compact(SubnetTaoInEmission::<T>::get(netuid)),
			pending_alpha_emission: Compact(pending),
			pending_root_emission: Compact(TaoBalance::ZERO),
			subnet_volume: Compact(SubnetVolume::<T>::get(netuid)),
			network_registered_at: Compact(NetworkRegisteredAt::<T>::get(netuid)),
			subnet_identity: identity,
			moving_price: SubnetMovingPrice::<T>::get(netuid),
		})
	}

	/// The dynamic view of every subnet, root included, in netuid order.
	pub fn get_all_dynamic_info() -> Vec<Option<DynamicInfo<T::AccountId>>> {
		Self::subnets().into_iter().map(Self::get_dynamic_info).collect()
	}
}
