//! Benchmarks of the `SubtensorModule` calls, each on its worst-case path: full subnets of 256
//! UIDs (every UID serving and setting weights) for pruning and dissolution, the subnet limit
//! reached for subnet registration, stake on up to 128 subnets for `unstake_all`.
//!
//! Benchmarks run only in benchmark builds, never in the production runtime, so setup
//! failures may panic and setup arithmetic need not be checked.
#![allow(clippy::panic, clippy::arithmetic_side_effects)]

pub(crate) mod setup;

use crate::children::MAX_CHILD_KEY_LINKS_PER_SUBNET;
use crate::staking::root_claim::{MAX_CLAIM_HOTKEYS, MAX_CLAIM_SUBNETS};
use crate::{
	weights_set::{
		Reveal, TimelockCiphertext, TimelockedWeightsPayload, MAX_TIMELOCKED_COMMITS_PER_EPOCH,
		MAX_TIMELOCK_OPENS_PER_BLOCK, TIMELOCK_COMMIT_VERSION,
	},
	*,
};
use alloc::{
	collections::{BTreeMap, BTreeSet, VecDeque},
	vec,
	vec::Vec,
};
use codec::{Decode, Encode};
use frame_benchmarking::v2::*;
use frame_support::{traits::fungible::Mutate, weights::Weight};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
pub use setup::*;
use sp_core::H256;
use sp_runtime::traits::Saturating;
use substrate_fixed::types::{I96F32, U64F64};
use subtensor_common::{
	AlphaBalance, NetUid, NetUidStorageIndex, SwapHandler, TaoBalance, TimelockOpener, RAO_PER_TAO,
};

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn serve_axon() {
		let (netuid, hotkey) = serving_hotkey::<T>();
		#[extrinsic_call]
		_(RawOrigin::Signed(hotkey.clone()), netuid, 1, IP, 8091, 4, 0, 0, 0);
		assert!(Axons::<T>::contains_key(netuid, &hotkey));
	}

	#[benchmark]
	fn serve_axon_tls() {
		let (netuid, hotkey) = serving_hotkey::<T>();
		let certificate = vec![1u8; 65];
		#[extrinsic_call]
		_(RawOrigin::Signed(hotkey.clone()), netuid, 1, IP, 8091, 4, 0, 0, 0, certificate);
		assert!(NeuronCertificates::<T>::contains_key(netuid, &hotkey));
	}

	#[benchmark]
	fn serve_prometheus() {
		let (netuid, hotkey) = serving_hotkey::<T>();
		#[extrinsic_call]
		_(RawOrigin::Signed(hotkey.clone()), netuid, 1, IP, 9090, 4);
		assert!(Prometheus::<T>::contains_key(netuid, &hotkey));
	}

	/// A full subnet: the registration prunes a UID that every other UID weights, and stakes
	/// the most of its price a subnet may lock as collateral.
	#[benchmark]
	fn burned_register() {
		let (netuid, _) = started_subnet::<T>(0);
		fill_subnet::<T>(netuid);
		CollateralLockShare::<T>::insert(netuid, crate::collateral::MAX_COLLATERAL_LOCK_SHARE);
		Burn::<T>::insert(netuid, TaoBalance::new(RAO_PER_TAO));
		let coldkey = funded::<T>("registrant", 0);
		let hotkey: T::AccountId = account("registrant_hotkey", 0, 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(coldkey.clone()), netuid, hotkey.clone());
		assert!(Uids::<T>::contains_key(netuid, &hotkey));
		assert!(!Pallet::<T>::locked_collateral(&hotkey, &coldkey, netuid).is_zero());
	}

	/// A first lock on a miner without free stake: all of it bought, a new entry indexed.
	#[benchmark]
	fn add_collateral() {
		let (netuid, coldkey, hotkey) = unregistered_miner::<T>();
		let alpha = AlphaBalance::new(10 * RAO_PER_TAO);
		let limit = price_times::<T>(netuid, 2, 1);
		#[extrinsic_call]
		_(RawOrigin::Signed(coldkey.clone()), netuid, hotkey.clone(), alpha, limit);
		assert!(!Pallet::<T>::locked_collateral(&hotkey, &coldkey, netuid).is_zero());
	}

	/// A floor on a position without collateral: a new entry indexed.
	#[benchmark]
	fn set_min_collateral() {
		let (netuid, coldkey, hotkey) = unregistered_miner::<T>();
		let floor = AlphaBalance::new(RAO_PER_TAO);
		#[extrinsic_call]
		_(RawOrigin::Signed(coldkey.clone()), netuid, hotkey.clone(), floor);
		assert!(MinerCollateral::<T>::contains_key((netuid, &hotkey, &coldkey)));
	}

	/// A full subnet: the proof-of-work registration prunes a UID (the seal is checked in
	/// full; difficulty 1 lets any nonce pass, hashing costs the same).
	#[benchmark]
	fn pow_register() {
		let (netuid, _, _) = add_subnet::<T>(0);
		fill_subnet::<T>(netuid);
		MinDifficulty::<T>::insert(netuid, 1);
		Difficulty::<T>::insert(netuid, 1);
		NetworkPowRegistrationAllowed::<T>::insert(netuid, true);
		let coldkey: T::AccountId = account("pow_registrant", 0, 0);
		let hotkey: T::AccountId = account("pow_registrant_hotkey", 0, 0);
		RegistrationsThisBlock::<T>::remove(netuid);
		let now = Pallet::<T>::current_block().max(1);
		frame_system::Pallet::<T>::set_block_number((now as u32).into());
		let work_block = now - 1;
		let hash = T::Hash::decode(&mut &[5u8; 32][..]).unwrap_or_else(|_| panic!("32-byte hash"));
		frame_system::BlockHash::<T>::insert(BlockNumberFor::<T>::from(work_block as u32), hash);
		let challenge = crate::registration::pow::registration_challenge(
			netuid,
			hash.as_ref(),
			&hotkey.encode(),
			&coldkey.encode(),
		);
		let work = crate::registration::pow::registration_seal(&challenge, 7).to_vec();
		#[extrinsic_call]
		_(RawOrigin::Signed(coldkey), netuid, work_block, 7, work, hotkey.clone());
		assert!(Uids::<T>::contains_key(netuid, &hotkey));
	}

	/// The subnet limit is reached: the registration dissolves a full subnet to make room, and
	/// every root validator of a full root adopts the new owner's hotkey as its child.
	#[benchmark]
	fn register_network() {
		full_root_of_validators::<T>();
		let limit = SubnetLimit::<T>::get();
		let (oldest, _, _) = add_subnet::<T>(0);
		fill_subnet::<T>(oldest);
		for index in 1..u32::from(limit) {
			add_subnet::<T>(index);
		}
		NetworkImmunityPeriod::<T>::put(0);
		NetworkLastLockCost::<T>::put(NetworkMinLockCost::<T>::get());
		let coldkey = funded::<T>("new_owner", 0);
		let hotkey: T::AccountId = account("new_owner_hotkey", 0, 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(coldkey.clone()), hotkey);
		assert!(DissolvingSubnets::<T>::contains_key(oldest));
		let netuid = Pallet::<T>::subnets()
			.into_iter()
			.find(|netuid| SubnetOwner::<T>::get(netuid) == coldkey)
			.unwrap_or_else(|| panic!("no new subnet"));
		let parents = u32::from(MaxAllowedUids::<T>::get(NetUid::ROOT));
		assert_eq!(ChildKeyLinkCount::<T>::get(netuid), parents);
	}

	/// A full subnet with endpoints and weights.
	#[benchmark]
	fn dissolve_network() {
		let (netuid, owner, _) = add_subnet::<T>(0);
		fill_subnet::<T>(netuid);
		#[extrinsic_call]
		_(RawOrigin::Root, owner, netuid);
		assert!(!NetworksAdded::<T>::get(netuid));
	}

	/// The whole payout of a dissolved subnet with `n` stakers, each also a root staker owed
	/// dividends on it (settled, staged, paid its share and a leftover rao), in one go.
	#[benchmark]
	fn dissolution_payout(n: Linear<1, 512>) {
		let (netuid, hotkey) = started_subnet::<T>(0);
		for index in 0..n {
			let staker = funded::<T>("staker", index);
			for on in [NetUid::ROOT, netuid] {
				Pallet::<T>::do_add_stake(
					RawOrigin::Signed(staker.clone()).into(),
					hotkey.clone(),
					on,
					stake_amount(),
					None,
				)
				.unwrap_or_else(|e| panic!("stake {index} on {on}: {e:?}"));
			}
		}
		let rates: BTreeMap<NetUid, I96F32> = [(netuid, I96F32::from_num(0.01))].into();
		RootClaimable::<T>::insert(&hotkey, rates);
		Pallet::<T>::do_dissolve_network(netuid).unwrap_or_else(|e| panic!("dissolve: {e:?}"));
		#[block]
		{
			Pallet::<T>::advance_dissolutions(Weight::MAX);
		}
		assert!(!DissolvingSubnets::<T>::contains_key(netuid));
		let last: T::AccountId = account("staker", n - 1, 0);
		assert!(!AlphaV2::<T>::contains_key((&hotkey, &last, netuid)));
	}

	/// Every field at its longest.
	#[benchmark]
	fn set_subnet_identity() {
		let (netuid, owner, _) = add_subnet::<T>(0);
		let (short, long) = (vec![b'a'; 256], vec![b'a'; 1024]);
		#[extrinsic_call]
		_(
			RawOrigin::Signed(owner),
			netuid,
			short.clone(),
			long.clone(),
			long.clone(),
			long.clone(),
			short,
			long.clone(),
			long.clone(),
			long,
		);
		assert!(SubnetIdentitiesV3::<T>::contains_key(netuid));
	}

	/// Every field at its longest; the coldkey owns 32 hotkeys and only the last one it looks
	/// at holds a UID.
	#[benchmark]
	fn set_identity() {
		let (_, owner, _) = add_subnet::<T>(0);
		OwnedHotkeys::<T>::mutate(&owner, |hotkeys| {
			let mut unregistered: Vec<T::AccountId> =
				(0..31).map(|i| account("unregistered_hotkey", i, 0)).collect();
			unregistered.append(hotkeys);
			*hotkeys = unregistered;
		});
		let (short, long) = (vec![b'a'; 256], vec![b'a'; 1024]);
		#[extrinsic_call]
		_(
			RawOrigin::Signed(owner.clone()),
			short.clone(),
			short.clone(),
			short.clone(),
			long.clone(),
			short,
			long.clone(),
			long,
		);
		assert!(IdentitiesV2::<T>::contains_key(&owner));
	}

	#[benchmark]
	fn start_call() {
		let (netuid, owner, _) = add_subnet::<T>(0);
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), netuid);
		assert!(SubtokenEnabled::<T>::get(netuid));
	}

	/// Every subnet's symbol is compared with the new one.
	#[benchmark]
	fn update_symbol() {
		for index in 1..u32::from(SubnetLimit::<T>::get()) {
			add_subnet::<T>(index);
		}
		let (netuid, owner, _) = add_subnet::<T>(0);
		let symbol = subnets::symbols::symbol_bytes(subnets::symbols::symbol_count() - 1)
			.unwrap_or_default();
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), netuid, symbol.clone());
		assert_eq!(TokenSymbol::<T>::get(netuid), symbol);
	}

	#[benchmark]
	fn set_tempo() {
		let (netuid, owner, _) = add_subnet::<T>(0);
		AdminFreezeWindow::<T>::put(0);
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), netuid, 720);
		assert_eq!(Tempo::<T>::get(netuid), 720);
	}

	/// The owner's path: freeze window and rate limit checked and recorded.
	#[benchmark]
	fn set_activity_cutoff_factor() {
		let (netuid, owner, _) = add_subnet::<T>(0);
		AdminFreezeWindow::<T>::put(0);
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), netuid, 2_000);
		assert_eq!(ActivityCutoffFactorMilli::<T>::get(netuid), 2_000);
	}

	#[benchmark]
	fn trigger_epoch() {
		let (netuid, owner, _) = add_subnet::<T>(0);
		CommitRevealWeightsEnabled::<T>::insert(netuid, false);
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), netuid);
		assert!(PendingEpochAt::<T>::get(netuid) > 0);
	}

	/// Price decay of `n` subnets at the start of a block.
	#[benchmark]
	fn registration_block_step(n: Linear<0, 128>) {
		for index in 0..n {
			add_subnet::<T>(index);
		}
		frame_system::Pallet::<T>::set_block_number(2u32.into());
		let before: Vec<TaoBalance> =
			Pallet::<T>::subnets().into_iter().map(Burn::<T>::get).collect();
		let subnets = Pallet::<T>::subnets();
		#[block]
		{
			Pallet::<T>::registration_block_step(&subnets);
		}
		let after: Vec<TaoBalance> =
			Pallet::<T>::subnets().into_iter().map(Burn::<T>::get).collect();
		assert!(n == 0 || before != after);
	}

	/// `n` subnets whose epochs are all due, two of them run and the rest deferred.
	#[benchmark]
	fn epoch_schedule_step(n: Linear<0, 128>) {
		for index in 0..n {
			let (netuid, _, _) = add_subnet::<T>(index);
			LastEpochBlock::<T>::insert(netuid, 0);
		}
		frame_system::Pallet::<T>::set_block_number(100_000u32.into());
		let subnets = Pallet::<T>::subnets();
		#[block]
		{
			Pallet::<T>::epoch_schedule_step(&subnets);
		}
		let deferred =
			Pallet::<T>::subnets().into_iter().filter(|n| PendingEpochAt::<T>::get(n) > 0);
		assert_eq!(
			deferred.count() as u32,
			n.saturating_sub(u32::from(MaxEpochsPerBlock::<T>::get()))
		);
	}

	/// A fresh seal on a recent block.
	#[benchmark]
	fn faucet() {
		let who: T::AccountId = account("faucet", 0, 0);
		FaucetEnabled::<T>::put(true);
		frame_system::Pallet::<T>::set_block_number(1u32.into());
		let hash = T::Hash::decode(&mut &[3u8; 32][..]).unwrap_or_else(|_| panic!("32-byte hash"));
		frame_system::BlockHash::<T>::insert(BlockNumberFor::<T>::from(1u32), hash);
		let seal = Pallet::<T>::seal_for(1, &who, FAUCET_NONCE).to_vec();
		#[extrinsic_call]
		_(RawOrigin::Signed(who), 1, FAUCET_NONCE, seal.clone());
		assert!(UsedWork::<T>::contains_key(seal));
	}

	/// A first position of a new staker on a foreign hotkey (new share entry, new
	/// staking-hotkey entry, new delegate).
	#[benchmark]
	fn add_stake() {
		let (netuid, hotkey) = started_subnet::<T>(0);
		let staker = funded::<T>("staker", 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(staker.clone()), hotkey.clone(), netuid, stake_amount());
		assert!(!Pallet::<T>::stake_of(&hotkey, &staker, netuid).is_zero());
	}

	/// A limit that cuts the purchase short.
	#[benchmark]
	fn add_stake_limit() {
		let (netuid, hotkey) = started_subnet::<T>(0);
		let staker = funded::<T>("staker", 0);
		let limit = price_times::<T>(netuid, 101, 100);
		#[extrinsic_call]
		_(RawOrigin::Signed(staker), hotkey.clone(), netuid, stake_amount(), limit, true);
		assert!(Delegates::<T>::contains_key(&hotkey));
	}

	/// Half of a position is sold; the rest stays.
	#[benchmark]
	fn remove_stake() {
		let (netuid, hotkey, staker, alpha) = staked::<T>();
		#[extrinsic_call]
		_(RawOrigin::Signed(staker.clone()), hotkey.clone(), netuid, half(alpha));
		assert!(!Pallet::<T>::stake_of(&hotkey, &staker, netuid).is_zero());
	}

	/// A limit that cuts the sale short.
	#[benchmark]
	fn remove_stake_limit() {
		let (netuid, hotkey, staker, alpha) = staked::<T>();
		let limit = price_times::<T>(netuid, 999, 1_000);
		#[extrinsic_call]
		_(RawOrigin::Signed(staker), hotkey, netuid, alpha, limit, true);
	}

	/// A whole position under a limit it meets.
	#[benchmark]
	fn remove_stake_full_limit() {
		let (netuid, hotkey, staker, _) = staked::<T>();
		let limit = price_times::<T>(netuid, 1, 2);
		#[extrinsic_call]
		_(RawOrigin::Signed(staker.clone()), hotkey.clone(), netuid, Some(limit));
		assert!(Pallet::<T>::stake_of(&hotkey, &staker, netuid).is_zero());
	}

	/// A coldkey staked on `n` subnets sells everything.
	#[benchmark]
	fn unstake_all(n: Linear<1, 128>) {
		let (staker, hotkey) = staked_on_subnets::<T>(n);
		#[extrinsic_call]
		_(RawOrigin::Signed(staker.clone()), hotkey.clone());
		assert!(Pallet::<T>::subnets()
			.iter()
			.all(|netuid| Pallet::<T>::stake_of(&hotkey, &staker, *netuid).is_zero()));
	}

	/// A coldkey staked on `n` subnets moves everything to root.
	#[benchmark]
	fn unstake_all_alpha(n: Linear<1, 128>) {
		let (staker, hotkey) = staked_on_subnets::<T>(n);
		#[extrinsic_call]
		_(RawOrigin::Signed(staker.clone()), hotkey.clone());
		assert!(!Pallet::<T>::stake_of(&hotkey, &staker, NetUid::ROOT).is_zero());
	}

	/// Across subnets to another owner's hotkey (sale, purchase, new delegate).
	#[benchmark]
	fn move_stake() {
		let (origin, hotkey, staker, alpha) = staked::<T>();
		let (destination, other_hotkey) = started_subnet::<T>(1);
		#[extrinsic_call]
		_(
			RawOrigin::Signed(staker.clone()),
			hotkey,
			other_hotkey.clone(),
			origin,
			destination,
			alpha,
		);
		assert!(!Pallet::<T>::stake_of(&other_hotkey, &staker, destination).is_zero());
	}

	/// Across subnets to another coldkey.
	#[benchmark]
	fn transfer_stake() {
		let (origin, hotkey, staker, alpha) = staked::<T>();
		let (destination, _) = started_subnet::<T>(1);
		let receiver = funded::<T>("receiver", 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(staker), receiver.clone(), hotkey.clone(), origin, destination, alpha);
		assert!(!Pallet::<T>::stake_of(&hotkey, &receiver, destination).is_zero());
	}

	#[benchmark]
	fn swap_stake() {
		let (origin, hotkey, staker, alpha) = staked::<T>();
		let (destination, _) = started_subnet::<T>(1);
		#[extrinsic_call]
		_(RawOrigin::Signed(staker.clone()), hotkey.clone(), origin, destination, alpha);
		assert!(!Pallet::<T>::stake_of(&hotkey, &staker, destination).is_zero());
	}

	/// A limit that cuts the move short (the bisection runs to the end).
	#[benchmark]
	fn swap_stake_limit() {
		let (origin, hotkey, staker, alpha) = staked::<T>();
		let (destination, _) = started_subnet::<T>(1);
		let ratio = T::SwapInterface::current_alpha_price(origin)
			.checked_div(T::SwapInterface::current_alpha_price(destination))
			.unwrap_or_default();
		let limit = ratio.saturating_mul(U64F64::from_num(RAO_PER_TAO)).saturating_to_num::<u64>();
		#[extrinsic_call]
		_(
			RawOrigin::Signed(staker),
			hotkey,
			origin,
			destination,
			alpha,
			(limit / 100 * 99).into(),
			true,
		);
	}

	#[benchmark]
	fn recycle_alpha() {
		let (netuid, hotkey, staker, alpha) = staked::<T>();
		#[extrinsic_call]
		_(RawOrigin::Signed(staker.clone()), hotkey.clone(), half(alpha), netuid);
		assert!(!Pallet::<T>::stake_of(&hotkey, &staker, netuid).is_zero());
	}

	#[benchmark]
	fn burn_alpha() {
		let (netuid, hotkey, staker, alpha) = staked::<T>();
		#[extrinsic_call]
		_(RawOrigin::Signed(staker.clone()), hotkey.clone(), half(alpha), netuid);
		assert!(!Pallet::<T>::stake_of(&hotkey, &staker, netuid).is_zero());
	}

	/// A validator (UID 1 of a full subnet, with a permit) scores all 256 UIDs.
	#[benchmark]
	fn set_weights() {
		let (netuid, validator) = weights_subnet::<T>();
		let uids: Vec<u16> = (0..FULL_SUBNET).collect();
		let values: Vec<u16> = (0..FULL_SUBNET).map(|uid| uid.saturating_add(1)).collect();
		#[extrinsic_call]
		_(RawOrigin::Signed(validator), netuid, uids, values, 0);
		let row = Weights::<T>::get(NetUidStorageIndex::of_subnet(netuid), 1);
		assert_eq!(row.len(), usize::from(FULL_SUBNET));
	}

	/// Ten commits queued, the oldest expired: it is dropped and the new one queued.
	#[benchmark]
	fn commit_weights() {
		let (netuid, validator) = weights_subnet::<T>();
		CommitRevealWeightsEnabled::<T>::insert(netuid, true);
		SubnetEpochIndex::<T>::insert(netuid, 5);
		let queue = (0..10u8)
			.map(|i| (H256::repeat_byte(i), if i == 0 { 0 } else { 5 }, 1, 0))
			.collect::<VecDeque<_>>();
		let index = NetUidStorageIndex::of_subnet(netuid);
		WeightCommits::<T>::insert(index, &validator, queue);
		#[extrinsic_call]
		_(RawOrigin::Signed(validator.clone()), netuid, H256::repeat_byte(0xff));
		let queue = WeightCommits::<T>::get(index, &validator).unwrap_or_default();
		assert_eq!(queue.back().map(|commit| commit.0), Some(H256::repeat_byte(0xff)));
	}

	/// The newest of ten commits revealed: 256 weights set, every older commit dropped.
	#[benchmark]
	fn reveal_weights() {
		let (netuid, validator) = weights_subnet::<T>();
		CommitRevealWeightsEnabled::<T>::insert(netuid, true);
		let index = NetUidStorageIndex::of_subnet(netuid);
		let reveal = Reveal {
			uids: (0..FULL_SUBNET).collect(),
			values: (0..FULL_SUBNET).map(|uid| uid.saturating_add(1)).collect(),
			salt: vec![7; 8],
			version_key: 0,
		};
		let hash = Pallet::<T>::weights_commit_hash(&validator, index, &reveal);
		let mut queue: VecDeque<_> = (0..9u8).map(|i| (H256::repeat_byte(i), 1, 1, 0)).collect();
		queue.push_back((hash, 1, 1, 0));
		WeightCommits::<T>::insert(index, &validator, queue);
		SubnetEpochIndex::<T>::insert(netuid, 2);
		#[extrinsic_call]
		_(
			RawOrigin::Signed(validator.clone()),
			netuid,
			reveal.uids,
			reveal.values,
			reveal.salt,
			reveal.version_key,
		);
		assert!(WeightCommits::<T>::get(index, &validator).is_none());
	}

	/// A validator's largest timelocked commit to an epoch already holding `q` largest commits
	/// (nine of them its own): the whole queue is read, counted and written back.
	#[benchmark]
	fn commit_timelocked_weights(q: Linear<0, { MAX_TIMELOCKED_COMMITS_PER_EPOCH - 1 }>) {
		let (netuid, validator) = weights_subnet::<T>();
		CommitRevealWeightsEnabled::<T>::insert(netuid, true);
		let index = NetUidStorageIndex::of_subnet(netuid);
		let epoch = Pallet::<T>::current_epoch_with_lookahead(netuid);
		let other = funded::<T>("other", 0);
		let queue: VecDeque<_> = (0..q)
			.map(|i| {
				let committer = if i < 9 { validator.clone() } else { other.clone() };
				(committer, 1, largest_ciphertext(), 1)
			})
			.collect();
		TimelockedWeightCommits::<T>::insert(index, epoch, queue);
		#[extrinsic_call]
		_(
			RawOrigin::Signed(validator.clone()),
			netuid,
			largest_ciphertext(),
			1_000_000,
			TIMELOCK_COMMIT_VERSION,
		);
		assert_eq!(Pallet::<T>::timelocked_queue_len(index, epoch), q + 1);
	}

	/// A subnet's reveal epoch holding `n` commits whose pulse is stored, each opening to a
	/// 256-UID weight vector that is applied, then `k` largest commits whose round has not come.
	#[benchmark]
	fn reveal_timelocked_commits(
		n: Linear<0, MAX_TIMELOCK_OPENS_PER_BLOCK>,
		k: Linear<0, MAX_TIMELOCKED_COMMITS_PER_EPOCH>,
	) {
		let (netuid, validator) = weights_subnet::<T>();
		CommitRevealWeightsEnabled::<T>::insert(netuid, true);
		let payload = TimelockedWeightsPayload {
			hotkey: validator.encode(),
			uids: (0..FULL_SUBNET).collect(),
			values: (0..FULL_SUBNET).map(|uid| uid.saturating_add(1)).collect(),
			version_key: 0,
		};
		let (ciphertext, round) = T::Timelock::seal_for_benchmark(&payload.encode());
		let ciphertext = TimelockCiphertext::truncate_from(ciphertext);
		let period = RevealPeriodEpochs::<T>::get(netuid);
		SubnetEpochIndex::<T>::insert(netuid, period.saturating_add(1));
		let reveal_epoch = Pallet::<T>::current_epoch_with_lookahead(netuid) - period;
		let index = NetUidStorageIndex::of_subnet(netuid);
		let due = (0..n).map(|_| (validator.clone(), 1, ciphertext.clone(), round));
		let waiting = (0..k).map(|_| (validator.clone(), 1, largest_ciphertext(), round + 1_000));
		TimelockedWeightCommits::<T>::insert(
			index,
			reveal_epoch,
			due.chain(waiting).collect::<VecDeque<_>>(),
		);
		#[block]
		{
			Pallet::<T>::reveal_timelocked_commits(&[netuid], &[]);
		}
		assert_eq!(Pallet::<T>::timelocked_queue_len(index, reveal_epoch), k);
		if n > 0 {
			assert_eq!(Weights::<T>::get(index, 1).len(), usize::from(FULL_SUBNET));
		}
	}

	/// The epoch of a subnet of `n` UIDs and its payouts (see [`epoch_ready_subnet`]).
	#[benchmark]
	fn drain_and_distribute(n: Linear<1, 256>) {
		let netuid = epoch_ready_subnet::<T>(n as u16);
		#[block]
		{
			Pallet::<T>::drain_and_distribute(netuid);
		}
		assert!(PendingServerEmission::<T>::get(netuid).is_zero());
	}

	/// What `l` parent links add to an epoch: a one-UID subnet whose validator has `l` staked
	/// parents, each paid its share.
	#[benchmark]
	fn epoch_parent_links(l: Linear<0, MAX_CHILD_KEY_LINKS_PER_SUBNET>) {
		let netuid = epoch_ready_subnet::<T>(1);
		let child = Keys::<T>::get(netuid, 0);
		let coldkey = funded::<T>("parent_coldkey", 0);
		for index in 0..l {
			let parent: T::AccountId = account("parent", index, 0);
			Pallet::<T>::create_account_if_non_existent(&coldkey, &parent);
			for on in [netuid, NetUid::ROOT] {
				Pallet::<T>::credit_stake(&parent, &coldkey, on, AlphaBalance::new(RAO_PER_TAO))
					.unwrap_or_else(|e| panic!("parent stake: {e:?}"));
			}
			link_children::<T>(&parent, netuid, core::slice::from_ref(&child));
		}
		#[block]
		{
			Pallet::<T>::drain_and_distribute(netuid);
		}
		assert_eq!(ChildKeyLinkCount::<T>::get(netuid), l);
	}

	/// The coinbase of a block with `n` emitting subnets, each spending most of its TAO on a
	/// protocol buy (little root stake caps the injection) and holding root's share of alpha.
	#[benchmark]
	fn run_coinbase(n: Linear<1, 128>) {
		for index in 0..n {
			let (netuid, _) = started_subnet::<T>(index);
			// The owners' setup funds would exceed the total supply, leaving nothing to mint.
			T::Currency::set_balance(&SubnetOwner::<T>::get(netuid), 0);
			SubnetEmissionEnabled::<T>::insert(netuid, true);
			SubnetMovingPrice::<T>::insert(netuid, I96F32::from_num(1.5));
		}
		SubnetTAO::<T>::insert(NetUid::ROOT, TaoBalance::new(RAO_PER_TAO));
		let subnets = Pallet::<T>::subnets();
		#[block]
		{
			Pallet::<T>::run_coinbase(&subnets);
		}
		for netuid in subnets.into_iter().filter(|netuid| !netuid.is_root()) {
			assert!(!PendingRootAlphaDivs::<T>::get(netuid).is_zero());
			assert!(!SubnetExcessTao::<T>::get(netuid).is_zero());
		}
	}

	/// A coldkey claims with `h` root-staking hotkeys, each owed alpha on five subnets, all
	/// sold for TAO and restaked on root.
	#[benchmark]
	fn claim_root(h: Linear<1, MAX_CLAIM_HOTKEYS>) {
		let subnets: BTreeSet<NetUid> =
			(0..MAX_CLAIM_SUBNETS as u32).map(|index| started_subnet::<T>(index).0).collect();
		let coldkey = funded::<T>("root_staker", 0);
		let owed_on: Vec<NetUid> = subnets.iter().copied().collect();
		for index in 0..h {
			root_hotkey_owed_on::<T>(&coldkey, index, &owed_on);
		}
		let first = subnets.iter().next().copied().unwrap_or(NetUid::ROOT);
		#[extrinsic_call]
		_(RawOrigin::Signed(coldkey.clone()), subnets);
		let last: T::AccountId = account("root_hotkey", h - 1, 0);
		assert!(RootClaimed::<T>::get((first, &last, &coldkey)) > 0);
	}

	/// A coldkey keeps its claims on `k` subnets, each checked to exist.
	#[benchmark]
	fn set_root_claim_type(k: Linear<0, 64>) {
		let subnets: BTreeSet<NetUid> = (0..k).map(|index| add_subnet::<T>(index).0).collect();
		let coldkey = funded::<T>("root_staker", 0);
		let claim_type = RootClaimTypeEnum::KeepSubnets { subnets };
		#[extrinsic_call]
		_(RawOrigin::Signed(coldkey.clone()), claim_type.clone());
		assert_eq!(RootClaimType::<T>::get(&coldkey), claim_type);
	}

	/// Root stake added through a hotkey owed root dividends on `n` subnets: the coldkey's
	/// claims there are moved by the new stake (the work every call adding root stake adds).
	#[benchmark]
	fn root_stake_added(n: Linear<1, 128>) {
		let (hotkey, coldkey) = owed_root_staker::<T>(n);
		let added = AlphaBalance::new(100 * RAO_PER_TAO);
		#[block]
		{
			Pallet::<T>::credit_stake(&hotkey, &coldkey, NetUid::ROOT, added)
				.unwrap_or_else(|e| panic!("root stake: {e:?}"));
		}
		for netuid in RootClaimable::<T>::get(&hotkey).keys() {
			assert!(RootClaimed::<T>::get((*netuid, &hotkey, &coldkey)) > 0);
		}
	}

	/// Root stake removed down to one rao through a hotkey owed root dividends on `n` subnets:
	/// what it earned on each is staked there at once, as the rao left cannot carry it (the
	/// work every call removing root stake adds).
	#[benchmark]
	fn root_stake_removed(n: Linear<1, 128>) {
		let (hotkey, coldkey) = owed_root_staker::<T>(n);
		let staked = Pallet::<T>::stake_of(&hotkey, &coldkey, NetUid::ROOT);
		let all_but_one = AlphaBalance::new(staked.to_u64() - 1);
		#[block]
		{
			Pallet::<T>::debit_stake(&hotkey, &coldkey, NetUid::ROOT, all_but_one);
		}
		for netuid in RootClaimable::<T>::get(&hotkey).keys() {
			assert!(!Pallet::<T>::stake_of(&hotkey, &coldkey, *netuid).is_zero());
		}
	}

	/// The fee of an `unstake_all` paid in alpha by a coldkey whose one position is on the
	/// first of `n` subnets: its positions found on every subnet, the fee's alpha sold to the
	/// block author (the work the fee extension adds to a call whose fee may be paid in alpha).
	#[benchmark]
	fn pay_fee_in_alpha(n: Linear<1, 128>) {
		let (netuid, hotkey, staker, alpha) = staked::<T>();
		for index in 1..n {
			started_subnet::<T>(index);
		}
		with_block_author::<T>();
		let call = Call::<T>::unstake_all { hotkey: hotkey.clone() };
		let fee = TaoBalance::new(RAO_PER_TAO / 100);
		#[block]
		{
			let positions = Pallet::<T>::alpha_fee_positions(&staker, &call);
			assert!(Pallet::<T>::can_pay_fee_in_alpha(&staker, &positions, fee));
			let paid = Pallet::<T>::pay_fee_in_alpha(&staker, &positions, fee)
				.unwrap_or_else(|e| panic!("alpha fee: {e:?}"));
			Pallet::<T>::note_fee_paid_in_alpha(&staker, paid);
		}
		assert!(Pallet::<T>::stake_of(&hotkey, &staker, netuid) < alpha);
	}

	/// Five new children replace five on a subnet before `start_call` (so they apply at once);
	/// the parent's stake is found on the last of `n` subnets.
	#[benchmark]
	fn set_children(n: Linear<1, 128>) {
		let (netuid, _, _) = add_subnet::<T>(0);
		let mut last = netuid;
		for index in 1..n {
			last = started_subnet::<T>(index).0;
		}
		let coldkey = funded::<T>("parent_coldkey", 0);
		let parent: T::AccountId = account("parent", 0, 0);
		Pallet::<T>::create_account_if_non_existent(&coldkey, &parent);
		Pallet::<T>::credit_stake(&parent, &coldkey, last, AlphaBalance::new(RAO_PER_TAO))
			.unwrap_or_else(|e| panic!("stake: {e:?}"));
		StakeThreshold::<T>::put(1);
		link_children::<T>(&parent, netuid, &hotkeys::<T>("old_child", 5));
		let children: Vec<(u64, T::AccountId)> =
			hotkeys::<T>("new_child", 5).into_iter().map(|child| (u64::MAX / 5, child)).collect();
		#[extrinsic_call]
		_(RawOrigin::Signed(coldkey), parent.clone(), netuid, children);
		assert_eq!(ChildKeyLinkCount::<T>::get(netuid), 5);
		assert!(ParentKeys::<T>::get(account::<T::AccountId>("old_child", 0, 0), netuid).is_empty());
	}

	/// A hotkey swap on every subnet by a hotkey registered on all `s` subnets, on each with an
	/// axon, Prometheus endpoint, certificate, commitment, weight commits, five children, a
	/// parent, a pending set, a take, an auto-stake staker and the owner hotkey's place (its
	/// stake positions are charged by `swap_hotkey_positions`).
	#[benchmark]
	fn swap_hotkey(s: Linear<1, 128>) {
		let (coldkey, old) = hotkey_on_subnets::<T>(s);
		let new: T::AccountId = account("new_hotkey", 0, 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(coldkey), old.clone(), new.clone(), None);
		assert!(IsNetworkMember::<T>::iter_prefix(&old).next().is_none());
		assert_eq!(IsNetworkMember::<T>::iter_prefix(&new).count(), s as usize);
	}

	/// The stake of a hotkey swap: `p` positions of as many stakers move into a pool the new
	/// hotkey already has (each re-bought: the costlier way).
	#[benchmark]
	fn swap_hotkey_positions(p: Linear<1, 512>) {
		let (netuid, old) = started_subnet::<T>(0);
		let new: T::AccountId = account("new_hotkey", 0, 0);
		let stake = AlphaBalance::new(RAO_PER_TAO);
		for index in 0..p {
			let staker: T::AccountId = account("staker", index, 0);
			Pallet::<T>::credit_stake(&old, &staker, netuid, stake)
				.unwrap_or_else(|e| panic!("stake: {e:?}"));
		}
		let staker: T::AccountId = account("new_staker", 0, 0);
		Pallet::<T>::credit_stake(&new, &staker, netuid, stake)
			.unwrap_or_else(|e| panic!("stake: {e:?}"));
		#[block]
		{
			let mut positions = Pallet::<T>::positions_by_subnet(&old);
			let moved = positions.remove(&netuid).unwrap_or_default();
			Pallet::<T>::move_positions(&old, &new, netuid, moved)
				.unwrap_or_else(|e| panic!("positions: {e:?}"));
		}
		assert_eq!(StakePositionCount::<T>::get(&new, netuid), p + 1);
	}

	/// The root claims of a hotkey swap: `c` stakers' claim records on a subnet move.
	#[benchmark]
	fn swap_hotkey_root_claims(c: Linear<1, 1024>) {
		let old: T::AccountId = account("old_hotkey", 0, 0);
		let new: T::AccountId = account("new_hotkey", 0, 0);
		let netuid = NetUid::from(1);
		RootClaimable::<T>::insert(&old, BTreeMap::from([(netuid, I96F32::from_num(0.01))]));
		for index in 0..c {
			let staker: T::AccountId = account("staker", index, 0);
			RootClaimed::<T>::insert((netuid, &old, &staker), 1_000u128);
		}
		#[block]
		{
			Pallet::<T>::move_root_claims(&old, &new);
		}
		assert_eq!(RootClaimed::<T>::iter_prefix((netuid, &new)).count(), c as usize);
	}

	/// A coldkey swap on `s` subnets, each owned by the coldkey with an auto-stake destination,
	/// the coldkey with an identity and one staking hotkey (its items: `swap_coldkey_items`).
	#[benchmark]
	fn swap_coldkey(s: Linear<1, 128>) {
		let mut old: Option<T::AccountId> = None;
		for index in 0..s {
			let (netuid, owner, hotkey) = add_subnet::<T>(index);
			let coldkey = old.get_or_insert(owner.clone()).clone();
			SubnetOwner::<T>::insert(netuid, &coldkey);
			AutoStakeDestination::<T>::insert(&coldkey, netuid, &hotkey);
			AutoStakeDestinationColdkeys::<T>::insert(&hotkey, netuid, vec![coldkey.clone()]);
		}
		let old = old.unwrap_or_else(|| panic!("no subnet"));
		IdentitiesV2::<T>::insert(&old, ChainIdentityV2::default());
		let new: T::AccountId = account("new_coldkey", 0, 0);
		#[extrinsic_call]
		_(RawOrigin::Root, old.clone(), new.clone(), TaoBalance::new(RAO_PER_TAO));
		assert!(
			SubnetOwner::<T>::iter_values().filter(|owner| *owner == new).count() >= s as usize
		);
		assert!(IdentitiesV2::<T>::contains_key(&new));
	}

	/// The items of a coldkey swap: `i` positions, each through its own staking hotkey (two
	/// items each), moved to the new coldkey.
	#[benchmark]
	fn swap_coldkey_items(i: Linear<2, 1_024>) {
		let (netuid, _) = started_subnet::<T>(0);
		let old = funded::<T>("old_coldkey", 0);
		let new: T::AccountId = account("new_coldkey", 0, 0);
		let hotkeys = hotkeys::<T>("staked", i / 2);
		for hotkey in &hotkeys {
			Pallet::<T>::credit_stake(hotkey, &old, netuid, AlphaBalance::new(RAO_PER_TAO))
				.unwrap_or_else(|e| panic!("stake: {e:?}"));
		}
		StakingHotkeys::<T>::insert(&old, hotkeys.clone());
		#[block]
		{
			Pallet::<T>::do_swap_coldkey(&old, &new).unwrap_or_else(|e| panic!("swap: {e:?}"));
		}
		assert_eq!(StakingHotkeys::<T>::get(&new).len(), hotkeys.len());
	}

	/// An announcement, the first (its fee recycled).
	#[benchmark]
	fn announce_coldkey_swap() {
		let coldkey = funded::<T>("coldkey", 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(coldkey.clone()), H256::repeat_byte(1));
		assert!(ColdkeySwapAnnouncements::<T>::contains_key(&coldkey));
	}

	#[benchmark]
	fn dispute_coldkey_swap() {
		let coldkey = announced_coldkey::<T>();
		#[extrinsic_call]
		_(RawOrigin::Signed(coldkey.clone()));
		assert!(ColdkeySwapDisputes::<T>::contains_key(&coldkey));
	}

	#[benchmark]
	fn reset_coldkey_swap() {
		let coldkey = announced_coldkey::<T>();
		ColdkeySwapDisputes::<T>::insert(&coldkey, BlockNumberFor::<T>::from(1u32));
		#[extrinsic_call]
		_(RawOrigin::Root, coldkey.clone());
		assert!(!ColdkeySwapAnnouncements::<T>::contains_key(&coldkey));
	}

	#[benchmark]
	fn clear_coldkey_swap_announcement() {
		let coldkey = announced_coldkey::<T>();
		let far = ColdkeySwapAnnouncementDelay::<T>::get()
			.saturating_add(ColdkeySwapReannouncementDelay::<T>::get())
			.saturating_add(10u32.into());
		frame_system::Pallet::<T>::set_block_number(far);
		#[extrinsic_call]
		_(RawOrigin::Signed(coldkey.clone()));
		assert!(!ColdkeySwapAnnouncements::<T>::contains_key(&coldkey));
	}

	/// The removed call: refused at once.
	#[benchmark]
	fn schedule_swap_coldkey() {
		let coldkey = funded::<T>("coldkey", 0);
		let new: T::AccountId = account("new_coldkey", 0, 0);
		#[block]
		{
			let refused =
				Pallet::<T>::schedule_swap_coldkey(RawOrigin::Signed(coldkey).into(), new);
			assert!(refused.is_err());
		}
	}

	/// An epoch of a started subnet applies `k` due child-key sets, each of five children
	/// replacing five.
	#[benchmark]
	fn apply_pending_children(k: Linear<0, 64>) {
		let (netuid, _) = started_subnet::<T>(0);
		let new_children: Vec<(u64, T::AccountId)> =
			hotkeys::<T>("new_child", 5).into_iter().map(|child| (u64::MAX / 5, child)).collect();
		for (index, parent) in hotkeys::<T>("parent", k).into_iter().enumerate() {
			let old: Vec<T::AccountId> =
				(0..5).map(|c| account("old_child", index as u32 * 5 + c, 0)).collect();
			link_children::<T>(&parent, netuid, &old);
			PendingChildKeys::<T>::insert(netuid, &parent, (new_children.clone(), 0));
		}
		frame_system::Pallet::<T>::set_block_number(10u32.into());
		#[block]
		{
			Pallet::<T>::apply_pending_children(netuid);
		}
		assert!(PendingChildKeys::<T>::iter_prefix(netuid).next().is_none());
		assert_eq!(ChildKeyLinkCount::<T>::get(netuid), k * 5);
	}

	/// The owner of a child hotkey raises its take (the rate limit is read).
	#[benchmark]
	fn set_childkey_take() {
		let (netuid, owner, hotkey) = add_subnet::<T>(0);
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), hotkey.clone(), netuid, 1_000);
		assert_eq!(ChildkeyTake::<T>::get(&hotkey, netuid), 1_000);
	}

	#[benchmark]
	fn sudo_set_tx_childkey_take_rate_limit() {
		#[extrinsic_call]
		_(RawOrigin::Root, 10);
		assert_eq!(TxChildkeyTakeRateLimit::<T>::get(), 10);
	}

	#[benchmark]
	fn sudo_set_min_childkey_take() {
		#[extrinsic_call]
		_(RawOrigin::Root, 10);
		assert_eq!(MinChildkeyTake::<T>::get(), 10);
	}

	#[benchmark]
	fn sudo_set_max_childkey_take() {
		#[extrinsic_call]
		_(RawOrigin::Root, 10);
		assert_eq!(MaxChildkeyTake::<T>::get(), 10);
	}

	#[benchmark]
	fn set_pending_childkey_cooldown() {
		#[extrinsic_call]
		_(RawOrigin::Root, 10);
		assert_eq!(PendingChildKeyCooldown::<T>::get(), 10);
	}

	/// A root validator opts out of adopting new subnets' owner hotkeys.
	#[benchmark]
	fn set_auto_parent_delegation_enabled() {
		let coldkey = funded::<T>("root_coldkey", 0);
		let hotkey: T::AccountId = account("root_validator", 0, 0);
		Pallet::<T>::create_account_if_non_existent(&coldkey, &hotkey);
		Pallet::<T>::append_neuron(NetUid::ROOT, &hotkey, Pallet::<T>::current_block());
		#[extrinsic_call]
		_(RawOrigin::Signed(coldkey), hotkey.clone(), false);
		assert!(!AutoParentDelegationEnabled::<T>::get(&hotkey));
	}

	/// A nominator's stake, bought within a price limit and burned.
	#[benchmark]
	fn add_stake_burn() {
		let (netuid, hotkey) = started_subnet::<T>(0);
		let staker = funded::<T>("staker", 0);
		let limit = price_times::<T>(netuid, 2, 1);
		#[extrinsic_call]
		_(RawOrigin::Signed(staker.clone()), hotkey.clone(), netuid, stake_amount(), Some(limit));
		assert!(Pallet::<T>::stake_of(&hotkey, &staker, netuid).is_zero());
	}

	/// A coldkey that owns 64 hotkeys takes a 65th.
	#[benchmark]
	fn try_associate_hotkey() {
		let coldkey = funded::<T>("coldkey", 0);
		for index in 0..64 {
			let owned: T::AccountId = account("owned", index, 0);
			Pallet::<T>::create_account_if_non_existent(&coldkey, &owned);
		}
		let hotkey: T::AccountId = account("hotkey", 0, 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(coldkey.clone()), hotkey.clone());
		assert_eq!(Owner::<T>::get(&hotkey), coldkey);
	}

	/// A coldkey moves its destination away from a hotkey 256 coldkeys chose.
	#[benchmark]
	fn set_coldkey_auto_stake_hotkey() {
		let (netuid, _, owner_hotkey) = add_subnet::<T>(0);
		fill_subnet_to::<T>(netuid, 2);
		let target = Keys::<T>::get(netuid, 1);
		let coldkey = funded::<T>("coldkey", 0);
		for index in 0..256 {
			let other: T::AccountId = account("chooser", index, 0);
			Pallet::<T>::do_set_coldkey_auto_stake_hotkey(
				RawOrigin::Signed(other).into(),
				netuid,
				owner_hotkey.clone(),
			)
			.unwrap_or_else(|e| panic!("destination {index}: {e:?}"));
		}
		Pallet::<T>::do_set_coldkey_auto_stake_hotkey(
			RawOrigin::Signed(coldkey.clone()).into(),
			netuid,
			owner_hotkey,
		)
		.unwrap_or_else(|e| panic!("first destination: {e:?}"));
		#[extrinsic_call]
		_(RawOrigin::Signed(coldkey.clone()), netuid, target.clone());
		assert_eq!(AutoStakeDestination::<T>::get(&coldkey, netuid), Some(target));
	}

	/// A full root (64 UIDs): the newcomer with more root stake replaces the weakest.
	#[benchmark]
	fn root_register() {
		let root = NetUid::ROOT;
		let coldkey = funded::<T>("root_coldkey", 0);
		let max = MaxAllowedUids::<T>::get(root);
		let now = Pallet::<T>::current_block();
		for index in 0..u32::from(max) {
			let hotkey: T::AccountId = account("root_member", index, 0);
			Pallet::<T>::create_account_if_non_existent(&coldkey, &hotkey);
			Pallet::<T>::append_neuron(root, &hotkey, now);
		}
		let newcomer: T::AccountId = account("root_newcomer", 0, 0);
		Pallet::<T>::create_account_if_non_existent(&coldkey, &newcomer);
		Pallet::<T>::do_add_stake(
			RawOrigin::Signed(coldkey.clone()).into(),
			newcomer.clone(),
			root,
			stake_amount(),
			None,
		)
		.unwrap_or_else(|e| panic!("root stake: {e:?}"));
		#[extrinsic_call]
		_(RawOrigin::Signed(coldkey), newcomer.clone());
		assert!(Uids::<T>::contains_key(root, &newcomer));
	}

	#[benchmark]
	fn increase_take() {
		let (_, owner, hotkey) = add_subnet::<T>(0);
		MaxDelegateTake::<T>::put(u16::MAX);
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), hotkey.clone(), u16::MAX);
		assert_eq!(Delegates::<T>::get(&hotkey), u16::MAX);
	}

	#[benchmark]
	fn decrease_take() {
		let (_, owner, hotkey) = add_subnet::<T>(0);
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), hotkey.clone(), 0);
		assert_eq!(Delegates::<T>::get(&hotkey), 0);
	}

	impl_benchmark_test_suite!(
		Pallet,
		crate::tests::mock::new_test_ext(),
		crate::tests::mock::Test
	);
}
