//! The table of subnet token symbols: the root symbol `Τ`, then letters of several scripts in
//! code-point order. A new subnet takes the entry of its netuid if unused, else the first unused
//! one.

/// Symbol of the root subnet (Greek capital tau).
pub const ROOT_SYMBOL: &str = "\u{03A4}";

/// Inclusive code-point ranges after the root symbol, in table order.
const SYMBOL_RANGES: &[(u32, u32)] = &[
	(0x03B1, 0x03C1), // Greek small alpha..rho
	(0x03C3, 0x03C9), // Greek small sigma..omega
	(0x0391, 0x03A1), // Greek capital alpha..rho
	(0x03A3, 0x03A3), // Greek capital sigma
	(0x03A5, 0x03A9), // Greek capital upsilon..omega
	(0x05D0, 0x05EA), // Hebrew
	(0x0430, 0x044F), // Cyrillic small
	(0x10D0, 0x10FA), // Georgian
	(0x0561, 0x0586), // Armenian small
	(0x0905, 0x0939), // Devanagari vowels and consonants
	(0x0E01, 0x0E2E), // Thai consonants
	(0x16A0, 0x16EA), // Runic
	(0x13A0, 0x13F4), // Cherokee
];

/// Number of entries in the table, the root symbol included.
pub fn symbol_count() -> usize {
	SYMBOL_RANGES
		.iter()
		.map(|(start, end)| end.saturating_sub(*start).saturating_add(1) as usize)
		.fold(1, usize::saturating_add)
}

/// The table entry at `index` (0 is the root symbol).
pub fn symbol_at(index: usize) -> Option<char> {
	let Some(mut rest) = index.checked_sub(1) else {
		return ROOT_SYMBOL.chars().next();
	};
	for (start, end) in SYMBOL_RANGES {
		let len = end.saturating_sub(*start).saturating_add(1) as usize;
		if rest < len {
			return char::from_u32(start.saturating_add(rest as u32));
		}
		rest = rest.saturating_sub(len);
	}
	None
}

/// The UTF-8 bytes of a table entry.
pub fn symbol_bytes(index: usize) -> Option<alloc::vec::Vec<u8>> {
	let symbol = symbol_at(index)?;
	let mut buffer = [0u8; 4];
	Some(symbol.encode_utf8(&mut buffer).as_bytes().to_vec())
}

/// Whether `bytes` is an entry of the table.
pub fn is_known_symbol(bytes: &[u8]) -> bool {
	let Ok(text) = core::str::from_utf8(bytes) else { return false };
	let mut chars = text.chars();
	let (Some(symbol), None) = (chars.next(), chars.next()) else { return false };
	let code = u32::from(symbol);
	text == ROOT_SYMBOL || SYMBOL_RANGES.iter().any(|(start, end)| (*start..=*end).contains(&code))
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn table_has_a_symbol_for_every_netuid_the_real_chain_names() {
		assert!(symbol_count() >= 439);
		assert_eq!(symbol_at(0), Some('Τ'));
		assert_eq!(symbol_at(1), Some('α'));
		assert_eq!(symbol_at(2), Some('β'));
		assert_eq!(symbol_at(symbol_count()), None);
	}

	#[test]
	fn every_entry_is_distinct_and_known() {
		let all: alloc::vec::Vec<_> =
			(0..symbol_count()).map(|i| symbol_bytes(i).unwrap()).collect();
		for (i, symbol) in all.iter().enumerate() {
			assert!(is_known_symbol(symbol), "entry {i}");
			assert!(!all[..i].contains(symbol), "entry {i} repeats");
		}
		assert!(!is_known_symbol(b"A"));
		assert!(!is_known_symbol("αβ".as_bytes()));
	}
}
