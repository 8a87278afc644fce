//! The calls of `SubtensorModule`, at the real chain's call indices (clients encode them by
//! index). Each one checks its origin and delegates to the module of its concern.

use frame_support::pallet_macros::pallet_section;

/// The pallet's dispatchable calls, imported into the pallet.
#[pallet_section]
mod calls {
	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Dev chains only: mints 1000 TAO to the caller for a proof of work on one of the last
		/// three blocks (see `registration::pow`).
		#[pallet::call_index(60)]
		#[pallet::weight((T::WeightInfo::faucet(), DispatchClass::Normal, Pays::No))]
		pub fn faucet(
			origin: OriginFor<T>,
			block_number: u64,
			nonce: u64,
			work: Vec<u8>,
		) -> DispatchResult {
			Self::do_faucet(origin, block_number, nonce, work)
		}

		/// Publishes the caller hotkey's axon endpoint on `netuid`.
		#[pallet::call_index(4)]
		#[pallet::weight((T::WeightInfo::serve_axon(), DispatchClass::Normal, Pays::No))]
		pub fn serve_axon(
			origin: OriginFor<T>,
			netuid: NetUid,
			version: u32,
			ip: u128,
			port: u16,
			ip_type: u8,
			protocol: u8,
			placeholder1: u8,
			placeholder2: u8,
		) -> DispatchResult {
			let axon = AxonInfo {
				block: 0,
				version,
				ip,
				port,
				ip_type,
				protocol,
				placeholder1,
				placeholder2,
			};
			Self::do_serve_axon(origin, netuid, axon, None)
		}

		/// Publishes the caller hotkey's Prometheus endpoint on `netuid`.
		#[pallet::call_index(5)]
		#[pallet::weight((T::WeightInfo::serve_prometheus(), DispatchClass::Normal, Pays::No))]
		pub fn serve_prometheus(
			origin: OriginFor<T>,
			netuid: NetUid,
			version: u32,
			ip: u128,
			port: u16,
			ip_type: u8,
		) -> DispatchResult {
			Self::do_serve_prometheus(
				origin,
				netuid,
				PrometheusInfo { block: 0, version, ip, port, ip_type },
			)
		}

		/// Registers `hotkey` on `netuid` for the current price, paid by the signing coldkey.
		/// The proof-of-work arguments of the legacy call are accepted and ignored.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::burned_register())]
		pub fn register(
			origin: OriginFor<T>,
			netuid: NetUid,
			_block_number: u64,
			_nonce: u64,
			_work: Vec<u8>,
			hotkey: T::AccountId,
			_coldkey: T::AccountId,
		) -> DispatchResult {
			Self::do_burned_register(origin, netuid, hotkey, None)
		}

		/// Registers `hotkey` on `netuid` for the current price, paid by the signing coldkey.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::burned_register())]
		pub fn burned_register(
			origin: OriginFor<T>,
			netuid: NetUid,
			hotkey: T::AccountId,
		) -> DispatchResult {
			Self::do_burned_register(origin, netuid, hotkey, None)
		}

		/// [`Pallet::serve_axon`] with a TLS certificate (algorithm byte, then the public key).
		#[pallet::call_index(40)]
		#[pallet::weight((T::WeightInfo::serve_axon_tls(), DispatchClass::Normal, Pays::No))]
		pub fn serve_axon_tls(
			origin: OriginFor<T>,
			netuid: NetUid,
			version: u32,
			ip: u128,
			port: u16,
			ip_type: u8,
			protocol: u8,
			placeholder1: u8,
			placeholder2: u8,
			certificate: Vec<u8>,
		) -> DispatchResult {
			let axon = AxonInfo {
				block: 0,
				version,
				ip,
				port,
				ip_type,
				protocol,
				placeholder1,
				placeholder2,
			};
			Self::do_serve_axon(origin, netuid, axon, Some(certificate))
		}

		/// Creates a subnet owned by the signing coldkey, with `hotkey` as UID 0.
		#[pallet::call_index(59)]
		#[pallet::weight(T::WeightInfo::register_network())]
		pub fn register_network(origin: OriginFor<T>, hotkey: T::AccountId) -> DispatchResult {
			Self::do_register_network(origin, hotkey, None)
		}

		/// Dissolves a subnet (root only). The `coldkey` argument is ignored.
		#[pallet::call_index(61)]
		#[pallet::weight(T::WeightInfo::dissolve_network())]
		pub fn dissolve_network(
			origin: OriginFor<T>,
			_coldkey: T::AccountId,
			netuid: NetUid,
		) -> DispatchResult {
			ensure_root(origin)?;
			Self::do_dissolve_network(netuid)
		}

		/// Sets the signing coldkey's public identity, shown beside its neurons (the coldkey
		/// must own a hotkey registered on some subnet).
		#[pallet::call_index(68)]
		#[pallet::weight(T::WeightInfo::set_identity())]
		pub fn set_identity(
			origin: OriginFor<T>,
			name: Vec<u8>,
			url: Vec<u8>,
			github_repo: Vec<u8>,
			image: Vec<u8>,
			discord: Vec<u8>,
			description: Vec<u8>,
			additional: Vec<u8>,
		) -> DispatchResult {
			let identity =
				ChainIdentityV2 { name, url, github_repo, image, discord, description, additional };
			Self::do_set_identity(origin, identity)
		}

