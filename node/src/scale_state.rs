//! `node-subtensor scale-state`: a chain spec whose genesis holds mainnet-sized state, to
//! measure how the chain copes with it (`scripts/measure-scale.sh`).
//!
//! The state is made the way the chain makes it: the runtime's own calls (`register_network`,
//! `start_call`, `burned_register`, `add_stake`, `set_weights`, `root_register`) dispatched
//! natively on the base chain's genesis, one signed account per role (keys derived from the
//! development phrase, see [`account`]). Only the limits that
//! would stop one block from holding a whole network's history are lifted while it runs
//! (`NetworkRateLimit`, `StartCallDelay`, the growth of the lock cost and of the registration
//! price) and put back afterwards. The result is written as a raw chain spec: start a node on
//! it with `--chain <file>`.

use frame_support::{
	dispatch::RawOrigin,
	traits::{fungible::Mutate, UnfilteredDispatchable},
};
use node_subtensor_runtime::{AccountId, Runtime, RuntimeCall, RuntimeOrigin};
use pallet_subtensor::{
	Burn, CommitRevealWeightsEnabled, MaxAllowedUids, MaxAllowedValidators, NetworkLastLockCost,
	NetworkMinLockCost, NetworkRateLimit, RegistrationsThisBlock, RegistrationsThisInterval,
	StartCallDelay, SubnetOwnerHotkey, SubnetworkN, Tempo, TotalIssuance,
};
use serde_json::{Map, Value};
use sp_core::{
	bytes::to_hex,
	crypto::{DeriveJunction, Pair, Ss58Codec, DEV_PHRASE},
	sr25519,
};
use std::{path::PathBuf, sync::OnceLock, time::Instant};
use subtensor_common::{NetUid, TaoBalance};

/// One TAO in rao.
const TAO: u64 = 1_000_000_000;

/// How large a state to build.
#[derive(Debug, Clone, clap::Parser)]
pub struct ScaleStateCmd {
	/// Subnets besides root.
	#[arg(long, default_value_t = 128)]
	pub subnets: u16,
	/// UIDs per subnet (the subnet's `MaxAllowedUids`).
	#[arg(long, default_value_t = 256)]
	pub uids: u16,
	/// Validators per subnet: each stakes, holds a permit and sets a full weight row.
	#[arg(long, default_value_t = 64)]
	pub validators: u16,
	/// Nominator stake positions spread over the validators of all subnets.
	#[arg(long, default_value_t = 100_000)]
	pub positions: u32,
	/// Validators registered on root.
	#[arg(long, default_value_t = 64)]
	pub root_uids: u16,
	/// Tempo of every subnet (mainnet's default 360).
	#[arg(long, default_value_t = 360)]
	pub tempo: u16,
	/// The chain whose genesis the state is built on (`dev`, `local` or a spec file).
	#[arg(long, default_value = "dev")]
	pub chain: String,
	/// Where to write the raw chain spec.
	#[arg(long)]
	pub output: PathBuf,
}

/// What was built, for the command's report.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Built {
	/// Subnets created (besides root).
	pub subnets: u16,
	/// Neurons registered over all subnets.
	pub neurons: u32,
	/// Weight rows set.
	pub weight_rows: u32,
	/// Stake positions added (validators' own and nominators').
	pub positions: u32,
	/// Root registrations.
	pub root_uids: u16,
	/// Storage entries in the genesis.
	pub storage_entries: usize,
}

/// The account of `role` number `index`: the sr25519 key `//scale//<role>//<index>` of the
/// development phrase, so that load tools can sign for any of them (subxt's
/// `Keypair::from_uri`, `subkey inspect`).
pub fn account(role: &str, index: u32) -> Result<AccountId, String> {
	static ROOT: OnceLock<Result<sr25519::Pair, String>> = OnceLock::new();
	let root = ROOT
		.get_or_init(|| {
			sr25519::Pair::from_phrase(DEV_PHRASE, None)
				.map(|(pair, _)| pair)
				.map_err(|e| format!("the development phrase: {e:?}"))
		})
		.as_ref()
		.map_err(Clone::clone)?;
	let path = [
		DeriveJunction::hard("scale"),
		DeriveJunction::hard(role),
		DeriveJunction::hard(u64::from(index)),
	];
	let (pair, _) = root
		.derive(path.into_iter(), None)
		.map_err(|e| format!("deriving //scale//{role}//{index}: {e:?}"))?;
	Ok(pair.public().into())
}

/// Mints `amount` rao to `who`, recorded in `TotalIssuance` as the chain records issuance.
fn fund(who: &AccountId, amount: u64) -> Result<(), String> {
	pallet_balances::Pallet::<Runtime>::mint_into(who, amount)
		.map_err(|e| format!("minting for {}: {e:?}", who.to_ss58check()))?;
	TotalIssuance::<Runtime>::mutate(|total| {
		*total = total.saturating_add(TaoBalance::new(amount))
	});
	Ok(())
}

