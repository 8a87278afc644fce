//! Setup shared by the benchmarks: funded accounts, subnets, full UID sets, stakers.

use crate::*;
use alloc::{vec, vec::Vec};
use codec::Encode;
use frame_benchmarking::v2::*;
use frame_support::traits::fungible::Mutate;
use frame_system::RawOrigin;
use substrate_fixed::types::{I96F32, U64F64};
use subtensor_common::{
	AlphaBalance, NetUid, NetUidStorageIndex, SubnetCommitments, SwapHandler, TaoBalance,
	RAO_PER_TAO,
};

/// Most UIDs a subnet can hold.
pub const FULL_SUBNET: u16 = 256;
/// An IPv4 address that passes validation (10.0.0.1).
pub const IP: u128 = 0x0a00_0001;
/// A nonce whose seal meets the faucet difficulty for `account("faucet", 0, 0)` on a block
/// whose hash is all 3s (found offline: mining it in the benchmark would take seconds).
pub const FAUCET_NONCE: u64 = 2_534_415;

/// An account funded with a million TAO.
pub fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	T::Currency::set_balance(&who, 1_000_000u64.saturating_mul(RAO_PER_TAO));
	who
}

/// Creates a subnet owned by a fresh coldkey; returns (netuid, owner coldkey, owner hotkey).
pub fn add_subnet<T: Config>(index: u32) -> (NetUid, T::AccountId, T::AccountId) {
	let owner = funded::<T>("owner", index);
	let hotkey: T::AccountId = account("owner_hotkey", index, 0);
	// Registrations in one block would double the lock each time; keep it at the minimum.
	NetworkRateLimit::<T>::put(0);
	NetworkLastLockCost::<T>::put(NetworkMinLockCost::<T>::get());
	LastRateLimitedBlock::<T>::remove(RateLimitKey::NetworkLastRegistered);
	let origin = RawOrigin::Signed(owner.clone()).into();
	Pallet::<T>::do_register_network(origin, hotkey.clone(), None)
		.unwrap_or_else(|e| panic!("subnet {index}: {e:?}"));
	let netuid = SubnetOwnerHotkey::<T>::iter()
		.find_map(|(netuid, owner_hotkey)| (owner_hotkey == hotkey).then_some(netuid))
		.unwrap_or_else(|| panic!("subnet {index} was not added"));
	(netuid, owner, hotkey)
}

/// Fills the subnet to 256 UIDs (see [`fill_subnet_to`]).
pub fn fill_subnet<T: Config>(netuid: NetUid) {
	fill_subnet_to::<T>(netuid, FULL_SUBNET);
}

/// Fills the subnet to `size` UIDs, each serving an axon and Prometheus, with a commitment of
/// the largest size, and holding a weight and a bond on every UID, none immune.
pub fn fill_subnet_to<T: Config>(netuid: NetUid, size: u16) {
	let now = Pallet::<T>::current_block();
	let coldkey: T::AccountId = account("miner_coldkey", 0, 0);
	while SubnetworkN::<T>::get(netuid) < size {
		let n = u32::from(SubnetworkN::<T>::get(netuid));
		let hotkey: T::AccountId = account("miner", n, u32::from(netuid.inner()));
		Pallet::<T>::create_account_if_non_existent(&coldkey, &hotkey);
		Pallet::<T>::append_neuron(netuid, &hotkey, now);
		let axon = AxonInfo { block: now, ip: IP, port: 8091, ip_type: 4, ..Default::default() };
		Axons::<T>::insert(netuid, &hotkey, axon);
		let prometheus = PrometheusInfo { block: now, ip: IP, port: 9090, ip_type: 4, version: 1 };
		Prometheus::<T>::insert(netuid, &hotkey, prometheus);
		T::Commitments::commit_for_benchmark(netuid, &hotkey);
	}
	let index = NetUidStorageIndex::of_subnet(netuid);
	let row: Vec<(u16, u16)> = (0..size).map(|uid| (uid, 1)).collect();
	for uid in 0..size {
		Weights::<T>::insert(index, uid, row.clone());
		Bonds::<T>::insert(index, uid, row.clone());
	}
	ImmunityPeriod::<T>::insert(netuid, 0);
	MinNonImmuneUids::<T>::insert(netuid, 0);
}

