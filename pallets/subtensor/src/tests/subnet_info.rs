//! The subnet views of the runtime API: the metagraph carries the epoch's results, stakes,
//! dividends and pool; the hyperparameter list names every owner-settable parameter; the
//! dynamic info, subnet info and schedule answers read the subnet's state; the older layouts
//! and the mechanism views agree with them.

use super::emission::{subnet_with_validators_and_miners, VALIDATOR_A};
use super::mock::*;
use crate::rpc_info::{
	metagraph::{COMMITMENTS_INDEX, VALIDATORS_INDEX},
	subnet_info::HyperparamValue,
};
use crate::*;
use codec::{Compact, Encode};
use substrate_fixed::types::I32F32;
use subtensor_common::{NetUid, NetUidStorageIndex};

/// Every name `btcli hparams get` looks for (it reads the storage of any name missing).
const OWNER_SETTABLE: &[&str] = &[
	"activity_cutoff_factor",
	"adjustment_alpha",
	"alpha_high",
	"alpha_low",
	"alpha_sigmoid_steepness",
	"bonds_moving_avg",
	"bonds_penalty",
	"bonds_reset_enabled",
	"burn_half_life",
	"burn_increase_mult",
	"collateral_drain_ratio",
	"collateral_lock_share",
	"commit_reveal_period",
	"commit_reveal_weights_enabled",
	"epoch_consensus",
	"immunity_period",
	"liquid_alpha_enabled",
	"max_allowed_uids",
	"max_burn",
	"max_difficulty",
	"min_allowed_weights",
	"min_burn",
	"min_childkey_take",
	"network_pow_registration_allowed",
	"owner_cut_auto_lock_enabled",
	"owner_cut_enabled",
	"owner_immune_neuron_limit",
	"registration_allowed",
	"rho",
	"serving_rate_limit",
	"tempo",
	"transfers_enabled",
	"weights_version",
	"yuma3_enabled",
];

#[test]
fn the_metagraph_shows_the_epochs_results_stakes_and_pool() {
	run_test(|| {
		let netuid = subnet_with_validators_and_miners();
		let start = System::block_number();
		run_to_block(start + 10);
		assert_ok(SubtensorModule::set_weights(
			RuntimeOrigin::signed(account(VALIDATOR_A)),
			netuid,
			vec![3, 4],
			vec![3, 1],
			0,
		));
		run_to_block(start + 21);
		let graph = SubtensorModule::get_metagraph(netuid).expect("the subnet exists");
		assert_eq!(graph.netuid, Compact(netuid));
		assert_eq!(graph.num_uids, Compact(6));
		assert_eq!(graph.block, Compact(System::block_number()));
		assert_eq!(graph.owner_coldkey, owner());
		assert_eq!(graph.tempo, Compact(10));
		let last_step = LastMechansimStepBlock::<Test>::get(netuid);
		assert!(last_step > start);
		assert_eq!(graph.blocks_since_last_step, Compact(System::block_number() - last_step));
		assert_eq!(graph.tao_in, Compact(SubnetTAO::<Test>::get(netuid)));
		assert_eq!(graph.alpha_in, Compact(SubnetAlphaIn::<Test>::get(netuid)));
		assert_eq!(graph.moving_price, SubnetMovingPrice::<Test>::get(netuid));
		assert!(graph.subnet_volume.0 > 0);

		assert_eq!(graph.hotkeys[1], account(VALIDATOR_A));
		assert_eq!(graph.coldkeys[1], account(5));
		let incentive = Incentive::<Test>::get(NetUidStorageIndex::of_subnet(netuid));
		let emission = Emission::<Test>::get(netuid);
		for uid in 0..6 {
			assert_eq!(graph.incentives[uid], Compact(incentive[uid]));
			assert_eq!(graph.emission[uid], Compact(emission[uid]));
			let hotkey = &graph.hotkeys[uid];
			let alpha = SubtensorModule::total_stake_on(hotkey, netuid);
			assert_eq!(graph.alpha_stake[uid], Compact(alpha));
			let dividends = AlphaDividendsPerSubnet::<Test>::get(netuid, hotkey);
			assert_eq!(graph.alpha_dividends_per_hotkey[uid], (hotkey.clone(), Compact(dividends)));
		}
		// The weighted miners earned, the unweighted one did not; A earned dividends.
		assert!(graph.incentives[3].0 > graph.incentives[4].0 && graph.incentives[4].0 > 0);
		assert_eq!(graph.incentives[5], Compact(0));
		assert!(graph.dividends[1].0 > 0 && graph.validator_permit[1]);
		assert!(graph.alpha_dividends_per_hotkey[1].1 .0.to_u64() > 0);
		// Layout-only columns stay empty.
		assert!(graph.pruning_score.is_empty() && graph.trust.is_empty() && graph.rank.is_empty());
		assert!(graph.identities.iter().all(Option::is_none));

		assert!(SubtensorModule::get_metagraph(NetUid::from(77)).is_none());
		let all = SubtensorModule::get_all_metagraphs();
		assert_eq!(all.len(), SubtensorModule::subnets().len());
	});
}

