//! Bounds that depend on other stored values, the mechanism-count change, and the owner-hotkey
//! change.

use crate::{gates::check, Config, Error, Pallet};
use frame_system::pallet_prelude::OriginFor;
use pallet_subtensor::{
	Error as SubtensorError, Event as SubtensorEvent, LastRateLimitedBlock, LiquidAlphaOn,
	MaxAllowedUids, MaxMechanismCount, MechanismCountCurrent, MechanismEmissionSplit,
	MinAllowedUids, Pallet as Subtensor, RateLimitKey, SubnetOwnerHotkey, SubnetworkN, Tempo,
	WeightsVersionKeyRateLimit,
};
use sp_runtime::DispatchResult;
use subtensor_common::{MechId, NetUid};

/// Owners may not set a bond moving average above this.
pub const MAX_OWNER_BONDS_MOVING_AVERAGE: u64 = 975_000;
/// Blocks between two owner changes of the mechanism count or split.
pub const MECHANISM_CHANGE_RATE_LIMIT: u64 = 7_200;
/// Blocks between two owner trims of the UID capacity (30 days).
pub const UID_TRIM_RATE_LIMIT: u64 = 216_000;
pub use subtensor_common::MECHANISM_HARD_CAP;
/// Most UIDs across all mechanisms of a subnet.
pub const MAX_UIDS_ACROSS_MECHANISMS: u32 = 256;
/// Lowest liquid-alpha bound (≈ 0.025 of 65535).
pub const MIN_ALPHA: u16 = 1_638;
/// Blocks between two changes of a subnet's owner hotkey.
pub const OWNER_HOTKEY_RATE_LIMIT: u64 = 50_400;

impl<T: Config> Pallet<T> {
	/// A UID capacity must respect `MinAllowedUids`, hold the UIDs in use, be at most 256, and
	/// stay within 256 across all mechanisms (checked in the reference's order).
	pub fn check_max_allowed_uids(netuid: NetUid, max_allowed_uids: u16) -> DispatchResult {
		check(
			max_allowed_uids >= MinAllowedUids::<T>::get(netuid),
			Error::<T>::MaxAllowedUidsLessThanMinAllowedUids,
		)?;
		check(
			max_allowed_uids >= SubnetworkN::<T>::get(netuid),
			Error::<T>::MaxAllowedUIdsLessThanCurrentUIds,
		)?;
		check(
			u32::from(max_allowed_uids) <= MAX_UIDS_ACROSS_MECHANISMS,
			Error::<T>::MaxAllowedUidsGreaterThanDefaultMaxAllowedUids,
		)?;
		Self::check_uids_across_mechanisms(
			max_allowed_uids,
			MechanismCountCurrent::<T>::get(netuid),
		)
	}

	/// `uids × mechanisms` must be at most 256 (`TooManyUIDsPerMechanism`).
	fn check_uids_across_mechanisms(uids: u16, mechanisms: MechId) -> DispatchResult {
		check(
			u32::from(uids).saturating_mul(u32::from(mechanisms)) <= MAX_UIDS_ACROSS_MECHANISMS,
			SubtensorError::<T>::TooManyUIDsPerMechanism,
		)
	}

	/// Liquid alpha must be on and `1638 ≤ alpha_low ≤ alpha_high` (`SubtensorModule`'s errors,
	/// as on the reference).
	pub fn check_alpha_values(netuid: NetUid, alpha_low: u16, alpha_high: u16) -> DispatchResult {
		check(LiquidAlphaOn::<T>::get(netuid), SubtensorError::<T>::LiquidAlphaDisabled)?;
		check(alpha_high >= MIN_ALPHA, SubtensorError::<T>::AlphaHighTooLow)?;
		check(
			(MIN_ALPHA..=alpha_high).contains(&alpha_low),
			SubtensorError::<T>::AlphaLowOutOfRange,
		)
	}

	/// A mechanism count must be within 1..=`MaxMechanismCount` (`InvalidValue`) and leave at
	/// most 256 UIDs across all mechanisms (`TooManyUIDsPerMechanism`).
	pub fn check_mechanism_count(netuid: NetUid, count: MechId) -> DispatchResult {
		check(
			count >= 1 && count <= MaxMechanismCount::<T>::get().min(MECHANISM_HARD_CAP),
			SubtensorError::<T>::InvalidValue,
		)?;
		Self::check_uids_across_mechanisms(MaxAllowedUids::<T>::get(netuid), count)
	}

	/// Sets the mechanism count: removed mechanisms lose their weights, bonds, weight commits
	/// and per-UID vectors, new ones get an entry per UID, and the emission split goes back to
	/// even.
	pub fn apply_mechanism_count(netuid: NetUid, count: MechId) {
		Subtensor::<T>::set_mechanism_columns(netuid, count);
		MechanismEmissionSplit::<T>::remove(netuid);
	}

	/// A split has at most one share per mechanism and its shares sum to exactly 65535
	/// (`InvalidValue`).
	pub fn check_emission_split(netuid: NetUid, split: Option<&[u16]>) -> DispatchResult {
		let Some(shares) = split else { return Ok(()) };
		let total = shares.iter().map(|share| u32::from(*share)).fold(0u32, u32::saturating_add);
		check(
			shares.len() <= usize::from(MechanismCountCurrent::<T>::get(netuid))
				&& total == u32::from(u16::MAX),
			SubtensorError::<T>::InvalidValue,
		)
	}

	/// Blocks an owner waits between two weights-version-key changes.
	pub fn weights_version_key_rate_limit(netuid: NetUid) -> u64 {
		WeightsVersionKeyRateLimit::<T>::get().saturating_mul(u64::from(Tempo::<T>::get(netuid)))
	}

	/// Sets the subnet owner's hotkey; it must be usable by the owner coldkey.
	pub fn do_set_owner_hotkey(
		origin: OriginFor<T>,
		netuid: NetUid,
		hotkey: T::AccountId,
	) -> DispatchResult {
		Subtensor::<T>::ensure_subnet_owner_or_root(origin, netuid)?;
		let key = RateLimitKey::SetSNOwnerHotkey(netuid);
		let now = Subtensor::<T>::current_block();
		check(
			pallet_subtensor::passes_rate_limit(
				LastRateLimitedBlock::<T>::get(&key),
				OWNER_HOTKEY_RATE_LIMIT,
				now,
			),
			SubtensorError::<T>::TxRateLimitExceeded,
		)?;
		let owner = pallet_subtensor::SubnetOwner::<T>::get(netuid);
		Subtensor::<T>::ensure_hotkey_usable_by(&owner, &hotkey)?;
		Subtensor::<T>::create_account_if_non_existent(&owner, &hotkey);
		SubnetOwnerHotkey::<T>::insert(netuid, &hotkey);
		LastRateLimitedBlock::<T>::insert(key, now);
		Subtensor::<T>::deposit_event(SubtensorEvent::SubnetOwnerHotkeySet(netuid, hotkey));
		Ok(())
	}
}
