//! The block's TAO emission: minted, split over the emitting subnets by moving price, injected
//! into their pools (price-neutral, the rest spent on protocol buys), and each subnet's alpha
//! emission split into the pending buckets its next epoch pays out. Moving prices follow.

use super::block_emission::{block_emission_for_issuance, TOTAL_SUPPLY};
use crate::*;
use alloc::vec::Vec;
use frame_support::traits::fungible::{Inspect, Mutate};
use substrate_fixed::types::{I96F32, U96F32};
use subtensor_common::{AlphaBalance, NetUid, OrderType, SwapHandler, TaoBalance};

/// One subnet's part of a block's emission.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct SubnetEmission {
	/// TAO (rao) the subnet's share of the block emission comes to.
	pub tao: U96F32,
	/// Alpha (rao) emitted to the subnet this block.
	pub alpha_out: U96F32,
	/// The share of root stake in the subnet's stake weight.
	pub root_proportion: U96F32,
}

impl<T: Config> Pallet<T> {
	/// Subnets that receive emission: started, trading and open to registration (root never).
	pub fn subnets_to_emit_to(subnets: &[NetUid]) -> Vec<NetUid> {
		subnets
			.iter()
			.copied()
			.filter(|netuid| {
				!netuid.is_root()
					&& FirstEmissionBlockNumber::<T>::contains_key(netuid)
					&& SubtokenEnabled::<T>::get(netuid)
					&& NetworkRegistrationAllowed::<T>::get(netuid)
			})
			.collect()
	}

	/// Each emitting subnet's share of the block's TAO: its moving price over the sum; subnets
	/// with emission disabled get none and the others share their part.
	pub fn emission_shares(subnets: &[NetUid]) -> Vec<U96F32> {
		let prices: Vec<U96F32> = subnets
			.iter()
			.map(|netuid| {
				let price = SubnetMovingPrice::<T>::get(netuid).max(I96F32::from_num(0));
				U96F32::saturating_from_num(price)
			})
			.collect();
		let zero = U96F32::from_num(0);
		let one = U96F32::from_num(1);
		let normalized = |values: &[U96F32]| -> Vec<U96F32> {
			let total = values.iter().fold(zero, |sum, v| sum.saturating_add(*v));
			values.iter().map(|v| v.checked_div(total).unwrap_or(zero)).collect()
		};
		let by_price = normalized(&prices);
		// Subnets whose owners withheld their own miners' incentive get less.
		let kept: Vec<U96F32> = subnets
			.iter()
			.zip(&by_price)
			.map(|(netuid, p)| {
				p.saturating_mul(one.saturating_sub(MinerBurned::<T>::get(netuid).min(one)))
			})
			.collect();
		let shares = if kept.iter().any(|w| *w > zero) { normalized(&kept) } else { by_price };
		let enabled: Vec<bool> = subnets.iter().map(SubnetEmissionEnabled::<T>::get).collect();
		if enabled.iter().all(|e| *e) {
			return shares;
		}
		let enabled_shares: Vec<U96F32> =
			shares.iter().zip(&enabled).map(|(s, e)| if *e { *s } else { zero }).collect();
		normalized(&enabled_shares)
	}

	/// Share of root stake in a subnet's stake weight: `root·w / (root·w + alpha issuance)`.
	pub fn root_proportion(netuid: NetUid) -> U96F32 {
		let tao_weight =
			U96F32::from_num(TaoWeight::<T>::get()).saturating_div(U96F32::from_num(u64::MAX));
		let root =
			U96F32::from_num(SubnetTAO::<T>::get(NetUid::ROOT).to_u64()).saturating_mul(tao_weight);
		let issuance = U96F32::from_num(Self::alpha_issuance(netuid).to_u64());
		root.checked_div(root.saturating_add(issuance)).unwrap_or_else(|| U96F32::from_num(0))
	}

	/// All alpha of a subnet: in its pool and outstanding.
	pub fn alpha_issuance(netuid: NetUid) -> AlphaBalance {
		SubnetAlphaIn::<T>::get(netuid).saturating_add(SubnetAlphaOut::<T>::get(netuid))
	}