/// A full subnet (256 UIDs) whose UID 1 holds a validator permit and may set weights at any
/// time with commit-reveal off; returns (netuid, UID 1's hotkey).
pub fn weights_subnet<T: Config>() -> (NetUid, T::AccountId) {
	let (netuid, _, _) = add_subnet::<T>(0);
	fill_subnet::<T>(netuid);
	let mut permits = vec![false; usize::from(FULL_SUBNET)];
	if let Some(permit) = permits.get_mut(1) {
		*permit = true;
	}
	ValidatorPermit::<T>::insert(netuid, permits);
	CommitRevealWeightsEnabled::<T>::insert(netuid, false);
	WeightsSetRateLimit::<T>::insert(netuid, 0);
	(netuid, Keys::<T>::get(netuid, 1))
}

/// 100 TAO.
pub fn stake_amount() -> TaoBalance {
	TaoBalance::new(100 * RAO_PER_TAO)
}

/// Half of an amount.
pub fn half(alpha: AlphaBalance) -> AlphaBalance {
	AlphaBalance::new(alpha.to_u64() / 2)
}

/// A started subnet; returns (netuid, owner hotkey).
pub fn started_subnet<T: Config>(index: u32) -> (NetUid, T::AccountId) {
	let (netuid, owner, hotkey) = add_subnet::<T>(index);
	Pallet::<T>::do_start_call(RawOrigin::Signed(owner).into(), netuid)
		.unwrap_or_else(|e| panic!("start_call {index}: {e:?}"));
	(netuid, hotkey)
}

/// A started subnet and a funded coldkey owning a hotkey without a UID or stake there;
/// returns (netuid, coldkey, hotkey).
pub fn unregistered_miner<T: Config>() -> (NetUid, T::AccountId, T::AccountId) {
	let (netuid, _) = started_subnet::<T>(0);
	let coldkey = funded::<T>("miner_coldkey", 0);
	let hotkey: T::AccountId = account("miner_hotkey", 0, 0);
	Pallet::<T>::create_account_if_non_existent(&coldkey, &hotkey);
	(netuid, coldkey, hotkey)
}

/// The subnet's price × `numerator / denominator`, in rao per alpha.
pub fn price_times<T: Config>(netuid: NetUid, numerator: u64, denominator: u64) -> TaoBalance {
	let price = T::SwapInterface::current_alpha_price(netuid);
	let rao = price.saturating_mul(U64F64::from_num(RAO_PER_TAO)).saturating_to_num::<u64>();
	TaoBalance::new(rao * numerator / denominator)
}

/// A staker holding 100 TAO worth of alpha on a started subnet; returns (netuid, hotkey,
/// staker, alpha).
pub fn staked<T: Config>() -> (NetUid, T::AccountId, T::AccountId, AlphaBalance) {
	let (netuid, hotkey) = started_subnet::<T>(0);
	let staker = funded::<T>("staker", 0);
	Pallet::<T>::do_add_stake(
		RawOrigin::Signed(staker.clone()).into(),
		hotkey.clone(),
		netuid,
		stake_amount(),
		None,
	)
	.unwrap_or_else(|e| panic!("stake: {e:?}"));
	let alpha = Pallet::<T>::stake_of(&hotkey, &staker, netuid);
	(netuid, hotkey, staker, alpha)
}

/// A staker with stake on `n` started subnets, all through one hotkey; returns (staker,
/// hotkey).
pub fn staked_on_subnets<T: Config>(n: u32) -> (T::AccountId, T::AccountId) {
	let staker = funded::<T>("staker", 0);
	let (first, hotkey) = started_subnet::<T>(0);
	let mut netuids = vec![first];
	for index in 1..n {
		netuids.push(started_subnet::<T>(index).0);
	}
	for netuid in netuids {
		Pallet::<T>::do_add_stake(
			RawOrigin::Signed(staker.clone()).into(),
			hotkey.clone(),
			netuid,
			stake_amount(),
			None,
		)
		.unwrap_or_else(|e| panic!("stake on {netuid}: {e:?}"));
	}
	(staker, hotkey)
}

/// A registered, funded hotkey on a new subnet; returns (netuid, hotkey).
pub fn serving_hotkey<T: Config>() -> (NetUid, T::AccountId) {
	let (netuid, _, hotkey) = add_subnet::<T>(0);
	ServingRateLimit::<T>::insert(netuid, 0);
	(netuid, hotkey)
}

/// A coldkey with 100 TAO of root stake through a hotkey owed root dividends (1 alpha per TAO
/// staked) on `n` started subnets; returns (hotkey, coldkey).
pub fn owed_root_staker<T: Config>(n: u32) -> (T::AccountId, T::AccountId) {
	let subnets: Vec<NetUid> = (0..n).map(|index| started_subnet::<T>(index).0).collect();
	let coldkey = funded::<T>("root_staker", 0);
	let hotkey = root_hotkey_owed_on::<T>(&coldkey, 0, &subnets);
	(hotkey, coldkey)
}

