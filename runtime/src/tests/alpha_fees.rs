//! Fees paid in alpha: a coldkey that staked all its TAO but the existential deposit can still
//! sell its stake; the fee comes out of the position it sells and goes to the block author.

use super::{fees::start_block_in_slot, preset_ext, signed};
use crate::{
	configs::system::RuntimeBlockWeights,
	constants::currency::{EXISTENTIAL_DEPOSIT, TAO},
	Balance, Balances, Executive, RuntimeCall, RuntimeEvent, RuntimeOrigin, SubtensorModule,
	System, TransactionPayment,
};
use codec::Encode;
use frame_support::{
	assert_ok,
	dispatch::{DispatchClass, DispatchInfo, GetDispatchInfo},
	weights::Weight,
};
use pallet_subtensor::{Call as SubtensorCall, Event as SubtensorEvent};
use sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET;
use sp_keyring::Sr25519Keyring::{self, Alice, Bob, Charlie, Dave, Ferdie};
use sp_runtime::transaction_validity::{InvalidTransaction, TransactionValidityError};
use subtensor_common::{AlphaBalance, NetUid, TaoBalance};

fn free(who: Sr25519Keyring) -> u64 {
	Balances::free_balance(who.to_account_id())
}

fn stake(hotkey: Sr25519Keyring, coldkey: Sr25519Keyring, netuid: NetUid) -> AlphaBalance {
	SubtensorModule::stake_of(&hotkey.to_account_id(), &coldkey.to_account_id(), netuid)
}

/// Block 1 authored by Bob, with subnet 1 (owner Alice, hotkey Charlie) started, and Ferdie's
/// 2 000 TAO staked to Charlie there but for the existential deposit.
fn ferdie_staked_everything() -> NetUid {
	start_block_in_slot(1);
	let alice = RuntimeOrigin::signed(Alice.to_account_id());
	assert_ok!(SubtensorModule::register_network(alice.clone(), Charlie.to_account_id()));
	let netuid = NetUid::from(1);
	assert_ok!(SubtensorModule::start_call(alice, netuid));
	let everything = TaoBalance::new(free(Ferdie) - EXISTENTIAL_DEPOSIT);
	assert_ok!(SubtensorModule::add_stake(
		RuntimeOrigin::signed(Ferdie.to_account_id()),
		Charlie.to_account_id(),
		netuid,
		everything,
	));
	assert_eq!(free(Ferdie), EXISTENTIAL_DEPOSIT);
	netuid
}

#[test]
fn a_coldkey_that_staked_everything_unstakes_it_all_paying_the_fee_in_alpha() {
	preset_ext(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		let netuid = ferdie_staked_everything();
		let staked = stake(Charlie, Ferdie, netuid);
		let author_before = free(Bob);
		let sell_all = RuntimeCall::SubtensorModule(SubtensorCall::remove_stake {
			hotkey: Charlie.to_account_id(),
			netuid,
			amount_unstaked: staked,
		});
		assert_ok!(Executive::apply_extrinsic(signed(Ferdie, sell_all, 0, 0))
			.expect("valid: the fee is paid in alpha"));

		let paid = System::events()
			.into_iter()
			.find_map(|record| match record.event {
				RuntimeEvent::SubtensorModule(SubtensorEvent::TransactionFeePaidWithAlpha {
					who,
					netuid: paid_on,
					alpha_fee,
					tao_amount,
				}) if who == Ferdie.to_account_id() && paid_on == netuid => Some((alpha_fee, tao_amount)),
				_ => None,
			})
			.expect("TransactionFeePaidWithAlpha");
		let (alpha_fee, tao_fee) = paid;
		assert!(!alpha_fee.is_zero() && !tao_fee.is_zero(), "{paid:?}");
		// The fee is a small part of the position, all of the rest was sold.
		assert!(alpha_fee.to_u64() < staked.to_u64() / 1_000, "{alpha_fee:?} of {staked:?}");
		assert!(stake(Charlie, Ferdie, netuid).is_zero());
		assert!(free(Ferdie) > 1_900 * TAO, "{}", free(Ferdie));
		// The author received the fee's TAO (and the swap fee of the sale).
		assert!(free(Bob) >= author_before + tao_fee.to_u64());
	});
}

