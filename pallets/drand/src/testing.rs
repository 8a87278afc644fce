//! For tests of this pallet and of the pallets that open timelocks with it: public data of
//! drand's quicknet (recorded pulses, each round's signature as drand's relays serve it, from
//! public test fixtures, and a ciphertext the Bittensor SDK's own library encrypted to one of
//! those rounds), and [`impl_drand_test_signing`] for test runtimes.

use crate::Pulse;
use alloc::vec::Vec;
use frame_support::BoundedVec;

/// Recorded quicknet pulses: (round, signature, randomness), all hex.
pub const QUICKNET: [(u64, &str, &str); 6] = [
	(
		123,
		"b75c69d0b72a5d906e854e808ba7e2accb1542ac355ae486d591aa9d43765482e26cd02df835d3546d23c4b13e0dfc92",
		"fb8f7bc29bf24db51871ec8c79f3a1e4bd0557bc0dfcee9ed1d924e69d1c60dc",
	),
	(
		1000,
		"b44679b9a59af2ec876b1a6b1ad52ea9b1615fc3982b19576350f93447cb1125e342b73a8dd2bacbe47e4b6b63ed5e39",
		"fe290beca10872ef2fb164d2aa4442de4566183ec51c56ff3cd603d930e54fdd",
	),
	(
		12_040_883,
		"929906c959032ab363c9f26570d215d66f5c06cb0c44fe508c12bb5839f04ec895bb6868e5b9ff13ab289bdb5266b394",
		"173df1f57805453a8d2015268205d68147de12cafc2f451f7bc6adadca3571b3",
	),
	(
		32_281_667,
		"b0f5ae301358ff87a9d3dd539ed4a07c0148b1ab4f7b61a8ca43c7e9ca7ca9553e4faae9188deb30b2cd1a7f447e3e5b",
		"4fd2fc55983dbfa3f446d8a0bd56f16cc8c5e76afd1ec154b60d477cbabed13b",
	),
	(
		32_285_085,
		"81dbce51d584d90d618547f4b50391d53ace6f6b9aeb8fb67e1879427af9d0310ac0ec6f519271d9a313ee84b378d416",
		"d42020c3c65a4ec6adda3a69fdd41a698f31b661859e0e00f1276580a41d67ce",
	),
	(
		32_285_086,
		"a64d99fd7fa3e48912be7209c7b69c72c88fc5224be2516949b6f29f3a4b7e3fa069dd58b2bbb4bf2c34ae61ef631a44",
		"13bfa6a42a5a93d0f642e8d4548c2a94ea71b39585f65fd2842e0484d58d5554",
	),
];

/// The ciphertext of `bittensor_core.encrypt_at_round(b"hello drand", 1000)` (what
/// `inner_ciphertext` returns: the layout weight commits carry).
pub const HELLO_TO_ROUND_1000: &str = "8baf9060fa99caff3aac58229657f4f9522aef8f3240d184484d4315cde482081969c07f8805ccc4ca40a38b77834e10061977319aa391860fcae3c4634735c1372d3143167f19075a2c1b4ee3f2dec4f0247880fa44dffd23d95fdaadc6df2020000000000000000ab2b7cf6ff712fa1dc4cc039291f0c4baa587cfb06aa05e8401fd4a00bea9702000000000000000091c333ce1a0b21af99626c6a80a4b49af23889b3e32ece152f1c7faaf718f9437000000000000001b000000000000008d41d00bd09591588abc15156feb1169fdc6c2aaff8af34707d7b10c000000000000001ec7e7528d9a8dc39415b1b708000000000000004145535f47434d5f";

/// `hex_text` decoded (empty if it is not hex).
pub fn bytes(hex_text: &str) -> Vec<u8> {
	hex::decode(hex_text).unwrap_or_default()
}

/// The recorded quicknet pulse of `round` (with an empty signature, which never verifies or
/// opens anything, if the round is not recorded).
pub fn quicknet_pulse(round: u64) -> Pulse {
	let (signature, randomness) = QUICKNET
		.iter()
		.find(|(recorded, ..)| *recorded == round)
		.map(|(_, signature, randomness)| (bytes(signature), bytes(randomness)))
		.unwrap_or_default();
	Pulse {
		round,
		randomness: BoundedVec::truncate_from(randomness),
		signature: BoundedVec::truncate_from(signature),
	}
}

/// Implements, for the test runtime `$runtime` (with `RuntimeCall`), what `Config` asks of
/// the runtime beyond its own items: `MultiSignature` signing types and bare extrinsics (the
/// offchain worker's), as `TestXt`.
#[macro_export]
macro_rules! impl_drand_test_signing {
	($runtime:ty) => {
		impl frame_system::offchain::SigningTypes for $runtime {
			type Public = sp_runtime::MultiSigner;
			type Signature = sp_runtime::MultiSignature;
		}

		impl<C> frame_system::offchain::CreateTransactionBase<C> for $runtime
		where
			RuntimeCall: From<C>,
		{
			type Extrinsic = sp_runtime::testing::TestXt<RuntimeCall, ()>;
			type RuntimeCall = RuntimeCall;
		}

		impl<C> frame_system::offchain::CreateBare<C> for $runtime
		where
			RuntimeCall: From<C>,
		{
			fn create_bare(call: RuntimeCall) -> Self::Extrinsic {
				sp_runtime::testing::TestXt::new_bare(call)
			}
		}
	};
}
