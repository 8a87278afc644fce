//! Root claims: the root stakers' part of a subnet's dividends accrues to their hotkey as a
//! rate per unit of root stake (`RootClaimable`); each coldkey claims what its root stake has
//! earned since it last claimed (`RootClaimed`), sold for TAO and restaked on root (`Swap`)
//! or kept as alpha staked on the subnet (`Keep`, `KeepSubnets`).
//!
//! Root stake that arrives after dividends were paid must not claim them, and root stake that
//! leaves must not take the past claims of others: every credit or debit of root stake moves
//! `RootClaimed` by `rate × amount` ([`Pallet::note_root_stake_change`]).

use crate::*;
use alloc::collections::BTreeSet;
use frame_support::{
	pallet_prelude::*,
	storage::with_storage_layer,
	traits::{fungible::Mutate, tokens::Preservation},
};
use frame_system::{ensure_signed, pallet_prelude::OriginFor};
use substrate_fixed::types::I96F32;
use subtensor_common::{AlphaBalance, NetUid, SwapHandler, TaoBalance};

/// Most subnets one `claim_root` call names.
pub const MAX_CLAIM_SUBNETS: usize = 5;

/// Most hotkeys one `claim_root` call claims from (its weight is charged for this many; the
/// coldkey's further hotkeys are claimed by the next call, as the claimed ones owe nothing).
pub const MAX_CLAIM_HOTKEYS: u32 = 16;

/// What `claim_root` did with one hotkey.
struct HotkeyClaim {
	/// Some claim was made.
	any: bool,
	/// Claims were sold and the TAO restaked on root.
	restaked: bool,
}

/// `rate × stake` in alpha-rao (negative → 0), rounded down, or up with `round_up`.
fn accrued_rounded(rate: I96F32, stake: u64, round_up: bool) -> u128 {
	let exact = rate.saturating_mul(I96F32::saturating_from_num(stake)).max(I96F32::from_num(0));
	let exact = if round_up { exact.saturating_ceil() } else { exact };
	exact.saturating_to_num::<u128>()
}

/// `rate × stake` in whole alpha-rao (negative or fractional parts dropped).
fn accrued(rate: I96F32, stake: u64) -> u128 {
	accrued_rounded(rate, stake, false)
}

impl<T: Config> Pallet<T> {
	/// The weight a call reserves for root stake it adds to `hotkey` (when `adds`): the claims
	/// on every subnet the hotkey is owed root dividends on are moved by the new stake.
	pub fn root_stake_added_weight(hotkey: &T::AccountId, adds: bool) -> Weight {
		if adds {
			T::WeightInfo::root_stake_added(Self::root_claim_subnets(hotkey))
		} else {
			Weight::zero()
		}
	}

	/// The weight a call reserves for root stake it removes from `hotkey` (when `removes`):
	/// what the stake earned on every subnet may be staked there at once.
	pub fn root_stake_removed_weight(hotkey: &T::AccountId, removes: bool) -> Weight {
		if removes {
			T::WeightInfo::root_stake_removed(Self::root_claim_subnets(hotkey))
		} else {
			Weight::zero()
		}
	}

	/// The weight a call reserves for moving stake from `origin_hotkey` on `origin` to
	/// `destination_hotkey` on `destination`: a removal of root stake when it leaves root, an
	/// addition when it arrives there.
	pub fn root_stake_moved_weight(
		origin_hotkey: &T::AccountId,
		destination_hotkey: &T::AccountId,
		origin: NetUid,
		destination: NetUid,
	) -> Weight {
		Self::root_stake_removed_weight(origin_hotkey, origin.is_root()).saturating_add(
			Self::root_stake_added_weight(destination_hotkey, destination.is_root()),
		)
	}

	/// The weight of a `claim_root` restaking on root for up to `hotkeys` hotkeys, each owed
	/// root dividends on at most every live subnet.
	pub fn claim_root_weight(hotkeys: u32) -> Weight {
		let restake = T::WeightInfo::root_stake_added(u32::from(TotalNetworks::<T>::get()));
		T::WeightInfo::claim_root(hotkeys)
			.saturating_add(restake.saturating_mul(u64::from(hotkeys)))
	}

