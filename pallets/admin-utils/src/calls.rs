//! The calls of `AdminUtils`, in call-index order (FRAME takes one call block, so they are
//! listed here together). Each passes its [`Gate`](crate::Gate) (who may change the value, and
//! when), checks the value's bounds (`checks.rs` for those that span several values), and writes
//! through the `SubtensorModule` setter of the value (`pallet_subtensor`'s
//! `hyperparameters.rs`, grouped as its storage is).

use frame_support::pallet_macros::pallet_section;

/// The pallet's dispatchable calls, imported into the pallet.
#[pallet_section]
mod calls {
	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Replaces the Aura block authors (root).
		#[pallet::call_index(0)]
		#[pallet::weight(<T as Config>::WeightInfo::swap_authorities(T::MaxAuthorities::get()))]
		pub fn swap_authorities(
			origin: OriginFor<T>,
			new_authorities: BoundedVec<<T as Config>::AuthorityId, T::MaxAuthorities>,
		) -> DispatchResult {
			ensure_root(origin)?;
			ensure!(!new_authorities.is_empty(), Error::<T>::NoAuthorities);
			let count = u32::try_from(new_authorities.len()).unwrap_or(u32::MAX);
			T::Aura::change_authorities(new_authorities);
			Self::deposit_event(Event::AuraAuthoritiesChanged { count });
			Ok(())
		}