#[test]
fn the_subnet_state_matches_the_metagraph_columns() {
	run_test(|| {
		let netuid = subnet_with_validators_and_miners();
		run_to_block(System::block_number() + 10);
		let graph = SubtensorModule::get_metagraph(netuid).expect("the subnet exists");
		let state = SubtensorModule::get_subnet_state(netuid).expect("the subnet exists");
		assert_eq!(state.hotkeys, graph.hotkeys);
		assert_eq!(state.total_stake, graph.total_stake);
		assert_eq!(state.dividends, graph.dividends);
		// One history row per subnet; on its own subnet a hotkey's row is its emission.
		let subnets = SubtensorModule::subnets();
		assert_eq!(state.emission_history.len(), subnets.len());
		let own = subnets.iter().position(|s| *s == netuid).expect("listed");
		assert_eq!(state.emission_history[own], graph.emission);
		assert!(SubtensorModule::get_subnet_state(NetUid::from(77)).is_none());
	});
}

#[test]
fn hyperparameters_are_listed_by_name_with_their_values() {
	run_test(|| {
		let netuid = add_subnet();
		Tempo::<Test>::insert(netuid, 77);
		CommitRevealWeightsEnabled::<Test>::insert(netuid, false);
		let entries = SubtensorModule::get_subnet_hyperparams_v3(netuid).expect("exists");
		let names: Vec<String> =
			entries.iter().map(|e| String::from_utf8(e.name.clone()).expect("utf-8")).collect();
		for name in OWNER_SETTABLE {
			assert!(names.iter().any(|n| n == name), "{name} missing");
		}
		let value = |name: &str| {
			entries.iter().find(|e| e.name == name.as_bytes()).expect("listed").value.clone()
		};
		assert_eq!(value("tempo"), HyperparamValue::U16(Compact(77)));
		assert_eq!(value("commit_reveal_weights_enabled"), HyperparamValue::Bool(false));
		assert_eq!(
			value("min_burn"),
			HyperparamValue::TaoBalance(Compact(MinBurn::<Test>::get(netuid)))
		);
		let yuma = if Yuma3On::<Test>::get(netuid) { 3 } else { 2 };
		assert_eq!(value("yuma_version"), HyperparamValue::U16(Compact(yuma)));
		assert!(SubtensorModule::get_subnet_hyperparams_v3(NetUid::from(77)).is_none());
	});
}

