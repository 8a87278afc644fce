//! Drand: quicknet's pulses, fetched by the offchain worker and submitted unsigned; the runtime
//! makes such bare transactions for it.

use crate::{Runtime, RuntimeCall, UncheckedExtrinsic};
use frame_support::traits::ConstU64;
use frame_system::offchain::{CreateBare, CreateTransactionBase, SigningTypes};
use sp_runtime::{traits::Verify, MultiSignature};

impl SigningTypes for Runtime {
	type Public = <MultiSignature as Verify>::Signer;
	type Signature = MultiSignature;
}

impl<C> CreateTransactionBase<C> for Runtime
where
	RuntimeCall: From<C>,
{
	type Extrinsic = UncheckedExtrinsic;
	type RuntimeCall = RuntimeCall;
}

impl<C> CreateBare<C> for Runtime
where
	RuntimeCall: From<C>,
{
	fn create_bare(call: RuntimeCall) -> UncheckedExtrinsic {
		UncheckedExtrinsic::new_bare(call)
	}
}

impl pallet_drand::Config for Runtime {
	/// Above every signed transaction's priority, as the reference's `DrandPriority` makes it.
	type UnsignedPriority = ConstU64<{ u64::MAX / 2 }>;
	type HttpFetchTimeout = ConstU64<1_000>;
	type WeightInfo = pallet_drand::weights::SubstrateWeight<Runtime>;
}
