//! Events of `SubtensorModule`, at the real chain's variant indices (clients decode them by
//! name and field order).

use frame_support::pallet_macros::pallet_section;

/// The pallet's events, imported into the pallet.
#[pallet_section]
mod events {
	/// Something happened on a subnet or to a neuron.
	#[pallet::event]
	#[pallet::generate_deposit(pub(crate) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A subnet was created: (netuid, mechanism).
		#[codec(index = 0)]
		NetworkAdded(NetUid, u16),
		/// A subnet was dissolved.
		#[codec(index = 1)]
		NetworkRemoved(NetUid),
		/// A hotkey took a UID: (netuid, uid, hotkey).
		#[codec(index = 6)]
		NeuronRegistered(NetUid, u16, T::AccountId),
		/// A hotkey served its axon: (netuid, hotkey).
		#[codec(index = 28)]
		AxonServed(NetUid, T::AccountId),
		/// A hotkey served its Prometheus endpoint: (netuid, hotkey).
		#[codec(index = 29)]
		PrometheusServed(NetUid, T::AccountId),
		/// A subnet's tempo changed.
		#[codec(index = 52)]
		TempoSet(NetUid, u16),
		/// A subnet's identity was set.
		#[codec(index = 78)]
		SubnetIdentitySet(NetUid),
		/// A subnet's owner hotkey was set.
		#[codec(index = 94)]
		SubnetOwnerHotkeySet(NetUid, T::AccountId),
		/// `start_call`: the subnet emits from this block on.
		#[codec(index = 95)]
		FirstEmissionBlockNumberSet(NetUid, u64),
		/// A subnet's token symbol changed.
		#[codec(index = 105)]
		SymbolUpdated {
			/// The subnet.
			netuid: NetUid,
			/// The new symbol (UTF-8).
			symbol: Vec<u8>,
		},
		/// A subnet's activity cutoff factor changed.
		#[codec(index = 130)]
		ActivityCutoffFactorMilliSet {
			/// The subnet.
			netuid: NetUid,
			/// Thousandths of a tempo.
			factor_milli: u32,
		},
		/// The owner scheduled an epoch.
		#[codec(index = 131)]
		EpochTriggered {
			/// The subnet.
			netuid: NetUid,
			/// The owner coldkey.
			by: T::AccountId,
			/// Block at which the epoch runs.
			fires_at: u64,
		},
	}
}
