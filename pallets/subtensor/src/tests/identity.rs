//! Coldkey identities: set by a coldkey that owns a registered hotkey, within the size
//! limits, and shown beside its neurons in the metagraph.

use super::mock::*;
use crate::*;
use frame_support::assert_noop;
use sp_runtime::AccountId32;

#[test]
fn a_coldkey_with_a_registered_hotkey_sets_its_identity() {
	run_test(|| {
		let set = |who: AccountId32, name: Vec<u8>| {
			SubtensorModule::set_identity(
				RuntimeOrigin::signed(who),
				name,
				vec![],
				vec![],
				vec![],
				vec![],
				vec![],
				vec![],
			)
		};
		assert_noop!(set(account(5), b"me".to_vec()), Error::<Test>::HotKeyNotRegisteredInNetwork);
		let netuid = add_subnet();
		// The subnet owner's hotkey holds UID 0.
		assert_noop!(set(owner(), vec![b'a'; 257]), Error::<Test>::InvalidIdentity);
		assert_ok(set(owner(), b"owner".to_vec()));
		let identity = IdentitiesV2::<Test>::get(owner()).expect("set");
		assert_eq!(identity.name, b"owner".to_vec());
		let graph = SubtensorModule::get_metagraph(netuid).expect("exists");
		assert_eq!(graph.identities[0].as_ref().map(|i| i.name.clone()), Some(b"owner".to_vec()));
	});
}