#[test]
fn only_selling_calls_of_one_position_may_pay_in_alpha() {
	preset_ext(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		let netuid = ferdie_staked_everything();
		let refused: TransactionValidityError = InvalidTransaction::Payment.into();
		// A transfer sells no alpha: Ferdie cannot pay for it.
		let transfer = RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
			dest: Dave.to_account_id().into(),
			value: 1,
		});
		assert_eq!(Executive::apply_extrinsic(signed(Ferdie, transfer, 0, 0)), Err(refused));
		// Selling from a position Ferdie does not hold: nothing to pay with.
		let elsewhere = RuntimeCall::SubtensorModule(SubtensorCall::remove_stake {
			hotkey: Dave.to_account_id(),
			netuid,
			amount_unstaked: AlphaBalance::new(1),
		});
		assert_eq!(Executive::apply_extrinsic(signed(Ferdie, elsewhere, 0, 0)), Err(refused));
		assert_eq!(System::account_nonce(Ferdie.to_account_id()), 0);
		// With TAO to pay, the fee is paid in TAO as always.
		assert_ok!(Balances::transfer_keep_alive(
			RuntimeOrigin::signed(Alice.to_account_id()),
			Ferdie.to_account_id().into(),
			TAO,
		));
		let staked = stake(Charlie, Ferdie, netuid);
		let sell_all = RuntimeCall::SubtensorModule(SubtensorCall::remove_stake {
			hotkey: Charlie.to_account_id(),
			netuid,
			amount_unstaked: staked,
		});
		assert_ok!(Executive::apply_extrinsic(signed(Ferdie, sell_all, 0, 0)).expect("valid"));
		assert!(!System::events().iter().any(|record| matches!(
			record.event,
			RuntimeEvent::SubtensorModule(SubtensorEvent::TransactionFeePaidWithAlpha { .. })
		)));
	});
}

/// What applying a signed call cost: the fee the payment pallet reports, the block weight it
/// consumed, and what a fee for `info` with `reserved` weight less would be.
struct Charged {
	/// `TransactionFeePaid`'s actual fee.
	fee: Balance,
	/// Block weight the extrinsic consumed.
	block_weight: Weight,
	/// The extrinsic's dispatch info before dispatch.
	info: DispatchInfo,
	/// Its encoded length.
	len: u32,
}

/// Ferdie sells his whole position with Charlie on `netuid`; returns what it cost and the
/// weight reserved for an alpha fee.
fn ferdie_sells_everything(netuid: NetUid) -> (Charged, Weight) {
	let inner = SubtensorCall::remove_stake {
		hotkey: Charlie.to_account_id(),
		netuid,
		amount_unstaked: stake(Charlie, Ferdie, netuid),
	};
	let reserved = SubtensorModule::alpha_fee_weight(&inner);
	let xt = signed(Ferdie, RuntimeCall::SubtensorModule(inner), 0, 0);
	let info = xt.get_dispatch_info();
	let len = u32::try_from(xt.encoded_size()).expect("small");
	let consumed = || System::block_weight().get(DispatchClass::Normal).to_owned();
	let before = consumed();
	assert_ok!(Executive::apply_extrinsic(xt).expect("valid"));
	let fee = System::events()
		.into_iter()
		.find_map(|record| match record.event {
			RuntimeEvent::TransactionPayment(
				pallet_transaction_payment::Event::TransactionFeePaid { actual_fee, .. },
			) => Some(actual_fee),
			_ => None,
		})
		.expect("TransactionFeePaid");
	(Charged { fee, block_weight: consumed() - before, info, len }, reserved)
}

/// The fee and block weight of `charged` had `less` weight not been reserved.
fn without(charged: &Charged, less: Weight) -> (Balance, Weight) {
	let info =
		DispatchInfo { extension_weight: charged.info.extension_weight - less, ..charged.info };
	let base = RuntimeBlockWeights::get().get(DispatchClass::Normal).base_extrinsic;
	// The extrinsic's length counts as proof size.
	let length = Weight::from_parts(0, u64::from(charged.len));
	(TransactionPayment::compute_fee(charged.len, &info, 0), base + info.total_weight() + length)
}

#[test]
fn a_fee_paid_in_tao_gives_back_the_weight_reserved_for_an_alpha_fee() {
	preset_ext(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		let netuid = ferdie_staked_everything();
		assert_ok!(Balances::transfer_keep_alive(
			RuntimeOrigin::signed(Alice.to_account_id()),
			Ferdie.to_account_id().into(),
			TAO,
		));
		let (charged, reserved) = ferdie_sells_everything(netuid);
		assert!(reserved.ref_time() > 0, "selling calls reserve the alpha path's weight");
		assert!(charged.info.extension_weight.all_gte(reserved));
		// Fee and block weight as if nothing had been reserved.
		assert_eq!((charged.fee, charged.block_weight), without(&charged, reserved));
	});
}

#[test]
fn a_fee_paid_in_alpha_pays_for_the_weight_reserved_for_it() {
	preset_ext(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		let netuid = ferdie_staked_everything();
		let (charged, reserved) = ferdie_sells_everything(netuid);
		assert!(System::events().iter().any(|record| matches!(
			record.event,
			RuntimeEvent::SubtensorModule(SubtensorEvent::TransactionFeePaidWithAlpha { .. })
		)));
		assert_eq!((charged.fee, charged.block_weight), without(&charged, Weight::zero()));
		assert!(charged.fee > without(&charged, reserved).0);
	});
}
