//! The offchain worker: fetches the pulses this chain lacks from the HTTP relays the node's
//! operator named and submits them, unsigned, to the node's own pool.
//!
//! The node writes the relays' base URLs into offchain storage at start (`--drand-relays`,
//! [`RELAYS_STORAGE_KEY`]); without any the worker does nothing, so an offline chain stays
//! quiet. Each run asks the relays, in order, for the newest round
//! (`{relay}/{chain hash}/public/latest`), then for the rounds between the newest stored one and
//! it (`…/public/{round}`, at most [`MAX_ROUNDS_PER_RUN`], the newest first when further
//! behind), and submits them in one `write_pulse`. A lock in offchain storage keeps runs of
//! consecutive blocks from fetching at the same time.

use crate::{
	types::RelayPulse, BeaconConfig, Call, Config, LastStoredRound, Pallet, Pulse, PulsesPayload,
};
use alloc::{format, string::ToString, vec::Vec};
use frame_support::traits::Get;
use frame_system::{
	offchain::{CreateBare, SubmitTransaction},
	pallet_prelude::BlockNumberFor,
};
use sp_runtime::offchain::{
	http,
	storage::StorageValueRef,
	storage_lock::{StorageLock, Time},
	Duration,
};

/// The offchain-storage key (persistent) of the relays' base URLs: SCALE `Vec<Vec<u8>>`.
pub const RELAYS_STORAGE_KEY: &[u8] = b"drand::relays";
/// The offchain-storage key of the lock one run holds while it fetches.
const FETCH_LOCK_KEY: &[u8] = b"drand::fetch-lock";
/// The most rounds one run fetches.
pub const MAX_ROUNDS_PER_RUN: u64 = crate::MAX_PULSES_PER_WRITE as u64;

impl<T: Config> Pallet<T> {
	/// Fetches the pulses this chain lacks and submits them (see the module's documentation).
	pub(crate) fn submit_new_pulses(block: BlockNumberFor<T>) {
		let relays = match StorageValueRef::persistent(RELAYS_STORAGE_KEY).get::<Vec<Vec<u8>>>() {
			Ok(Some(relays)) if !relays.is_empty() => relays,
			_ => return,
		};
		// Room for every request of a run to take the whole timeout.
		let run_time = T::HttpFetchTimeout::get()
			.saturating_mul(MAX_ROUNDS_PER_RUN.saturating_add(1))
			.saturating_mul(relays.len() as u64);
		let mut lock =
			StorageLock::<Time>::with_deadline(FETCH_LOCK_KEY, Duration::from_millis(run_time));
		let Ok(_guard) = lock.try_lock() else {
			return;
		};

		let chain = hex::encode(BeaconConfig::<T>::get().hash);
		let Some(latest) = Self::fetch(&relays, &chain, "latest") else {
			log::warn!(target: "drand", "no relay answered with the latest pulse");
			return;
		};
		let last = LastStoredRound::<T>::get();
		if latest.round <= last {
			return;
		}
		let first = last
			.saturating_add(1)
			.max(latest.round.saturating_sub(MAX_ROUNDS_PER_RUN.saturating_sub(1)));
		let mut pulses: Vec<Pulse> = (first..latest.round)
			.filter_map(|round| {
				Self::fetch(&relays, &chain, &round.to_string()).filter(|p| p.round == round)
			})
			.collect();
		pulses.push(latest);

		let rounds = pulses.len();
		let call = Call::write_pulse {
			pulses_payload: PulsesPayload {
				block_number: block,
				pulses,
				public: sp_core::sr25519::Public::from_raw([0; 32]).into(),
			},
			signature: None,
		};
		let transaction = <T as CreateBare<Call<T>>>::create_bare(call.into());
		if SubmitTransaction::<T, Call<T>>::submit_transaction(transaction).is_err() {
			log::debug!(target: "drand", "the pool refused {rounds} pulse(s)");
		}
	}

	/// The pulse `which` (a round, or `latest`) from the first relay that serves it.
	fn fetch(relays: &[Vec<u8>], chain: &str, which: &str) -> Option<Pulse> {
		let deadline =
			sp_io::offchain::timestamp().add(Duration::from_millis(T::HttpFetchTimeout::get()));
		relays.iter().find_map(|relay| {
			let base = core::str::from_utf8(relay).ok()?.trim_end_matches('/');
			let url = format!("{base}/{chain}/public/{which}");
			let pending = http::Request::get(&url).deadline(deadline).send().ok()?;
			let response = match pending.try_wait(deadline) {
				Ok(Ok(response)) if response.code == 200 => response,
				Ok(Ok(response)) => {
					log::debug!(target: "drand", "{url}: HTTP {}", response.code);
					return None;
				},
				_ => {
					log::debug!(target: "drand", "{url}: no answer");
					return None;
				},
			};
			let body: Vec<u8> = response.body().collect();
			let pulse =
				serde_json::from_slice::<RelayPulse>(&body).ok().and_then(RelayPulse::into_pulse);
			if pulse.is_none() {
				log::debug!(target: "drand", "{url}: not a pulse");
			}
			pulse
		})
	}
}