#[test]
fn dynamic_info_names_the_subnet_and_shows_its_pool() {
	run_test(|| {
		let netuid = add_subnet();
		let info = SubtensorModule::get_dynamic_info(netuid).expect("exists");
		assert!(info.subnet_name.is_empty());
		assert_eq!(
			info.token_symbol.iter().map(|c| c.0).collect::<Vec<u8>>(),
			TokenSymbol::<Test>::get(netuid)
		);
		assert_eq!(info.tao_in, Compact(SubnetTAO::<Test>::get(netuid)));
		assert_eq!(info.owner_coldkey, owner());
		SubnetIdentitiesV3::<Test>::insert(
			netuid,
			SubnetIdentityV3 { subnet_name: b"vision".to_vec(), ..Default::default() },
		);
		let named = SubtensorModule::get_dynamic_info(netuid).expect("exists");
		assert_eq!(named.subnet_name.iter().map(|c| c.0).collect::<Vec<u8>>(), b"vision".to_vec());
		assert!(named.subnet_identity.is_some());
		assert!(SubtensorModule::get_dynamic_info(NetUid::from(77)).is_none());
		let all = SubtensorModule::get_all_dynamic_info();
		assert_eq!(all.len(), SubtensorModule::subnets().len());
	});
}

#[test]
fn subnet_info_and_the_next_epoch_follow_the_schedule() {
	run_test(|| {
		let netuid = add_subnet();
		Tempo::<Test>::insert(netuid, 100);
		LastEpochBlock::<Test>::insert(netuid, 40);
		assert_eq!(SubtensorModule::get_next_epoch_start_block(netuid), Some(140));
		// An owner-triggered epoch comes earlier.
		PendingEpochAt::<Test>::insert(netuid, 90);
		assert_eq!(SubtensorModule::get_next_epoch_start_block(netuid), Some(90));
		Tempo::<Test>::insert(netuid, 0);
		assert_eq!(SubtensorModule::get_next_epoch_start_block(netuid), None);
		assert_eq!(SubtensorModule::get_next_epoch_start_block(NetUid::from(77)), None);

		let info = SubtensorModule::get_subnet_info_v2(netuid).expect("exists");
		assert_eq!(info.owner, owner());
		assert_eq!(info.subnetwork_n, Compact(SubnetworkN::<Test>::get(netuid)));
		assert_eq!(info.burn, Compact(Burn::<Test>::get(netuid)));
		let listed = SubtensorModule::get_subnets_info_v2();
		assert!(listed.iter().flatten().any(|i| i.netuid == Compact(netuid)));
	});
}

#[test]
fn blocks_since_last_step_counts_up_and_restarts_at_each_epoch() {
	run_test(|| {
		let netuid = subnet_with_validators_and_miners();
		run_to_block(System::block_number() + 25);
		let since = BlocksSinceLastStep::<Test>::get(netuid);
		assert_eq!(since, System::block_number() - LastEpochBlock::<Test>::get(netuid));
		assert!(since < 10, "tempo 10: an epoch ran in the last 10 blocks");
		let info = SubtensorModule::get_subnet_info_v2(netuid).expect("exists");
		assert_eq!(info.blocks_since_last_step, Compact(since));
	});
}

