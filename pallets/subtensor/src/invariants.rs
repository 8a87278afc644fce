//! Conservation checks, run by `try_state` (try-runtime) and after every unit test:
//!
//! - `TotalStake` is the sum of the pools' TAO reserves, and each subnet account holds at least
//!   its pool's reserve;
//! - no TAO exists that the pallet did not issue: the balances' total issuance is at most
//!   `TotalIssuance` (fees and reaped dust only ever lower the former);
//! - per subnet, the hotkeys' share pools and the emission waiting in the pending buckets
//!   together hold no more than the alpha outstanding (`SubnetAlphaOut`; it also holds what
//!   root stakers may still claim, and `burn_alpha` destroys alpha that keeps counting);
//! - per hotkey pool, the stakers' shares add up to the pool's shares (up to float rounding)
//!   and their stakes to no more than the pool's value, and `StakePositionCount` counts them;
//! - per subnet, every per-UID column has one entry per UID
//!   (`registration::neuron_columns`);
//! - child keys are two-sided (`ChildKeys` mirrors `ParentKeys`) and counted per subnet;
//! - a subnet keeps a saved Yuma permit count exactly while it runs Null consensus, and then
//!   hands out one permit;
//! - miner collateral: no lock exceeds its position's stake, no entry is empty, and each
//!   coldkey's totals, hotkey indexes and each subnet's entry count match the entries.

use crate::*;
use alloc::collections::{BTreeMap, BTreeSet};
use frame_support::traits::fungible::Inspect;
use subtensor_common::{AlphaBalance, NetUid, TaoBalance};

/// Relative rounding the share sums may show after many operations (10^-15).
const SHARE_TOLERANCE: u64 = 1_000_000_000_000_000;

/// `a` and `b` differ by at most a `1 / SHARE_TOLERANCE` part of the larger one.
fn nearly_equal(a: &SafeFloat, b: &SafeFloat) -> bool {
	let (low, high) = if a <= b { (a, b) } else { (b, a) };
	high.sub(low).mul_div(SHARE_TOLERANCE, 1) <= *high
}

impl<T: Config> Pallet<T> {
	/// Checks the invariants above; the error names the first one that fails.
	pub fn check_invariants() -> Result<(), &'static str> {
		let subnets = Self::subnets();
		if u128::from(T::Currency::total_issuance())
			> u128::from(TotalIssuance::<T>::get().to_u64())
		{
			return Err("more TAO exists than TotalIssuance records as issued");
		}
		let reserves = subnets
			.iter()
			.fold(TaoBalance::ZERO, |sum, netuid| sum.saturating_add(SubnetTAO::<T>::get(netuid)));
		if reserves != TotalStake::<T>::get() {
			return Err("TotalStake differs from the sum of the pools' TAO reserves");
		}
		for netuid in &subnets {
			let held = T::Currency::balance(&Self::subnet_account_id(*netuid));
			if held < SubnetTAO::<T>::get(netuid).to_u64() {
				return Err("a subnet account holds less TAO than its pool's reserve");
			}
			Self::check_neuron_columns(*netuid)?;
			let null = SubnetEpochConsensus::<T>::get(netuid) == EpochConsensus::Null;
			if null != SavedYumaMaxAllowedValidators::<T>::contains_key(netuid) {
				return Err("a saved Yuma permit count without Null consensus, or the reverse");
			}
			if null && MaxAllowedValidators::<T>::get(netuid) != NULL_VALIDATOR_PERMITS {
				return Err("a Null subnet hands out more than one validator permit");
			}
		}