		/// Sets the subnet's public identity (owner only).
		#[pallet::call_index(78)]
		#[pallet::weight(T::WeightInfo::set_subnet_identity())]
		pub fn set_subnet_identity(
			origin: OriginFor<T>,
			netuid: NetUid,
			subnet_name: Vec<u8>,
			github_repo: Vec<u8>,
			subnet_contact: Vec<u8>,
			subnet_url: Vec<u8>,
			discord: Vec<u8>,
			description: Vec<u8>,
			logo_url: Vec<u8>,
			additional: Vec<u8>,
		) -> DispatchResult {
			let identity = SubnetIdentityV3 {
				subnet_name,
				github_repo,
				subnet_contact,
				subnet_url,
				discord,
				description,
				logo_url,
				additional,
			};
			Self::do_set_subnet_identity(origin, netuid, identity)
		}

		/// [`Pallet::register_network`] with an optional identity for the new subnet.
		#[pallet::call_index(79)]
		#[pallet::weight(T::WeightInfo::register_network())]
		pub fn register_network_with_identity(
			origin: OriginFor<T>,
			hotkey: T::AccountId,
			identity: Option<SubnetIdentityV3>,
		) -> DispatchResult {
			Self::do_register_network(origin, hotkey, identity)
		}

		/// Starts the subnet: emission, staking and unstaking are on from the next block
		/// (owner only, after `StartCallDelay`).
		#[pallet::call_index(92)]
		#[pallet::weight(T::WeightInfo::start_call())]
		pub fn start_call(origin: OriginFor<T>, netuid: NetUid) -> DispatchResult {
			Self::do_start_call(origin, netuid)
		}

		/// Changes the subnet's token symbol to an unused one from the table (owner or root).
		#[pallet::call_index(112)]
		#[pallet::weight(T::WeightInfo::update_symbol())]
		pub fn update_symbol(
			origin: OriginFor<T>,
			netuid: NetUid,
			symbol: Vec<u8>,
		) -> DispatchResult {
			Self::do_update_symbol(origin, netuid, symbol)
		}

		/// Dissolves a subnet (root only).
		#[pallet::call_index(120)]
		#[pallet::weight(T::WeightInfo::dissolve_network())]
		pub fn root_dissolve_network(origin: OriginFor<T>, netuid: NetUid) -> DispatchResult {
			ensure_root(origin)?;
			Self::do_dissolve_network(netuid)
		}

		/// [`Pallet::burned_register`], refused if the price is above `limit_price` rao.
		#[pallet::call_index(134)]
		#[pallet::weight(T::WeightInfo::burned_register())]
		pub fn register_limit(
			origin: OriginFor<T>,
			netuid: NetUid,
			hotkey: T::AccountId,
			limit_price: u64,
		) -> DispatchResult {
			Self::do_burned_register(origin, netuid, hotkey, Some(TaoBalance::new(limit_price)))
		}

		/// Sets the subnet's tempo (owner only, 360..=50 400, once per 360 blocks).
		#[pallet::call_index(139)]
		#[pallet::weight(T::WeightInfo::set_tempo())]
		pub fn set_tempo(origin: OriginFor<T>, netuid: NetUid, tempo: u16) -> DispatchResult {
			Self::do_owner_set_tempo(origin, netuid, tempo)
		}

		/// Sets the activity cutoff as thousandths of a tempo (owner or root, 1 000..=50 000).
		#[pallet::call_index(140)]
		#[pallet::weight(T::WeightInfo::set_activity_cutoff_factor())]
		pub fn set_activity_cutoff_factor(
			origin: OriginFor<T>,
			netuid: NetUid,
			factor_milli: u32,
		) -> DispatchResult {
			Self::do_set_activity_cutoff_factor(origin, netuid, factor_milli)
		}

		/// Registers `hotkey` on `netuid` for a proof of work instead of TAO (fee-less; see
		/// `registration::pow` for the challenge). Signed by the coldkey; the seal must name
		/// one of the last five blocks, later than the hotkey's last proof-of-work
		/// registration, and meet the subnet's difficulty.
		#[pallet::call_index(143)]
		#[pallet::weight((T::WeightInfo::pow_register(), DispatchClass::Normal, Pays::No))]
		pub fn pow_register(
			origin: OriginFor<T>,
			netuid: NetUid,
			work_block: u64,
			nonce: u64,
			work: Vec<u8>,
			hotkey: T::AccountId,
		) -> DispatchResult {
			Self::do_pow_register(origin, netuid, work_block, nonce, work, hotkey)
		}

		/// Schedules an epoch `AdminFreezeWindow` blocks from now (owner only).
		#[pallet::call_index(141)]
		#[pallet::weight(T::WeightInfo::trigger_epoch())]
		pub fn trigger_epoch(origin: OriginFor<T>, netuid: NetUid) -> DispatchResult {
			Self::do_trigger_epoch(origin, netuid)
		}

