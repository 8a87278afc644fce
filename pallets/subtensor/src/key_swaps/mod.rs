//! Key swaps: a coldkey hands everything it owns to another coldkey (`coldkey.rs`, with what
//! moves listed there), or replaces one of its hotkeys by another (`hotkey.rs`: `swap_hotkey`
//! [70], `swap_hotkey_v2` [72]), moving what the old hotkey is and holds (`hotkey_stake.rs`:
//! its stake positions and root dividend claims).
//!
//! Everything keyed by a hotkey that a swap moves, in one place (per swapped subnet unless
//! noted):
//!
//! | storage | moved by |
//! |---|---|
//! | `IsNetworkMember`, `Uids`, `Keys` (the UID keeps its values), `Axons`, `Prometheus`, `NeuronCertificates`, `WeightCommits` (each mechanism) | `move_neuron` |
//! | pallet `Commitments`: `CommitmentOf`, `LastCommitment`, `LastBondsReset`, `RevealedCommitments`, `UsedSpaceOf` | `SubnetCommitments::move_hotkey` |
//! | `ChildKeys`, `ParentKeys` (both sides), `PendingChildKeys`, `ChildkeyTake`, `TransactionKeyLastBlock` (child-key rate limits) | `move_key_links` (`children`) |
//! | `AutoStakeDestinationColdkeys` and the coldkeys' `AutoStakeDestination` | `move_neuron` |
//! | `SubnetOwnerHotkey` | `move_neuron` |
//! | stake (unless `keep_stake`): `AlphaV2`, `TotalHotkeyAlpha`, `TotalHotkeySharesV2`, `StakePositionCount`, the stakers' `StakingHotkeys`, `AlphaDividendsPerSubnet`, `RootAlphaDividendsPerSubnet` | `move_positions` (`hotkey_stake.rs`) |
//! | collateral (unless `keep_stake`, refused while there is any): `MinerCollateral`, the coldkeys' `ColdkeyCollateralHotkeys` | `move_hotkey_collateral` (`collateral/swaps.rs`) |
//! | on root (unless `keep_stake`): `RootClaimable`, `RootClaimed` (every subnet), `AutoParentDelegationEnabled` | `move_root_claims` (`hotkey_stake.rs`) |
//! | once: `Owner`, `OwnedHotkeys` | `do_swap_hotkey` (`hotkey.rs`) |
//! | all subnets only: `Delegates`, `LastRateLimitedBlock` (`LastTxBlock`, `LastTxBlockDelegateTake`) | `move_hotkey_globals` |
//!
//! Per-UID columns (weights, bonds, emission, last update, …) stay with the UID, which the new
//! hotkey now holds. `LastColdkeyHotkeyStakeBlock` is a record of past staking and stays.

pub mod coldkey;
pub mod hotkey;
pub mod hotkey_stake;

use crate::*;
use frame_support::{ensure, traits::Get, weights::Weight};
use sp_runtime::DispatchResult;
use subtensor_common::{NetUid, TaoBalance};

impl<T: Config> Pallet<T> {
	/// Weight of a hotkey swap of `old` (see [`Pallet::do_swap_hotkey`]) on `netuid` (`None`:
	/// all subnets): the subnets it goes through and, unless `keep_stake`, the stake positions
	/// it moves (the others of `old` are only read), its collateral per subnet and, when root is
	/// swapped, every root claim record.
	pub fn swap_hotkey_weight(
		old: &T::AccountId,
		netuid: Option<NetUid>,
		keep_stake: bool,
	) -> Weight {
		let subnets = match netuid {
			Some(_) => 1,
			None => u32::from(TotalNetworks::<T>::get()),
		};
		// Collateral, per subnet: the check for an entry, or moving it (its entry, the target's,
		// the coldkey's index and the subnet's count).
		let collateral = T::DbWeight::get().reads_writes(
			u64::from(subnets).saturating_mul(4),
			u64::from(subnets).saturating_mul(4),
		);
		let weight = T::WeightInfo::swap_hotkey(subnets).saturating_add(collateral);
		if keep_stake {
			return weight;
		}
		let positions =
			StakePositionCount::<T>::iter_prefix_values(old).fold(0u32, u32::saturating_add);
		let moved = match netuid {
			Some(netuid) => StakePositionCount::<T>::get(old, netuid),
			None => positions,
		};
		let weight = weight
			.saturating_add(T::WeightInfo::swap_hotkey_positions(moved))
			.saturating_add(T::DbWeight::get().reads(u64::from(positions.saturating_sub(moved))));
		if netuid.is_some_and(|netuid| !netuid.is_root()) {
			return weight;
		}
		let claimable = u32::try_from(RootClaimable::<T>::get(old).len()).unwrap_or(u32::MAX);
		let stakers = StakePositionCount::<T>::get(old, NetUid::ROOT);
		weight.saturating_add(T::WeightInfo::swap_hotkey_root_claims(
			claimable.saturating_mul(stakers.saturating_add(1)),
		))
	}

	/// Recycles a swap's fee from `coldkey` (keeping the account alive), all of it or nothing
	/// (`unaffordable` when it cannot pay).
	pub(crate) fn recycle_swap_fee(
		coldkey: &T::AccountId,
		cost: TaoBalance,
		unaffordable: Error<T>,
	) -> DispatchResult {
		ensure!(Self::spendable_keeping_alive(coldkey) >= cost, unaffordable);
		Self::recycle_tao(coldkey, cost)?;
		Ok(())
	}
}
