//! The drand relays the runtime's offchain worker fetches beacon pulses from
//! (`--drand-relays`): checked on the command line, stored where the worker reads them.

use codec::Encode;
use sp_core::offchain::OffchainStorage;

/// A relay's base URL, if it is an `http://` or `https://` URL.
pub fn parse_relay(url: &str) -> Result<String, String> {
	let url = url.trim().trim_end_matches('/');
	let host = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"));
	match host {
		Some(host) if !host.is_empty() => Ok(url.to_owned()),
		_ => Err(format!("`{url}` is not an http:// or https:// URL")),
	}
}

/// Stores `relays` (an empty list: none, so the worker stays quiet) in the node's offchain
/// storage, replacing what an earlier start stored.
pub fn store_relays(storage: &mut impl OffchainStorage, relays: &[String]) {
	let urls: Vec<Vec<u8>> = relays.iter().map(|url| url.as_bytes().to_vec()).collect();
	storage.set(sc_offchain::STORAGE_PREFIX, pallet_drand::RELAYS_STORAGE_KEY, &urls.encode());
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn relays_are_http_urls() {
		assert_eq!(parse_relay("https://api.drand.sh/"), Ok("https://api.drand.sh".into()));
		assert_eq!(parse_relay("http://127.0.0.1:8080"), Ok("http://127.0.0.1:8080".into()));
		assert!(parse_relay("api.drand.sh").is_err());
		assert!(parse_relay("https://").is_err());
	}

	#[test]
	fn stored_relays_replace_the_previous_ones() {
		let mut storage = sp_core::offchain::storage::InMemOffchainStorage::default();
		store_relays(&mut storage, &["http://a".into(), "http://b".into()]);
		store_relays(&mut storage, &[]);
		let stored = storage.get(sc_offchain::STORAGE_PREFIX, pallet_drand::RELAYS_STORAGE_KEY);
		assert_eq!(stored, Some(Vec::<Vec<u8>>::new().encode()));
	}
}