/// Hotkey `index` of `coldkey`, with 100 TAO of its root stake, owed root dividends (1 alpha
/// per TAO staked) on each of `subnets`.
pub fn root_hotkey_owed_on<T: Config>(
	coldkey: &T::AccountId,
	index: u32,
	subnets: &[NetUid],
) -> T::AccountId {
	let hotkey: T::AccountId = account("root_hotkey", index, 0);
	Pallet::<T>::create_account_if_non_existent(coldkey, &hotkey);
	Pallet::<T>::do_add_stake(
		RawOrigin::Signed(coldkey.clone()).into(),
		hotkey.clone(),
		NetUid::ROOT,
		stake_amount(),
		None,
	)
	.unwrap_or_else(|e| panic!("root stake {index}: {e:?}"));
	let rates: alloc::collections::BTreeMap<NetUid, I96F32> =
		subnets.iter().map(|netuid| (*netuid, I96F32::from_num(0.01))).collect();
	RootClaimable::<T>::insert(&hotkey, rates);
	hotkey
}

/// Names Aura's first authority the author of the block being built (slot 0 in the digest),
/// so fees and alpha sold for them are paid to an account as in a real block.
pub fn with_block_author<T: Config>() {
	let slot: u64 = 0;
	frame_system::Pallet::<T>::deposit_log(sp_runtime::DigestItem::PreRuntime(
		*b"aura",
		slot.encode(),
	));
}

/// Fills root with validators (its `MaxAllowedUids`), each with 100 TAO of root stake and
/// adopting new subnets' owner hotkeys as children.
pub fn full_root_of_validators<T: Config>() {
	let root = NetUid::ROOT;
	let now = Pallet::<T>::current_block();
	let coldkey = funded::<T>("root_coldkey", 0);
	while SubnetworkN::<T>::get(root) < MaxAllowedUids::<T>::get(root) {
		let hotkey: T::AccountId =
			account("root_validator", u32::from(SubnetworkN::<T>::get(root)), 0);
		Pallet::<T>::create_account_if_non_existent(&coldkey, &hotkey);
		Pallet::<T>::append_neuron(root, &hotkey, now);
		Pallet::<T>::credit_stake(&hotkey, &coldkey, root, AlphaBalance::new(100 * RAO_PER_TAO))
			.unwrap_or_else(|e| panic!("root stake: {e:?}"));
	}
}

/// `count` hotkeys named `name` (no owner needed), each a child of nothing yet.
pub fn hotkeys<T: Config>(name: &'static str, count: u32) -> Vec<T::AccountId> {
	(0..count).map(|index| account(name, index, 0)).collect()
}

/// Links `children` (a fifth of the whole each) to `parent` on `netuid`.
pub fn link_children<T: Config>(parent: &T::AccountId, netuid: NetUid, children: &[T::AccountId]) {
	let links: Vec<(u64, T::AccountId)> =
		children.iter().map(|child| (u64::MAX / 5, child.clone())).collect();
	Pallet::<T>::link_children(parent, netuid, &links);
}

/// A subnet of `n` UIDs ready for its epoch: every UID a staked, active validator with
/// weights and bonds on every UID and root stake behind it; Yuma-3 with liquid alpha (the
/// costliest variant); every pending bucket full.
pub fn epoch_ready_subnet<T: Config>(n: u16) -> NetUid {
	let (netuid, _, _) = add_subnet::<T>(0);
	fill_subnet_to::<T>(netuid, n);
	let size = usize::from(SubnetworkN::<T>::get(netuid));
	frame_system::Pallet::<T>::set_block_number(1_000u32.into());
	let index = NetUidStorageIndex::of_subnet(netuid);
	LastUpdate::<T>::insert(index, vec![999u64; size]);
	ValidatorPermit::<T>::insert(netuid, vec![true; size]);
	MaxAllowedValidators::<T>::insert(netuid, FULL_SUBNET);
	LiquidAlphaOn::<T>::insert(netuid, true);
	Yuma3On::<T>::insert(netuid, true);
	for (uid, hotkey) in Keys::<T>::iter_prefix(netuid) {
		let coldkey = Owner::<T>::get(&hotkey);
		let stake = AlphaBalance::new(1_000 * RAO_PER_TAO + u64::from(uid));
		Pallet::<T>::credit_stake(&hotkey, &coldkey, netuid, stake)
			.unwrap_or_else(|e| panic!("stake of UID {uid}: {e:?}"));
		let root = AlphaBalance::new(100 * RAO_PER_TAO);
		Pallet::<T>::credit_stake(&hotkey, &coldkey, NetUid::ROOT, root)
			.unwrap_or_else(|e| panic!("root stake of UID {uid}: {e:?}"));
	}
	let bucket = AlphaBalance::new(1_000 * RAO_PER_TAO);
	PendingServerEmission::<T>::insert(netuid, bucket);
	PendingValidatorEmission::<T>::insert(netuid, bucket);
	PendingRootAlphaDivs::<T>::insert(netuid, bucket);
	PendingOwnerCut::<T>::insert(netuid, bucket);
	netuid
}