/// Dispatches `call` signed by `who`; `what` names the step in the error.
fn signed(
	who: &AccountId,
	call: pallet_subtensor::Call<Runtime>,
	what: &str,
) -> Result<(), String> {
	RuntimeCall::SubtensorModule(call)
		.dispatch_bypass_filter(RuntimeOrigin::from(RawOrigin::Signed(who.clone())))
		.map(|_| ())
		.map_err(|e| format!("{what}: {:?}", e.error))
}

/// A weight for validator `validator` on UID `uid`: varied, never zero.
fn weight(validator: u16, uid: u16) -> u16 {
	let mixed =
		u32::from(validator).wrapping_mul(7919).wrapping_add(u32::from(uid).wrapping_mul(104_729));
	u16::try_from(mixed.wrapping_rem(65_000)).unwrap_or(0).saturating_add(1)
}

impl ScaleStateCmd {
	/// Creates the subnets with their neurons, validators' stake and weights, the nominators'
	/// positions and root's validators, in the current externalities.
	pub fn populate(&self) -> Result<Built, String> {
		let mut built = Built::default();
		let saved_rate_limit = NetworkRateLimit::<Runtime>::get();
		let saved_start_delay = StartCallDelay::<Runtime>::get();
		NetworkRateLimit::<Runtime>::put(0);
		StartCallDelay::<Runtime>::put(0);

		let mut validator_keys: Vec<(NetUid, AccountId)> = Vec::new();
		for subnet in 0..self.subnets {
			let netuid = self.create_subnet(subnet)?;
			built.subnets = built.subnets.saturating_add(1);
			built.neurons =
				built.neurons.saturating_add(u32::from(SubnetworkN::<Runtime>::get(netuid)));
			let validators = self.stake_validators(subnet, netuid)?;
			built.positions =
				built.positions.saturating_add(u32::try_from(validators.len()).unwrap_or(u32::MAX));
			// Permits go by stake at an epoch; one run (no emission) hands them out.
			pallet_subtensor::Pallet::<Runtime>::run_subnet_epoch(netuid, 0);
			built.weight_rows =
				built.weight_rows.saturating_add(self.set_weights(netuid, &validators)?);
			validator_keys.extend(validators.into_iter().map(|hotkey| (netuid, hotkey)));
		}
		built.positions = built.positions.saturating_add(self.nominate(&validator_keys)?);
		built.root_uids = self.register_on_root(&validator_keys)?;

		// Per-block counters start the first block empty, as after any block.
		let _ = RegistrationsThisBlock::<Runtime>::clear(u32::MAX, None);
		let _ = RegistrationsThisInterval::<Runtime>::clear(u32::MAX, None);
		NetworkRateLimit::<Runtime>::put(saved_rate_limit);
		StartCallDelay::<Runtime>::put(saved_start_delay);
		Ok(built)
	}

	/// Registers subnet number `subnet`, starts it and fills its UIDs.
	fn create_subnet(&self, subnet: u16) -> Result<NetUid, String> {
		let index = u32::from(subnet);
		let (owner, owner_hotkey) = (account("owner", index)?, account("owner-hotkey", index)?);
		// Every registration at one block would double the lock cost each time; each pays the
		// floor instead.
		NetworkLastLockCost::<Runtime>::put(NetworkMinLockCost::<Runtime>::get());
		fund(&owner, NetworkMinLockCost::<Runtime>::get().to_u64().saturating_mul(4))?;
		signed(
			&owner,
			pallet_subtensor::Call::register_network { hotkey: owner_hotkey.clone() },
			"register_network",
		)?;
		let netuid = SubnetOwnerHotkey::<Runtime>::iter()
			.find_map(|(netuid, hotkey)| (hotkey == owner_hotkey).then_some(netuid))
			.ok_or("register_network created no subnet")?;
		signed(&owner, pallet_subtensor::Call::start_call { netuid }, "start_call")?;
		Tempo::<Runtime>::insert(netuid, self.tempo);
		MaxAllowedUids::<Runtime>::insert(netuid, self.uids);
		MaxAllowedValidators::<Runtime>::insert(netuid, self.validators);
		CommitRevealWeightsEnabled::<Runtime>::insert(netuid, false);

		let price = Burn::<Runtime>::get(netuid);
		for slot in 1..u32::from(self.uids) {
			let neuron = index.saturating_mul(u32::from(self.uids)).saturating_add(slot);
			let (coldkey, hotkey) = (account("coldkey", neuron)?, account("hotkey", neuron)?);
			// Each registration would raise the price for the next; all pay the first price.
			Burn::<Runtime>::insert(netuid, price);
			fund(&coldkey, price.to_u64().saturating_add(TAO.saturating_mul(100)))?;
			signed(
				&coldkey,
				pallet_subtensor::Call::burned_register { netuid, hotkey },
				"burned_register",
			)?;
		}
		Burn::<Runtime>::insert(netuid, price);
		Ok(netuid)
	}

