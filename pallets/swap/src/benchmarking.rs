//! Benchmarks of the `Swap` calls.

use crate::*;
use frame_benchmarking::v2::*;
use frame_support::traits::Get;
use frame_system::RawOrigin;
use subtensor_common::NetUid;

#[benchmarks]
mod benchmarks {
	use super::*;

	/// Root's fee rate on the root subnet, which exists from genesis.
	#[benchmark]
	fn set_fee_rate() {
		let rate = T::MaxFeeRate::get();
		#[extrinsic_call]
		set_fee_rate(RawOrigin::Root, NetUid::ROOT, rate);
		assert_eq!(FeeRate::<T>::get(NetUid::ROOT), rate);
	}
}
