//! Storage of key swaps: when a coldkey last swapped a hotkey on each subnet.

use frame_support::pallet_macros::pallet_section;

/// Key-swap storage, imported into the pallet.
#[pallet_section]
mod key_swap_storage {
	/// Block of a coldkey's last hotkey swap touching a subnet: (netuid, coldkey).
	#[pallet::storage]
	pub type LastHotkeySwapOnNetuid<T: Config> =
		StorageDoubleMap<_, Identity, NetUid, Blake2_128Concat, T::AccountId, u64, ValueQuery>;
}
