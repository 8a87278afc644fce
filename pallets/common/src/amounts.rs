//! Amounts of TAO and of a subnet's alpha, in rao (10^-9 of a token).

use codec::{CompactAs, Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use core::fmt;
use scale_info::TypeInfo;
use serde::{Deserialize, Serialize};

/// Declares a `u64` amount newtype with saturating/checked arithmetic and the codec traits.
macro_rules! amount_type {
	($(#[$doc:meta])* $name:ident) => {
		$(#[$doc])*
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
		pub struct $name(u64);

		impl $name {
			/// Nothing.
			pub const ZERO: Self = Self(0);
			/// The largest representable amount.
			pub const MAX: Self = Self(u64::MAX);

			/// The amount of `rao`.
			pub const fn new(rao: u64) -> Self {
				Self(rao)
			}

			/// The amount in rao.
			pub const fn to_u64(self) -> u64 {
				self.0
			}

			/// Whether the amount is zero.
			pub const fn is_zero(self) -> bool {
				self.0 == 0
			}

			/// `self + other`, capped at the maximum.
			pub const fn saturating_add(self, other: Self) -> Self {
				Self(self.0.saturating_add(other.0))
			}

			/// `self − other`, floored at zero.
			pub const fn saturating_sub(self, other: Self) -> Self {
				Self(self.0.saturating_sub(other.0))
			}

			/// `self + other`, or `None` on overflow.
			pub fn checked_add(self, other: Self) -> Option<Self> {
				self.0.checked_add(other.0).map(Self)
			}

			/// `self − other`, or `None` if `other` is larger.
			pub fn checked_sub(self, other: Self) -> Option<Self> {
				self.0.checked_sub(other.0).map(Self)
			}
		}

		impl From<u64> for $name {
			fn from(rao: u64) -> Self {
				Self(rao)
			}
		}

		impl From<$name> for u64 {
			fn from(amount: $name) -> Self {
				amount.0
			}
		}

		impl CompactAs for $name {
			type As = u64;

			fn encode_as(&self) -> &u64 {
				&self.0
			}

			fn decode_from(value: u64) -> Result<Self, codec::Error> {
				Ok(Self(value))
			}
		}

		impl From<codec::Compact<$name>> for $name {
			fn from(value: codec::Compact<$name>) -> Self {
				value.0
			}
		}

		impl fmt::Display for $name {
			fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
				write!(f, "{}", self.0)
			}
		}
	};
}

amount_type!(
	/// An amount of TAO in rao (1 TAO = 10^9 rao).
	TaoBalance
);

amount_type!(
	/// An amount of a subnet's alpha token in alpha-rao (1 alpha = 10^9).
	AlphaBalance
);

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn amounts_encode_as_u64() {
		assert_eq!(TaoBalance::new(5).encode(), 5u64.encode());
		assert_eq!(
			codec::Compact(AlphaBalance::new(300)).encode(),
			codec::Compact(300u64).encode()
		);
	}

	#[test]
	fn arithmetic_saturates() {
		assert_eq!(TaoBalance::MAX.saturating_add(TaoBalance::new(1)), TaoBalance::MAX);
		assert_eq!(TaoBalance::new(1).saturating_sub(TaoBalance::new(2)), TaoBalance::ZERO);
		assert_eq!(TaoBalance::new(1).checked_sub(TaoBalance::new(2)), None);
	}
}