/// A coldkey's hotkey registered on `s` started subnets (the first `s - 1` of others, the last
/// its own, where it is the owner hotkey), on each with everything a hotkey swap moves: an
/// axon, Prometheus, a certificate, a commitment, weight commits, five children, a parent, a
/// pending set, a childkey take and an auto-stake staker. Returns (coldkey, hotkey).
pub fn hotkey_on_subnets<T: Config>(s: u32) -> (T::AccountId, T::AccountId) {
	let mut netuids: Vec<NetUid> = (1..s).map(|index| started_subnet::<T>(index).0).collect();
	let (own, coldkey, hotkey) = add_subnet::<T>(0);
	netuids.push(own);
	let now = Pallet::<T>::current_block();
	for netuid in netuids {
		if !IsNetworkMember::<T>::get(&hotkey, netuid) {
			Pallet::<T>::append_neuron(netuid, &hotkey, now);
		}
		let axon = AxonInfo { ip: IP, port: 8091, ip_type: 4, ..Default::default() };
		Axons::<T>::insert(netuid, &hotkey, axon);
		let prometheus = PrometheusInfo { ip: IP, port: 9090, ip_type: 4, ..Default::default() };
		Prometheus::<T>::insert(netuid, &hotkey, prometheus);
		let certificate = NeuronCertificate {
			public_key: vec![1u8; 64].try_into().unwrap_or_default(),
			algorithm: 1,
		};
		NeuronCertificates::<T>::insert(netuid, &hotkey, certificate);
		T::Commitments::commit_for_benchmark(netuid, &hotkey);
		for index in Pallet::<T>::mechanism_indices(netuid) {
			let commits: alloc::collections::VecDeque<crate::weights_set::WeightCommit> =
				(0..10u8).map(|n| (sp_core::H256::repeat_byte(n), 1, 2, 3)).collect();
			WeightCommits::<T>::insert(index, &hotkey, commits);
		}
		link_children::<T>(&hotkey, netuid, &hotkeys::<T>("child", 5));
		let parent: T::AccountId = account("parent", 0, 0);
		Pallet::<T>::link_children(&parent, netuid, &[(u64::MAX, hotkey.clone())]);
		let pending: Vec<(u64, T::AccountId)> = vec![(u64::MAX, account("child", 0, 0))];
		PendingChildKeys::<T>::insert(netuid, &hotkey, (pending, now));
		ChildkeyTake::<T>::insert(&hotkey, netuid, 1_000);
		let staker: T::AccountId = account("auto_staker", 0, 0);
		AutoStakeDestination::<T>::insert(&staker, netuid, &hotkey);
		AutoStakeDestinationColdkeys::<T>::insert(&hotkey, netuid, vec![staker]);
	}
	(coldkey, hotkey)
}

/// A funded coldkey that announced a swap at block 1.
pub fn announced_coldkey<T: Config>() -> T::AccountId {
	let coldkey = funded::<T>("coldkey", 0);
	frame_system::Pallet::<T>::set_block_number(1u32.into());
	Pallet::<T>::do_announce_coldkey_swap(
		RawOrigin::Signed(coldkey.clone()).into(),
		sp_core::H256::repeat_byte(1),
	)
	.unwrap_or_else(|e| panic!("announce: {e:?}"));
	coldkey
}

/// A ciphertext of the largest size a timelocked commit carries.
pub fn largest_ciphertext() -> crate::weights_set::TimelockCiphertext {
	let size = crate::weights_set::MAX_TIMELOCK_COMMIT_BYTES as usize;
	crate::weights_set::TimelockCiphertext::truncate_from(alloc::vec![7u8; size])
}
