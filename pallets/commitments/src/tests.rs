//! Publishing commitments: who may, how much, what a bonds-reset field does, what the pool
//! admits, how fields encode, and clean-up with the neuron or subnet.

use crate::mock::*;
use crate::types::{raw_field, CommitmentInfo, Data, UsageTracker, MAX_RAW_LEN};
use crate::*;
use codec::{Decode, Encode};
use frame_support::{assert_noop, assert_ok};
use scale_info::{TypeDef, TypeInfo};
use sp_runtime::{
	transaction_validity::{InvalidTransaction, TransactionValidityError},
	DispatchError,
};
use subtensor_common::{FreeCallGuard, NetUid, SubnetCommitments};

const NETUID: NetUid = NetUid::new(1);
const HOTKEY: u64 = 7;

/// A commitment of the given raw texts.
fn info(texts: &[&str]) -> CommitmentInfo {
	let fields: Vec<Data> = texts.iter().filter_map(|t| raw_field(t.as_bytes().to_vec())).collect();
	CommitmentInfo { fields: fields.try_into().unwrap_or_default() }
}

fn commit(who: u64, netuid: NetUid, info: CommitmentInfo) -> sp_runtime::DispatchResult {
	Commitments::set_commitment(RuntimeOrigin::signed(who), netuid, Box::new(info))
}

fn pool(who: u64, netuid: NetUid, info: CommitmentInfo) -> Result<(), TransactionValidityError> {
	let call = RuntimeCall::Commitments(Call::set_commitment { netuid, info: Box::new(info) });
	<Commitments as FreeCallGuard<RuntimeCall, u64>>::guard(&who, &call)
}

#[test]
fn a_registered_hotkey_publishes_and_replaces_its_commitment() {
	run_test(|| {
		register(NETUID, HOTKEY);
		assert_ok!(commit(HOTKEY, NETUID, info(&["http://10.0.0.1:8091", "model-a"])));
		let record = CommitmentOf::<Test>::get(NETUID, HOTKEY).expect("stored");
		assert_eq!(record.block, 1);
		assert_eq!(record.deposit.to_u64(), 0);
		assert_eq!(record.info, info(&["http://10.0.0.1:8091", "model-a"]));
		assert_eq!(LastCommitment::<Test>::get(NETUID, HOTKEY), Some(1));
		System::assert_last_event(Event::Commitment { netuid: NETUID, who: HOTKEY }.into());

		System::set_block_number(5);
		assert_ok!(commit(HOTKEY, NETUID, info(&["model-b"])));
		let record = CommitmentOf::<Test>::get(NETUID, HOTKEY).expect("stored");
		assert_eq!((record.block, record.info), (5, info(&["model-b"])));
		assert_eq!(RevealedCommitments::<Test>::iter().count(), 0);
	});
}

