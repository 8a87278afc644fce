//! An upcoming epoch as the chain reports it to clients: the input the epoch will read and
//! the hotkey behind each UID. The runtime assembles it; the simulator turns it into a
//! scenario.

use crate::epoch::EpochInput;
use alloc::vec::Vec;

/// The next epoch of one mechanism of a subnet.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "codec", derive(codec::Encode, codec::Decode, scale_info::TypeInfo))]
pub struct EpochSnapshot<AccountId> {
	/// What the epoch will read: `now` is the block it is due at, `emission` the alpha it
	/// will distribute.
	pub input: EpochInput,
	/// The hotkey of each UID, in UID order (`None` where a UID has none).
	pub hotkeys: Vec<Option<AccountId>>,
}
