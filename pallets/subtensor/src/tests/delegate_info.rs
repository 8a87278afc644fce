//! The delegate views of the runtime API: a delegate's take, nominators and their alpha, its
//! registrations, permits and daily return; a coldkey's delegations.

use super::emission::{stake, subnet_with_validators_and_miners, VALIDATOR_A};
use super::mock::*;
use crate::*;
use codec::Compact;
use sp_runtime::AccountId32;

/// The nominator of validator A in the emission fixture.
const NOMINATOR: u8 = 8;

#[test]
fn a_delegate_shows_its_nominators_registrations_and_returns() {
	run_test(|| {
		let netuid = subnet_with_validators_and_miners();
		run_to_block(System::block_number() + 10);
		let info = SubtensorModule::get_delegate(account(VALIDATOR_A)).expect("A is a delegate");
		assert_eq!(info.take, Compact(Delegates::<Test>::get(account(VALIDATOR_A))));
		assert_eq!(info.owner_ss58, account(5));
		let nominators: Vec<(AccountId32, u64)> = info
			.nominators
			.iter()
			.map(|(coldkey, positions)| (coldkey.clone(), positions[0].1 .0))
			.collect();
		assert!(nominators.contains(&(account(5), stake(VALIDATOR_A, 5, netuid))));
		assert!(nominators.contains(&(account(NOMINATOR), stake(VALIDATOR_A, NOMINATOR, netuid))));
		assert_eq!(info.registrations, vec![Compact(netuid)]);
		assert_eq!(info.validator_permits, vec![Compact(netuid)]);
		let emission = Emission::<Test>::get(netuid)[1].to_u64();
		assert!(emission > 0);
		assert_eq!(info.total_daily_return, Compact(emission * 7_200 / 10));
		// No root stake: no return per 1000 TAO of it.
		assert_eq!(info.return_per_1000, Compact(0));
		assert!(SubtensorModule::get_delegates().iter().any(|d| d.delegate_ss58 == account(20)));
		// A miner nobody nominated is no delegate.
		assert!(SubtensorModule::get_delegate(account(30)).is_none());
	});
}

#[test]
fn a_coldkey_sees_its_delegations() {
	run_test(|| {
		let netuid = subnet_with_validators_and_miners();
		let delegated = SubtensorModule::get_delegated(account(NOMINATOR));
		assert_eq!(delegated.len(), 1);
		let (info, (on, alpha)) = &delegated[0];
		assert_eq!(info.delegate_ss58, account(VALIDATOR_A));
		assert!(info.nominators.is_empty());
		assert_eq!((on.0, alpha.0.to_u64()), (netuid, stake(VALIDATOR_A, NOMINATOR, netuid)));
	});
}
