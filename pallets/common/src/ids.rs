//! Subnet and mechanism identifiers.

use codec::{CompactAs, Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use core::fmt;
use scale_info::TypeInfo;
use serde::{Deserialize, Serialize};

/// Identifier of a subnet. Netuid 0 is the root subnet; user subnets are numbered from 1.
#[derive(
	Clone,
	Copy,
	Debug,
	Decode,
	DecodeWithMemTracking,
	Default,
	Deserialize,
	Encode,
	Eq,
	Hash,
	MaxEncodedLen,
	Ord,
	PartialEq,
	PartialOrd,
	Serialize,
	TypeInfo,
)]
#[serde(transparent)]
pub struct NetUid(u16);

impl NetUid {
	/// The root subnet.
	pub const ROOT: NetUid = NetUid(0);

	/// The netuid with the given number.
	pub const fn new(value: u16) -> Self {
		Self(value)
	}

	/// The netuid as a plain number.
	pub const fn inner(self) -> u16 {
		self.0
	}

	/// Whether this is the root subnet (netuid 0).
	pub const fn is_root(self) -> bool {
		self.0 == 0
	}

	/// The next netuid, or `None` after `u16::MAX`.
	pub fn next(self) -> Option<Self> {
		self.0.checked_add(1).map(Self)
	}
}

impl From<u16> for NetUid {
	fn from(value: u16) -> Self {
		Self(value)
	}
}

impl From<NetUid> for u16 {
	fn from(value: NetUid) -> Self {
		value.0
	}
}

impl CompactAs for NetUid {
	type As = u16;

	fn encode_as(&self) -> &u16 {
		&self.0
	}

	fn decode_from(value: u16) -> Result<Self, codec::Error> {
		Ok(Self(value))
	}
}

impl From<codec::Compact<NetUid>> for NetUid {
	fn from(value: codec::Compact<NetUid>) -> Self {
		value.0
	}
}

impl fmt::Display for NetUid {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		write!(f, "{}", self.0)
	}
}

/// Identifier of a mechanism (an independent weight/bond set) inside a subnet. Mechanism 0 is
/// the subnet itself.
pub type MechId = u8;

/// Key of mechanism-indexed storage: `mechanism × 4096 + netuid`, so mechanism 0 of a subnet is
/// keyed by the netuid itself.
#[derive(
	Clone,
	Copy,
	Debug,
	Decode,
	DecodeWithMemTracking,
	Default,
	Encode,
	Eq,
	Hash,
	MaxEncodedLen,
	Ord,
	PartialEq,
	PartialOrd,
	TypeInfo,
)]
pub struct NetUidStorageIndex(u16);

impl NetUidStorageIndex {
	/// Netuids per mechanism block of the index space.
	pub const MECHANISM_STRIDE: u16 = 4096;

	/// The storage index of `mechanism` on `netuid` (saturating at `u16::MAX`).
	pub fn new(netuid: NetUid, mechanism: MechId) -> Self {
		Self(u16::from(mechanism).saturating_mul(Self::MECHANISM_STRIDE).saturating_add(netuid.0))
	}

	/// The storage index of mechanism 0 of `netuid`.
	pub const fn of_subnet(netuid: NetUid) -> Self {
		Self(netuid.0)
	}

	/// The index as a plain number.
	pub const fn inner(self) -> u16 {
		self.0
	}
}

impl From<NetUid> for NetUidStorageIndex {
	fn from(netuid: NetUid) -> Self {
		Self::of_subnet(netuid)
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use codec::Compact;

	#[test]
	fn netuid_encodes_as_its_number() {
		assert_eq!(NetUid::new(513).encode(), 513u16.encode());
		assert_eq!(Compact(NetUid::new(513)).encode(), Compact(513u16).encode());
		assert_eq!(NetUid::decode(&mut &[7u8, 0][..]), Ok(NetUid::new(7)));
	}

	#[test]
	fn storage_index_of_mechanism_zero_is_the_netuid() {
		assert_eq!(NetUidStorageIndex::new(NetUid::new(12), 0).inner(), 12);
		assert_eq!(NetUidStorageIndex::new(NetUid::new(12), 1).inner(), 4108);
		assert_eq!(NetUidStorageIndex::new(NetUid::new(12), 200).inner(), u16::MAX);
	}
}
