//! Serving: a registered hotkey publishes its axon and Prometheus endpoints.

use crate::*;
use frame_system::pallet_prelude::OriginFor;
use sp_runtime::DispatchResult;
use subtensor_common::NetUid;

/// IPv4 loopback, 127.0.0.1.
const IPV4_LOOPBACK: u128 = 0x7f00_0001;
/// IPv6 loopback, ::1.
const IPV6_LOOPBACK: u128 = 1;

/// Whether `ip_type` is 4 or 6.
pub fn is_valid_ip_type(ip_type: u8) -> bool {
	ip_type == 4 || ip_type == 6
}

/// Whether `ip` is a usable address of `ip_type`: in range, not loopback, not all-ones.
/// `0` (unspecified) is accepted for axons and refused for Prometheus (`allow_zero`).
pub fn is_valid_ip_address(ip_type: u8, ip: u128, allow_zero: bool) -> bool {
	if ip == 0 {
		return allow_zero;
	}
	match ip_type {
		4 => ip < u128::from(u32::MAX) && ip != IPV4_LOOPBACK,
		6 => ip != u128::MAX && ip != IPV6_LOOPBACK,
		_ => false,
	}
}

/// The endpoint a hotkey publishes.
#[derive(Clone, Copy, Debug, Eq, PartialEq)]
pub enum Endpoint {
	/// Its axon (`serve_axon`, `serve_axon_tls`; address 0 allowed).
	Axon,
	/// Its Prometheus endpoint (`serve_prometheus`).
	Prometheus,
}

impl<T: Config> Pallet<T> {
	/// Checks a served endpoint's IP type and address.
	fn ensure_valid_endpoint(ip_type: u8, ip: u128, allow_zero: bool) -> Result<(), Error<T>> {
		if !is_valid_ip_type(ip_type) {
			return Err(Error::<T>::InvalidIpType);
		}
		if !is_valid_ip_address(ip_type, ip, allow_zero) {
			return Err(Error::<T>::InvalidIpAddress);
		}
		Ok(())
	}

	/// Whether a hotkey that last served at `last_block` may serve again now.
	fn serving_allowed(netuid: NetUid, last_block: u64) -> bool {
		let limit = ServingRateLimit::<T>::get(netuid);
		limit == 0
			|| crate::rate_limits::passes_rate_limit(last_block, limit, Self::current_block())
	}

	/// Whether `hotkey` may publish `endpoint` at `ip_type`/`ip`/`port` on `netuid` now: it
	/// holds a UID there, the address is usable, the serving rate limit has passed and the
	/// port is set. Dispatch checks it, and so does the pool guard, so that a call bound to
	/// fail (serving is fee-less) never takes block space.
	pub fn check_serving(
		hotkey: &T::AccountId,
		netuid: NetUid,
		endpoint: Endpoint,
		ip_type: u8,
		ip: u128,
		port: u16,
	) -> Result<(), Error<T>> {
		let registered = || {
			if Uids::<T>::contains_key(netuid, hotkey) {
				Ok(())
			} else {
				Err(Error::<T>::HotKeyNotRegisteredInNetwork)
			}
		};
		let previous = match endpoint {
			Endpoint::Axon => {
				registered()?;
				Self::ensure_valid_endpoint(ip_type, ip, true)?;
				Axons::<T>::get(netuid, hotkey).map(|served| served.block)
			},
			Endpoint::Prometheus => {
				Self::ensure_valid_endpoint(ip_type, ip, false)?;
				registered()?;
				Prometheus::<T>::get(netuid, hotkey).map(|served| served.block)
			},
		};
		if !Self::serving_allowed(netuid, previous.unwrap_or(0)) {
			return Err(Error::<T>::ServingRateLimitExceeded);
		}
		if port == 0 {
			return Err(Error::<T>::InvalidPort);
		}
		Ok(())
	}

	/// See [`Pallet::serve_axon`] and [`Pallet::serve_axon_tls`].
	pub fn do_serve_axon(
		origin: OriginFor<T>,
		netuid: NetUid,
		mut axon: AxonInfo,
		certificate: Option<alloc::vec::Vec<u8>>,
	) -> DispatchResult {
		let hotkey = frame_system::ensure_signed(origin)?;
		Self::check_serving(&hotkey, netuid, Endpoint::Axon, axon.ip_type, axon.ip, axon.port)?;
		if let Some(parsed) = certificate.as_deref().and_then(NeuronCertificate::parse) {
			NeuronCertificates::<T>::insert(netuid, &hotkey, parsed);
		}
		axon.block = Self::current_block();
		Axons::<T>::insert(netuid, &hotkey, axon);
		Self::deposit_event(Event::AxonServed(netuid, hotkey));
		Ok(())
	}

	/// See [`Pallet::serve_prometheus`].
	pub fn do_serve_prometheus(
		origin: OriginFor<T>,
		netuid: NetUid,
		mut prometheus: PrometheusInfo,
	) -> DispatchResult {
		let hotkey = frame_system::ensure_signed(origin)?;
		let PrometheusInfo { ip_type, ip, port, .. } = prometheus;
		Self::check_serving(&hotkey, netuid, Endpoint::Prometheus, ip_type, ip, port)?;
		prometheus.block = Self::current_block();
		Prometheus::<T>::insert(netuid, &hotkey, prometheus);
		Self::deposit_event(Event::PrometheusServed(netuid, hotkey));
		Ok(())
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn addresses_are_checked_by_type() {
		assert!(is_valid_ip_address(4, 0x0a00_0001, false));
		assert!(!is_valid_ip_address(4, IPV4_LOOPBACK, true));
		assert!(!is_valid_ip_address(4, u128::from(u32::MAX), true));
		assert!(!is_valid_ip_address(4, 1 << 40, true));
		assert!(is_valid_ip_address(6, 1 << 100, false));
		assert!(!is_valid_ip_address(6, IPV6_LOOPBACK, true));
		assert!(!is_valid_ip_address(6, u128::MAX, true));
		assert!(is_valid_ip_address(4, 0, true));
		assert!(!is_valid_ip_address(4, 0, false));
		assert!(!is_valid_ip_type(5));
	}
}
