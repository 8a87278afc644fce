//! A minimal runtime for the pallet's tests: System and Commitments, with subnets simulated by
//! [`TestSubnets`] and the drand pulses the tests store in [`TestBeacon`] (opened with pallet
//! `Drand`'s own cryptography).

use crate as pallet_commitments;
use core::cell::RefCell;
use frame_support::{derive_impl, traits::ConstU32};
use sp_runtime::BuildStorage;
use std::collections::{BTreeMap, BTreeSet};
use subtensor_common::{CommitmentSubnets, NetUid, TimelockOpenError, TimelockOpener};

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system = 0,
		Commitments: pallet_commitments = 18,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

/// Bytes an account may publish per subnet and epoch in the tests.
pub const MAX_SPACE: u32 = 1_000;
/// The tempo of every simulated subnet.
pub const TEMPO: u16 = 10;

impl pallet_commitments::Config for Test {
	type Subnets = TestSubnets;
	type MaxFields = ConstU32<3>;
	type DefaultMaxSpace = ConstU32<MAX_SPACE>;
	type Timelock = TestBeacon;
	type WeightInfo = ();
}

thread_local! {
	/// The pulse signatures the running test stored, by round.
	pub static PULSES: RefCell<BTreeMap<u64, Vec<u8>>> = const { RefCell::new(BTreeMap::new()) };
}

/// Stores `signature` as the pulse of `round`.
pub fn store_pulse(round: u64, signature: Vec<u8>) {
	PULSES.with(|pulses| pulses.borrow_mut().insert(round, signature));
}

/// The drand pulses of [`PULSES`], opened as pallet `Drand` opens them.
pub struct TestBeacon;

impl TimelockOpener for TestBeacon {
	fn open(ciphertext: &[u8], round: u64) -> Result<Vec<u8>, TimelockOpenError> {
		let signature = PULSES
			.with(|pulses| pulses.borrow().get(&round).cloned())
			.ok_or(TimelockOpenError::PulseMissing)?;
		pallet_drand::crypto::decrypt(ciphertext, &signature)
			.map_err(|_| TimelockOpenError::Undecryptable)
	}
	fn latest_round() -> u64 {
		PULSES.with(|pulses| pulses.borrow().keys().next_back().copied().unwrap_or(0))
	}
	#[cfg(feature = "runtime-benchmarks")]
	fn seal_for_benchmark(plaintext: &[u8]) -> (Vec<u8>, u64) {
		use pallet_drand::crypto::test_beacon;
		let round = Self::latest_round().saturating_add(1);
		store_pulse(round, test_beacon::pulse(3, round).0);
		(test_beacon::seal(3, round, plaintext, round), round)
	}
}

/// The simulated subnets' state.
#[derive(Default)]
pub struct SubnetState {
	/// (netuid, hotkey) pairs holding a UID.
	pub registered: BTreeSet<(NetUid, u64)>,
	/// The block the current epoch started at, for every subnet.
	pub epoch_start: u64,
	/// Subnets whose owner enabled bonds resets.
	pub bonds_reset_on: BTreeSet<NetUid>,
	/// Bonds resets asked for, in order.
	pub resets: Vec<(NetUid, u64)>,
}

thread_local! {
	/// The simulated subnets of the running test.
	pub static SUBNETS: RefCell<SubnetState> = RefCell::new(SubnetState::default());
}

/// Subnets as the tests set them up in [`SUBNETS`].
pub struct TestSubnets;

impl CommitmentSubnets<u64> for TestSubnets {
	fn is_registered(netuid: NetUid, hotkey: &u64) -> bool {
		SUBNETS.with(|s| s.borrow().registered.contains(&(netuid, *hotkey)))
	}
	fn epoch_start_block(_netuid: NetUid) -> u64 {
		SUBNETS.with(|s| s.borrow().epoch_start)
	}
	fn tempo(_netuid: NetUid) -> u16 {
		TEMPO
	}
	fn bonds_reset_enabled(netuid: NetUid) -> bool {
		SUBNETS.with(|s| s.borrow().bonds_reset_on.contains(&netuid))
	}
	fn reset_bonds_to(netuid: NetUid, hotkey: &u64) {
		SUBNETS.with(|s| s.borrow_mut().resets.push((netuid, *hotkey)));
	}
	#[cfg(feature = "runtime-benchmarks")]
	fn full_subnet_for_benchmark() -> (NetUid, u64) {
		let netuid = NetUid::from(1);
		register(netuid, 1);
		SUBNETS.with(|s| s.borrow_mut().bonds_reset_on.insert(netuid));
		(netuid, 1)
	}
}

/// Gives `hotkey` a UID on `netuid`.
pub fn register(netuid: NetUid, hotkey: u64) {
	SUBNETS.with(|s| s.borrow_mut().registered.insert((netuid, hotkey)));
}

/// Starts a new epoch on every subnet at the current block.
pub fn start_epoch() {
	let now = System::block_number();
	SUBNETS.with(|s| s.borrow_mut().epoch_start = now);
}

/// Fresh storage and subnets, at block 1 (so events are kept).
pub fn new_test_ext() -> sp_io::TestExternalities {
	SUBNETS.with(|s| *s.borrow_mut() = SubnetState::default());
	PULSES.with(|pulses| pulses.borrow_mut().clear());
	let storage = frame_system::GenesisConfig::<Test>::default().build_storage();
	let mut ext = sp_io::TestExternalities::new(storage.unwrap_or_default());
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs `test` on [`new_test_ext`], then checks the pallet's invariants on the state it left.
pub fn run_test(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		if let Err(broken) = Commitments::check_invariants() {
			panic!("invariant broken after the test: {broken}");
		}
	});
}
