//! `Metagraph` and `SubnetState`: a whole subnet in one answer, the header of `DynamicInfo`,
//! its hyperparameters and one column per UID, as `btcli subnets metagraph` and the SDK's
//! `subnets.metagraph(netuid)` decode it (field order is the SCALE order of the real chain);
//! a mechanism's view (`get_mechagraph`, which `btcli subnets show` reads) swaps in its columns.
//! Columns the reference keeps only for layout (pruning score, trust, rank) are empty.

use super::{dynamic_info::DynamicInfo, sparse_maps::SparseMaps};
use crate::*;
use alloc::{
	collections::{BTreeMap, BTreeSet},
	vec::Vec,
};
use codec::{Compact, Decode, Encode};
use scale_info::TypeInfo;
use substrate_fixed::types::I96F32;
use subtensor_common::{
	AlphaBalance, MechId, NetUid, NetUidStorageIndex, SubnetCommitments, TaoBalance,
};

/// Declares `Metagraph` (the subnet's netuid, then the fields listed, in SCALE order, then the
/// `newer` ones) and `SelectiveMetagraph`: the listed fields each optional, then `validators`
/// and `commitments`. A field's selection index is its position (`netuid` 0, the listed fields
/// from 1); the `newer` fields (a newer chain's, which clients read only from `Metagraph`)
/// have none.
macro_rules! metagraph_structs {
	(
		$($(#[doc = $doc:literal])+ $field:ident: $ty:ty,)+
		newer: $($(#[doc = $newer_doc:literal])+ $newer:ident: $newer_ty:ty,)+
	) => {
		/// A subnet with its hyperparameters and every UID.
		#[derive(Clone, Debug, Decode, Encode, PartialEq, TypeInfo)]
		pub struct Metagraph<AccountId> {
			/// The subnet.
			pub netuid: Compact<NetUid>,
			$($(#[doc = $doc])+ pub $field: $ty,)+
			$($(#[doc = $newer_doc])+ pub $newer: $newer_ty,)+
		}

		/// The parts of a subnet's metagraph a caller asked for by index
		/// (`get_selective_metagraph`); what was not asked for is `None`.
		#[derive(Clone, Debug, Decode, Encode, PartialEq, TypeInfo)]
		pub struct SelectiveMetagraph<AccountId> {
			/// The subnet (index 0, always given).
			pub netuid: Compact<NetUid>,
			$($(#[doc = $doc])+ pub $field: Option<$ty>,)+
			/// UIDs with a validator permit and more stake weight than `StakeThreshold`, by
			/// stake weight, smallest first ([`VALIDATORS_INDEX`]).
			pub validators: Option<Vec<Compact<u16>>>,
			/// Each hotkey's published commitment, SCALE-encoded ([`COMMITMENTS_INDEX`]).
			pub commitments: Option<Vec<(AccountId, Vec<Compact<u8>>)>>,
		}

		/// Selection index of `SelectiveMetagraph::validators`.
		pub const VALIDATORS_INDEX: u16 = ([$(stringify!($field)),+].len() as u16).saturating_add(1);

		impl<AccountId> SelectiveMetagraph<AccountId> {
			/// The fields of `graph` whose index is in `wanted` (`validators` and `commitments`
			/// left for the caller).
			fn select(graph: Metagraph<AccountId>, wanted: &BTreeSet<u16>) -> Self {
				let mut index: u16 = 0;
				$(
					index = index.saturating_add(1);
					let $field = wanted.contains(&index).then_some(graph.$field);
				)+
				SelectiveMetagraph {
					netuid: graph.netuid,
					$($field,)+
					validators: None,
					commitments: None,
				}
			}
		}
	};
}

/// Selection index of `SelectiveMetagraph::commitments`.
pub const COMMITMENTS_INDEX: u16 = VALIDATORS_INDEX.saturating_add(1);

metagraph_structs! {
	/// Display name (see `DynamicInfo::subnet_name`).
	name: Vec<Compact<u8>>,
	/// Token symbol.
	symbol: Vec<Compact<u8>>,
	/// The owner's identity for the subnet.
	identity: Option<SubnetIdentityV3>,
	/// Block the subnet was registered in.
	network_registered_at: Compact<u64>,
	/// The owner's hotkey.
	owner_hotkey: AccountId,
	/// The owner's coldkey.
	owner_coldkey: AccountId,
	/// The block this answer is read at.
	block: Compact<u64>,
	/// Blocks between epochs.
	tempo: Compact<u16>,
	/// Block of the last epoch's payout.
	last_step: Compact<u64>,
	/// Blocks since then.
	blocks_since_last_step: Compact<u64>,
	/// Always 0 (kept for layout).
	subnet_emission: Compact<u64>,
	/// Alpha in the pool.
	alpha_in: Compact<AlphaBalance>,
	/// Alpha outstanding.
	alpha_out: Compact<AlphaBalance>,
	/// TAO in the pool.
	tao_in: Compact<TaoBalance>,
	/// Alpha minted outside the pool in the last block.
	alpha_out_emission: Compact<AlphaBalance>,
	/// Alpha injected into the pool in the last block.
	alpha_in_emission: Compact<AlphaBalance>,
	/// TAO injected into the pool in the last block.
	tao_in_emission: Compact<TaoBalance>,
	/// Alpha waiting for the next epoch.
	pending_alpha_emission: Compact<AlphaBalance>,
	/// Always 0.
	pending_root_emission: Compact<TaoBalance>,
	/// TAO traded through the pool, all time.
	subnet_volume: Compact<u128>,
	/// Moving average of the price.
	moving_price: I96F32,
	/// The subnet's `rho` (a stored hyperparameter the epoch does not use).
	rho: Compact<u16>,
	/// Consensus majority (÷65535).
	kappa: Compact<u16>,
	/// Fewest weights a validator may set.
	min_allowed_weights: Compact<u16>,
	/// Largest single weight (÷65535).
	max_weights_limit: Compact<u16>,
	/// Version key weights must carry.
	weights_version: Compact<u64>,
	/// Blocks between weight sets of a UID.
	weights_rate_limit: Compact<u64>,
	/// Blocks without weights after which a UID is inactive.
	activity_cutoff: Compact<u64>,
	/// Most validator permits.
	max_validators: Compact<u16>,
	/// UIDs registered.
	num_uids: Compact<u16>,
	/// Most UIDs.
	max_uids: Compact<u16>,
	/// TAO a burned registration costs now.
	burn: Compact<TaoBalance>,
	/// Proof-of-work difficulty.
	difficulty: Compact<u64>,
	/// Registration open.
	registration_allowed: bool,
	/// Proof-of-work registration open.
	pow_registration_allowed: bool,
	/// Blocks a new UID cannot be pruned.
	immunity_period: Compact<u16>,
	/// Lowest difficulty.
	min_difficulty: Compact<u64>,
	/// Highest difficulty.
	max_difficulty: Compact<u64>,
	/// Lowest burn.
	min_burn: Compact<TaoBalance>,
	/// Highest burn.
	max_burn: Compact<TaoBalance>,
	/// Difficulty adjustment smoothing.
	adjustment_alpha: Compact<u64>,
	/// Blocks per difficulty adjustment.
	adjustment_interval: Compact<u16>,
	/// Registrations per interval aimed at.
	target_regs_per_interval: Compact<u16>,
	/// Most registrations per block.
	max_regs_per_block: Compact<u16>,
	/// Blocks between endpoint updates.
	serving_rate_limit: Compact<u64>,
	/// Weights go through commit-reveal.
	commit_reveal_weights_enabled: bool,
	/// Epochs between commit and reveal.
	commit_reveal_period: Compact<u64>,
	/// Liquid alpha on.
	liquid_alpha_enabled: bool,
	/// Liquid alpha upper bound (÷65535).
	alpha_high: Compact<u16>,
	/// Liquid alpha lower bound (÷65535).
	alpha_low: Compact<u16>,
	/// Bond moving average (÷10^6).
	bonds_moving_avg: Compact<u64>,
	/// Hotkey of each UID.
	hotkeys: Vec<AccountId>,
	/// Owner coldkey of each UID's hotkey.
	coldkeys: Vec<AccountId>,
	/// Identity of each UID's coldkey.
	identities: Vec<Option<ChainIdentityV2>>,
	/// Axon of each UID (all zero if never served).
	axons: Vec<AxonInfo>,
	/// Active in the last epoch.
	active: Vec<bool>,
	/// Holds a validator permit.
	validator_permit: Vec<bool>,
	/// Empty (kept for layout).
	pruning_score: Vec<Compact<u16>>,
	/// Block of each UID's last weights.
	last_update: Vec<Compact<u64>>,
	/// Alpha each UID earned in the last epoch.
	emission: Vec<Compact<AlphaBalance>>,
	/// Dividend share (÷65535).
	dividends: Vec<Compact<u16>>,
	/// Incentive share (÷65535).
	incentives: Vec<Compact<u16>>,
	/// Consensus weight (÷65535).
	consensus: Vec<Compact<u16>>,
	/// Empty (kept for layout).
	trust: Vec<Compact<u16>>,
	/// Empty (kept for layout).
	rank: Vec<Compact<u16>>,
	/// Block each UID registered in.
	block_at_registration: Vec<Compact<u64>>,
	/// Alpha staked to each UID's hotkey on the subnet.
	alpha_stake: Vec<Compact<AlphaBalance>>,
	/// Root stake (TAO) of each UID's hotkey.
	tao_stake: Vec<Compact<TaoBalance>>,
	/// Stake weight: alpha plus `TaoWeight` × root stake.
	total_stake: Vec<Compact<TaoBalance>>,
	/// Per UID, TAO dividends of the last epoch (always 0: root dividends are paid as alpha).
	tao_dividends_per_hotkey: Vec<(AccountId, Compact<TaoBalance>)>,
	/// Per UID, alpha dividends of the last epoch.
	alpha_dividends_per_hotkey: Vec<(AccountId, Compact<AlphaBalance>)>,
	newer:
	/// Per UID, the alpha its owner's position locks as miner collateral.
	collateral_locked: Vec<Compact<AlphaBalance>>,
	/// Per UID, the floor of that lock.
	collateral_min: Vec<Compact<AlphaBalance>>,
	/// Per UID, what the hotkey earned since the lock was created.
	collateral_earned: Vec<Compact<AlphaBalance>>,
}

/// The per-UID columns of a subnet.
#[derive(Clone, Debug, Decode, Encode, PartialEq, TypeInfo)]
pub struct SubnetState<AccountId> {
	/// The subnet.
	pub netuid: Compact<NetUid>,
	/// Hotkey of each UID.
	pub hotkeys: Vec<AccountId>,
	/// Owner coldkey of each UID's hotkey.
	pub coldkeys: Vec<AccountId>,
	/// Active in the last epoch.
	pub active: Vec<bool>,
	/// Holds a validator permit.
	pub validator_permit: Vec<bool>,
	/// Empty (kept for layout).
	pub pruning_score: Vec<Compact<u16>>,
	/// Block of each UID's last weights.
	pub last_update: Vec<Compact<u64>>,
	/// Alpha each UID earned in the last epoch.
	pub emission: Vec<Compact<AlphaBalance>>,
	/// Dividend share (÷65535).
	pub dividends: Vec<Compact<u16>>,
	/// Incentive share (÷65535).
	pub incentives: Vec<Compact<u16>>,
	/// Consensus weight (÷65535).
	pub consensus: Vec<Compact<u16>>,
	/// Empty (kept for layout).
	pub trust: Vec<Compact<u16>>,
	/// Empty (kept for layout).
	pub rank: Vec<Compact<u16>>,
	/// Block each UID registered in.
	pub block_at_registration: Vec<Compact<u64>>,
	/// Alpha staked to each UID's hotkey on the subnet.
	pub alpha_stake: Vec<Compact<AlphaBalance>>,
	/// Root stake of each UID's hotkey.
	pub tao_stake: Vec<Compact<TaoBalance>>,
	/// Stake weight of each UID's hotkey.
	pub total_stake: Vec<Compact<TaoBalance>>,
	/// Per existing subnet (netuid order), the last epoch's emission of each of this subnet's
	/// hotkeys there (0 where the hotkey holds no UID).
	pub emission_history: Vec<Vec<Compact<AlphaBalance>>>,
}

/// The per-UID columns shared by both views.
struct UidColumns<AccountId> {
	hotkeys: Vec<AccountId>,
	coldkeys: Vec<AccountId>,
	active: Vec<bool>,
	validator_permit: Vec<bool>,
	last_update: Vec<Compact<u64>>,
	emission: Vec<Compact<AlphaBalance>>,
	dividends: Vec<Compact<u16>>,
	incentives: Vec<Compact<u16>>,
	consensus: Vec<Compact<u16>>,
	block_at_registration: Vec<Compact<u64>>,
	alpha_stake: Vec<Compact<AlphaBalance>>,
	tao_stake: Vec<Compact<TaoBalance>>,
	total_stake: Vec<Compact<TaoBalance>>,
}

/// `values` padded or cut to `n` entries, each made compact.
fn column<V: Copy + Default>(values: Vec<V>, n: u16) -> Vec<Compact<V>> {
	(0..usize::from(n)).map(|i| Compact(values.get(i).copied().unwrap_or_default())).collect()
}

/// `values` padded or cut to `n` entries.
fn flags(values: Vec<bool>, n: u16) -> Vec<bool> {
	(0..usize::from(n)).map(|i| values.get(i).copied().unwrap_or(false)).collect()
}

impl<T: Config> Pallet<T> {
	/// The per-UID columns of `netuid`, child and parent keys read from `maps`.
	fn uid_columns(netuid: NetUid, maps: &SparseMaps<T>) -> UidColumns<T::AccountId> {
		let n = SubnetworkN::<T>::get(netuid);
		let index = NetUidStorageIndex::of_subnet(netuid);
		let hotkeys: Vec<T::AccountId> = (0..n).map(|uid| Keys::<T>::get(netuid, uid)).collect();
		let stakes: Vec<_> =
			hotkeys.iter().map(|hotkey| maps.inherited_stake(hotkey, netuid)).collect();
		let tao_weight = Self::tao_weight_fraction();
		UidColumns {
			coldkeys: hotkeys.iter().map(Owner::<T>::get).collect(),
			active: flags(Active::<T>::get(netuid), n),
			validator_permit: flags(ValidatorPermit::<T>::get(netuid), n),
			last_update: column(LastUpdate::<T>::get(index), n),
			emission: column(Emission::<T>::get(netuid), n),
			dividends: column(Dividends::<T>::get(netuid), n),
			incentives: column(Incentive::<T>::get(index), n),
			consensus: column(Consensus::<T>::get(netuid), n),
			block_at_registration: (0..n)
				.map(|uid| Compact(BlockAtRegistration::<T>::get(netuid, uid)))
				.collect(),
			alpha_stake: stakes
				.iter()
				.map(|stake| Compact(AlphaBalance::new(stake.alpha)))
				.collect(),
			tao_stake: stakes.iter().map(|stake| Compact(TaoBalance::new(stake.root))).collect(),
			total_stake: stakes
				.iter()
				.map(|stake| Compact(TaoBalance::new(stake.weight(tao_weight))))
				.collect(),
			hotkeys,
		}
	}

	/// The metagraph of `netuid` (`None` if the subnet does not exist).
	pub fn get_metagraph(netuid: NetUid) -> Option<Metagraph<T::AccountId>> {
		Self::metagraph_from(netuid, &SparseMaps::lookups())
	}

	/// The metagraph of `netuid`, child keys and identities read from `maps`.
	fn metagraph_from(netuid: NetUid, maps: &SparseMaps<T>) -> Option<Metagraph<T::AccountId>> {
		let DynamicInfo {
			owner_hotkey,
			owner_coldkey,
			subnet_name,
			token_symbol,
			tempo,
			last_step,
			blocks_since_last_step,
			alpha_in,
			alpha_out,
			tao_in,
			alpha_out_emission,
			alpha_in_emission,
			tao_in_emission,
			pending_alpha_emission,
			pending_root_emission,
			subnet_volume,
			network_registered_at,
			subnet_identity,
			moving_price,
			..
		} = Self::get_dynamic_info(netuid)?;
		let columns = Self::uid_columns(netuid, maps);
		let (alpha_low, alpha_high) = AlphaValues::<T>::get(netuid);
		// Only the hotkeys paid at the last epoch have an entry: one pass over them.
		let dividends: BTreeMap<T::AccountId, AlphaBalance> =
			AlphaDividendsPerSubnet::<T>::iter_prefix(netuid).collect();
		let dividends_of = |hotkey: &T::AccountId| {
			let paid = dividends.get(hotkey).copied().unwrap_or_default();
			(hotkey.clone(), Compact(paid))
		};
		let collateral = Self::collateral_column(netuid, &columns.hotkeys, &columns.coldkeys);
		Some(Metagraph {
			netuid: Compact(netuid),
			name: subnet_name,
			symbol: token_symbol,
			identity: subnet_identity,
			network_registered_at,
			owner_hotkey,
			owner_coldkey,
			block: Compact(Self::current_block()),
			tempo,
			last_step,
			blocks_since_last_step,
			subnet_emission: Compact(0),
			alpha_in,
			alpha_out,
			tao_in,
			alpha_out_emission,
			alpha_in_emission,
			tao_in_emission,
			pending_alpha_emission,
			pending_root_emission,
			subnet_volume,
			moving_price,
			rho: Compact(Rho::<T>::get(netuid)),
			kappa: Compact(Kappa::<T>::get(netuid)),
			min_allowed_weights: Compact(MinAllowedWeights::<T>::get(netuid)),
			max_weights_limit: Compact(MaxWeightsLimit::<T>::get(netuid)),
			weights_version: Compact(WeightsVersionKey::<T>::get(netuid)),
			weights_rate_limit: Compact(WeightsSetRateLimit::<T>::get(netuid)),
			activity_cutoff: Compact(Self::activity_cutoff_blocks(netuid)),
			max_validators: Compact(MaxAllowedValidators::<T>::get(netuid)),
			num_uids: Compact(SubnetworkN::<T>::get(netuid)),
			max_uids: Compact(MaxAllowedUids::<T>::get(netuid)),
			burn: Compact(Burn::<T>::get(netuid)),
			difficulty: Compact(Difficulty::<T>::get(netuid)),
			registration_allowed: NetworkRegistrationAllowed::<T>::get(netuid),
			pow_registration_allowed: NetworkPowRegistrationAllowed::<T>::get(netuid),
			immunity_period: Compact(ImmunityPeriod::<T>::get(netuid)),
			min_difficulty: Compact(MinDifficulty::<T>::get(netuid)),
			max_difficulty: Compact(MaxDifficulty::<T>::get(netuid)),
			min_burn: Compact(MinBurn::<T>::get(netuid)),
			max_burn: Compact(MaxBurn::<T>::get(netuid)),
			adjustment_alpha: Compact(AdjustmentAlpha::<T>::get(netuid)),
			adjustment_interval: Compact(AdjustmentInterval::<T>::get(netuid)),
			target_regs_per_interval: Compact(TargetRegistrationsPerInterval::<T>::get(netuid)),
			max_regs_per_block: Compact(MaxRegistrationsPerBlock::<T>::get(netuid)),
			serving_rate_limit: Compact(ServingRateLimit::<T>::get(netuid)),
			commit_reveal_weights_enabled: CommitRevealWeightsEnabled::<T>::get(netuid),
			commit_reveal_period: Compact(RevealPeriodEpochs::<T>::get(netuid)),
			liquid_alpha_enabled: LiquidAlphaOn::<T>::get(netuid),
			alpha_high: Compact(alpha_high),
			alpha_low: Compact(alpha_low),
			bonds_moving_avg: Compact(BondsMovingAverage::<T>::get(netuid)),
			identities: columns.coldkeys.iter().map(|coldkey| maps.identity(coldkey)).collect(),
			axons: columns
				.hotkeys
				.iter()
				.map(|hotkey| Axons::<T>::get(netuid, hotkey).unwrap_or_default())
				.collect(),
			pruning_score: Vec::new(),
			trust: Vec::new(),
			rank: Vec::new(),
			tao_dividends_per_hotkey: columns
				.hotkeys
				.iter()
				.map(|hotkey| (hotkey.clone(), Compact(TaoBalance::ZERO)))
				.collect(),
			alpha_dividends_per_hotkey: columns.hotkeys.iter().map(dividends_of).collect(),
			collateral_locked: collateral.iter().map(|state| Compact(state.locked)).collect(),
			collateral_min: collateral.iter().map(|state| Compact(state.min_locked)).collect(),
			collateral_earned: collateral.iter().map(|state| Compact(state.earned)).collect(),
			coldkeys: columns.coldkeys,
			active: columns.active,
			validator_permit: columns.validator_permit,
			last_update: columns.last_update,
			emission: columns.emission,
			dividends: columns.dividends,
			incentives: columns.incentives,
			consensus: columns.consensus,
			block_at_registration: columns.block_at_registration,
			alpha_stake: columns.alpha_stake,
			tao_stake: columns.tao_stake,
			total_stake: columns.total_stake,
			hotkeys: columns.hotkeys,
		})
	}

	/// Each UID's collateral (its owner's position's; none where there is no entry), looked up
	/// only where the subnet has collateral at all.
	fn collateral_column(
		netuid: NetUid,
		hotkeys: &[T::AccountId],
		coldkeys: &[T::AccountId],
	) -> Vec<MinerCollateralState> {
		if CollateralEntryCount::<T>::get(netuid) == 0 {
			return alloc::vec![MinerCollateralState::default(); hotkeys.len()];
		}
		hotkeys
			.iter()
			.zip(coldkeys)
			.map(|(hotkey, coldkey)| {
				MinerCollateral::<T>::get((netuid, hotkey, coldkey)).unwrap_or_default()
			})
			.collect()
	}

	/// The metagraph of every subnet, root included, in netuid order.
	pub fn get_all_metagraphs() -> Vec<Option<Metagraph<T::AccountId>>> {
		let maps = Self::sparse_maps_for_all();
		Self::subnets().into_iter().map(|netuid| Self::metagraph_from(netuid, &maps)).collect()
	}

	/// The sparse maps for a view of every subnet's UIDs.
	fn sparse_maps_for_all() -> SparseMaps<T> {
		let uids =
			Self::subnets().into_iter().map(|netuid| usize::from(SubnetworkN::<T>::get(netuid)));
		SparseMaps::for_uids(uids.fold(0, usize::saturating_add))
	}

	/// The metagraph of mechanism `mecid` of `netuid`: the subnet's, with the mechanism's
	/// storage index as `netuid` and its own incentive and weight-update columns (`None` if
	/// the mechanism does not exist).
	pub fn get_mechagraph(netuid: NetUid, mecid: MechId) -> Option<Metagraph<T::AccountId>> {
		Self::mechagraph_from(netuid, mecid, &SparseMaps::lookups())
	}

	/// The metagraph of mechanism `mecid` of `netuid`, child keys and identities read from
	/// `maps`.
	fn mechagraph_from(
		netuid: NetUid,
		mecid: MechId,
		maps: &SparseMaps<T>,
	) -> Option<Metagraph<T::AccountId>> {
		let index = Self::ensure_mechanism_exists(netuid, mecid).ok()?;
		let mut graph = Self::metagraph_from(netuid, maps)?;
		let n = SubnetworkN::<T>::get(netuid);
		graph.netuid = Compact(NetUid::new(index.inner()));
		graph.last_update = column(LastUpdate::<T>::get(index), n);
		graph.incentives = column(Incentive::<T>::get(index), n);
		Some(graph)
	}

	/// The metagraph of every mechanism of every subnet, root included, in netuid then
	/// mechanism order.
	pub fn get_all_mechagraphs() -> Vec<Option<Metagraph<T::AccountId>>> {
		let maps = Self::sparse_maps_for_all();
		Self::subnets()
			.into_iter()
			.flat_map(|netuid| {
				(0..MechanismCountCurrent::<T>::get(netuid).max(1))
					.map(move |mecid| (netuid, mecid))
			})
			.map(|(netuid, mecid)| Self::mechagraph_from(netuid, mecid, &maps))
			.collect()
	}

	/// The parts of the metagraph of `netuid` listed in `indexes` (see [`SelectiveMetagraph`];
	/// unknown indexes are ignored; `None` if the subnet does not exist).
	pub fn get_selective_metagraph(
		netuid: NetUid,
		indexes: Vec<u16>,
	) -> Option<SelectiveMetagraph<T::AccountId>> {
		Self::get_selective_mechagraph(netuid, 0, indexes)
	}

	/// The parts of the metagraph of mechanism `mecid` of `netuid` listed in `indexes`
	/// (`None` if the mechanism does not exist).
	pub fn get_selective_mechagraph(
		netuid: NetUid,
		mecid: MechId,
		indexes: Vec<u16>,
	) -> Option<SelectiveMetagraph<T::AccountId>> {
		let wanted: BTreeSet<u16> = indexes.into_iter().collect();
		let mut selected =
			SelectiveMetagraph::select(Self::get_mechagraph(netuid, mecid)?, &wanted);
		if wanted.contains(&VALIDATORS_INDEX) {
			selected.validators = Some(Self::validators_by_stake(netuid));
		}
		if wanted.contains(&COMMITMENTS_INDEX) {
			let commitments = T::Commitments::commitments_of(netuid)
				.into_iter()
				.map(|(hotkey, bytes)| (hotkey, bytes.into_iter().map(Compact).collect()))
				.collect();
			selected.commitments = Some(commitments);
		}
		Some(selected)
	}

	/// UIDs with a validator permit and a stake weight above `StakeThreshold`, by stake
	/// weight, smallest first.
	fn validators_by_stake(netuid: NetUid) -> Vec<Compact<u16>> {
		let permits = ValidatorPermit::<T>::get(netuid);
		let threshold = StakeThreshold::<T>::get();
		let mut validators: Vec<(u64, u16)> = Keys::<T>::iter_prefix(netuid)
			.filter(|(uid, _)| permits.get(usize::from(*uid)).copied().unwrap_or(false))
			.map(|(uid, hotkey)| (Self::stake_weight(&hotkey, netuid), uid))
			.filter(|(stake, _)| *stake > threshold)
			.collect();
		validators.sort();
		validators.into_iter().map(|(_, uid)| Compact(uid)).collect()
	}

	/// The per-UID state of `netuid` (`None` if the subnet does not exist).
	pub fn get_subnet_state(netuid: NetUid) -> Option<SubnetState<T::AccountId>> {
		if !Self::subnet_exists(netuid) {
			return None;
		}
		let columns = Self::uid_columns(netuid, &SparseMaps::lookups());
		let emission_history = Self::subnets()
			.into_iter()
			.map(|other| {
				let emission = Emission::<T>::get(other);
				columns
					.hotkeys
					.iter()
					.map(|hotkey| {
						Uids::<T>::get(other, hotkey)
							.and_then(|uid| emission.get(usize::from(uid)).copied())
							.unwrap_or_default()
					})
					.map(Compact)
					.collect()
			})
			.collect();
		Some(SubnetState {
			netuid: Compact(netuid),
			coldkeys: columns.coldkeys,
			active: columns.active,
			validator_permit: columns.validator_permit,
			pruning_score: Vec::new(),
			last_update: columns.last_update,
			emission: columns.emission,
			dividends: columns.dividends,
			incentives: columns.incentives,
			consensus: columns.consensus,
			trust: Vec::new(),
			rank: Vec::new(),
			block_at_registration: columns.block_at_registration,
			alpha_stake: columns.alpha_stake,
			tao_stake: columns.tao_stake,
			total_stake: columns.total_stake,
			emission_history,
			hotkeys: columns.hotkeys,
		})
	}

	/// The subnet's activity cutoff in blocks.
	pub fn activity_cutoff_blocks(netuid: NetUid) -> u64 {
		subtensor_yuma::activity_cutoff_blocks(
			ActivityCutoffFactorMilli::<T>::get(netuid),
			Tempo::<T>::get(netuid),
		)
	}
}