		/// Schedules new GRANDPA authorities `in_blocks` blocks from now; `forced` names the
		/// median last-finalized block for a forced change (root).
		#[pallet::call_index(59)]
		#[pallet::weight(<T as Config>::WeightInfo::schedule_grandpa_change(
			u32::try_from(next_authorities.len()).unwrap_or(u32::MAX),
		))]
		pub fn schedule_grandpa_change(
			origin: OriginFor<T>,
			next_authorities: sp_consensus_grandpa::AuthorityList,
			in_blocks: BlockNumberFor<T>,
			forced: Option<BlockNumberFor<T>>,
		) -> DispatchResult {
			ensure_root(origin)?;
			ensure!(!next_authorities.is_empty(), Error::<T>::NoAuthorities);
			let count = u32::try_from(next_authorities.len()).unwrap_or(u32::MAX);
			ensure!(count <= T::MaxAuthorities::get(), Error::<T>::TooManyAuthorities);
			T::Grandpa::schedule_change(next_authorities, in_blocks, forced)?;
			Self::deposit_event(Event::GrandpaChangeScheduled { count, in_blocks, forced });
			Ok(())
		}

		/// Sets the highest delegate take (÷65535).
		#[pallet::call_index(1)]
		#[pallet::weight(<T as Config>::WeightInfo::set_global_value())]
		pub fn sudo_set_default_take(origin: OriginFor<T>, default_take: u16) -> DispatchResult {
			Self::set_global_value(origin, || Subtensor::<T>::set_max_delegate_take(default_take))
		}

		/// Sets the blocks a coldkey waits between two hotkey swaps (`TxRateLimit`).
		#[pallet::call_index(2)]
		#[pallet::weight(<T as Config>::WeightInfo::set_global_value())]
		pub fn sudo_set_tx_rate_limit(origin: OriginFor<T>, tx_rate_limit: u64) -> DispatchResult {
			Self::set_global_value(origin, || Subtensor::<T>::set_tx_rate_limit(tx_rate_limit))
		}

		/// Sets the blocks between two axon/prometheus updates.
		#[pallet::call_index(3)]
		#[pallet::weight(<T as Config>::WeightInfo::set_subnet_value())]
		pub fn sudo_set_serving_rate_limit(
			origin: OriginFor<T>,
			netuid: NetUid,
			serving_rate_limit: u64,
		) -> DispatchResult {
			Self::set_subnet_value(
				origin,
				netuid,
				Gate::OwnerOrRoot(Hyperparameter::ServingRateLimit),
				|_| Ok(()),
				|| Subtensor::<T>::set_serving_rate_limit(netuid, serving_rate_limit),
			)
		}

		/// Sets the minimum proof-of-work difficulty.
		#[pallet::call_index(4)]
		#[pallet::weight(<T as Config>::WeightInfo::set_subnet_value())]
		pub fn sudo_set_min_difficulty(
			origin: OriginFor<T>,
			netuid: NetUid,
			min_difficulty: u64,
		) -> DispatchResult {
			Self::set_subnet_value(
				origin,
				netuid,
				Gate::RootOutsideFreeze,
				|_| Ok(()),
				|| Subtensor::<T>::set_min_difficulty(netuid, min_difficulty),
			)
		}

		/// Sets the maximum proof-of-work difficulty.
		#[pallet::call_index(5)]
		#[pallet::weight(<T as Config>::WeightInfo::set_subnet_value())]
		pub fn sudo_set_max_difficulty(
			origin: OriginFor<T>,
			netuid: NetUid,
			max_difficulty: u64,
		) -> DispatchResult {
			Self::set_subnet_value(
				origin,
				netuid,
				Gate::OwnerOrRoot(Hyperparameter::MaxDifficulty),
				|_| Ok(()),
				|| Subtensor::<T>::set_max_difficulty(netuid, max_difficulty),
			)
		}

		/// Sets the lowest weights version key accepted (owner: once per `WeightsVersionKeyRateLimit` tempos).
		#[pallet::call_index(6)]
		#[pallet::weight(<T as Config>::WeightInfo::set_subnet_value())]
		pub fn sudo_set_weights_version_key(
			origin: OriginFor<T>,
			netuid: NetUid,
			weights_version_key: u64,
		) -> DispatchResult {
			Self::set_subnet_value(
				origin,
				netuid,
				Gate::OwnerOrRootEvery(
					Hyperparameter::WeightsVersionKey,
					Self::weights_version_key_rate_limit(netuid),
				),
				|_| Ok(()),
				|| Subtensor::<T>::set_weights_version_key(netuid, weights_version_key),
			)
		}

		/// Sets the blocks between two weight sets of a UID.
		#[pallet::call_index(7)]
		#[pallet::weight(<T as Config>::WeightInfo::set_subnet_value())]
		pub fn sudo_set_weights_set_rate_limit(
			origin: OriginFor<T>,
			netuid: NetUid,
			weights_set_rate_limit: u64,
		) -> DispatchResult {
			Self::set_subnet_value(
				origin,
				netuid,
				Gate::Root,
				|_| Ok(()),
				|| Subtensor::<T>::set_weights_set_rate_limit(netuid, weights_set_rate_limit),
			)
		}

		/// Sets the legacy price-controller interval.
		#[pallet::call_index(8)]
		#[pallet::weight(<T as Config>::WeightInfo::set_subnet_value())]
		pub fn sudo_set_adjustment_interval(
			origin: OriginFor<T>,
			netuid: NetUid,
			adjustment_interval: u16,
		) -> DispatchResult {
			Self::set_subnet_value(
				origin,
				netuid,
				Gate::Root,
				|_| Ok(()),
				|| Subtensor::<T>::set_adjustment_interval(netuid, adjustment_interval),
			)
		}

		/// Sets the legacy price-controller smoothing.
		#[pallet::call_index(9)]
		#[pallet::weight(<T as Config>::WeightInfo::set_subnet_value())]
		pub fn sudo_set_adjustment_alpha(
			origin: OriginFor<T>,
			netuid: NetUid,
			adjustment_alpha: u64,
		) -> DispatchResult {
			Self::set_subnet_value(
				origin,
				netuid,
				Gate::OwnerOrRoot(Hyperparameter::AdjustmentAlpha),
				|_| Ok(()),
				|| Subtensor::<T>::set_adjustment_alpha(netuid, adjustment_alpha),
			)
		}

		/// Sets the blocks a new UID is immune from pruning.
		#[pallet::call_index(13)]
		#[pallet::weight(<T as Config>::WeightInfo::set_subnet_value())]
		pub fn sudo_set_immunity_period(
			origin: OriginFor<T>,
			netuid: NetUid,
			immunity_period: u16,
		) -> DispatchResult {
			Self::set_subnet_value(
				origin,
				netuid,
				Gate::OwnerOrRoot(Hyperparameter::ImmunityPeriod),
				|_| Ok(()),
				|| Subtensor::<T>::set_immunity_period(netuid, immunity_period),
			)
		}

		/// Sets the minimum length of a weight vector.
		#[pallet::call_index(14)]
		#[pallet::weight(<T as Config>::WeightInfo::set_subnet_value())]
		pub fn sudo_set_min_allowed_weights(
			origin: OriginFor<T>,
			netuid: NetUid,
			min_allowed_weights: u16,
		) -> DispatchResult {
			Self::set_subnet_value(
				origin,
				netuid,
				Gate::OwnerOrRoot(Hyperparameter::MinAllowedWeights),
				|_| Ok(()),
				|| Subtensor::<T>::set_min_allowed_weights(netuid, min_allowed_weights),
			)
		}

		/// Sets the UID capacity: at least the UIDs in use and `MinAllowedUids`, at most 256 across all mechanisms.
		#[pallet::call_index(15)]
		#[pallet::weight(<T as Config>::WeightInfo::set_subnet_value())]
		pub fn sudo_set_max_allowed_uids(
			origin: OriginFor<T>,
			netuid: NetUid,
			max_allowed_uids: u16,
		) -> DispatchResult {
			Self::set_subnet_value(
				origin,
				netuid,
				Gate::OwnerOrRoot(Hyperparameter::MaxAllowedUids),
				|_| Self::check_max_allowed_uids(netuid, max_allowed_uids),
				|| Subtensor::<T>::set_max_allowed_uids(netuid, max_allowed_uids),
			)
		}

		/// Sets the consensus majority (÷65535).
		#[pallet::call_index(16)]
		#[pallet::weight(<T as Config>::WeightInfo::set_subnet_value())]
		pub fn sudo_set_kappa(origin: OriginFor<T>, netuid: NetUid, kappa: u16) -> DispatchResult {
			Self::set_subnet_value(
				origin,
				netuid,
				Gate::Root,
				|_| Ok(()),
				|| Subtensor::<T>::set_kappa(netuid, kappa),
			)
		}

		/// Sets rho.
		#[pallet::call_index(17)]
		#[pallet::weight(<T as Config>::WeightInfo::set_subnet_value())]
		pub fn sudo_set_rho(origin: OriginFor<T>, netuid: NetUid, rho: u16) -> DispatchResult {
			Self::set_subnet_value(
				origin,
				netuid,
				Gate::OwnerOrRoot(Hyperparameter::Rho),
				|_| Ok(()),
				|| Subtensor::<T>::set_rho(netuid, rho),
			)
		}

		/// Sets the deprecated activity cutoff in blocks (at least `MinActivityCutoff`). Clients
		/// still read it; the epoch measures activity with `ActivityCutoffFactorMilli`.
		#[pallet::call_index(18)]
		#[pallet::weight(<T as Config>::WeightInfo::set_subnet_value())]
		pub fn sudo_set_activity_cutoff(
			origin: OriginFor<T>,
			netuid: NetUid,
			activity_cutoff: u16,
		) -> DispatchResult {
			Self::set_subnet_value(
				origin,
				netuid,
				Gate::OwnerOrRoot(Hyperparameter::ActivityCutoff),
				|_| {
					check(
						activity_cutoff >= MinActivityCutoff::<T>::get(),
						SubtensorError::<T>::ActivityCutoffTooLow,
					)
				},
				|| Subtensor::<T>::set_activity_cutoff(netuid, activity_cutoff),
			)
		}

		/// Opens or closes registration on the subnet.
		#[pallet::call_index(19)]
		#[pallet::weight(<T as Config>::WeightInfo::set_subnet_value())]
		pub fn sudo_set_network_registration_allowed(
			origin: OriginFor<T>,
			netuid: NetUid,
			registration_allowed: bool,
		) -> DispatchResult {
			Self::set_subnet_value(
				origin,
				netuid,
				Gate::Root,
				|_| Ok(()),
				|| Subtensor::<T>::set_network_registration_allowed(netuid, registration_allowed),
			)
		}

		/// Sets the target registrations per interval (root subnet).
		#[pallet::call_index(21)]
		#[pallet::weight(<T as Config>::WeightInfo::set_subnet_value())]
		pub fn sudo_set_target_registrations_per_interval(
			origin: OriginFor<T>,
			netuid: NetUid,
			target_registrations_per_interval: u16,
		) -> DispatchResult {
			Self::set_subnet_value(
				origin,
				netuid,
				Gate::RootOutsideFreeze,
				|_| Ok(()),
				|| {
					Subtensor::<T>::set_target_registrations_per_interval(
						netuid,
						target_registrations_per_interval,
					)
				},
			)
		}

		/// Sets the registration price floor: below 1 TAO and below `MaxBurn`.
		#[pallet::call_index(22)]
		#[pallet::weight(<T as Config>::WeightInfo::set_subnet_value())]
		pub fn sudo_set_min_burn(
			origin: OriginFor<T>,
			netuid: NetUid,
			min_burn: TaoBalance,
		) -> DispatchResult {
			Self::set_subnet_value(
				origin,
				netuid,
				Gate::OwnerOrRoot(Hyperparameter::MinBurn),
				|_| {
					check(
						min_burn < TaoBalance::new(RAO_PER_TAO)
							&& min_burn < MaxBurn::<T>::get(netuid),
						Error::<T>::ValueNotInBounds,
					)
				},
				|| Subtensor::<T>::set_min_burn(netuid, min_burn),
			)
		}

		/// Sets the registration price ceiling: above 0.1 TAO and above `MinBurn`.
		#[pallet::call_index(23)]
		#[pallet::weight(<T as Config>::WeightInfo::set_subnet_value())]
		pub fn sudo_set_max_burn(
			origin: OriginFor<T>,
			netuid: NetUid,
			max_burn: TaoBalance,
		) -> DispatchResult {
			Self::set_subnet_value(
				origin,
				netuid,
				Gate::OwnerOrRoot(Hyperparameter::MaxBurn),
				|_| {
					check(
						max_burn > TaoBalance::new(RAO_PER_TAO / 10)
							&& max_burn > MinBurn::<T>::get(netuid),
						Error::<T>::ValueNotInBounds,
					)
				},
				|| Subtensor::<T>::set_max_burn(netuid, max_burn),
			)
		}

		/// Sets the proof-of-work difficulty.
		#[pallet::call_index(24)]
		#[pallet::weight(<T as Config>::WeightInfo::set_subnet_value())]
		pub fn sudo_set_difficulty(
			origin: OriginFor<T>,
			netuid: NetUid,
			difficulty: u64,
		) -> DispatchResult {
			Self::set_subnet_value(
				origin,
				netuid,
				Gate::RootOutsideFreeze,
				|_| Ok(()),
				|| Subtensor::<T>::set_difficulty(netuid, difficulty),
			)
		}

		/// Sets the validator permits per epoch (at most `MaxAllowedUids`).
		#[pallet::call_index(25)]
		#[pallet::weight(<T as Config>::WeightInfo::set_subnet_value())]
		pub fn sudo_set_max_allowed_validators(
			origin: OriginFor<T>,
			netuid: NetUid,
			max_allowed_validators: u16,
		) -> DispatchResult {
			Self::set_subnet_value(
				origin,
				netuid,
				Gate::RootOutsideFreeze,
				|_| {
					check(
						max_allowed_validators <= MaxAllowedUids::<T>::get(netuid),
						Error::<T>::MaxValidatorsLargerThanMaxUIds,
					)
				},
				|| Subtensor::<T>::set_max_allowed_validators(netuid, max_allowed_validators),
			)
		}

		/// Sets the bond moving average (owners at most 975 000, root at most 10^6).
		#[pallet::call_index(26)]
		#[pallet::weight(<T as Config>::WeightInfo::set_subnet_value())]
		pub fn sudo_set_bonds_moving_average(
			origin: OriginFor<T>,
			netuid: NetUid,
			bonds_moving_average: u64,
		) -> DispatchResult {
			Self::set_subnet_value(
				origin,
				netuid,
				Gate::OwnerOrRoot(Hyperparameter::BondsMovingAverage),
				|caller| {
					check(
						caller == Caller::Root
							|| bonds_moving_average <= MAX_OWNER_BONDS_MOVING_AVERAGE,
						Error::<T>::BondsMovingAverageMaxReached,
					)?;
					check(
						bonds_moving_average <= MAX_BONDS_MOVING_AVERAGE,
						Error::<T>::InvalidValue,
					)
				},
				|| Subtensor::<T>::set_bonds_moving_average(netuid, bonds_moving_average),
			)
		}

		/// Sets the registrations allowed per block (root subnet).
		#[pallet::call_index(27)]
		#[pallet::weight(<T as Config>::WeightInfo::set_subnet_value())]
		pub fn sudo_set_max_registrations_per_block(
			origin: OriginFor<T>,
			netuid: NetUid,
			max_registrations_per_block: u16,
		) -> DispatchResult {
			Self::set_subnet_value(
				origin,
				netuid,
				Gate::RootOutsideFreeze,
				|_| Ok(()),
				|| {
					Subtensor::<T>::set_max_registrations_per_block(
						netuid,
						max_registrations_per_block,
					)
				},
			)
		}

		/// Sets the owners' share of alpha emission (÷65535).
		#[pallet::call_index(28)]
		#[pallet::weight(<T as Config>::WeightInfo::set_global_value())]
		pub fn sudo_set_subnet_owner_cut(
			origin: OriginFor<T>,
			subnet_owner_cut: u16,
		) -> DispatchResult {
			Self::set_global_value(origin, || {
				Subtensor::<T>::set_subnet_owner_cut(subnet_owner_cut)
			})
		}

		/// Sets the blocks between two subnet registrations.
		#[pallet::call_index(29)]
		#[pallet::weight(<T as Config>::WeightInfo::set_global_value())]
		pub fn sudo_set_network_rate_limit(
			origin: OriginFor<T>,
			rate_limit: u64,
		) -> DispatchResult {
			Self::set_global_value(origin, || Subtensor::<T>::set_network_rate_limit(rate_limit))
		}

		/// Sets the subnet's tempo and restarts its epoch count. Root: any value (0 stops
		/// automatic epochs). The owner (as btcli's `hparams set --name tempo` sends it): the
		/// bounds and rate limit of `SubtensorModule::set_tempo`.
		#[pallet::call_index(30)]
		#[pallet::weight(<T as Config>::WeightInfo::set_subnet_value().max(
			<<T as pallet_subtensor::Config>::WeightInfo as pallet_subtensor::WeightInfo>::set_tempo()
		))]
		pub fn sudo_set_tempo(origin: OriginFor<T>, netuid: NetUid, tempo: u16) -> DispatchResult {
			if ensure_root(origin.clone()).is_err() {
				return Subtensor::<T>::do_owner_set_tempo(origin, netuid, tempo);
			}
			Self::set_subnet_value(
				origin,
				netuid,
				Gate::RootOutsideFreeze,
				|_| Ok(()),
				|| Subtensor::<T>::set_tempo_now(netuid, tempo),
			)
		}

		/// Sets the age before a subnet may be pruned.
		#[pallet::call_index(35)]
		#[pallet::weight(<T as Config>::WeightInfo::set_global_value())]
		pub fn sudo_set_network_immunity_period(
			origin: OriginFor<T>,
			immunity_period: u64,
		) -> DispatchResult {
			Self::set_global_value(origin, || {
				Subtensor::<T>::set_network_immunity_period(immunity_period)
			})
		}

		/// Sets the floor of the subnet lock cost.
		#[pallet::call_index(36)]
		#[pallet::weight(<T as Config>::WeightInfo::set_global_value())]
		pub fn sudo_set_network_min_lock_cost(
			origin: OriginFor<T>,
			lock_cost: TaoBalance,
		) -> DispatchResult {
			Self::set_global_value(origin, || Subtensor::<T>::set_network_min_lock_cost(lock_cost))
		}

		/// Sets the most non-root subnets.
		#[pallet::call_index(37)]
		#[pallet::weight(<T as Config>::WeightInfo::set_global_value())]
		pub fn sudo_set_subnet_limit(origin: OriginFor<T>, max_subnets: u16) -> DispatchResult {
			Self::set_global_value(origin, || Subtensor::<T>::set_subnet_limit(max_subnets))
		}

		/// Sets the lock-cost decay period.
		#[pallet::call_index(38)]
		#[pallet::weight(<T as Config>::WeightInfo::set_global_value())]
		pub fn sudo_set_lock_reduction_interval(
			origin: OriginFor<T>,
			interval: u64,
		) -> DispatchResult {
			Self::set_global_value(origin, || {
				Subtensor::<T>::set_network_lock_reduction_interval(interval)
			})
		}

		/// Sets the subnet's recycled-for-registration counter.
		#[pallet::call_index(39)]
		#[pallet::weight(<T as Config>::WeightInfo::set_subnet_value())]
		pub fn sudo_set_rao_recycled(
			origin: OriginFor<T>,
			netuid: NetUid,
			rao_recycled: TaoBalance,
		) -> DispatchResult {
			Self::set_subnet_value(
				origin,
				netuid,
				Gate::Root,
				|_| Ok(()),
				|| Subtensor::<T>::set_rao_recycled_for_registration(netuid, rao_recycled),
			)
		}

		/// Sets the minimum stake weight for weights, permits and children.
		#[pallet::call_index(42)]
		#[pallet::weight(<T as Config>::WeightInfo::set_global_value())]
		pub fn sudo_set_stake_threshold(origin: OriginFor<T>, min_stake: u64) -> DispatchResult {
			Self::set_global_value(origin, || Subtensor::<T>::set_stake_threshold(min_stake))
		}

		/// Sets the per-million factor of the nominator minimum stake.
		#[pallet::call_index(43)]
		#[pallet::weight(<T as Config>::WeightInfo::set_global_value())]
		pub fn sudo_set_nominator_min_required_stake(
			origin: OriginFor<T>,
			min_stake: u64,
		) -> DispatchResult {
			Self::set_global_value(origin, || {
				Subtensor::<T>::set_nominator_min_required_stake(min_stake);
				Self::hyperparameter_updated(None, b"NominatorMinRequiredStake");
			})
		}

		/// Sets the blocks between two delegate-take increases.
		#[pallet::call_index(45)]
		#[pallet::weight(<T as Config>::WeightInfo::set_global_value())]
		pub fn sudo_set_tx_delegate_take_rate_limit(
			origin: OriginFor<T>,
			tx_rate_limit: u64,
		) -> DispatchResult {
			Self::set_global_value(origin, || {
				Subtensor::<T>::set_tx_delegate_take_rate_limit(tx_rate_limit)
			})
		}

		/// Sets the lowest delegate take (at most the highest).
		#[pallet::call_index(46)]
		#[pallet::weight(<T as Config>::WeightInfo::set_global_value())]
		pub fn sudo_set_min_delegate_take(origin: OriginFor<T>, take: u16) -> DispatchResult {
			ensure_root(origin)?;
			check(take <= MaxDelegateTake::<T>::get(), Error::<T>::ValueNotInBounds)?;
			Subtensor::<T>::set_min_delegate_take(take);
			Ok(())
		}

		/// Turns commit-reveal of weights on or off.
		#[pallet::call_index(49)]
		#[pallet::weight(<T as Config>::WeightInfo::set_subnet_value())]
		pub fn sudo_set_commit_reveal_weights_enabled(
			origin: OriginFor<T>,
			netuid: NetUid,
			enabled: bool,
		) -> DispatchResult {
			Self::set_subnet_value(
				origin,
				netuid,
				Gate::OwnerOrRoot(Hyperparameter::CommitRevealEnabled),
				|_| Ok(()),
				|| Subtensor::<T>::set_commit_reveal_weights_enabled(netuid, enabled),
			)
		}

		/// Turns liquid alpha on or off.
		#[pallet::call_index(50)]
		#[pallet::weight(<T as Config>::WeightInfo::set_subnet_value())]
		pub fn sudo_set_liquid_alpha_enabled(
			origin: OriginFor<T>,
			netuid: NetUid,
			enabled: bool,
		) -> DispatchResult {
			Self::set_subnet_value(
				origin,
				netuid,
				Gate::OwnerOrRoot(Hyperparameter::LiquidAlphaEnabled),
				|_| Ok(()),
				|| {
					Subtensor::<T>::set_liquid_alpha_on(netuid, enabled);
					Self::hyperparameter_updated(Some(netuid), b"LiquidAlphaOn");
				},
			)
		}

		/// Sets the liquid-alpha bounds: `1638 ≤ alpha_low ≤ alpha_high`, liquid alpha on.
		#[pallet::call_index(51)]
		#[pallet::weight(<T as Config>::WeightInfo::set_subnet_value())]
		pub fn sudo_set_alpha_values(
			origin: OriginFor<T>,
			netuid: NetUid,
			alpha_low: u16,
			alpha_high: u16,
		) -> DispatchResult {
			Self::set_subnet_value(
				origin,
				netuid,
				Gate::OwnerOrRoot(Hyperparameter::AlphaValues),
				|_| Self::check_alpha_values(netuid, alpha_low, alpha_high),
				|| {
					Subtensor::<T>::set_alpha_values(netuid, (alpha_low, alpha_high));
					Self::hyperparameter_updated(Some(netuid), b"AlphaValues");
				},
			)
		}

		/// Retired (`Deprecated`): subnets are dissolved at once, never on a schedule (on the
		/// reference the value is stored and read by nothing).
		#[pallet::call_index(55)]
		#[pallet::weight(<T as Config>::WeightInfo::set_global_value())]
		pub fn sudo_set_dissolve_network_schedule_duration(
			origin: OriginFor<T>,
			_duration: BlockNumberFor<T>,
		) -> DispatchResult {
			ensure_root(origin)?;
			Err(Error::<T>::Deprecated.into())
		}

		/// Sets the epochs between a weight commit and its reveal (1..=100).
		#[pallet::call_index(57)]
		#[pallet::weight(<T as Config>::WeightInfo::set_subnet_value())]
		pub fn sudo_set_commit_reveal_weights_interval(
			origin: OriginFor<T>,
			netuid: NetUid,
			interval: u64,
		) -> DispatchResult {
			Self::set_subnet_value(
				origin,
				netuid,
				Gate::OwnerOrRoot(Hyperparameter::WeightCommitInterval),
				|_| check((1..=100).contains(&interval), Error::<T>::ValueNotInBounds),
				|| Subtensor::<T>::set_reveal_period_epochs(netuid, interval),
			)
		}

		/// Sets the bonds penalty (÷65535).
		#[pallet::call_index(60)]
		#[pallet::weight(<T as Config>::WeightInfo::set_subnet_value())]
		pub fn sudo_set_bonds_penalty(
			origin: OriginFor<T>,
			netuid: NetUid,
			bonds_penalty: u16,
		) -> DispatchResult {
			Self::set_subnet_value(
				origin,
				netuid,
				Gate::OwnerOrRoot(Hyperparameter::BondsPenalty),
				|_| Ok(()),
				|| Subtensor::<T>::set_bonds_penalty(netuid, bonds_penalty),
			)
		}

		/// Allows or forbids `transfer_stake` on the subnet.
		#[pallet::call_index(61)]
		#[pallet::weight(<T as Config>::WeightInfo::set_subnet_value())]
		pub fn sudo_set_toggle_transfer(
			origin: OriginFor<T>,
			netuid: NetUid,
			toggle: bool,
		) -> DispatchResult {
			Self::set_subnet_value(
				origin,
				netuid,
				Gate::OwnerOrRoot(Hyperparameter::TransferEnabled),
				|_| Ok(()),
				|| Subtensor::<T>::set_transfer_toggle(netuid, toggle),
			)
		}

		/// Sets the base factor of the moving-price EMA.
		#[pallet::call_index(63)]
		#[pallet::weight(<T as Config>::WeightInfo::set_global_value())]
		pub fn sudo_set_subnet_moving_alpha(origin: OriginFor<T>, alpha: I96F32) -> DispatchResult {
			Self::set_global_value(origin, || {
				Subtensor::<T>::set_subnet_moving_alpha(alpha);
				Self::hyperparameter_updated(None, b"SubnetMovingAlpha");
			})
		}

		/// Sets the warm-up constant of the subnet's moving price.
		#[pallet::call_index(65)]
		#[pallet::weight(<T as Config>::WeightInfo::set_subnet_value())]
		pub fn sudo_set_ema_price_halving_period(
			origin: OriginFor<T>,
			netuid: NetUid,
			ema_halving: u64,
		) -> DispatchResult {
			Self::set_subnet_value(
				origin,
				netuid,
				Gate::Root,
				|_| Ok(()),
				|| {
					Subtensor::<T>::set_ema_price_halving_blocks(netuid, ema_halving);
					Self::hyperparameter_updated(Some(netuid), b"EMAPriceHalvingBlocks");
				},
			)
		}

		/// Turns staking, unstaking and emission on or off.
		#[pallet::call_index(66)]
		#[pallet::weight(<T as Config>::WeightInfo::set_subnet_value())]
		pub fn sudo_set_subtoken_enabled(
			origin: OriginFor<T>,
			netuid: NetUid,
			subtoken_enabled: bool,
		) -> DispatchResult {
			Self::set_subnet_value(
				origin,
				netuid,
				Gate::RootOutsideFreeze,
				|_| Ok(()),
				|| {
					Subtensor::<T>::set_subtoken_enabled(netuid, subtoken_enabled);
					Self::hyperparameter_updated(Some(netuid), b"SubtokenEnabled");
				},
			)
		}

		/// Sets the liquid-alpha sigmoid steepness (negative only by root).
		#[pallet::call_index(68)]
		#[pallet::weight(<T as Config>::WeightInfo::set_subnet_value())]
		pub fn sudo_set_alpha_sigmoid_steepness(
			origin: OriginFor<T>,
			netuid: NetUid,
			steepness: i16,
		) -> DispatchResult {
			Self::set_subnet_value(
				origin,
				netuid,
				Gate::OwnerOrRoot(Hyperparameter::AlphaSigmoidSteepness),
				|caller| {
					check(
						caller == Caller::Root || steepness >= 0,
						Error::<T>::NegativeSigmoidSteepness,
					)
				},
				|| Subtensor::<T>::set_alpha_sigmoid_steepness(netuid, steepness),
			)
		}

		/// Turns the Yuma-3 bond model on or off.
		#[pallet::call_index(69)]
		#[pallet::weight(<T as Config>::WeightInfo::set_subnet_value())]
		pub fn sudo_set_yuma3_enabled(
			origin: OriginFor<T>,
			netuid: NetUid,
			enabled: bool,
		) -> DispatchResult {
			Self::set_subnet_value(
				origin,
				netuid,
				Gate::OwnerOrRoot(Hyperparameter::Yuma3Enabled),
				|_| Ok(()),
				|| {
					Subtensor::<T>::set_yuma3_on(netuid, enabled);
					Self::deposit_event(Event::Yuma3EnableToggled { netuid, enabled });
				},
			)
		}

		/// Turns bond resets on metadata commitments on or off.
		#[pallet::call_index(70)]
		#[pallet::weight(<T as Config>::WeightInfo::set_subnet_value())]
		pub fn sudo_set_bonds_reset_enabled(
			origin: OriginFor<T>,
			netuid: NetUid,
			enabled: bool,
		) -> DispatchResult {
			Self::set_subnet_value(
				origin,
				netuid,
				Gate::OwnerOrRoot(Hyperparameter::BondsResetEnabled),
				|_| Ok(()),
				|| {
					// Both events, as on the reference (`BondsResetOnSet` from the setter).
					Subtensor::<T>::set_bonds_reset_on(netuid, enabled);
					Self::deposit_event(Event::BondsResetToggled { netuid, enabled });
				},
			)
		}

		/// Sets the commit-reveal version timelocked weight commits must name (root).
		#[pallet::call_index(71)]
		#[pallet::weight(<T as Config>::WeightInfo::set_global_value())]
		pub fn sudo_set_commit_reveal_version(
			origin: OriginFor<T>,
			version: u16,
		) -> DispatchResult {
			Self::set_global_value(origin, || {
				Subtensor::<T>::set_commit_reveal_weights_version(version)
			})
		}

		/// Sets how many of the owner's UIDs are never pruned (1..=10).
		#[pallet::call_index(72)]
		#[pallet::weight(<T as Config>::WeightInfo::set_subnet_value())]
		pub fn sudo_set_owner_immune_neuron_limit(
			origin: OriginFor<T>,
			netuid: NetUid,
			immune_neurons: u16,
		) -> DispatchResult {
			Self::set_subnet_value(
				origin,
				netuid,
				Gate::OwnerOrRoot(Hyperparameter::ImmuneNeuronLimit),
				|_| check((1..=10).contains(&immune_neurons), Error::<T>::ValueNotInBounds),
				|| {
					Subtensor::<T>::set_immune_owner_uids_limit(netuid, immune_neurons);
					Self::hyperparameter_updated(Some(netuid), b"ImmuneOwnerUidsLimit");
				},
			)
		}

		/// Sets the share (÷`u64::MAX`) of the dividends a child passes to a parent of another
		/// owner that is recycled.
		#[pallet::call_index(73)]
		#[pallet::weight(<T as Config>::WeightInfo::set_global_value())]
		pub fn sudo_set_ck_burn(origin: OriginFor<T>, burn: u64) -> DispatchResult {
			Self::set_global_value(origin, || Subtensor::<T>::set_ck_burn(burn))
		}

		/// Sets the blocks before an epoch during which changes are refused.
		#[pallet::call_index(74)]
		#[pallet::weight(<T as Config>::WeightInfo::set_global_value())]
		pub fn sudo_set_admin_freeze_window(origin: OriginFor<T>, window: u16) -> DispatchResult {
			Self::set_global_value(origin, || Subtensor::<T>::set_admin_freeze_window(window))
		}

		/// Sets the owner hyperparameter rate limit, in tempos.
		#[pallet::call_index(75)]
		#[pallet::weight(<T as Config>::WeightInfo::set_global_value())]
		pub fn sudo_set_owner_hparam_rate_limit(
			origin: OriginFor<T>,
			epochs: u16,
		) -> DispatchResult {
			Self::set_global_value(origin, || {
				Subtensor::<T>::set_owner_hyperparam_rate_limit(epochs)
			})
		}

		/// Sets the subnet's mechanisms (1..=`MaxMechanismCount`, UIDs × mechanisms ≤ 256); removed mechanisms lose their weights and bonds and the split resets.
		#[pallet::call_index(76)]
		#[pallet::weight(<T as Config>::WeightInfo::set_mechanism_count())]
		pub fn sudo_set_mechanism_count(
			origin: OriginFor<T>,
			netuid: NetUid,
			mechanism_count: MechId,
		) -> DispatchResult {
			Self::set_subnet_value(
				origin,
				netuid,
				Gate::OwnerOrRootEvery(Hyperparameter::MechanismCount, MECHANISM_CHANGE_RATE_LIMIT),
				|_| Self::check_mechanism_count(netuid, mechanism_count),
				|| {
					Self::apply_mechanism_count(netuid, mechanism_count);
					Self::hyperparameter_updated(Some(netuid), b"MechanismCountCurrent");
				},
			)
		}

		/// Sets how emission is split across the mechanisms (`None`: evenly); the shares sum to 65535.
		#[pallet::call_index(77)]
		#[pallet::weight(<T as Config>::WeightInfo::set_mechanism_emission_split())]
		pub fn sudo_set_mechanism_emission_split(
			origin: OriginFor<T>,
			netuid: NetUid,
			maybe_split: Option<Vec<u16>>,
		) -> DispatchResult {
			Self::set_subnet_value(
				origin,
				netuid,
				Gate::OwnerOrRootEvery(
					Hyperparameter::MechanismEmissionSplit,
					MECHANISM_CHANGE_RATE_LIMIT,
				),
				|_| Self::check_emission_split(netuid, maybe_split.as_deref()),
				|| {
					Subtensor::<T>::set_mechanism_emission_split(netuid, maybe_split.clone());
					Self::hyperparameter_updated(Some(netuid), b"MechanismEmissionSplit");
				},
			)
		}

		/// Lowers the UID capacity to `max_n`; if the subnet holds more neurons, the weakest
		/// unprotected ones are removed and the rest renumbered `0..max_n` in their order.
		#[pallet::call_index(78)]
		#[pallet::weight(<T as Config>::WeightInfo::trim_to_max_allowed_uids(MAX_UIDS_ACROSS_MECHANISMS))]
		pub fn sudo_trim_to_max_allowed_uids(
			origin: OriginFor<T>,
			netuid: NetUid,
			max_n: u16,
		) -> DispatchResultWithPostInfo {
			let gate = Gate::OwnerOrRootEvery(Hyperparameter::MaxUidsTrimming, UID_TRIM_RATE_LIMIT);
			let caller = Self::pass_gate(origin, netuid, gate)?;
			let neurons = u32::from(SubnetworkN::<T>::get(netuid));
			Subtensor::<T>::do_trim_to_max_allowed_uids(netuid, max_n)?;
			Self::record_change(netuid, gate, caller);
			Ok(Some(<T as Config>::WeightInfo::trim_to_max_allowed_uids(neurons)).into())
		}

		/// Sets the floor for trimming the UID capacity (below the capacity and the UIDs in use).
		#[pallet::call_index(79)]
		#[pallet::weight(<T as Config>::WeightInfo::set_subnet_value())]
		pub fn sudo_set_min_allowed_uids(
			origin: OriginFor<T>,
			netuid: NetUid,
			min_allowed_uids: u16,
		) -> DispatchResult {
			Self::set_subnet_value(
				origin,
				netuid,
				Gate::RootOutsideFreeze,
				|_| {
					check(
						min_allowed_uids < MaxAllowedUids::<T>::get(netuid),
						Error::<T>::MinAllowedUidsGreaterThanMaxAllowedUids,
					)?;
					check(
						min_allowed_uids < SubnetworkN::<T>::get(netuid),
						Error::<T>::MinAllowedUidsGreaterThanCurrentUids,
					)
				},
				|| Subtensor::<T>::set_min_allowed_uids(netuid, min_allowed_uids),
			)
		}

		/// Sets whether incentive to owner hotkeys is recycled or burned.
		#[pallet::call_index(80)]
		#[pallet::weight(<T as Config>::WeightInfo::set_subnet_value())]
		pub fn sudo_set_recycle_or_burn(
			origin: OriginFor<T>,
			netuid: NetUid,
			recycle_or_burn: RecycleOrBurnEnum,
		) -> DispatchResult {
			Self::set_subnet_value(
				origin,
				netuid,
				Gate::OwnerOrRoot(Hyperparameter::RecycleOrBurn),
				|_| Ok(()),
				|| {
					Subtensor::<T>::set_recycle_or_burn(netuid, recycle_or_burn);
					Self::hyperparameter_updated(Some(netuid), b"RecycleOrBurn");
				},
			)
		}

		/// Sets how many non-immune UIDs pruning keeps before it takes immune ones.
		#[pallet::call_index(84)]
		#[pallet::weight(<T as Config>::WeightInfo::set_subnet_value())]
		pub fn sudo_set_min_non_immune_uids(
			origin: OriginFor<T>,
			netuid: NetUid,
			min: u16,
		) -> DispatchResult {
			Self::set_subnet_value(
				origin,
				netuid,
				Gate::Root,
				|_| Ok(()),
				|| Subtensor::<T>::set_min_non_immune_uids(netuid, min),
			)
		}

		/// Sets the blocks between a subnet's registration and `start_call`.
		#[pallet::call_index(85)]
		#[pallet::weight(<T as Config>::WeightInfo::set_global_value())]
		pub fn sudo_set_start_call_delay(origin: OriginFor<T>, delay: u64) -> DispatchResult {
			Self::set_global_value(origin, || Subtensor::<T>::set_start_call_delay(delay))
		}

		/// Sets the blocks between a coldkey swap's announcement and its execution.
		#[pallet::call_index(86)]
		#[pallet::weight(<T as Config>::WeightInfo::set_global_value())]
		pub fn sudo_set_coldkey_swap_announcement_delay(
			origin: OriginFor<T>,
			duration: BlockNumberFor<T>,
		) -> DispatchResult {
			Self::set_global_value(origin, || {
				Subtensor::<T>::set_coldkey_swap_announcement_delay(duration)
			})
		}

		/// Sets the blocks after an announced coldkey swap became executable before it may be
		/// announced again or withdrawn.
		#[pallet::call_index(87)]
		#[pallet::weight(<T as Config>::WeightInfo::set_global_value())]
		pub fn sudo_set_coldkey_swap_reannouncement_delay(
			origin: OriginFor<T>,
			duration: BlockNumberFor<T>,
		) -> DispatchResult {
			Self::set_global_value(origin, || {
				Subtensor::<T>::set_coldkey_swap_reannouncement_delay(duration)
			})
		}

		/// Sets the most mechanisms a subnet may have (1..=16).
		#[pallet::call_index(88)]
		#[pallet::weight(<T as Config>::WeightInfo::set_global_value())]
		pub fn sudo_set_max_mechanism_count(
			origin: OriginFor<T>,
			max_mechanism_count: MechId,
		) -> DispatchResult {
			ensure_root(origin)?;
			check(
				(1..=MECHANISM_HARD_CAP).contains(&max_mechanism_count),
				Error::<T>::ValueNotInBounds,
			)?;
			Subtensor::<T>::set_max_mechanism_count(max_mechanism_count);
			Self::hyperparameter_updated(None, b"MaxMechanismCount");
			Ok(())
		}

		/// Sets the half-life of the registration price decay (1..=36 100 blocks; not on root).
		#[pallet::call_index(89)]
		#[pallet::weight(<T as Config>::WeightInfo::set_subnet_value())]
		pub fn sudo_set_burn_half_life(
			origin: OriginFor<T>,
			netuid: NetUid,
			burn_half_life: u16,
		) -> DispatchResult {
			Self::set_subnet_value(
				origin,
				netuid,
				Gate::OwnerOrRoot(Hyperparameter::BurnHalfLife),
				|_| {
					check(
						!netuid.is_root() && (1..=36_100).contains(&burn_half_life),
						Error::<T>::ValueNotInBounds,
					)
				},
				|| {
					Subtensor::<T>::set_burn_half_life(netuid, burn_half_life);
					Self::deposit_event(Event::BurnHalfLifeSet { netuid, burn_half_life });
				},
			)
		}

		/// Sets the price multiplier per registration (1..=3; not on root).
		#[pallet::call_index(90)]
		#[pallet::weight(<T as Config>::WeightInfo::set_subnet_value())]
		pub fn sudo_set_burn_increase_mult(
			origin: OriginFor<T>,
			netuid: NetUid,
			burn_increase_mult: U64F64,
		) -> DispatchResult {
			Self::set_subnet_value(
				origin,
				netuid,
				Gate::OwnerOrRoot(Hyperparameter::BurnIncreaseMult),
				|_| {
					check(
						!netuid.is_root()
							&& burn_increase_mult >= U64F64::from_num(1)
							&& burn_increase_mult <= U64F64::from_num(3),
						Error::<T>::ValueNotInBounds,
					)
				},
				|| {
					Subtensor::<T>::set_burn_increase_mult(netuid, burn_increase_mult);
					Self::deposit_event(Event::BurnIncreaseMultSet { netuid, burn_increase_mult });
				},
			)
		}

		/// Turns the owner cut on or off.
		#[pallet::call_index(92)]
		#[pallet::weight(<T as Config>::WeightInfo::set_subnet_value())]
		pub fn sudo_set_owner_cut_enabled(
			origin: OriginFor<T>,
			netuid: NetUid,
			enabled: bool,
		) -> DispatchResult {
			Self::set_subnet_value(
				origin,
				netuid,
				Gate::OwnerOrRootUnlimited,
				|_| Ok(()),
				|| {
					Subtensor::<T>::set_owner_cut_enabled(netuid, enabled);
					Self::hyperparameter_updated(Some(netuid), b"OwnerCutEnabled");
				},
			)
		}

		/// Sets the subnet's floor of the childkey take (at most `MaxChildkeyTake`).
		#[pallet::call_index(93)]
		#[pallet::weight(<T as Config>::WeightInfo::set_subnet_value())]
		pub fn sudo_set_min_childkey_take_per_subnet(
			origin: OriginFor<T>,
			netuid: NetUid,
			take: u16,
		) -> DispatchResult {
			Self::set_subnet_value(
				origin,
				netuid,
				Gate::OwnerOrRoot(Hyperparameter::MinChildkeyTake),
				|_| check(take <= MaxChildkeyTake::<T>::get(), Error::<T>::ValueNotInBounds),
				|| Subtensor::<T>::set_min_childkey_take_per_subnet(netuid, take),
			)
		}

		/// Turns the subnet's TAO share of block emission on or off.
		#[pallet::call_index(94)]
		#[pallet::weight(<T as Config>::WeightInfo::set_subnet_value())]
		pub fn sudo_set_subnet_emission_enabled(
			origin: OriginFor<T>,
			netuid: NetUid,
			enabled: bool,
		) -> DispatchResult {
			Self::set_subnet_value(
				origin,
				netuid,
				Gate::Root,
				|_| Ok(()),
				|| {
					Subtensor::<T>::set_subnet_emission_enabled(netuid, enabled);
					Self::deposit_event(Event::SubnetEmissionEnabledSet { netuid, enabled });
				},
			)
		}

		/// Turns auto-locking of the owner cut on or off.
		#[pallet::call_index(95)]
		#[pallet::weight(<T as Config>::WeightInfo::set_subnet_value())]
		pub fn sudo_set_owner_cut_auto_lock_enabled(
			origin: OriginFor<T>,
			netuid: NetUid,
			enabled: bool,
		) -> DispatchResult {
			Self::set_subnet_value(
				origin,
				netuid,
				Gate::OwnerOrRootUnlimited,
				|_| Ok(()),
				|| {
					Subtensor::<T>::set_owner_cut_auto_lock_enabled(netuid, enabled);
					Self::hyperparameter_updated(Some(netuid), b"OwnerCutAutoLockEnabled");
				},
			)
		}

		/// Sets the most epochs run in one block (at least 1).
		#[pallet::call_index(96)]
		#[pallet::weight(<T as Config>::WeightInfo::set_global_value())]
		pub fn sudo_set_max_epochs_per_block(
			origin: OriginFor<T>,
			max_epochs_per_block: u8,
		) -> DispatchResult {
			ensure_root(origin)?;
			check(max_epochs_per_block >= 1, Error::<T>::ValueNotInBounds)?;
			Subtensor::<T>::set_max_epochs_per_block(max_epochs_per_block);
			Ok(())
		}

		/// Sets the activity cutoff as per-mille of the tempo, as btcli 11's `hparams set --name
		/// activity_cutoff_factor` sends it: `SubtensorModule::set_activity_cutoff_factor`
		/// (owner or root, with its bounds, rate limit and freeze window).
		#[pallet::call_index(97)]
		#[pallet::weight(
			<<T as pallet_subtensor::Config>::WeightInfo as pallet_subtensor::WeightInfo>::set_activity_cutoff_factor()
		)]
		pub fn sudo_set_activity_cutoff_factor(
			origin: OriginFor<T>,
			netuid: NetUid,
			factor_milli: u32,
		) -> DispatchResult {
			Subtensor::<T>::do_set_activity_cutoff_factor(origin, netuid, factor_milli)
		}

		/// Selects the consensus the subnet's epoch runs: `Yuma`, or `Null` (the owner's
		/// validator alone weights the miners; one validator permit, the Yuma
		/// `MaxAllowedValidators` kept until the subnet switches back). Owner (rate-limited)
		/// or root, outside the freeze window; not on the root subnet.
		#[pallet::call_index(98)]
		#[pallet::weight(<T as Config>::WeightInfo::set_epoch_consensus())]
		pub fn sudo_set_epoch_consensus(
			origin: OriginFor<T>,
			netuid: NetUid,
			mode: EpochConsensus,
		) -> DispatchResult {
			Self::set_subnet_value(
				origin,
				netuid,
				Gate::OwnerOrRoot(Hyperparameter::EpochConsensus),
				|_| check(!netuid.is_root(), Error::<T>::NotPermittedOnRootSubnet),
				|| Subtensor::<T>::set_epoch_consensus(netuid, mode),
			)
		}

		/// Sets the share of the subnet's registration price locked as miner collateral instead
		/// of burned (÷65 535, at most 62 258 = 95 %; 0 burns it all). Later registrations
		/// only; standing locks keep their amounts. Owner (rate-limited) or root, outside the
		/// freeze window; not on the root subnet.
		#[pallet::call_index(99)]
		#[pallet::weight(<T as Config>::WeightInfo::set_subnet_value())]
		pub fn sudo_set_collateral_lock_share(
			origin: OriginFor<T>,
			netuid: NetUid,
			lock_share: u16,
		) -> DispatchResult {
			Self::set_subnet_value(
				origin,
				netuid,
				Gate::OwnerOrRoot(Hyperparameter::CollateralLockShare),
				|_| {
					check(!netuid.is_root(), Error::<T>::NotPermittedOnRootSubnet)?;
					check(
						lock_share <= MAX_COLLATERAL_LOCK_SHARE,
						Error::<T>::CollateralLockShareTooHigh,
					)
				},
				|| {
					Subtensor::<T>::set_collateral_lock_share(netuid, lock_share);
					Self::hyperparameter_updated(Some(netuid), b"CollateralLockShare");
				},
			)
		}

		/// Sets the alpha of collateral the subnet releases per alpha its miners earn, for
		/// locks created from now on (above 0, at most 10). Owner (rate-limited) or root,
		/// outside the freeze window; not on the root subnet.
		#[pallet::call_index(100)]
		#[pallet::weight(<T as Config>::WeightInfo::set_subnet_value())]
		pub fn sudo_set_collateral_drain_ratio(
			origin: OriginFor<T>,
			netuid: NetUid,
			drain_ratio: U64F64,
		) -> DispatchResult {
			Self::set_subnet_value(
				origin,
				netuid,
				Gate::OwnerOrRoot(Hyperparameter::CollateralDrainRatio),
				|_| {
					check(!netuid.is_root(), Error::<T>::NotPermittedOnRootSubnet)?;
					check(
						drain_ratio > U64F64::from_num(0)
							&& drain_ratio <= U64F64::from_num(MAX_COLLATERAL_DRAIN_RATIO),
						Error::<T>::CollateralDrainRatioOutOfBounds,
					)
				},
				|| {
					Subtensor::<T>::set_collateral_drain_ratio(netuid, drain_ratio);
					Self::hyperparameter_updated(Some(netuid), b"CollateralDrainRatio");
				},
			)
		}

		/// Opens or closes fee-less proof-of-work registration (`pow_register`) on the subnet.
		/// New subnets start closed; the owner (rate-limited) or root may open it, outside the
		/// freeze window. It does not depend on burned registration being open.
		#[pallet::call_index(20)]
		#[pallet::weight(<T as Config>::WeightInfo::set_subnet_value())]
		pub fn sudo_set_network_pow_registration_allowed(
			origin: OriginFor<T>,
			netuid: NetUid,
			registration_allowed: bool,
		) -> DispatchResult {
			Self::set_subnet_value(
				origin,
				netuid,
				Gate::OwnerOrRoot(Hyperparameter::PowRegistrationAllowed),
				|_| {
					check(
						!netuid.is_root(),
						SubtensorError::<T>::RegistrationNotPermittedOnRootSubnet,
					)
				},
				|| {
					Subtensor::<T>::set_network_pow_registration_allowed(
						netuid,
						registration_allowed,
					)
				},
			)
		}

		/// Retired: the issuance counter is the chain's own.
		#[pallet::call_index(33)]
		#[pallet::weight(<T as Config>::WeightInfo::set_global_value())]
		pub fn sudo_set_total_issuance(
			origin: OriginFor<T>,
			_total_issuance: TaoBalance,
		) -> DispatchResult {
			ensure_root(origin)?;
			Err(Error::<T>::Deprecated.into())
		}

		/// Sets the subnet owner's hotkey (owner or root; once per 50 400 blocks per subnet).
		#[pallet::call_index(64)]
		#[pallet::weight(<T as Config>::WeightInfo::set_subnet_owner_hotkey())]
		pub fn sudo_set_subnet_owner_hotkey(
			origin: OriginFor<T>,
			netuid: NetUid,
			hotkey: T::AccountId,
		) -> DispatchResult {
			Self::do_set_owner_hotkey(origin, netuid, hotkey)
		}

		/// Alias of [`Pallet::sudo_set_subnet_owner_hotkey`].
		#[pallet::call_index(67)]
		#[pallet::weight(<T as Config>::WeightInfo::set_subnet_owner_hotkey())]
		pub fn sudo_set_sn_owner_hotkey(
			origin: OriginFor<T>,
			netuid: NetUid,
			hotkey: T::AccountId,
		) -> DispatchResult {
			Self::do_set_owner_hotkey(origin, netuid, hotkey)
		}
	}
}