		/// Stakes `amount_staked` TAO of the signer to `hotkey` on `netuid`, buying alpha at
		/// any price.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::add_stake()
			.saturating_add(Pallet::<T>::root_stake_added_weight(hotkey, netuid.is_root())))]
		pub fn add_stake(
			origin: OriginFor<T>,
			hotkey: T::AccountId,
			netuid: NetUid,
			amount_staked: TaoBalance,
		) -> DispatchResult {
			Self::do_add_stake(origin, hotkey, netuid, amount_staked, None)
		}

		/// Sells `amount_unstaked` alpha of the signer's stake with `hotkey` on `netuid` (at
		/// most the stake) at any price; the TAO goes to the signer.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::remove_stake()
			.saturating_add(Pallet::<T>::root_stake_removed_weight(hotkey, netuid.is_root())))]
		pub fn remove_stake(
			origin: OriginFor<T>,
			hotkey: T::AccountId,
			netuid: NetUid,
			amount_unstaked: AlphaBalance,
		) -> DispatchResult {
			Self::do_remove_stake(origin, hotkey, netuid, amount_unstaked, None)
		}

		/// Registers `hotkey` on the root subnet for the signing coldkey; when root is full, it
		/// replaces the UID with the least root stake if it has strictly more.
		#[pallet::call_index(62)]
		#[pallet::weight(T::WeightInfo::root_register())]
		pub fn root_register(origin: OriginFor<T>, hotkey: T::AccountId) -> DispatchResult {
			Self::do_root_register(origin, hotkey)
		}

		/// Lowers the take of the signer's `hotkey` (÷65535), no lower than `MinDelegateTake`.
		#[pallet::call_index(65)]
		#[pallet::weight((T::WeightInfo::decrease_take(), DispatchClass::Normal, Pays::No))]
		pub fn decrease_take(
			origin: OriginFor<T>,
			hotkey: T::AccountId,
			take: u16,
		) -> DispatchResult {
			Self::do_decrease_take(origin, hotkey, take)
		}

		/// Raises the take of the signer's `hotkey` (÷65535), at most `MaxDelegateTake`, once
		/// per `TxDelegateTakeRateLimit` blocks.
		#[pallet::call_index(66)]
		#[pallet::weight((T::WeightInfo::increase_take(), DispatchClass::Normal, Pays::No))]
		pub fn increase_take(
			origin: OriginFor<T>,
			hotkey: T::AccountId,
			take: u16,
		) -> DispatchResult {
			Self::do_increase_take(origin, hotkey, take)
		}

		/// Sells every position of the signer with `hotkey`, on every subnet where staking is
		/// open; positions that cannot be sold stay.
		#[pallet::call_index(83)]
		#[pallet::weight(T::WeightInfo::unstake_all(u32::from(TotalNetworks::<T>::get()))
			.saturating_add(Pallet::<T>::root_stake_removed_weight(hotkey, true)))]
		pub fn unstake_all(origin: OriginFor<T>, hotkey: T::AccountId) -> DispatchResult {
			Self::do_unstake_all(origin, hotkey, false)
		}

		/// Sells every alpha position of the signer with `hotkey` (every subnet but root) and
		/// stakes the TAO to root on the same hotkey.
		#[pallet::call_index(84)]
		#[pallet::weight(T::WeightInfo::unstake_all_alpha(u32::from(TotalNetworks::<T>::get()))
			.saturating_add(Pallet::<T>::root_stake_added_weight(hotkey, true)))]
		pub fn unstake_all_alpha(origin: OriginFor<T>, hotkey: T::AccountId) -> DispatchResult {
			Self::do_unstake_all(origin, hotkey, true)
		}

		/// Stakes up to `amount_staked` TAO at a price of at most `limit_price` rao per alpha;
		/// with `allow_partial` the part the limit allows, else all or `SlippageTooHigh`.
		/// Staking to a hotkey of another coldkey makes it a delegate.
		#[pallet::call_index(88)]
		#[pallet::weight(T::WeightInfo::add_stake_limit()
			.saturating_add(Pallet::<T>::root_stake_added_weight(hotkey, netuid.is_root())))]
		pub fn add_stake_limit(
			origin: OriginFor<T>,
			hotkey: T::AccountId,
			netuid: NetUid,
			amount_staked: TaoBalance,
			limit_price: TaoBalance,
			allow_partial: bool,
		) -> DispatchResult {
			let limit = PriceLimit { price: limit_price.to_u64(), allow_partial };
			Self::do_add_stake(origin, hotkey, netuid, amount_staked, Some(limit))
		}

		/// Sells up to `amount_unstaked` alpha at a price of at least `limit_price` rao per
		/// alpha; with `allow_partial` the part the limit allows, else all or
		/// `SlippageTooHigh`.
		#[pallet::call_index(89)]
		#[pallet::weight(T::WeightInfo::remove_stake_limit()
			.saturating_add(Pallet::<T>::root_stake_removed_weight(hotkey, netuid.is_root())))]
		pub fn remove_stake_limit(
			origin: OriginFor<T>,
			hotkey: T::AccountId,
			netuid: NetUid,
			amount_unstaked: AlphaBalance,
			limit_price: TaoBalance,
			allow_partial: bool,
		) -> DispatchResult {
			let limit = PriceLimit { price: limit_price.to_u64(), allow_partial };
			Self::do_remove_stake(origin, hotkey, netuid, amount_unstaked, Some(limit))
		}

		/// Moves up to `alpha_amount` of the signer's stake from `origin_hotkey` on
		/// `origin_netuid` to `destination_hotkey` on `destination_netuid`.
		#[pallet::call_index(85)]
		#[pallet::weight(T::WeightInfo::move_stake().saturating_add(
			Pallet::<T>::root_stake_moved_weight(
				origin_hotkey,
				destination_hotkey,
				*origin_netuid,
				*destination_netuid,
			),
		))]
		pub fn move_stake(
			origin: OriginFor<T>,
			origin_hotkey: T::AccountId,
			destination_hotkey: T::AccountId,
			origin_netuid: NetUid,
			destination_netuid: NetUid,
			alpha_amount: AlphaBalance,
		) -> DispatchResult {
			Self::do_move_stake(
				origin,
				origin_hotkey,
				destination_hotkey,
				origin_netuid,
				destination_netuid,
				alpha_amount,
			)
		}

		/// Gives up to `alpha_amount` of the signer's stake with `hotkey` to
		/// `destination_coldkey`, on `destination_netuid`.
		#[pallet::call_index(86)]
		#[pallet::weight(T::WeightInfo::transfer_stake().saturating_add(
			Pallet::<T>::root_stake_moved_weight(hotkey, hotkey, *origin_netuid, *destination_netuid),
		))]
		pub fn transfer_stake(
			origin: OriginFor<T>,
			destination_coldkey: T::AccountId,
			hotkey: T::AccountId,
			origin_netuid: NetUid,
			destination_netuid: NetUid,
			alpha_amount: AlphaBalance,
		) -> DispatchResult {
			Self::do_transfer_stake(
				origin,
				destination_coldkey,
				hotkey,
				origin_netuid,
				destination_netuid,
				alpha_amount,
			)
		}

		/// Moves up to `alpha_amount` of the signer's stake with `hotkey` to another subnet.
		#[pallet::call_index(87)]
		#[pallet::weight(T::WeightInfo::swap_stake().saturating_add(
			Pallet::<T>::root_stake_moved_weight(hotkey, hotkey, *origin_netuid, *destination_netuid),
		))]
		pub fn swap_stake(
			origin: OriginFor<T>,
			hotkey: T::AccountId,
			origin_netuid: NetUid,
			destination_netuid: NetUid,
			alpha_amount: AlphaBalance,
		) -> DispatchResult {
			Self::do_swap_stake(
				origin,
				hotkey,
				origin_netuid,
				destination_netuid,
				alpha_amount,
				None,
			)
		}

		/// [`Pallet::swap_stake`] while the origin price over the destination price stays at
		/// least `limit_price / 10^9`; with `allow_partial` the part the limit allows.
		#[pallet::call_index(90)]
		#[pallet::weight(T::WeightInfo::swap_stake_limit().saturating_add(
			Pallet::<T>::root_stake_moved_weight(hotkey, hotkey, *origin_netuid, *destination_netuid),
		))]
		pub fn swap_stake_limit(
			origin: OriginFor<T>,
			hotkey: T::AccountId,
			origin_netuid: NetUid,
			destination_netuid: NetUid,
			alpha_amount: AlphaBalance,
			limit_price: TaoBalance,
			allow_partial: bool,
		) -> DispatchResult {
			let limit = PriceLimit { price: limit_price.to_u64(), allow_partial };
			Self::do_swap_stake(
				origin,
				hotkey,
				origin_netuid,
				destination_netuid,
				alpha_amount,
				Some(limit),
			)
		}

		/// Takes up to `amount` of the signer's stake with `hotkey` on `netuid` out of
		/// circulation (it can be emitted again).
		#[pallet::call_index(101)]
		#[pallet::weight(T::WeightInfo::recycle_alpha())]
		pub fn recycle_alpha(
			origin: OriginFor<T>,
			hotkey: T::AccountId,
			amount: AlphaBalance,
			netuid: NetUid,
		) -> DispatchResult {
			Self::do_remove_alpha(origin, hotkey, amount, netuid, true)
		}

		/// Destroys up to `amount` of the signer's stake with `hotkey` on `netuid`.
		#[pallet::call_index(102)]
		#[pallet::weight(T::WeightInfo::burn_alpha())]
		pub fn burn_alpha(
			origin: OriginFor<T>,
			hotkey: T::AccountId,
			amount: AlphaBalance,
			netuid: NetUid,
		) -> DispatchResult {
			Self::do_remove_alpha(origin, hotkey, amount, netuid, false)
		}

		/// Makes the signer the owner of `hotkey` if it has no owner yet.
		#[pallet::call_index(91)]
		#[pallet::weight(T::WeightInfo::try_associate_hotkey())]
		pub fn try_associate_hotkey(origin: OriginFor<T>, hotkey: T::AccountId) -> DispatchResult {
			Self::do_try_associate_hotkey(origin, hotkey)
		}

		/// Stakes the signer's miner incentive on `netuid` to `hotkey` (registered there) from
		/// now on; the stake stays the signer's.
		#[pallet::call_index(114)]
		#[pallet::weight(T::WeightInfo::set_coldkey_auto_stake_hotkey())]
		pub fn set_coldkey_auto_stake_hotkey(
			origin: OriginFor<T>,
			netuid: NetUid,
			hotkey: T::AccountId,
		) -> DispatchResult {
			Self::do_set_coldkey_auto_stake_hotkey(origin, netuid, hotkey)
		}

		/// Claims what the signer's root stake earned on `subnets` (1 to 5): sold for TAO and
		/// restaked on root, or kept as alpha, as its `RootClaimType` says. Amounts below a
		/// subnet's `RootClaimableThreshold` stay owed.
		#[pallet::call_index(121)]
		#[pallet::weight(Pallet::<T>::claim_root_weight(MAX_CLAIM_HOTKEYS))]
		pub fn claim_root(
			origin: OriginFor<T>,
			subnets: BTreeSet<NetUid>,
		) -> DispatchResultWithPostInfo {
			Ok(Some(Self::do_claim_root(origin, subnets)?).into())
		}

		/// Chooses how the signer's root claims are paid.
		#[pallet::call_index(122)]
		#[pallet::weight(T::WeightInfo::set_root_claim_type(new_root_claim_type.kept_subnets()))]
		pub fn set_root_claim_type(
			origin: OriginFor<T>,
			new_root_claim_type: RootClaimTypeEnum,
		) -> DispatchResult {
			Self::do_set_root_claim_type(origin, new_root_claim_type)
		}

		/// Stakes `amount` TAO of the signer to `hotkey` on `netuid` (at a price of at most
		/// `limit / 10^9` if given) and burns the alpha bought; all or nothing.
		#[pallet::call_index(132)]
		#[pallet::weight(T::WeightInfo::add_stake_burn())]
		pub fn add_stake_burn(
			origin: OriginFor<T>,
			hotkey: T::AccountId,
			netuid: NetUid,
			amount: TaoBalance,
			limit: Option<TaoBalance>,
		) -> DispatchResult {
			Self::do_add_stake_burn(origin, hotkey, netuid, amount, limit)
		}

		/// Sells the signer's whole stake with `hotkey` on `netuid`, at a price of at least
		/// `limit_price` if given (all or `SlippageTooHigh`).
		#[pallet::call_index(103)]
		#[pallet::weight(T::WeightInfo::remove_stake_full_limit()
			.saturating_add(Pallet::<T>::root_stake_removed_weight(hotkey, netuid.is_root())))]
		pub fn remove_stake_full_limit(
			origin: OriginFor<T>,
			hotkey: T::AccountId,
			netuid: NetUid,
			limit_price: Option<TaoBalance>,
		) -> DispatchResult {
			Self::do_remove_stake_full(origin, hotkey, netuid, limit_price)
		}

		/// Sets the signing hotkey's weights on `netuid` (mechanism 0): `dests` are UIDs,
		/// `weights` their scores (stored scaled so the largest is 65535). Refused while the
		/// subnet requires commit-reveal.
		#[pallet::call_index(0)]
		#[pallet::weight((T::WeightInfo::set_weights(), DispatchClass::Normal, Pays::No))]
		pub fn set_weights(
			origin: OriginFor<T>,
			netuid: NetUid,
			dests: Vec<u16>,
			weights: Vec<u16>,
			version_key: u64,
		) -> DispatchResult {
			Self::do_set_weights(origin, netuid, 0, dests, weights, version_key)
		}

		/// [`Pallet::set_weights`] on mechanism `mecid` of the subnet.
		#[pallet::call_index(119)]
		#[pallet::weight((T::WeightInfo::set_weights(), DispatchClass::Normal, Pays::No))]
		pub fn set_mechanism_weights(
			origin: OriginFor<T>,
			netuid: NetUid,
			mecid: MechId,
			dests: Vec<u16>,
			weights: Vec<u16>,
			version_key: u64,
		) -> DispatchResult {
			Self::do_set_weights(origin, netuid, mecid, dests, weights, version_key)
		}

		/// [`Pallet::set_weights`] on several subnets; each item succeeds or fails on its own
		/// (failures are reported as `BatchWeightItemFailed` events).
		#[pallet::call_index(80)]
		#[pallet::weight((
			T::WeightInfo::set_weights().saturating_mul(netuids.len() as u64),
			DispatchClass::Normal,
			Pays::No
		))]
		pub fn batch_set_weights(
			origin: OriginFor<T>,
			netuids: Vec<Compact<NetUid>>,
			weights: Vec<Vec<(Compact<u16>, Compact<u16>)>>,
			version_keys: Vec<Compact<u64>>,
		) -> DispatchResult {
			Self::do_batch_set_weights(origin, netuids, weights, version_keys)
		}

		/// Commits the hash of a weight vector on `netuid` (mechanism 0), to be revealed
		/// `RevealPeriodEpochs` epochs later.
		#[pallet::call_index(96)]
		#[pallet::weight((T::WeightInfo::commit_weights(), DispatchClass::Normal, Pays::No))]
		pub fn commit_weights(
			origin: OriginFor<T>,
			netuid: NetUid,
			commit_hash: H256,
		) -> DispatchResult {
			Self::do_commit_weights(origin, netuid, 0, commit_hash)
		}

		/// [`Pallet::commit_weights`] on mechanism `mecid`.
		#[pallet::call_index(115)]
		#[pallet::weight((T::WeightInfo::commit_weights(), DispatchClass::Normal, Pays::No))]
		pub fn commit_mechanism_weights(
			origin: OriginFor<T>,
			netuid: NetUid,
			mecid: MechId,
			commit_hash: H256,
		) -> DispatchResult {
			Self::do_commit_weights(origin, netuid, mecid, commit_hash)
		}

		/// [`Pallet::commit_weights`] on several subnets, each on its own.
		#[pallet::call_index(100)]
		#[pallet::weight((
			T::WeightInfo::commit_weights().saturating_mul(netuids.len() as u64),
			DispatchClass::Normal,
			Pays::No
		))]
		pub fn batch_commit_weights(
			origin: OriginFor<T>,
			netuids: Vec<Compact<NetUid>>,
			commit_hashes: Vec<H256>,
		) -> DispatchResult {
			Self::do_batch_commit_weights(origin, netuids, commit_hashes)
		}

		/// Reveals a committed weight vector in its reveal epoch and sets it.
		#[pallet::call_index(97)]
		#[pallet::weight((T::WeightInfo::reveal_weights(), DispatchClass::Normal, Pays::No))]
		pub fn reveal_weights(
			origin: OriginFor<T>,
			netuid: NetUid,
			uids: Vec<u16>,
			values: Vec<u16>,
			salt: Vec<u16>,
			version_key: u64,
		) -> DispatchResult {
			let reveal = Reveal { uids, values, salt, version_key };
			Self::do_reveal_weights(origin, netuid, 0, reveal)
		}

		/// [`Pallet::reveal_weights`] on mechanism `mecid`.
		#[pallet::call_index(116)]
		#[pallet::weight((T::WeightInfo::reveal_weights(), DispatchClass::Normal, Pays::No))]
		pub fn reveal_mechanism_weights(
			origin: OriginFor<T>,
			netuid: NetUid,
			mecid: MechId,
			uids: Vec<u16>,
			values: Vec<u16>,
			salt: Vec<u16>,
			version_key: u64,
		) -> DispatchResult {
			let reveal = Reveal { uids, values, salt, version_key };
			Self::do_reveal_weights(origin, netuid, mecid, reveal)
		}

		/// Reveals several commits on `netuid` in order, all or nothing.
		#[pallet::call_index(98)]
		#[pallet::weight((
			T::WeightInfo::reveal_weights().saturating_mul(uids_list.len() as u64),
			DispatchClass::Normal,
			Pays::No
		))]
		pub fn batch_reveal_weights(
			origin: OriginFor<T>,
			netuid: NetUid,
			uids_list: Vec<Vec<u16>>,
			values_list: Vec<Vec<u16>>,
			salts_list: Vec<Vec<u16>>,
			version_keys: Vec<u64>,
		) -> DispatchResult {
			let count = uids_list.len();
			ensure!(
				values_list.len() == count
					&& salts_list.len() == count
					&& version_keys.len() == count,
				Error::<T>::InputLengthsUnequal
			);
			let reveals = uids_list
				.into_iter()
				.zip(values_list)
				.zip(salts_list.into_iter().zip(version_keys))
				.map(|((uids, values), (salt, version_key))| Reveal {
					uids,
					values,
					salt,
					version_key,
				})
				.collect();
			Self::do_batch_reveal_weights(origin, netuid, reveals)
		}

		/// Commits the signer's weights on `netuid` (mechanism 0) timelock-encrypted to drand
		/// round `reveal_round`: the chain opens and applies them `RevealPeriodEpochs` epochs
		/// later, once the round's pulse is stored. `commit_reveal_version` must be the chain's
		/// (`CommitRevealWeightsVersion`).
		#[pallet::call_index(113)]
		#[pallet::weight((
			Pallet::<T>::commit_timelocked_weight(*netuid, 0),
			DispatchClass::Normal,
			Pays::No
		))]
		pub fn commit_timelocked_weights(
			origin: OriginFor<T>,
			netuid: NetUid,
			commit: BoundedVec<u8, ConstU32<MAX_TIMELOCK_COMMIT_BYTES>>,
			reveal_round: u64,
			commit_reveal_version: u16,
		) -> DispatchResult {
			Self::do_commit_timelocked_weights(
				origin,
				netuid,
				0,
				commit,
				reveal_round,
				commit_reveal_version,
			)
		}

		/// [`Pallet::commit_timelocked_weights`] on mechanism `mecid`, at version 4.
		#[pallet::call_index(117)]
		#[pallet::weight((
			Pallet::<T>::commit_timelocked_weight(*netuid, *mecid),
			DispatchClass::Normal,
			Pays::No
		))]
		pub fn commit_crv3_mechanism_weights(
			origin: OriginFor<T>,
			netuid: NetUid,
			mecid: MechId,
			commit: BoundedVec<u8, ConstU32<MAX_TIMELOCK_COMMIT_BYTES>>,
			reveal_round: u64,
		) -> DispatchResult {
			Self::do_commit_timelocked_weights(
				origin,
				netuid,
				mecid,
				commit,
				reveal_round,
				TIMELOCK_COMMIT_VERSION,
			)
		}

		/// [`Pallet::commit_timelocked_weights`] on mechanism `mecid`.
		#[pallet::call_index(118)]
		#[pallet::weight((
			Pallet::<T>::commit_timelocked_weight(*netuid, *mecid),
			DispatchClass::Normal,
			Pays::No
		))]
		pub fn commit_timelocked_mechanism_weights(
			origin: OriginFor<T>,
			netuid: NetUid,
			mecid: MechId,
			commit: BoundedVec<u8, ConstU32<MAX_TIMELOCK_COMMIT_BYTES>>,
			reveal_round: u64,
			commit_reveal_version: u16,
		) -> DispatchResult {
			Self::do_commit_timelocked_weights(
				origin,
				netuid,
				mecid,
				commit,
				reveal_round,
				commit_reveal_version,
			)
		}

		/// Makes `children` — (proportion of `u64::MAX` of the stake weight, child hotkey), at
		/// most five — the children of the signer's `hotkey` on `netuid`, replacing the
		/// previous set (empty: none). Applies at the subnet's first epoch after
		/// `PendingChildKeyCooldown` blocks (at once before `start_call`).
		#[pallet::call_index(67)]
		#[pallet::weight(T::WeightInfo::set_children(u32::from(TotalNetworks::<T>::get())))]
		pub fn set_children(
			origin: OriginFor<T>,
			hotkey: T::AccountId,
			netuid: NetUid,
			children: Vec<(u64, T::AccountId)>,
		) -> DispatchResult {
			Self::do_set_children(origin, hotkey, netuid, children)
		}

		/// Root: blocks between two childkey-take increases of a hotkey on a subnet.
		#[pallet::call_index(69)]
		#[pallet::weight(T::WeightInfo::sudo_set_tx_childkey_take_rate_limit())]
		pub fn sudo_set_tx_childkey_take_rate_limit(
			origin: OriginFor<T>,
			tx_rate_limit: u64,
		) -> DispatchResult {
			ensure_root(origin)?;
			Self::set_tx_childkey_take_rate_limit(tx_rate_limit);
			Ok(())
		}

		/// Sets the take (÷65535) the signer's `hotkey` keeps of the dividends it passes to
		/// parents on `netuid`, within the subnet's floor and `MaxChildkeyTake`; raising it
		/// waits `TxChildkeyTakeRateLimit` blocks after the last change.
		#[pallet::call_index(75)]
		#[pallet::weight(T::WeightInfo::set_childkey_take())]
		pub fn set_childkey_take(
			origin: OriginFor<T>,
			hotkey: T::AccountId,
			netuid: NetUid,
			take: u16,
		) -> DispatchResult {
			Self::do_set_childkey_take(origin, hotkey, netuid, take)
		}

		/// Root: the lowest childkey take (÷65535).
		#[pallet::call_index(76)]
		#[pallet::weight(T::WeightInfo::sudo_set_min_childkey_take())]
		pub fn sudo_set_min_childkey_take(origin: OriginFor<T>, take: u16) -> DispatchResult {
			ensure_root(origin)?;
			Self::set_min_childkey_take(take);
			Ok(())
		}

		/// Root: the highest childkey take (÷65535).
		#[pallet::call_index(77)]
		#[pallet::weight(T::WeightInfo::sudo_set_max_childkey_take())]
		pub fn sudo_set_max_childkey_take(origin: OriginFor<T>, take: u16) -> DispatchResult {
			ensure_root(origin)?;
			Self::set_max_childkey_take(take);
			Ok(())
		}

		/// Root: blocks a scheduled child-key set waits before it applies.
		#[pallet::call_index(109)]
		#[pallet::weight(T::WeightInfo::set_pending_childkey_cooldown())]
		pub fn set_pending_childkey_cooldown(
			origin: OriginFor<T>,
			cooldown: u64,
		) -> DispatchResult {
			ensure_root(origin)?;
			Self::put_pending_childkey_cooldown(cooldown);
			Ok(())
		}

		/// Whether the signer's root validator `hotkey` adopts each new subnet's owner hotkey as
		/// its child there (on by default).
		#[pallet::call_index(135)]
		#[pallet::weight(T::WeightInfo::set_auto_parent_delegation_enabled())]
		pub fn set_auto_parent_delegation_enabled(
			origin: OriginFor<T>,
			hotkey: T::AccountId,
			enabled: bool,
		) -> DispatchResult {
			Self::do_set_auto_parent_delegation_enabled(origin, hotkey, enabled)
		}

		/// Replaces the signer's `hotkey` by `new_hotkey` on `netuid` (`None`: every subnet),
		/// stake included; kept for older clients, `swap_hotkey_v2` without `keep_stake`.
		#[pallet::call_index(70)]
		#[pallet::weight(Pallet::<T>::swap_hotkey_weight(hotkey, *netuid, false))]
		pub fn swap_hotkey(
			origin: OriginFor<T>,
			hotkey: T::AccountId,
			new_hotkey: T::AccountId,
			netuid: Option<NetUid>,
		) -> DispatchResultWithPostInfo {
			Self::do_swap_hotkey(origin, &hotkey, &new_hotkey, netuid, false)
		}

		/// Replaces the signer's `hotkey` by `new_hotkey` on `netuid` (`None`: every subnet):
		/// UIDs, published data, child keys and, unless `keep_stake`, its stake (see
		/// `key_swaps`). Recycles `KeySwapCost` (one subnet: `KeySwapOnSubnetCost`).
		#[pallet::call_index(72)]
		#[pallet::weight(Pallet::<T>::swap_hotkey_weight(hotkey, *netuid, *keep_stake))]
		pub fn swap_hotkey_v2(
			origin: OriginFor<T>,
			hotkey: T::AccountId,
			new_hotkey: T::AccountId,
			netuid: Option<NetUid>,
			keep_stake: bool,
		) -> DispatchResultWithPostInfo {
			Self::do_swap_hotkey(origin, &hotkey, &new_hotkey, netuid, keep_stake)
		}

		/// Root: swaps `old_coldkey` to `new_coldkey` at once (recycling `swap_cost` from it
		/// first) and clears its announcement and dispute.
		#[pallet::call_index(71)]
		#[pallet::weight(Pallet::<T>::swap_coldkey_weight())]
		pub fn swap_coldkey(
			origin: OriginFor<T>,
			old_coldkey: T::AccountId,
			new_coldkey: T::AccountId,
			swap_cost: TaoBalance,
		) -> DispatchResultWithPostInfo {
			Self::do_root_swap_coldkey(origin, old_coldkey, new_coldkey, swap_cost)
		}

		/// Removed: always `Deprecated` (use `announce_coldkey_swap`).
		#[pallet::call_index(73)]
		#[pallet::weight(T::WeightInfo::schedule_swap_coldkey())]
		pub fn schedule_swap_coldkey(
			origin: OriginFor<T>,
			_new_coldkey: T::AccountId,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Err(Error::<T>::Deprecated.into())
		}

		/// Announces that the signer will swap to the coldkey whose BlakeTwo256 hash (of its
		/// SCALE encoding) is `new_coldkey_hash`, after `ColdkeySwapAnnouncementDelay` blocks;
		/// the first announcement recycles `KeySwapCost`. Until the swap the account makes only
		/// the swap's calls.
		#[pallet::call_index(125)]
		#[pallet::weight(T::WeightInfo::announce_coldkey_swap())]
		pub fn announce_coldkey_swap(
			origin: OriginFor<T>,
			new_coldkey_hash: sp_core::H256,
		) -> DispatchResult {
			Self::do_announce_coldkey_swap(origin, new_coldkey_hash)
		}

		/// Performs the signer's announced swap to `new_coldkey`: its balance, stake, hotkeys,
		/// subnets and identity move (see `key_swaps::coldkey`).
		#[pallet::call_index(126)]
		#[pallet::weight(Pallet::<T>::swap_coldkey_weight())]
		pub fn swap_coldkey_announced(
			origin: OriginFor<T>,
			new_coldkey: T::AccountId,
		) -> DispatchResultWithPostInfo {
			Self::do_swap_coldkey_announced(origin, new_coldkey)
		}

		/// Disputes the signer's announced swap: the account is frozen until root resets it.
		#[pallet::call_index(127)]
		#[pallet::weight(T::WeightInfo::dispute_coldkey_swap())]
		pub fn dispute_coldkey_swap(origin: OriginFor<T>) -> DispatchResult {
			Self::do_dispute_coldkey_swap(origin)
		}

		/// Root: removes `coldkey`'s swap announcement and dispute.
		#[pallet::call_index(128)]
		#[pallet::weight(T::WeightInfo::reset_coldkey_swap())]
		pub fn reset_coldkey_swap(origin: OriginFor<T>, coldkey: T::AccountId) -> DispatchResult {
			Self::do_reset_coldkey_swap(origin, coldkey)
		}

		/// Withdraws the signer's undisputed announcement, once the re-announcement delay has
		/// passed after it became executable.
		#[pallet::call_index(133)]
		#[pallet::weight(T::WeightInfo::clear_coldkey_swap_announcement())]
		pub fn clear_coldkey_swap_announcement(origin: OriginFor<T>) -> DispatchResult {
			Self::do_clear_coldkey_swap_announcement(origin)
		}

		/// Locks `alpha` more of the signer's stake with its own `hotkey` on `netuid` as miner
		/// collateral: free stake first, the rest bought with TAO at most at `limit_price` rao
		/// per alpha (all or nothing, `SlippageTooHigh`). Emission releases it (see
		/// `collateral`).
		#[pallet::call_index(144)]
		#[pallet::weight(T::WeightInfo::add_collateral())]
		pub fn add_collateral(
			origin: OriginFor<T>,
			netuid: NetUid,
			hotkey: T::AccountId,
			alpha: AlphaBalance,
			limit_price: TaoBalance,
		) -> DispatchResult {
			Self::do_add_collateral(origin, netuid, hotkey, alpha, limit_price)
		}

		/// Sets the floor of the signer's collateral on its own `hotkey` on `netuid`: emission
		/// does not release the lock below it and fills the lock up to it; zero clears it.
		#[pallet::call_index(145)]
		#[pallet::weight(T::WeightInfo::set_min_collateral())]
		pub fn set_min_collateral(
			origin: OriginFor<T>,
			netuid: NetUid,
			hotkey: T::AccountId,
			min_locked: AlphaBalance,
		) -> DispatchResult {
			Self::do_set_min_collateral(origin, netuid, hotkey, min_locked)
		}
	}
}