	/// How many subnets `hotkey` is owed root dividends on.
	fn root_claim_subnets(hotkey: &T::AccountId) -> u32 {
		u32::try_from(RootClaimable::<T>::get(hotkey).len()).unwrap_or(u32::MAX)
	}

	/// Alpha `coldkey`'s root stake with `hotkey` may claim on `netuid` now.
	pub fn root_owed(hotkey: &T::AccountId, coldkey: &T::AccountId, netuid: NetUid) -> u128 {
		let Some(rate) = RootClaimable::<T>::get(hotkey).get(&netuid).copied() else {
			return 0;
		};
		let stake = Self::stake_of(hotkey, coldkey, NetUid::ROOT).to_u64();
		accrued(rate, stake).saturating_sub(RootClaimed::<T>::get((netuid, hotkey, coldkey)))
	}

	/// Keeps past claims where they are when `coldkey`'s root stake with `hotkey` goes from
	/// `before` to `after`: new stake is deemed to have claimed what was paid before it came;
	/// stake that leaves takes nothing from the rest, and what it earned stays owed, or, when
	/// the stake left behind is too small to carry it, is paid at once as alpha staked on the
	/// subnet (as a `Keep` claim). On a subnet being dissolved, what it earned joins the payout.
	pub(crate) fn note_root_stake_change(
		hotkey: &T::AccountId,
		coldkey: &T::AccountId,
		before: u64,
		after: u64,
	) {
		for (netuid, rate) in RootClaimable::<T>::get(hotkey) {
			let key = (netuid, hotkey, coldkey);
			let claimed = RootClaimed::<T>::get(key);
			let claimed = if !Self::subnet_exists(netuid) {
				// Being dissolved: what the stake earned there joins the payout now, and the
				// stake it has now is deemed to have claimed everything.
				let owed = accrued(rate, before).saturating_sub(claimed);
				if owed > 0 {
					Self::stage_root_dividends(netuid, coldkey, owed);
				}
				accrued_rounded(rate, after, true)
			} else if after >= before {
				// Rounded against the newcomer: it never owes a part of a rao from before.
				claimed.saturating_add(accrued_rounded(rate, after.saturating_sub(before), true))
			} else {
				let owed = accrued(rate, before).saturating_sub(claimed);
				let carried = accrued(rate, after);
				if carried < owed {
					let due = u64::try_from(owed.saturating_sub(carried)).unwrap_or(u64::MAX);
					if let Err(error) =
						Self::credit_stake(hotkey, coldkey, netuid, AlphaBalance::new(due))
					{
						log::error!(target: "subtensor", "root claim settlement failed: {error:?}");
					}
				}
				carried.saturating_sub(owed)
			};
			if claimed == 0 {
				RootClaimed::<T>::remove(key);
			} else {
				RootClaimed::<T>::insert(key, claimed);
			}
		}
	}

	/// `claim_root`: claims what `coldkey`'s root stake earned on `subnets` (1 to 5), for up
	/// to [`MAX_CLAIM_HOTKEYS`] of its hotkeys with something owed. Returns the call's actual
	/// weight: the claims and each hotkey's restake on root.
	pub fn do_claim_root(
		origin: OriginFor<T>,
		subnets: BTreeSet<NetUid>,
	) -> Result<Weight, DispatchError> {
		let coldkey = ensure_signed(origin)?;
		ensure!((1..=MAX_CLAIM_SUBNETS).contains(&subnets.len()), Error::<T>::InvalidSubnetNumber);
		let claim_type = RootClaimType::<T>::get(&coldkey);
		let mut claimed_from = 0u32;
		let mut restakes = Weight::zero();
		for hotkey in StakingHotkeys::<T>::get(&coldkey) {
			if claimed_from >= MAX_CLAIM_HOTKEYS {
				break;
			}
			// A hotkey's claims and its restake on root stand or fall together.
			let claimed = with_storage_layer(|| {
				Self::claim_from_hotkey(&hotkey, &coldkey, &subnets, &claim_type)
			});
			match claimed {
				Ok(HotkeyClaim { any: false, .. }) => {},
				Ok(HotkeyClaim { any: true, restaked }) => {
					claimed_from = claimed_from.saturating_add(1);
					restakes =
						restakes.saturating_add(Self::root_stake_added_weight(&hotkey, restaked));
				},
				Err(error) => {
					log::debug!(target: "subtensor", "root claims with a hotkey not made: {error:?}");
				},
			}
		}
		Self::deposit_event(Event::RootClaimed { coldkey });
		Ok(T::WeightInfo::claim_root(claimed_from).saturating_add(restakes))
	}

