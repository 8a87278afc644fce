//! Paying out the pool of a dissolving subnet: every stake position on it is valued in alpha,
//! the protocol holds a notional position for the pool's own alpha, and the pool's TAO is
//! split pro rata (largest remainders get the leftover rao). Stakers are paid from the subnet
//! account; the protocol's share stays there (and is recycled with the rest).

use crate::*;
use alloc::vec::Vec;
use sp_runtime::DispatchError;
use subtensor_common::{NetUid, TaoBalance};

/// `pot` split in proportion to `weights` (largest-remainder rounding); the parts sum to
/// `pot` when the weights are not all zero.
pub fn split_pro_rata(pot: u64, weights: &[u64]) -> Vec<u64> {
	let total: u128 = weights.iter().map(|w| u128::from(*w)).sum();
	if total == 0 {
		return weights.iter().map(|_| 0).collect();
	}
	let exact: Vec<(u64, u128)> = weights
		.iter()
		.map(|w| {
			let product = u128::from(pot).saturating_mul(u128::from(*w));
			let part = product.checked_div(total).unwrap_or(0);
			(u64::try_from(part).unwrap_or(u64::MAX), product.checked_rem(total).unwrap_or(0))
		})
		.collect();
	let mut parts: Vec<u64> = exact.iter().map(|(part, _)| *part).collect();
	let handed_out: u64 = parts.iter().fold(0u64, |sum, part| sum.saturating_add(*part));
	let mut order: Vec<usize> = (0..exact.len()).collect();
	// Largest remainder first; ties keep their order.
	order.sort_by(|a, b| {
		let remainder = |i: &usize| exact.get(*i).map_or(0, |(_, r)| *r);
		remainder(b).cmp(&remainder(a))
	});
	for index in
		order.into_iter().take(usize::try_from(pot.saturating_sub(handed_out)).unwrap_or(0))
	{
		if let Some(part) = parts.get_mut(index) {
			*part = part.saturating_add(1);
		}
	}
	parts
}

impl<T: Config> Pallet<T> {
	/// Pays the TAO reserve of `netuid` to its stakers and removes every stake position on
	/// the subnet; returns the TAO paid to stakers.
	pub fn pay_out_subnet_stake(netuid: NetUid) -> Result<TaoBalance, DispatchError> {
		let hotkeys: Vec<T::AccountId> = TotalHotkeyAlpha::<T>::iter()
			.filter(|(_, pool_netuid, _)| *pool_netuid == netuid)
			.map(|(hotkey, _, _)| hotkey)
			.collect();
		let mut holders: Vec<T::AccountId> = Vec::new();
		let mut values: Vec<u64> = Vec::new();
		for hotkey in &hotkeys {
			let pool = Self::share_pool(hotkey, netuid);
			let positions: Vec<(T::AccountId, SafeFloat)> = AlphaV2::<T>::iter_prefix((hotkey,))
				.filter(|((_, position_netuid), _)| *position_netuid == netuid)
				.map(|((coldkey, _), shares)| (coldkey, shares))
				.collect();
			for (coldkey, shares) in positions {
				AlphaV2::<T>::remove((hotkey, &coldkey, netuid));
				holders.push(coldkey);
				values.push(pool.value_of(&shares));
			}
			TotalHotkeyAlpha::<T>::remove(hotkey, netuid);
			TotalHotkeySharesV2::<T>::remove(hotkey, netuid);
		}
		let protocol = SubnetAlphaIn::<T>::get(netuid)
			.saturating_add(SubnetProtocolAlpha::<T>::get(netuid))
			.to_u64();
		values.push(protocol);
		let pot = SubnetTAO::<T>::get(netuid).to_u64();
		let parts = split_pro_rata(pot, &values);
		let account = Self::subnet_account_id(netuid);
		let mut paid = TaoBalance::ZERO;
		for (coldkey, part) in holders.iter().zip(parts) {
			Self::pay_or_recycle(&account, coldkey, part)?;
			paid = paid.saturating_add(TaoBalance::new(part));
		}
		Ok(paid)
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn the_pot_is_split_exactly_with_largest_remainders() {
		assert_eq!(split_pro_rata(10, &[1, 1, 1]), vec![4, 3, 3]);
		assert_eq!(split_pro_rata(100, &[3, 0, 1]), vec![75, 0, 25]);
		assert_eq!(split_pro_rata(7, &[0, 0]), vec![0, 0]);
		assert_eq!(
			split_pro_rata(u64::MAX, &[u64::MAX, 1]).iter().map(|p| u128::from(*p)).sum::<u128>(),
			u128::from(u64::MAX)
		);
	}
}