#[test]
fn the_first_layouts_are_the_newer_ones_cut_short() {
	run_test(|| {
		let netuid = add_subnet();
		Yuma3On::<Test>::insert(netuid, true);
		AlphaSigmoidSteepness::<Test>::insert(netuid, -300);
		let v2 = SubtensorModule::get_subnet_info_v2(netuid).expect("the subnet exists");
		let v1 = SubtensorModule::get_subnet_info(netuid).expect("the subnet exists");
		// v1 is v2 without the trailing identity.
		let v2_bytes = v2.encode();
		assert!(v2_bytes.starts_with(&v1.encode()));
		assert_eq!(v1.owner, owner());
		assert_eq!(SubtensorModule::get_subnets_info().len(), 2);

		let params = SubtensorModule::get_subnet_hyperparams_v2(netuid).expect("exists");
		let first = SubtensorModule::get_subnet_hyperparams(netuid).expect("exists");
		assert!(params.encode().starts_with(&first.encode()));
		assert_eq!(params.yuma_version, Compact(3));
		assert_eq!(params.alpha_sigmoid_steepness, I32F32::from_num(-300));
		assert_eq!(params.tempo, Compact(Tempo::<Test>::get(netuid)));
		assert_eq!(
			params.activity_cutoff,
			Compact(SubtensorModule::activity_cutoff_blocks(netuid))
		);
		assert!(!params.user_liquidity_enabled);
		// The same values the named list gives.
		let named = SubtensorModule::get_subnet_hyperparams_v3(netuid).expect("exists");
		let value =
			|name: &str| named.iter().find(|e| e.name == name.as_bytes()).map(|e| e.value.clone());
		assert_eq!(value("yuma_version"), Some(HyperparamValue::U16(Compact(3))));
		assert_eq!(value("max_validators"), Some(HyperparamValue::U16(params.max_validators)));

		let missing = NetUid::new(77);
		assert_eq!(SubtensorModule::get_subnet_info(missing), None);
		assert_eq!(SubtensorModule::get_subnet_hyperparams(missing), None);
		assert_eq!(SubtensorModule::get_subnet_hyperparams_v2(missing), None);
		assert_eq!(SubtensorModule::get_subnet_account_id(missing), None);
		assert_eq!(
			SubtensorModule::get_subnet_account_id(netuid),
			Some(SubtensorModule::subnet_account_id(netuid))
		);
	});
}

#[test]
fn a_mechagraph_shows_its_mechanisms_incentive_under_its_storage_index() {
	run_test(|| {
		let netuid = subnet_with_validators_and_miners();
		MechanismCountCurrent::<Test>::insert(netuid, 2);
		let second = NetUidStorageIndex::new(netuid, 1);
		Incentive::<Test>::insert(second, vec![0, 0, 0, 7, 9, 0]);
		LastUpdate::<Test>::insert(second, vec![5, 0, 0, 0, 0, 0]);

		let graph = SubtensorModule::get_mechagraph(netuid, 1).expect("mechanism 1 exists");
		assert_eq!(graph.netuid, Compact(NetUid::new(second.inner())));
		let incentives: Vec<u16> = graph.incentives.iter().map(|c| c.0).collect();
		assert_eq!(incentives, vec![0, 0, 0, 7, 9, 0]);
		assert_eq!(graph.last_update[0], Compact(5));
		// Mechanism 0's view is the subnet's metagraph.
		assert_eq!(
			SubtensorModule::get_mechagraph(netuid, 0),
			SubtensorModule::get_metagraph(netuid)
		);
		assert_eq!(SubtensorModule::get_mechagraph(netuid, 2), None);
		// Root's one mechanism, then this subnet's two.
		let all = SubtensorModule::get_all_mechagraphs();
		assert_eq!(all.len(), 3);
		assert_eq!(all[2], Some(graph));
	});
}

