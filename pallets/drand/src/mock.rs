//! A minimal runtime for the pallet's tests: System and Drand, with sr25519 accounts (the
//! offchain worker's payload carries a public key).

use crate as pallet_drand;
use frame_support::{derive_impl, traits::ConstU64};
use frame_system::offchain::{CreateBare, CreateTransactionBase, SigningTypes};
use sp_runtime::{testing::TestXt, traits::IdentityLookup, BuildStorage};

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system = 0,
		Drand: pallet_drand = 26,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountId = sp_core::sr25519::Public;
	type Lookup = IdentityLookup<Self::AccountId>;
}

impl SigningTypes for Test {
	type Public = sp_core::sr25519::Public;
	type Signature = sp_core::sr25519::Signature;
}

/// An extrinsic of the test runtime.
pub type Extrinsic = TestXt<RuntimeCall, ()>;

impl<C> CreateTransactionBase<C> for Test
where
	RuntimeCall: From<C>,
{
	type Extrinsic = Extrinsic;
	type RuntimeCall = RuntimeCall;
}

impl<C> CreateBare<C> for Test
where
	RuntimeCall: From<C>,
{
	fn create_bare(call: RuntimeCall) -> Extrinsic {
		Extrinsic::new_bare(call)
	}
}

impl pallet_drand::Config for Test {
	type UnsignedPriority = ConstU64<{ 1 << 20 }>;
	type HttpFetchTimeout = ConstU64<1_000>;
	type WeightInfo = ();
}

/// Externalities at block 1 with the pallet's genesis (quicknet's beacon).
pub fn new_test_ext() -> sp_io::TestExternalities {
	let storage =
		frame_system::GenesisConfig::<Test>::default().build_storage().unwrap_or_default();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}