	/// Mints the block's TAO emission into the emitting subnets and fills their pending
	/// buckets; then updates their moving prices. Returns the subnets that emitted.
	pub fn run_coinbase(subnets: &[NetUid]) -> Vec<NetUid> {
		let emitting = Self::subnets_to_emit_to(subnets);
		let room = TOTAL_SUPPLY.saturating_sub(T::Currency::total_issuance());
		let block_emission =
			block_emission_for_issuance(TotalIssuance::<T>::get().to_u64()).min(room);
		let shares = Self::emission_shares(&emitting);
		let prices_sum = emitting.iter().fold(I96F32::from_num(0), |sum, netuid| {
			sum.saturating_add(SubnetMovingPrice::<T>::get(netuid))
		});
		let root_sell = prices_sum > I96F32::from_num(1);
		for (netuid, share) in emitting.iter().zip(shares) {
			let terms = SubnetEmission {
				tao: U96F32::from_num(block_emission).saturating_mul(share),
				alpha_out: U96F32::from_num(block_emission_for_issuance(
					Self::alpha_issuance(*netuid).to_u64(),
				)),
				root_proportion: Self::root_proportion(*netuid),
			};
			Self::inject_into_pool(*netuid, &terms);
			Self::fill_pending_buckets(*netuid, &terms, root_sell);
		}
		for netuid in &emitting {
			Self::update_moving_price(*netuid);
		}
		emitting
	}

	/// Injects a subnet's TAO emission into its pool without moving the price (alpha in at the
	/// spot price, capped by the root proportion of its alpha emission); TAO left over buys
	/// alpha for the protocol.
	fn inject_into_pool(netuid: NetUid, terms: &SubnetEmission) {
		let price = U96F32::saturating_from_num(T::SwapInterface::current_alpha_price(netuid));
		let zero = U96F32::from_num(0);
		let mut tao_in = terms.tao;
		let mut alpha_in = tao_in.checked_div(price).unwrap_or(zero);
		let cap = terms.root_proportion.saturating_mul(terms.alpha_out);
		if alpha_in > cap {
			alpha_in = cap;
			tao_in = alpha_in.saturating_mul(price);
		}
		let excess = terms.tao.saturating_sub(tao_in).saturating_to_num::<u64>();
		let (tao_in, alpha_in) = T::SwapInterface::adjust_protocol_liquidity(
			netuid,
			tao_in.saturating_to_num::<u64>(),
			alpha_in.saturating_to_num::<u64>(),
		);
		SubnetExcessTao::<T>::insert(netuid, TaoBalance::ZERO);
		SubnetTaoInEmission::<T>::insert(netuid, TaoBalance::ZERO);
		if excess > 0 {
			Self::protocol_buy(netuid, excess);
		}
		let alpha_in = AlphaBalance::new(alpha_in);
		SubnetAlphaInEmission::<T>::insert(netuid, alpha_in);
		SubnetAlphaIn::<T>::mutate(netuid, |reserve| *reserve = reserve.saturating_add(alpha_in));
		if tao_in > 0 && Self::mint_tao_into_subnet(netuid, tao_in) {
			let tao_in = TaoBalance::new(tao_in);
			SubnetTaoInEmission::<T>::insert(netuid, tao_in);
			SubnetTAO::<T>::mutate(netuid, |reserve| *reserve = reserve.saturating_add(tao_in));
			TotalStake::<T>::mutate(|total| *total = total.saturating_add(tao_in));
		}
	}

	/// Buys alpha for the protocol with up to `tao` newly minted TAO (fee-less, no limit): only
	/// what the pool takes is minted.
	fn protocol_buy(netuid: NetUid, tao: u64) {
		let max_price = T::SwapInterface::max_price();
		let Ok(quote) = T::SwapInterface::swap(netuid, OrderType::Buy, tao, max_price, true, true)
		else {
			return;
		};
		let spend = quote.amount_paid_in;
		if spend == 0 || !Self::mint_tao_into_subnet(netuid, spend) {
			return;
		}
		match Self::swap_tao_for_alpha(netuid, TaoBalance::new(spend), max_price, true) {
			Ok(swap) => {
				let bought = AlphaBalance::new(swap.amount_paid_out);
				SubnetProtocolAlpha::<T>::mutate(netuid, |a| *a = a.saturating_add(bought));
				SubnetExcessTao::<T>::insert(netuid, TaoBalance::new(swap.amount_paid_in));
			},
			Err(error) => {
				// The quote said the pool takes it; if it does not, the TAO goes back out.
				log::warn!(target: "subtensor", "protocol buy on {netuid:?} failed: {error:?}");
				if let Err(error) =
					Self::recycle_tao(&Self::subnet_account_id(netuid), TaoBalance::new(spend))
				{
					log::error!(target: "subtensor", "recycling {spend} rao failed: {error:?}");
				}
			},
		}
	}