	/// The first `validators` UIDs after the owner's stake, the earlier more (so their order is
	/// the permits' order); returns their hotkeys.
	fn stake_validators(&self, subnet: u16, netuid: NetUid) -> Result<Vec<AccountId>, String> {
		let count = self.validators.min(self.uids.saturating_sub(1));
		let mut hotkeys = Vec::with_capacity(usize::from(count));
		for slot in 1..=u32::from(count) {
			let neuron =
				u32::from(subnet).saturating_mul(u32::from(self.uids)).saturating_add(slot);
			let (coldkey, hotkey) = (account("coldkey", neuron)?, account("hotkey", neuron)?);
			let rank = u64::from(count).saturating_sub(u64::from(slot));
			// 10 to 16.4 TAO: 64 validators put about as much TAO in the pool as its owner's
			// lock, so the pool keeps the liquidity the nominators then buy from.
			let amount = rank.saturating_add(100).saturating_mul(TAO.wrapping_div(10));
			fund(&coldkey, amount.saturating_add(TAO))?;
			signed(
				&coldkey,
				pallet_subtensor::Call::add_stake {
					hotkey: hotkey.clone(),
					netuid,
					amount_staked: TaoBalance::new(amount),
				},
				"validator add_stake",
			)?;
			hotkeys.push(hotkey);
		}
		Ok(hotkeys)
	}

	/// Each validator weights every UID of the subnet; returns the rows set.
	fn set_weights(&self, netuid: NetUid, validators: &[AccountId]) -> Result<u32, String> {
		let n = SubnetworkN::<Runtime>::get(netuid);
		let dests: Vec<u16> = (0..n).collect();
		for (position, hotkey) in (0u16..).zip(validators) {
			let weights = dests.iter().map(|uid| weight(position, *uid)).collect();
			signed(
				hotkey,
				pallet_subtensor::Call::set_weights {
					netuid,
					dests: dests.clone(),
					weights,
					version_key: 0,
				},
				"set_weights",
			)?;
		}
		Ok(u32::try_from(validators.len()).unwrap_or(u32::MAX))
	}

	/// `positions` nominators' stakes, ten per nominator coldkey, spread over the validators.
	fn nominate(&self, validators: &[(NetUid, AccountId)]) -> Result<u32, String> {
		if validators.is_empty() {
			return Ok(0);
		}
		const PER_NOMINATOR: u32 = 10;
		let mut added = 0u32;
		for position in 0..self.positions {
			let nominator = account("nominator", position.wrapping_div(PER_NOMINATOR))?;
			if position.wrapping_rem(PER_NOMINATOR) == 0 {
				fund(&nominator, u64::from(PER_NOMINATOR).saturating_mul(TAO.saturating_mul(2)))?;
			}
			let spread = u64::from(position).wrapping_mul(2_654_435_761);
			let count = u64::try_from(validators.len()).unwrap_or(u64::MAX);
			let pick = usize::try_from(spread.wrapping_rem(count)).unwrap_or(0);
			let Some((netuid, hotkey)) = validators.get(pick) else { continue };
			signed(
				&nominator,
				pallet_subtensor::Call::add_stake {
					hotkey: hotkey.clone(),
					netuid: *netuid,
					amount_staked: TaoBalance::new(TAO),
				},
				"nominator add_stake",
			)?;
			added = added.saturating_add(1);
		}
		Ok(added)
	}

	/// Registers the first validator of each subnet on root, up to `root_uids`.
	fn register_on_root(&self, validators: &[(NetUid, AccountId)]) -> Result<u16, String> {
		let mut registered = 0u16;
		let mut seen = std::collections::BTreeSet::new();
		for (netuid, hotkey) in validators {
			if registered >= self.root_uids {
				break;
			}
			if !seen.insert(*netuid) {
				continue;
			}
			// Root takes one registration a block and a few an interval; all of these happen
			// at genesis.
			RegistrationsThisBlock::<Runtime>::remove(NetUid::ROOT);
			RegistrationsThisInterval::<Runtime>::remove(NetUid::ROOT);
			let owner = pallet_subtensor::Owner::<Runtime>::get(hotkey);
			signed(
				&owner,
				pallet_subtensor::Call::root_register { hotkey: hotkey.clone() },
				"root_register",
			)?;
			registered = registered.saturating_add(1);
		}
		Ok(registered)
	}

