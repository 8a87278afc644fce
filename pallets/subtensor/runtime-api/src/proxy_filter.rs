//! The proxy filter as data: which calls each kind of proxy may make, in the shape the real
//! chain's `ProxyFilterRuntimeApi` answers (field names and order are part of the contract;
//! clients decode them from the metadata).

use alloc::vec::Vec;
use codec::{Decode, Encode};
use scale_info::TypeInfo;

/// A kind of proxy: its name, its `u8` index in `Proxy.add_proxy` and whether it is retired.
#[derive(Clone, PartialEq, Eq, Encode, Decode, Debug, TypeInfo)]
pub struct ProxyTypeInfo {
	/// The variant's name, e.g. `b"Staking"`.
	pub name: Vec<u8>,
	/// The variant's SCALE index.
	pub index: u8,
	/// A retired kind: it can still be added, but it allows nothing.
	pub deprecated: bool,
}

/// How a kind's `calls` list is read.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, Debug, TypeInfo)]
pub enum FilterMode {
	/// Every call is allowed; the lists are empty.
	AllowAll,
	/// No call is allowed; the lists are empty.
	DenyAll,
	/// Only the calls listed are allowed, except those in `exceptions`.
	Allow,
	/// Every call is allowed but those listed.
	Deny,
}

/// An extra requirement on a listed call.
#[derive(Clone, PartialEq, Eq, Encode, Decode, Debug, TypeInfo)]
pub enum CallCondition {
	/// The call's numeric argument `param_name` must be below `limit`.
	ParamLessThan {
		/// The argument's name in the call's metadata.
		param_name: Vec<u8>,
		/// The exclusive bound, in the argument's own unit (rao for TAO and alpha).
		limit: u128,
	},
	/// The call wraps another call, which must be `pallet_name::call_name`.
	NestedCallMustBe {
		/// The wrapped call's pallet.
		pallet_name: Vec<u8>,
		/// The wrapped call's name.
		call_name: Vec<u8>,
	},
}

/// One call (or one whole pallet) of a kind's list.
#[derive(Clone, PartialEq, Eq, Encode, Decode, Debug, TypeInfo)]
pub struct CallInfo {
	/// The pallet's name in the runtime, e.g. `b"SubtensorModule"`.
	pub pallet_name: Vec<u8>,
	/// The pallet's index in the runtime.
	pub pallet_index: u8,
	/// The call's name; `None`: every call of the pallet.
	pub call_name: Option<Vec<u8>>,
	/// The call's index in its pallet; `None`: every call of the pallet.
	pub call_index: Option<u8>,
	/// A requirement on the call's arguments, if any.
	pub condition: Option<CallCondition>,
}

/// What one kind of proxy may call.
#[derive(Clone, PartialEq, Eq, Encode, Decode, Debug, TypeInfo)]
pub struct ProxyFilterInfo {
	/// The kind's SCALE index.
	pub proxy_type: u8,
	/// The kind's name.
	pub name: Vec<u8>,
	/// A retired kind (then `filter_mode` is `DenyAll`).
	pub deprecated: bool,
	/// How `calls` is read.
	pub filter_mode: FilterMode,
	/// The calls allowed (`Allow`) or refused (`Deny`).
	pub calls: Vec<CallInfo>,
	/// Calls of `calls` that are refused after all (`Allow` only).
	pub exceptions: Vec<CallInfo>,
}
