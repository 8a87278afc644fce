//! Storage of child keys: which hotkeys lend stake weight to which on each subnet, the changes
//! waiting out their cooldown, and the takes children keep of what they pass back.

use frame_support::pallet_macros::pallet_section;

/// Child-key storage, imported into the pallet.
#[pallet_section]
mod children_storage {
	/// A parent hotkey's children on a subnet: (proportion of `u64::MAX` of its stake weight,
	/// child hotkey), at most five.
	#[pallet::storage]
	pub type ChildKeys<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Identity,
		NetUid,
		Vec<(u64, T::AccountId)>,
		ValueQuery,
	>;

	/// A child hotkey's parents on a subnet: (proportion the parent gives, parent hotkey); the
	/// mirror of `ChildKeys`.
	#[pallet::storage]
	pub type ParentKeys<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Identity,
		NetUid,
		Vec<(u64, T::AccountId)>,
		ValueQuery,
	>;

	/// A parent's new children on a subnet waiting for their cooldown: (children, the block
	/// after which they apply at the subnet's next epoch).
	#[pallet::storage]
	pub type PendingChildKeys<T: Config> = StorageDoubleMap<
		_,
		Identity,
		NetUid,
		Blake2_128Concat,
		T::AccountId,
		(Vec<(u64, T::AccountId)>, u64),
		ValueQuery,
	>;

	/// Where the next epoch of a subnet resumes looking through its pending child keys (the
	/// raw storage key of the last one looked at; empty: from the start).
	#[pallet::storage]
	pub type PendingChildKeysCursor<T: Config> =
		StorageMap<_, Identity, NetUid, Vec<u8>, ValueQuery>;

	/// How many parent–child links a subnet holds (entries of its children's `ParentKeys`).
	#[pallet::storage]
	pub type ChildKeyLinkCount<T: Config> = StorageMap<_, Identity, NetUid, u32, ValueQuery>;

	/// The take (÷65535) a child hotkey keeps of the dividends it passes to its parents on a
	/// subnet (the take in force is at least the subnet's floor).
	#[pallet::storage]
	pub type ChildkeyTake<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Identity, NetUid, u16, ValueQuery>;

	/// Whether a root validator hotkey adopts every new subnet's owner hotkey as its child
	/// (default: yes).
	#[pallet::storage]
	pub type AutoParentDelegationEnabled<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, bool, ValueQuery, ConstBool<true>>;
}