#[test]
fn a_selective_metagraph_gives_the_fields_asked_for_by_index() {
	run_test(|| {
		let netuid = subnet_with_validators_and_miners();
		run_to_block(System::block_number() + 10);
		assert_eq!((VALIDATORS_INDEX, COMMITMENTS_INDEX), (72, 73));
		let graph = SubtensorModule::get_metagraph(netuid).expect("the subnet exists");

		// Hotkeys (52), incentives (62), validators (72) and an unknown index.
		let selected = SubtensorModule::get_selective_metagraph(netuid, vec![52, 62, 72, 500])
			.expect("the subnet exists");
		assert_eq!(selected.netuid, Compact(netuid));
		assert_eq!(selected.hotkeys, Some(graph.hotkeys.clone()));
		assert_eq!(selected.incentives, Some(graph.incentives.clone()));
		assert_eq!(selected.name, None);
		assert_eq!(selected.commitments, None);
		// The staked permit holders, smallest stake weight first: the owner's hotkey (the
		// subnet's initial stake), then 500 TAO, then 1 100 TAO.
		let weight = |uid: usize| SubtensorModule::stake_weight(&graph.hotkeys[uid], netuid);
		assert!(weight(0) < weight(2) && weight(2) < weight(1));
		assert_eq!(selected.validators, Some(vec![Compact(0), Compact(2), Compact(1)]));

		// Everything: each field is the metagraph's.
		let all = SubtensorModule::get_selective_metagraph(netuid, (0..=73).collect())
			.expect("the subnet exists");
		assert_eq!(all.name, Some(graph.name.clone()));
		assert_eq!(all.alpha_dividends_per_hotkey, Some(graph.alpha_dividends_per_hotkey));
		assert_eq!(all.bonds_moving_avg, Some(graph.bonds_moving_avg));
		assert_eq!(all.commitments, Some(Vec::new()));

		// A mechanism's view, and nothing for what does not exist.
		let second = SubtensorModule::get_selective_mechagraph(netuid, 0, vec![62]);
		assert_eq!(second.and_then(|s| s.incentives), Some(graph.incentives));
		assert_eq!(SubtensorModule::get_selective_mechagraph(netuid, 1, vec![62]), None);
		assert_eq!(SubtensorModule::get_selective_metagraph(NetUid::new(77), vec![1]), None);
	});
}

#[test]
fn every_subnets_metagraph_reads_the_same_alone_or_all_at_once() {
	run_test(|| {
		let netuid = subnet_with_validators_and_miners();
		run_to_block(System::block_number() + 11);
		// Validator A lends half its stake to miner 30 (UID 3); coldkey 5 has an identity.
		let (parent, child) = (account(VALIDATOR_A), account(30));
		ChildKeys::<Test>::insert(&parent, netuid, vec![(u64::MAX / 2, child.clone())]);
		ParentKeys::<Test>::insert(&child, netuid, vec![(u64::MAX / 2, parent.clone())]);
		ChildKeyLinkCount::<Test>::insert(netuid, 1);
		let named = ChainIdentityV2 { name: b"validator a".to_vec(), ..Default::default() };
		IdentitiesV2::<Test>::insert(account(5), named.clone());
		let each_alone = || -> Vec<_> {
			SubtensorModule::subnets().into_iter().map(SubtensorModule::get_metagraph).collect()
		};

		// Few child keys and identities next to the UIDs: `get_all_metagraphs` reads the maps
		// whole, and still answers each subnet's own metagraph.
		let alone = each_alone();
		assert_eq!(SubtensorModule::get_all_metagraphs(), alone);
		let graph = alone.iter().flatten().find(|g| g.netuid == Compact(netuid)).expect("listed");
		let own = SubtensorModule::total_stake_on(&parent, netuid).to_u64();
		assert!(own > 0);
		let (lent, borrowed) = (graph.alpha_stake[1].0.to_u64(), graph.alpha_stake[3].0.to_u64());
		assert!(lent < own && borrowed > 0 && lent + borrowed <= own);
		assert_eq!(lent, SubtensorModule::inherited_stake(&parent, netuid).alpha);
		assert_eq!(graph.identities[1], Some(named.clone()));

		// Many more entries than UIDs: the maps are looked up per UID; the same answers.
		for other in 100..140u8 {
			IdentitiesV2::<Test>::insert(account(other), named.clone());
			ChildKeys::<Test>::insert(account(other), netuid, vec![(1, account(other + 50))]);
			ParentKeys::<Test>::insert(account(other + 50), netuid, vec![(1, account(other))]);
			ChildKeyLinkCount::<Test>::mutate(netuid, |links| *links += 1);
		}
		assert_eq!(SubtensorModule::get_all_metagraphs(), each_alone());
		assert_eq!(SubtensorModule::get_all_mechagraphs(), each_alone());
	});
}