	/// Builds the state on the base chain's genesis and writes the raw chain spec.
	pub fn run(&self) -> Result<String, String> {
		let started = Instant::now();
		let spec = crate::chain_spec::load_spec(&self.chain)?;
		let storage = spec.as_storage_builder().build_storage()?;
		// `TestExternalities` takes the runtime's code apart from the rest of the storage.
		let code = storage.top.get(sp_core::storage::well_known_keys::CODE).cloned();
		let code = code.ok_or("the base chain has no runtime code")?;
		let mut ext = sp_io::TestExternalities::new_with_code(&code, storage);
		let (mut built, top) =
			ext.execute_with(|| -> Result<(Built, Map<String, Value>), String> {
				let built = self.populate()?;
				let mut top = Map::new();
				let mut key = Vec::new();
				while let Some(next) = sp_io::storage::next_key(&key) {
					let value = sp_io::storage::get(&next).ok_or("a listed key has no value")?;
					top.insert(to_hex(&next, false), Value::String(to_hex(&value, false)));
					key = next;
				}
				Ok((built, top))
			})?;
		built.storage_entries = top.len();

		let mut json: Value =
			serde_json::from_str(&spec.as_json(true)?).map_err(|e| e.to_string())?;
		let raw = json
			.pointer_mut("/genesis/raw")
			.and_then(Value::as_object_mut)
			.ok_or("the base chain spec has no raw genesis")?;
		raw.insert("top".into(), Value::Object(top));
		if let Some(name) = json.get_mut("name") {
			*name = Value::String(format!("{} at scale", name.as_str().unwrap_or("chain")));
		}
		std::fs::write(&self.output, serde_json::to_vec(&json).map_err(|e| e.to_string())?)
			.map_err(|e| format!("writing {}: {e}", self.output.display()))?;
		Ok(format!(
			"{built:?}\naccounts: the sr25519 keys //scale//<role>//<index> of the development \
			 phrase (roles owner, owner-hotkey, coldkey, hotkey, nominator); nominator 0 is {}\n\
			 written to {} in {:.1} s\n",
			to_hex(account("nominator", 0)?.as_ref(), false),
			self.output.display(),
			started.elapsed().as_secs_f64()
		))
	}
}

#[cfg(test)]
mod tests {
	#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

	use super::*;
	use pallet_subtensor::{Keys, Uids, ValidatorPermit, Weights};
	use subtensor_common::NetUidStorageIndex;

	fn small(output: PathBuf) -> ScaleStateCmd {
		ScaleStateCmd {
			subnets: 3,
			uids: 12,
			validators: 4,
			positions: 50,
			root_uids: 2,
			tempo: 360,
			chain: "dev".into(),
			output,
		}
	}

	#[test]
	fn a_small_network_is_built_with_the_chains_own_calls_and_loads_as_a_chain_spec() {
		let output = std::env::temp_dir().join(format!("scale-state-{}.json", std::process::id()));
		let cmd = small(output.clone());
		let report = cmd.run().unwrap();
		assert!(
			report
				.contains("subnets: 3, neurons: 36, weight_rows: 12, positions: 62, root_uids: 2"),
			"{report}"
		);

		// The file is a raw chain spec a node can start from; its genesis holds the network.
		let spec = crate::chain_spec::load_spec(output.to_str().unwrap()).unwrap();
		let storage = spec.as_storage_builder().build_storage().unwrap();
		std::fs::remove_file(&output).unwrap();
		let base = crate::chain_spec::load_spec("dev").unwrap();
		let base = base.as_storage_builder().build_storage().unwrap();
		let code = sp_core::storage::well_known_keys::CODE;
		assert!(storage.top.get(code) == base.top.get(code), "the runtime's code changed");
		sp_io::TestExternalities::new(storage).execute_with(|| {
			for netuid in 1..=3u16 {
				let netuid = NetUid::from(netuid);
				assert_eq!(SubnetworkN::<Runtime>::get(netuid), 12);
				assert_eq!(Tempo::<Runtime>::get(netuid), 360);
				let permits = ValidatorPermit::<Runtime>::get(netuid);
				// The four validators, and the owner's UID, which always holds one.
				assert_eq!(permits.iter().filter(|p| **p).count(), 5, "{permits:?}");
				assert!(permits[0]);
				let index = NetUidStorageIndex::new(netuid, 0);
				for uid in 1..=4u16 {
					assert!(permits[usize::from(uid)], "validator {uid} has no permit");
					assert_eq!(Weights::<Runtime>::get(index, uid).len(), 12);
					let hotkey = Keys::<Runtime>::get(netuid, uid);
					assert_eq!(Uids::<Runtime>::get(netuid, &hotkey), Some(uid));
				}
			}
			assert_eq!(pallet_subtensor::Uids::<Runtime>::iter_prefix(NetUid::ROOT).count(), 2);
		});
	}
}