	/// Mints `amount` TAO into the subnet's account and counts it as issued; `false` if the
	/// balances pallet refused.
	fn mint_tao_into_subnet(netuid: NetUid, amount: u64) -> bool {
		let minted = T::Currency::mint_into(&Self::subnet_account_id(netuid), amount).is_ok();
		if minted {
			TotalIssuance::<T>::mutate(|issued| *issued = issued.saturating_add(amount.into()));
		}
		minted
	}

	/// Mints the subnet's alpha emission as outstanding alpha and splits it: the owner's cut,
	/// half to miners, the rest to validators less the root stakers' part (held for them when
	/// root sells, recycled otherwise).
	fn fill_pending_buckets(netuid: NetUid, terms: &SubnetEmission, root_sell: bool) {
		let whole = AlphaBalance::new(terms.alpha_out.saturating_to_num::<u64>());
		SubnetAlphaOutEmission::<T>::insert(netuid, whole);
		SubnetAlphaOut::<T>::mutate(netuid, |out| *out = out.saturating_add(whole));
		let floor = |x: U96F32| AlphaBalance::new(x.saturating_to_num::<u64>());
		let mut alpha = terms.alpha_out;
		if OwnerCutEnabled::<T>::get(netuid) {
			let cut = alpha
				.saturating_mul(U96F32::from_num(SubnetOwnerCut::<T>::get()))
				.saturating_div(U96F32::from_num(u16::MAX));
			alpha = alpha.saturating_sub(cut);
			PendingOwnerCut::<T>::mutate(netuid, |p| *p = p.saturating_add(floor(cut)));
		}
		let half = U96F32::from_num(0.5);
		let root_alpha = terms.root_proportion.saturating_mul(alpha).saturating_mul(half);
		let server = alpha.saturating_mul(half);
		let validator = alpha.saturating_sub(server).saturating_sub(root_alpha);
		PendingServerEmission::<T>::mutate(netuid, |p| *p = p.saturating_add(floor(server)));
		PendingValidatorEmission::<T>::mutate(netuid, |p| *p = p.saturating_add(floor(validator)));
		if root_sell {
			PendingRootAlphaDivs::<T>::mutate(netuid, |p| *p = p.saturating_add(floor(root_alpha)));
		} else {
			SubnetAlphaOut::<T>::mutate(netuid, |out| *out = out.saturating_sub(floor(root_alpha)));
		}
	}

	/// Moves the subnet's moving price towards its spot price (capped at 1), faster as the
	/// subnet ages: `a = SubnetMovingAlpha · b / (b + EMAPriceHalvingBlocks)` with `b` the blocks
	/// since `start_call`.
	fn update_moving_price(netuid: NetUid) {
		let started = FirstEmissionBlockNumber::<T>::get(netuid).unwrap_or(0);
		let blocks = Self::current_block().saturating_sub(started.saturating_sub(1));
		let blocks = I96F32::saturating_from_num(blocks);
		let halving = I96F32::saturating_from_num(EMAPriceHalvingBlocks::<T>::get(netuid));
		let speed = SubnetMovingAlpha::<T>::get()
			.saturating_mul(blocks)
			.checked_div(blocks.saturating_add(halving))
			.unwrap_or_else(|| I96F32::from_num(0));
		let spot = I96F32::saturating_from_num(T::SwapInterface::current_alpha_price(netuid))
			.min(I96F32::from_num(1));
		SubnetMovingPrice::<T>::mutate(netuid, |moving| {
			let kept = I96F32::from_num(1).saturating_sub(speed).saturating_mul(*moving);
			*moving = speed.saturating_mul(spot).saturating_add(kept);
		});
	}
}
