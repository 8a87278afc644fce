//! A minimal runtime for the pallet's tests: System, Balances, Swap, Drand (which opens
//! timelocked weight commits) and SubtensorModule.

use crate as pallet_subtensor;
use frame_support::{
	derive_impl,
	traits::{ConstU16, ConstU64, Hooks},
	weights::Weight,
};
use sp_runtime::{traits::IdentityLookup, AccountId32, BuildStorage};
use subtensor_common::{NetUid, RAO_PER_TAO};

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system = 0,
		Balances: pallet_balances = 5,
		SubtensorModule: pallet_subtensor = 7,
		Drand: pallet_drand = 26,
		Swap: pallet_subtensor_swap = 28,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountId = AccountId32;
	type Lookup = IdentityLookup<AccountId32>;
	type AccountData = pallet_balances::AccountData<u64>;
	// Real database weights, so work spread over blocks by weight is spread here too.
	type DbWeight = frame_support::weights::constants::RocksDbWeight;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type Balance = u64;
	type ExistentialDeposit = ConstU64<500>;
	type AccountStore = System;
}

impl pallet_subtensor_swap::Config for Test {
	type SubnetInfo = SubtensorModule;
	type MinimumReserve = ConstU64<1_000_000>;
	type MaxFeeRate = ConstU16<10_000>;
	type WeightInfo = ();
}

pallet_drand::impl_drand_test_signing!(Test);

impl pallet_drand::Config for Test {
	type UnsignedPriority = ConstU64<{ 1 << 20 }>;
	type HttpFetchTimeout = ConstU64<1_000>;
	type WeightInfo = ();
}

frame_support::parameter_types! {
	/// A hotkey swap on every subnet recycles 0.1 TAO.
	pub const KeySwapCost: subtensor_common::TaoBalance = subtensor_common::TaoBalance::new(100_000_000);
	/// A hotkey swap on one subnet recycles 0.001 TAO.
	pub const KeySwapOnSubnetCost: subtensor_common::TaoBalance = subtensor_common::TaoBalance::new(1_000_000);
}

impl pallet_subtensor::Config for Test {
	type Currency = Balances;
	type SwapInterface = Swap;
	type BlockAuthor = TestAuthor;
	type WeightInfo = ();
	type Commitments = ();
	type FreeCallGuard = ();
	type InitialStartCallDelay = ConstU64<0>;
	type KeySwapCost = KeySwapCost;
	type KeySwapOnSubnetCost = KeySwapOnSubnetCost;
	/// One day of 12-second blocks.
	type HotkeySwapOnSubnetInterval = ConstU64<7_200>;
	type NestedCalls = ();
	type AllowedDuringColdkeySwap = frame_support::traits::Nothing;
	type Timelock = Drand;
}

/// One TAO in rao.
pub const TAO: u64 = RAO_PER_TAO;

/// A test account from a small number.
pub fn account(n: u8) -> AccountId32 {
	AccountId32::new([n; 32])
}

/// The coldkey that owns the first subnet in most tests.
pub fn owner() -> AccountId32 {
	account(1)
}

/// Its hotkey.
pub fn owner_hotkey() -> AccountId32 {
	account(2)
}

/// A funded coldkey without a subnet.
pub fn miner_coldkey() -> AccountId32 {
	account(3)
}

/// Genesis: funded coldkeys, the root subnet, and no network rate limit.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: (1..=9).chain([99]).map(|n| (account(n), 1_000_000 * TAO)).collect(),
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	pallet_subtensor::GenesisConfig::<Test> {
		balances_issuance: (10_000_000 * TAO).into(),
		network_rate_limit: Some(0),
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs `test` on a fresh [`new_test_ext`], then checks the pallet's conservation
/// invariants on the state it left.
pub fn run_test(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		if let Err(broken) = SubtensorModule::check_invariants() {
			panic!("invariant broken after the test: {broken}");
		}
	});
}

/// The author of every test block: account 99.
pub struct TestAuthor;

impl pallet_subtensor::BlockAuthor<AccountId32> for TestAuthor {
	fn author() -> Option<AccountId32> {
		Some(account(99))
	}
}

/// Runs the pallet's block hooks up to block `n`.
pub fn run_to_block(n: u64) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		SubtensorModule::on_initialize(next);
	}
}

/// Completes the payout of every dissolved subnet in steps of at most `step` weight (the
/// chain makes one per block), checking the invariants after each; returns the steps taken.
pub fn pay_out_dissolutions_in_steps(step: Weight) -> u32 {
	let mut steps = 0;
	while pallet_subtensor::DissolvingSubnets::<Test>::iter().next().is_some() {
		let used = SubtensorModule::advance_dissolutions(step);
		// No single piece of work costs more than the steps the tests use.
		assert!(used.all_lte(step), "a step used {used} of {step}");
		if let Err(broken) = SubtensorModule::check_invariants() {
			panic!("invariant broken during a payout: {broken}");
		}
		steps += 1;
		assert!(steps < 10_000, "the payout does not progress");
	}
	steps
}

/// Completes the payout of every dissolved subnet, a few entries per step.
pub fn pay_out_dissolutions() {
	pay_out_dissolutions_in_steps(Weight::from_parts(5_000_000_000, u64::MAX));
}

/// Creates a subnet owned by [`owner`] with [`owner_hotkey`]; returns its netuid.
pub fn add_subnet() -> NetUid {
	add_subnet_for(owner(), owner_hotkey())
}

/// Creates a subnet for `coldkey` with `hotkey`; returns its netuid.
pub fn add_subnet_for(coldkey: AccountId32, hotkey: AccountId32) -> NetUid {
	assert_ok(SubtensorModule::register_network(RuntimeOrigin::signed(coldkey), hotkey));
	last_added_netuid()
}

/// Netuid of the last `NetworkAdded` event.
pub fn last_added_netuid() -> NetUid {
	System::events()
		.iter()
		.rev()
		.find_map(|record| match &record.event {
			RuntimeEvent::SubtensorModule(pallet_subtensor::Event::NetworkAdded(netuid, _)) => {
				Some(*netuid)
			},
			_ => None,
		})
		.expect("a subnet was added")
}

/// Asserts a dispatch succeeded.
pub fn assert_ok(result: sp_runtime::DispatchResult) {
	frame_support::assert_ok!(result);
}

/// Whether the last event is `event`.
pub fn assert_last_event(event: pallet_subtensor::Event<Test>) {
	System::assert_last_event(RuntimeEvent::SubtensorModule(event));
}

/// Free TAO of an account.
pub fn balance(who: &AccountId32) -> u64 {
	pallet_balances::Pallet::<Test>::free_balance(who)
}

/// An epoch every 10 blocks from now, and weights set directly (no commit-reveal) as often as
/// wanted.
pub fn open_weights_with_tempo_ten(netuid: NetUid) {
	pallet_subtensor::Tempo::<Test>::insert(netuid, 10);
	pallet_subtensor::LastEpochBlock::<Test>::insert(netuid, System::block_number());
	pallet_subtensor::CommitRevealWeightsEnabled::<Test>::insert(netuid, false);
	pallet_subtensor::WeightsSetRateLimit::<Test>::insert(netuid, 0);
}
