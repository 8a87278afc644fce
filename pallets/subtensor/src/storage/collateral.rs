//! Storage of miner collateral: the subnets' collateral settings and the locks on stake
//! positions (see `collateral/`).

use frame_support::pallet_macros::pallet_section;

/// Collateral storage, imported into the pallet.
#[pallet_section]
mod collateral_storage {
	/// Share of a subnet's registration price locked as collateral instead of burned
	/// (÷65 535; at most [`crate::collateral::MAX_COLLATERAL_LOCK_SHARE`]); 0 (the default)
	/// burns the whole price.
	#[pallet::storage]
	pub type CollateralLockShare<T> = StorageMap<_, Identity, NetUid, u16, ValueQuery>;

	/// One alpha of collateral released per alpha earned.
	#[pallet::type_value]
	pub fn DefaultCollateralDrainRatio() -> U64F64 {
		U64F64::from_num(1)
	}

	/// Alpha of collateral a subnet releases per alpha its miner earns (in (0, 10]); each lock
	/// keeps the ratio of the day it was created.
	#[pallet::storage]
	pub type CollateralDrainRatio<T> =
		StorageMap<_, Identity, NetUid, U64F64, ValueQuery, DefaultCollateralDrainRatio>;

	/// The collateral of a stake position: (netuid, hotkey, coldkey) → its lock. Locked alpha
	/// stays staked but cannot be unstaked, moved or burned until emission releases it.
	#[pallet::storage]
	pub type MinerCollateral<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Identity, NetUid>,
			NMapKey<Blake2_128Concat, T::AccountId>,
			NMapKey<Blake2_128Concat, T::AccountId>,
		),
		MinerCollateralState,
		OptionQuery,
	>;

	/// A coldkey's locked collateral on a subnet, summed over its hotkeys.
	#[pallet::storage]
	pub type ColdkeyMinerCollateral<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Identity,
		NetUid,
		AlphaBalance,
		ValueQuery,
	>;

	/// The hotkeys a coldkey holds collateral entries with on a subnet, so a coldkey swap finds
	/// them: (coldkey, netuid) → hotkeys.
	#[pallet::storage]
	pub type ColdkeyCollateralHotkeys<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Identity,
		NetUid,
		BoundedVec<T::AccountId, ConstU32<MAX_COLDKEY_COLLATERAL_HOTKEYS>>,
		ValueQuery,
	>;

	/// How many collateral entries a subnet has (this chain's own), so an epoch on a subnet
	/// without any reads one value.
	#[pallet::storage]
	pub type CollateralEntryCount<T> = StorageMap<_, Identity, NetUid, u32, ValueQuery>;
}
