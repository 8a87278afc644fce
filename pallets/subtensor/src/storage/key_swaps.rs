//! Storage of key swaps: when a coldkey last swapped a hotkey on each subnet, and the coldkey
//! swaps announced and disputed.

use frame_support::pallet_macros::pallet_section;

/// Key-swap storage, imported into the pallet.
#[pallet_section]
mod key_swap_storage {
	/// Block of a coldkey's last hotkey swap touching a subnet: (netuid, coldkey).
	#[pallet::storage]
	pub type LastHotkeySwapOnNetuid<T: Config> =
		StorageDoubleMap<_, Identity, NetUid, Blake2_128Concat, T::AccountId, u64, ValueQuery>;

	/// A coldkey's announced swap: (first block it may be executed, BlakeTwo256 hash of the
	/// new coldkey).
	#[pallet::storage]
	pub type ColdkeySwapAnnouncements<T: Config> =
		StorageMap<_, Twox64Concat, T::AccountId, (BlockNumberFor<T>, sp_core::H256), OptionQuery>;

	/// The block a coldkey's announced swap was disputed (the account is frozen until root
	/// resets it).
	#[pallet::storage]
	pub type ColdkeySwapDisputes<T: Config> =
		StorageMap<_, Twox64Concat, T::AccountId, BlockNumberFor<T>, OptionQuery>;
}