	/// Claims what `coldkey`'s root stake with `hotkey` earned on `subnets`, each claim all or
	/// nothing (a claim that cannot be made stays owed); the TAO of the claims sold is
	/// restaked on root at once.
	fn claim_from_hotkey(
		hotkey: &T::AccountId,
		coldkey: &T::AccountId,
		subnets: &BTreeSet<NetUid>,
		claim_type: &RootClaimTypeEnum,
	) -> Result<HotkeyClaim, DispatchError> {
		let mut any = false;
		let mut sold = TaoBalance::ZERO;
		for netuid in subnets {
			// A subnet being dissolved pays what is owed there itself.
			if !Self::subnet_exists(*netuid) {
				continue;
			}
			let owed = Self::root_owed(hotkey, coldkey, *netuid);
			if owed == 0
				|| I96F32::saturating_from_num(owed) < RootClaimableThreshold::<T>::get(netuid)
			{
				continue;
			}
			let keep = claim_type.keeps(*netuid);
			let made =
				with_storage_layer(|| Self::pay_root_claim(hotkey, coldkey, *netuid, owed, keep));
			match made {
				Ok(tao) => {
					any = true;
					sold = sold.saturating_add(tao);
				},
				Err(error) => {
					log::debug!(target: "subtensor", "root claim on {netuid:?} not made: {error:?}");
				},
			}
		}
		let restaked = !sold.is_zero();
		if restaked {
			let max_price = T::SwapInterface::max_price();
			let bought = Self::swap_tao_for_alpha(NetUid::ROOT, sold, max_price, true)?;
			Self::credit_stake(hotkey, coldkey, NetUid::ROOT, bought.amount_paid_out.into())?;
			Self::note_new_staking_hotkey(coldkey, hotkey);
		}
		Ok(HotkeyClaim { any, restaked })
	}

	/// Pays one claim of `owed` alpha on `netuid`: staked on the subnet (`keep`) or sold
	/// fee-less, the TAO moved to root's account for the restake; then marked claimed.
	/// Returns the TAO to restake.
	fn pay_root_claim(
		hotkey: &T::AccountId,
		coldkey: &T::AccountId,
		netuid: NetUid,
		owed: u128,
		keep: bool,
	) -> Result<TaoBalance, DispatchError> {
		let amount = u64::try_from(owed).map_err(|_| Error::<T>::Overflow)?;
		let alpha = AlphaBalance::new(amount);
		let sold = if keep {
			Self::credit_stake(hotkey, coldkey, netuid, alpha)?;
			TaoBalance::ZERO
		} else {
			let min_price = T::SwapInterface::min_price();
			let tao = Self::swap_alpha_for_tao(netuid, alpha, min_price, true)?.amount_paid_out;
			T::Currency::transfer(
				&Self::subnet_account_id(netuid),
				&Self::subnet_account_id(NetUid::ROOT),
				tao,
				Preservation::Expendable,
			)?;
			TaoBalance::new(tao)
		};
		// Before the restake, which moves `RootClaimed` for the new stake by its own amount.
		RootClaimed::<T>::mutate((netuid, hotkey, coldkey), |claimed| {
			*claimed = claimed.saturating_add(owed)
		});
		Ok(sold)
	}

	/// `set_root_claim_type`: how `coldkey`'s future root claims are paid. Every subnet a
	/// `KeepSubnets` names must exist.
	pub fn do_set_root_claim_type(
		origin: OriginFor<T>,
		claim_type: RootClaimTypeEnum,
	) -> DispatchResult {
		let coldkey = ensure_signed(origin)?;
		if let RootClaimTypeEnum::KeepSubnets { subnets } = &claim_type {
			for netuid in subnets {
				ensure!(
					!netuid.is_root() && Self::subnet_exists(*netuid),
					Error::<T>::SubnetNotExists
				);
			}
		}
		RootClaimType::<T>::insert(&coldkey, claim_type.clone());
		Self::deposit_event(Event::RootClaimTypeSet { coldkey, root_claim_type: claim_type });
		Ok(())
	}
}