		// A dissolving subnet's positions and pools are removed over several blocks, so they
		// need not add up until its payout is complete.
		let dissolving: BTreeSet<NetUid> = DissolvingSubnets::<T>::iter_keys().collect();
		let mut staked: BTreeMap<(T::AccountId, NetUid), (SafeFloat, u128, u32)> = BTreeMap::new();
		for ((hotkey, _, netuid), shares) in AlphaV2::<T>::iter() {
			if dissolving.contains(&netuid) {
				continue;
			}
			let value = u128::from(Self::share_pool(&hotkey, netuid).value_of(&shares));
			let entry = staked.entry((hotkey, netuid)).or_insert((SafeFloat::ZERO, 0, 0));
			entry.0 = entry.0.add(&shares);
			entry.1 = entry.1.saturating_add(value);
			entry.2 = entry.2.saturating_add(1);
		}
		let mut alpha_out: BTreeMap<NetUid, u128> = BTreeMap::new();
		for (hotkey, netuid, value) in TotalHotkeyAlpha::<T>::iter() {
			if dissolving.contains(&netuid) {
				continue;
			}
			let entry = alpha_out.entry(netuid).or_default();
			*entry = entry.saturating_add(u128::from(value.to_u64()));
			let (shares, stakes, positions) =
				staked.remove(&(hotkey.clone(), netuid)).unwrap_or_default();
			if positions != StakePositionCount::<T>::get(&hotkey, netuid) {
				return Err("a pool's position count differs from its stakers");
			}
			if !nearly_equal(&shares, &TotalHotkeySharesV2::<T>::get(&hotkey, netuid)) {
				return Err("the stakers' shares do not add up to their pool's shares");
			}
			if stakes > u128::from(value.to_u64()) {
				return Err("the stakers' stakes add up to more than their pool");
			}
		}
		if !staked.is_empty() {
			return Err("shares held in a pool that does not exist");
		}
		for netuid in &subnets {
			let pending = [
				PendingServerEmission::<T>::get(netuid),
				PendingValidatorEmission::<T>::get(netuid),
				PendingRootAlphaDivs::<T>::get(netuid),
				PendingOwnerCut::<T>::get(netuid),
			];
			let pooled =
				pending.iter().fold(alpha_out.get(netuid).copied().unwrap_or(0), |sum, bucket| {
					sum.saturating_add(u128::from(bucket.to_u64()))
				});
			if pooled > u128::from(SubnetAlphaOut::<T>::get(netuid).to_u64()) {
				return Err("pools and pending emission hold more than the alpha outstanding");
			}
		}
		Self::check_child_keys()?;
		Self::check_collateral()
	}

	/// Collateral entries against their stake and their aggregates (dissolving subnets'
	/// entries are being removed).
	fn check_collateral() -> Result<(), &'static str> {
		let mut totals: BTreeMap<(T::AccountId, NetUid), AlphaBalance> = BTreeMap::new();
		let mut indexed: BTreeSet<(T::AccountId, NetUid, T::AccountId)> = BTreeSet::new();
		let mut counts: BTreeMap<NetUid, u32> = BTreeMap::new();
		for ((netuid, hotkey, coldkey), state) in MinerCollateral::<T>::iter() {
			if DissolvingSubnets::<T>::contains_key(netuid) {
				continue;
			}
			if state.locked > Self::stake_of(&hotkey, &coldkey, netuid) {
				return Err("a collateral lock exceeds its position's stake");
			}
			if state.locked.is_zero() && state.min_locked.is_zero() {
				return Err("an empty collateral entry is stored");
			}
			let total = totals.entry((coldkey.clone(), netuid)).or_default();
			*total = total.saturating_add(state.locked);
			indexed.insert((coldkey, netuid, hotkey));
			let count = counts.entry(netuid).or_default();
			*count = count.saturating_add(1);
		}
		let stored: BTreeMap<(T::AccountId, NetUid), AlphaBalance> =
			ColdkeyMinerCollateral::<T>::iter()
				.filter(|(_, netuid, _)| !DissolvingSubnets::<T>::contains_key(netuid))
				.map(|(coldkey, netuid, total)| ((coldkey, netuid), total))
				.collect();
		totals.retain(|_, total| !total.is_zero());
		if stored != totals {
			return Err("ColdkeyMinerCollateral differs from the locks stored");
		}
		let listed: BTreeSet<(T::AccountId, NetUid, T::AccountId)> =
			ColdkeyCollateralHotkeys::<T>::iter()
				.filter(|(_, netuid, _)| !DissolvingSubnets::<T>::contains_key(netuid))
				.flat_map(|(coldkey, netuid, hotkeys)| {
					hotkeys.into_iter().map(move |hotkey| (coldkey.clone(), netuid, hotkey))
				})
				.collect();
		if listed != indexed {
			return Err("ColdkeyCollateralHotkeys differs from the collateral entries");
		}
		let counted: BTreeMap<NetUid, u32> = CollateralEntryCount::<T>::iter()
			.filter(|(netuid, count)| *count > 0 && !DissolvingSubnets::<T>::contains_key(netuid))
			.collect();
		if counted != counts {
			return Err("CollateralEntryCount differs from the collateral entries");
		}
		Ok(())
	}

	/// Child keys are two-sided: every parent's child lists the parent with the same
	/// proportion and vice versa, and each subnet's link count is its number of links (a
	/// dissolving subnet's links are being removed).
	fn check_child_keys() -> Result<(), &'static str> {
		let live = |netuid: &NetUid| !DissolvingSubnets::<T>::contains_key(netuid);
		let mut links: BTreeMap<NetUid, u32> = BTreeMap::new();
		for (child, netuid, parents) in ParentKeys::<T>::iter().filter(|(_, n, _)| live(n)) {
			for (share, parent) in &parents {
				if !ChildKeys::<T>::get(parent, netuid).contains(&(*share, child.clone())) {
					return Err("a parent link without its child link");
				}
			}
			let count = links.entry(netuid).or_default();
			*count = count.saturating_add(u32::try_from(parents.len()).unwrap_or(u32::MAX));
		}
		for (parent, netuid, children) in ChildKeys::<T>::iter().filter(|(_, n, _)| live(n)) {
			for (share, child) in &children {
				if !ParentKeys::<T>::get(child, netuid).contains(&(*share, parent.clone())) {
					return Err("a child link without its parent link");
				}
			}
		}
		let counted: BTreeMap<NetUid, u32> =
			ChildKeyLinkCount::<T>::iter().filter(|(n, count)| *count > 0 && live(n)).collect();
		if counted != links {
			return Err("ChildKeyLinkCount differs from the links stored");
		}
		Ok(())
	}
}
