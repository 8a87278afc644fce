//! Serving axon and Prometheus endpoints.

use super::mock::*;
use crate::{Error, Event, *};
use frame_support::assert_noop;
use subtensor_common::NetUid;

const IP: u128 = 0x0a00_0001; // 10.0.0.1

fn axon(netuid: NetUid, ip_type: u8, ip: u128, port: u16) -> sp_runtime::DispatchResult {
	SubtensorModule::serve_axon(
		RuntimeOrigin::signed(owner_hotkey()),
		netuid,
		7,
		ip,
		port,
		ip_type,
		1,
		0,
		0,
	)
}

fn prometheus(netuid: NetUid, ip_type: u8, ip: u128, port: u16) -> sp_runtime::DispatchResult {
	SubtensorModule::serve_prometheus(
		RuntimeOrigin::signed(owner_hotkey()),
		netuid,
		7,
		ip,
		port,
		ip_type,
	)
}

#[test]
fn a_registered_hotkey_serves_its_axon() {
	run_test(|| {
		let netuid = add_subnet();
		run_to_block(3);
		assert_ok(axon(netuid, 4, IP, 8091));
		let served = Axons::<Test>::get(netuid, owner_hotkey()).unwrap();
		assert_eq!(
			served,
			AxonInfo {
				block: 3,
				version: 7,
				ip: IP,
				port: 8091,
				ip_type: 4,
				protocol: 1,
				placeholder1: 0,
				placeholder2: 0
			}
		);
		assert_last_event(Event::AxonServed(netuid, owner_hotkey()));
	});
}

#[test]
fn axon_refusals_change_nothing() {
	run_test(|| {
		let netuid = add_subnet();
		assert_noop!(
			axon(NetUid::new(5), 4, IP, 8091),
			Error::<Test>::HotKeyNotRegisteredInNetwork
		);
		assert_noop!(axon(netuid, 5, IP, 8091), Error::<Test>::InvalidIpType);
		assert_noop!(axon(netuid, 4, 0x7f00_0001, 8091), Error::<Test>::InvalidIpAddress);
		assert_noop!(axon(netuid, 6, u128::MAX, 8091), Error::<Test>::InvalidIpAddress);
		assert_noop!(axon(netuid, 4, IP, 0), Error::<Test>::InvalidPort);
		assert_ok(axon(netuid, 4, IP, 8091));
		run_to_block(10);
		assert_noop!(axon(netuid, 4, IP, 8092), Error::<Test>::ServingRateLimitExceeded);
		run_to_block(51);
		assert_ok(axon(netuid, 6, 1 << 100, 8092));
		// No rate limit at all when it is 0.
		ServingRateLimit::<Test>::insert(netuid, 0);
		assert_ok(axon(netuid, 4, IP, 8093));
	});
}

#[test]
fn axon_tls_stores_the_certificate() {
	run_test(|| {
		let netuid = add_subnet();
		let mut certificate = vec![1u8];
		certificate.extend([9u8; 32]);
		assert_ok(SubtensorModule::serve_axon_tls(
			RuntimeOrigin::signed(owner_hotkey()),
			netuid,
			7,
			IP,
			8091,
			4,
			1,
			0,
			0,
			certificate,
		));
		let stored = NeuronCertificates::<Test>::get(netuid, owner_hotkey()).unwrap();
		assert_eq!(stored.algorithm, 1);
		assert_eq!(stored.public_key.to_vec(), vec![9u8; 32]);
		assert!(Axons::<Test>::contains_key(netuid, owner_hotkey()));
	});
}

#[test]
fn prometheus_is_served_with_its_own_checks() {
	run_test(|| {
		let netuid = add_subnet();
		// The address is checked before registration, and 0 is refused.
		assert_noop!(prometheus(NetUid::new(5), 4, 0, 9090), Error::<Test>::InvalidIpAddress);
		assert_noop!(
			prometheus(NetUid::new(5), 4, IP, 9090),
			Error::<Test>::HotKeyNotRegisteredInNetwork
		);
		assert_noop!(prometheus(netuid, 7, IP, 9090), Error::<Test>::InvalidIpType);
		assert_noop!(prometheus(netuid, 4, IP, 0), Error::<Test>::InvalidPort);
		assert_ok(prometheus(netuid, 4, IP, 9090));
		assert_eq!(
			Prometheus::<Test>::get(netuid, owner_hotkey()),
			Some(PrometheusInfo { block: 1, version: 7, ip: IP, port: 9090, ip_type: 4 })
		);
		assert_last_event(Event::PrometheusServed(netuid, owner_hotkey()));
		run_to_block(2);
		assert_noop!(prometheus(netuid, 4, IP, 9091), Error::<Test>::ServingRateLimitExceeded);
	});
}