#[test]
fn refusals_have_their_error_and_change_nothing() {
	run_test(|| {
		register(NETUID, HOTKEY);
		// Not registered there, or no such subnet.
		assert_noop!(commit(8, NETUID, info(&["x"])), Error::<Test>::AccountNotAllowedCommit);
		assert_noop!(
			commit(HOTKEY, NetUid::new(9), info(&["x"])),
			Error::<Test>::AccountNotAllowedCommit
		);
		// Four fields where three are allowed.
		assert_noop!(
			commit(HOTKEY, NETUID, info(&["a", "b", "c", "d"])),
			Error::<Test>::TooManyFieldsInCommitmentInfo
		);
		// Unsigned, and a signed MaxSpace change.
		assert_noop!(
			Commitments::set_commitment(RuntimeOrigin::none(), NETUID, Box::new(info(&["x"]))),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Commitments::set_max_space(RuntimeOrigin::signed(HOTKEY), 5),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn each_epoch_allows_max_space_bytes_counting_at_least_one_hundred_per_commitment() {
	run_test(|| {
		register(NETUID, HOTKEY);
		// Small commitments count 100 bytes: ten fit in 1 000.
		for _ in 0..10 {
			assert_ok!(commit(HOTKEY, NETUID, info(&["tiny"])));
		}
		assert_eq!(
			UsedSpaceOf::<Test>::get(NETUID, HOTKEY),
			Some(UsageTracker { last_epoch: 0, used_space: 1_000 })
		);
		assert_noop!(commit(HOTKEY, NETUID, info(&["tiny"])), Error::<Test>::SpaceLimitExceeded);
		assert_eq!(
			pool(HOTKEY, NETUID, info(&["tiny"])),
			Err(InvalidTransaction::ExhaustsResources.into())
		);
		// A new epoch starts a new count; large fields count their encoded size.
		System::set_block_number(11);
		start_epoch();
		let largest = crate::commit::largest_info::<Test>();
		assert_eq!(largest.fields.len(), 3);
		assert_ok!(commit(HOTKEY, NETUID, largest.clone()));
		let expected = largest.encoded_size() as u64;
		assert_eq!(
			UsedSpaceOf::<Test>::get(NETUID, HOTKEY),
			Some(UsageTracker { last_epoch: 11, used_space: expected })
		);
		// Root raises the limit.
		assert_ok!(Commitments::set_max_space(RuntimeOrigin::root(), 5_000));
		System::assert_last_event(Event::MaxSpaceSet { limit: 5_000 }.into());
		assert_ok!(commit(HOTKEY, NETUID, largest));
	});
}

#[test]
fn a_reset_flag_clears_bonds_once_per_tempo_where_the_owner_allows_it() {
	run_test(|| {
		register(NETUID, HOTKEY);
		let reset =
			CommitmentInfo { fields: vec![Data::ResetBondsFlag].try_into().unwrap_or_default() };
		// Off by default: the commitment is kept, the bonds are not touched.
		assert_ok!(commit(HOTKEY, NETUID, reset.clone()));
		assert!(SUBNETS.with(|s| s.borrow().resets.is_empty()));
		assert_eq!(LastBondsReset::<Test>::get(NETUID, HOTKEY), None);

		SUBNETS.with(|s| s.borrow_mut().bonds_reset_on.insert(NETUID));
		System::set_block_number(3);
		assert_ok!(commit(HOTKEY, NETUID, reset.clone()));
		System::assert_has_event(Event::BondsReset { netuid: NETUID, who: HOTKEY }.into());
		assert_eq!(LastBondsReset::<Test>::get(NETUID, HOTKEY), Some(3));
		// Within the tempo: no second reset.
		System::set_block_number(3 + u64::from(TEMPO) - 1);
		assert_ok!(commit(HOTKEY, NETUID, reset.clone()));
		assert_eq!(SUBNETS.with(|s| s.borrow().resets.clone()), vec![(NETUID, HOTKEY)]);
		// A tempo later: again.
		System::set_block_number(3 + u64::from(TEMPO));
		assert_ok!(commit(HOTKEY, NETUID, reset));
		assert_eq!(SUBNETS.with(|s| s.borrow().resets.len()), 2);
		assert_eq!(LastBondsReset::<Test>::get(NETUID, HOTKEY), Some(13));
	});
}

#[test]
fn the_pool_admits_only_commitments_that_can_succeed() {
	run_test(|| {
		register(NETUID, HOTKEY);
		assert_eq!(pool(HOTKEY, NETUID, info(&["x"])), Ok(()));
		assert_eq!(pool(8, NETUID, info(&["x"])), Err(InvalidTransaction::Custom(10).into()));
		assert_eq!(
			pool(HOTKEY, NETUID, info(&["a", "b", "c", "d"])),
			Err(InvalidTransaction::Call.into())
		);
		// Root's call is not a commitment.
		let call = RuntimeCall::Commitments(Call::set_max_space { new_limit: 1 });
		assert_eq!(<Commitments as FreeCallGuard<RuntimeCall, u64>>::guard(&8, &call), Ok(()));
	});
}

#[test]
fn commitments_go_with_their_neuron_and_subnet() {
	run_test(|| {
		for hotkey in [HOTKEY, 8] {
			register(NETUID, hotkey);
			assert_ok!(commit(hotkey, NETUID, info(&["x"])));
		}
		register(NetUid::new(2), HOTKEY);
		assert_ok!(commit(HOTKEY, NetUid::new(2), info(&["y"])));

		// The metagraph's view: each hotkey's record, SCALE-encoded.
		let mut listed = <Commitments as SubnetCommitments<u64>>::commitments_of(NETUID);
		listed.sort();
		let record = |hotkey| CommitmentOf::<Test>::get(NETUID, hotkey).map(|r| r.encode());
		assert_eq!(
			listed,
			vec![(HOTKEY, record(HOTKEY).unwrap_or_default()), (8, record(8).unwrap_or_default())]
		);

		<Commitments as SubnetCommitments<u64>>::forget_hotkey(NETUID, &HOTKEY);
		assert_eq!(CommitmentOf::<Test>::get(NETUID, HOTKEY), None);
		assert_eq!(LastCommitment::<Test>::get(NETUID, HOTKEY), None);
		assert_eq!(UsedSpaceOf::<Test>::get(NETUID, HOTKEY), None);
		assert!(CommitmentOf::<Test>::get(NETUID, 8).is_some());

		<Commitments as SubnetCommitments<u64>>::forget_subnet(NETUID);
		assert_eq!(CommitmentOf::<Test>::iter_prefix(NETUID).count(), 0);
		assert_eq!(UsedSpaceOf::<Test>::iter_prefix(NETUID).count(), 0);
		assert!(CommitmentOf::<Test>::get(NetUid::new(2), HOTKEY).is_some());
	});
}

#[test]
fn fields_encode_as_a_tag_then_the_payload() {
	let five = raw_field(b"hello".to_vec()).expect("short");
	assert_eq!(five.encode(), [&[6u8][..], b"hello"].concat());
	assert_eq!(Data::None.encode(), vec![0]);
	assert_eq!(Data::ResetBondsFlag.encode(), vec![135]);
	assert_eq!(Data::Sha256([9; 32]).encode(), [&[131u8][..], &[9; 32]].concat());
	for data in [five, Data::None, Data::ResetBondsFlag, Data::BlakeTwo256([1; 32])] {
		assert_eq!(Data::decode(&mut &data.encode()[..]), Ok(data));
	}
	// Unknown tags do not decode; nor does a short payload (a timelocked field without its
	// round, a raw field without its bytes).
	assert!(Data::decode(&mut &[134u8, 0][..]).is_err());
	assert!(Data::decode(&mut &[200u8][..]).is_err());
	assert!(Data::decode(&mut &[6u8, 1, 2][..]).is_err());
	assert!(raw_field(vec![0; MAX_RAW_LEN as usize + 1]).is_none());
}

#[test]
fn metadata_names_every_raw_length() {
	let TypeDef::Variant(def) = Data::type_info().type_def else { panic!("Data is an enum") };
	let find = |name: &str| def.variants.iter().find(|v| v.name == name).map(|v| v.index);
	assert_eq!(find("None"), Some(0));
	assert_eq!(find("Raw0"), Some(1));
	assert_eq!(find("Raw128"), Some(129));
	assert_eq!(find("BlakeTwo256"), Some(130));
	assert_eq!(find("ShaThree256"), Some(133));
	assert_eq!(find("TimelockEncrypted"), Some(134));
	assert_eq!(find("ResetBondsFlag"), Some(135));
	assert_eq!(def.variants.len(), 1 + 129 + 4 + 1 + 1);
}
