//! Chain facts that users and clients rely on: units, block time, account limits.

use crate::{Balance, BlockNumber};

/// Currency units. 1 TAO = 10^9 rao; rao is the unit of every on-chain balance.
pub mod currency {
	use super::Balance;

	/// The smallest unit.
	pub const RAO: Balance = 1;
	/// One TAO.
	pub const TAO: Balance = 1_000_000_000;
	/// Token symbol reported in `system_properties`.
	pub const TOKEN_SYMBOL: &str = "TAO";
	/// Decimals reported in `system_properties`.
	pub const TOKEN_DECIMALS: u8 = 9;
	/// The minimum balance an account must hold to exist.
	pub const EXISTENTIAL_DEPOSIT: Balance = 500 * RAO;
}

/// Block time and the time helpers expressed in blocks.
pub mod time {
	use super::BlockNumber;

	/// Target block time in production: 12 s. It is the Aura slot length and cannot change after
	/// genesis without halting block production (a development chain sealing at a fixed
	/// interval stores its own, see `configs::consensus::SlotDurationMillis`).
	pub const MILLISECS_PER_BLOCK: u64 = 12_000;
	/// Aura slot duration (equal to the block time).
	pub const SLOT_DURATION: u64 = MILLISECS_PER_BLOCK;
	/// Blocks per minute.
	pub const MINUTES: BlockNumber = (60_000 / MILLISECS_PER_BLOCK) as BlockNumber;
	/// Blocks per hour.
	pub const HOURS: BlockNumber = MINUTES * 60;
	/// Blocks per day.
	pub const DAYS: BlockNumber = HOURS * 24;
}

/// SS58 address prefix (generic Substrate, as on the real chain).
pub const SS58_PREFIX: u16 = 42;
