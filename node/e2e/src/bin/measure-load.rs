//! `measure-load`: how many transactions a node includes under sustained mixed traffic, and
//! whether paid transactions still get in while fee-less ones flood the pool.
//!
//! It drives a node already running on a `node-subtensor scale-state` chain (see
//! `scripts/measure-load.sh`), signing as the state's own accounts (`//scale//<role>//<index>`
//! of the development phrase):
//! - **mixed**: for `--seconds`, as fast as the pool accepts, round-robin: `transfer_keep_alive`
//!   between miners' coldkeys, `add_stake` of a miner's coldkey to its hotkey, `remove_stake`
//!   of a validator's coldkey, a full-row `set_weights` of a validator hotkey and a
//!   `serve_axon` of a miner hotkey (the last two fee-less, each hotkey once);
//! - **flood**: for `--seconds` again, fee-less `set_weights` and `serve_axon` as fast as
//!   possible, with one paid transfer every 100 ms beside them.
//!
//! For each phase it prints what the pool accepted and refused (by reason) and, from the blocks
//! made meanwhile, the signed extrinsics included per block and per second, the failed ones,
//! and the normal-class weight used; for the flood, how many of the paid transfers got in.
//!
//!   measure-load --url ws://127.0.0.1:PORT --subnets 128 --uids 256 --validators 64 \
//!       --seconds 60 --block-ms 12000

use node_subtensor_e2e::{
	subtensor::{account_value, amount, key, netuid, serve_axon_args},
	subxt::{
		config::PolkadotExtrinsicParamsBuilder,
		dynamic::{tx, At, Value},
		events::Phase,
		ext::scale_value::{Composite, ValueDef},
		rpcs::{rpc_params, RpcClient},
		utils::AccountId32,
	},
	subxt_signer::sr25519::Keypair,
	ChainConfig, Client, Result,
};
use std::{
	collections::{BTreeMap, HashMap},
	time::{Duration, Instant},
};
use subxt::{backend::LegacyBackend, OnlineClient};
use tokio::task::JoinSet;

/// Submissions in flight at once.
const IN_FLIGHT: usize = 32;

/// The scale state's shape and the run's length, from the command line.
struct Options {
	url: String,
	subnets: u16,
	uids: u16,
	validators: u16,
	seconds: u64,
	block_ms: u64,
}

impl Options {
	fn parse() -> Result<Self> {
		let args: Vec<String> = std::env::args().skip(1).collect();
		let value = |name: &str| -> Result<Option<String>> {
			match args.iter().position(|arg| arg == name) {
				Some(at) => Ok(Some(
					args.get(at.saturating_add(1)).ok_or(format!("{name} needs a value"))?.clone(),
				)),
				None => Ok(None),
			}
		};
		let number = |name: &str, default: u64| -> Result<u64> {
			Ok(value(name)?.map(|v| v.parse()).transpose()?.unwrap_or(default))
		};
		Ok(Self {
			url: value("--url")?.ok_or("--url ws://127.0.0.1:PORT is required")?,
			subnets: u16::try_from(number("--subnets", 128)?)?,
			uids: u16::try_from(number("--uids", 256)?)?,
			validators: u16::try_from(number("--validators", 64)?)?,
			seconds: number("--seconds", 60)?,
			block_ms: number("--block-ms", 12_000)?,
		})
	}

	/// The scale state's index of the neuron at `slot` of subnet number `subnet`.
	fn neuron(&self, subnet: u16, slot: u16) -> u32 {
		u32::from(subnet).saturating_mul(u32::from(self.uids)).saturating_add(u32::from(slot))
	}

	/// Every (netuid, neuron) of the validators (`true`) or the miners.
	fn neurons(&self, validators: bool) -> Vec<(u16, u32)> {
		let slots = if validators {
			1..self.validators.saturating_add(1)
		} else {
			self.validators.saturating_add(1)..self.uids
		};
		(0..self.subnets)
			.flat_map(|subnet| {
				slots.clone().map(move |slot| (subnet.saturating_add(1), (subnet, slot)))
			})
			.map(|(netuid, (subnet, slot))| (netuid, self.neuron(subnet, slot)))
			.collect()
	}
}

/// A scale-state account's key pair.
fn scale_key(role: &str, index: u32) -> Result<Keypair> {
	key(&format!("//scale//{role}//{index}"))
}

/// Signs transactions with locally counted nonces (each signer's read from the chain once).
struct Signer {
	client: Client,
	nonces: HashMap<[u8; 32], u64>,
}

impl Signer {
	/// `pallet.call(args)` signed by `pair`, encoded.
	async fn sign(
		&mut self,
		pair: &Keypair,
		pallet: &str,
		call: &str,
		args: Vec<Value>,
	) -> Result<Vec<u8>> {
		let at = self.client.at_current_block().await?;
		let who = pair.public_key().0;
		let nonce = match self.nonces.get(&who) {
			Some(nonce) => *nonce,
			None => at.transactions().account_nonce(&AccountId32(who)).await?,
		};
		self.nonces.insert(who, nonce.saturating_add(1));
		let params = PolkadotExtrinsicParamsBuilder::<ChainConfig>::new().nonce(nonce).build();
		let payload = tx(pallet, call, args);
		let signed = at.transactions().create_signable_offline(&payload, params)?.sign(pair)?;
		Ok(signed.into_encoded())
	}
}

/// What the pool said to the submissions of a phase.
#[derive(Default)]
struct Submitted {
	accepted: u64,
	refused: BTreeMap<String, u64>,
}

impl Submitted {
	fn note(&mut self, answer: std::result::Result<(), String>) {
		match answer {
			Ok(()) => self.accepted = self.accepted.saturating_add(1),
			Err(reason) => {
				let count = self.refused.entry(reason).or_default();
				*count = count.saturating_add(1);
			},
		}
	}
}

/// Submits `encoded`; `Err` holds the pool's reason (its message and explanation).
async fn submit(rpc: RpcClient, encoded: Vec<u8>) -> std::result::Result<(), String> {
	let hex = node_subtensor_e2e::to_hex(&encoded);
	match rpc.request::<serde_json::Value>("author_submitExtrinsic", rpc_params![hex]).await {
		Ok(_) => Ok(()),
		Err(subxt::rpcs::Error::User(error)) => Err(format!(
			"{}: {}",
			error.message,
			error.data.map(|data| data.get().trim_matches('"').to_string()).unwrap_or_default()
		)),
		Err(error) => Err(error.to_string()),
	}
}

/// Submissions in flight, at most [`IN_FLIGHT`] at once.
struct InFlight {
	rpc: RpcClient,
	tasks: JoinSet<std::result::Result<(), String>>,
}

impl InFlight {
	/// Submits `encoded`, first waiting while [`IN_FLIGHT`] are pending; answers go to `noted`.
	async fn send(&mut self, encoded: Vec<u8>, noted: &mut Submitted) -> Result<()> {
		while self.tasks.len() >= IN_FLIGHT {
			if let Some(answer) = self.tasks.join_next().await {
				noted.note(answer?);
			}
		}
		self.tasks.spawn(submit(self.rpc.clone(), encoded));
		Ok(())
	}

	/// Waits for every pending submission.
	async fn drain(&mut self, noted: &mut Submitted) -> Result<()> {
		while let Some(answer) = self.tasks.join_next().await {
			noted.note(answer?);
		}
		Ok(())
	}
}

/// The arguments of a `transfer_keep_alive` of 0.001 TAO to miner `to`'s coldkey.
fn transfer(to: u32) -> Result<Vec<Value>> {
	let dest = scale_key("coldkey", to)?;
	Ok(vec![Value::unnamed_variant("Id", [account_value(&dest)]), Value::u128(1_000_000)])
}

/// The traffic of the mixed phase: which call comes next and who signs it.
struct Traffic {
	miners: Vec<(u16, u32)>,
	validators: Vec<(u16, u32)>,
	uids: u16,
	next: usize,
	once_used: usize,
}

impl Traffic {
	/// The next (signer, pallet, call, args) of kind `kind` (0..5).
	fn call(&mut self, kind: usize) -> Result<(Keypair, &'static str, &'static str, Vec<Value>)> {
		let pick = |list: &Vec<(u16, u32)>, at: usize| -> Result<(u16, u32)> {
			let len = list.len().max(1);
			Ok(*list.get(at.checked_rem(len).unwrap_or(0)).ok_or("no neurons of this kind")?)
		};
		self.next = self.next.saturating_add(1);
		let at = self.next;
		Ok(match kind {
			0 => {
				let (_, from) = pick(&self.miners, at)?;
				let (_, to) = pick(&self.miners, at.saturating_add(1))?;
				(scale_key("coldkey", from)?, "Balances", "transfer_keep_alive", transfer(to)?)
			},
			1 => {
				let (net, miner) = pick(&self.miners, at.saturating_add(7))?;
				let hotkey = scale_key("hotkey", miner)?;
				let args = vec![account_value(&hotkey), netuid(net), amount(100_000_000)];
				(scale_key("coldkey", miner)?, "SubtensorModule", "add_stake", args)
			},
			2 => {
				let (net, validator) = pick(&self.validators, at)?;
				let hotkey = scale_key("hotkey", validator)?;
				let args = vec![account_value(&hotkey), netuid(net), amount(10_000_000)];
				(scale_key("coldkey", validator)?, "SubtensorModule", "remove_stake", args)
			},
			3 => {
				self.once_used = self.once_used.saturating_add(1);
				let (net, validator) = pick(&self.validators, self.once_used)?;
				let dests: Vec<Value> =
					(0..self.uids).map(|uid| Value::u128(u128::from(uid))).collect();
				let weights: Vec<Value> = (0..self.uids)
					.map(|uid| Value::u128(u128::from(uid).saturating_add(1)))
					.collect();
				let args = vec![
					netuid(net),
					Value::unnamed_composite(dests),
					Value::unnamed_composite(weights),
					Value::u128(0),
				];
				(scale_key("hotkey", validator)?, "SubtensorModule", "set_weights", args)
			},
			_ => {
				self.once_used = self.once_used.saturating_add(1);
				let (net, miner) = pick(&self.miners, self.once_used)?;
				let ip = 0x0808_0000u128.saturating_add(u128::from(miner & 0xffff));
				let args = serve_axon_args(net, 0, ip, 8091);
				(scale_key("hotkey", miner)?, "SubtensorModule", "serve_axon", args)
			},
		})
	}
}

/// What the blocks `from..=to` included.
struct Included {
	blocks: u64,
	signed: Vec<u64>,
	by_call: BTreeMap<String, u64>,
	failed: BTreeMap<String, u64>,
	normal_weight_ms: Vec<f64>,
}

/// The name of the pallet error in an `ExtrinsicFailed` event's fields (else the fields).
fn module_error(metadata: &subxt::Metadata, fields: &Composite<()>) -> String {
	let module = fields.values().next().and_then(|error| match &error.value {
		ValueDef::Variant(variant) if variant.name == "Module" => variant.values.values().next(),
		_ => None,
	});
	let named = module.and_then(|module| {
		let pallet = u8::try_from(module.at("index")?.as_u128()?).ok()?;
		let code = u8::try_from(module.at("error")?.at(0)?.as_u128()?).ok()?;
		let pallet = metadata.pallet_by_error_index(pallet)?;
		Some(format!("{}::{}", pallet.name(), pallet.error_variant_by_index(code)?.name))
	});
	named.unwrap_or_else(|| fields.to_string())
}

/// Reads what blocks `from..=to` of the best chain included.
async fn included(client: &Client, from: u64, to: u64) -> Result<Included> {
	let mut seen = Included {
		blocks: 0,
		signed: Vec::new(),
		by_call: BTreeMap::new(),
		failed: BTreeMap::new(),
		normal_weight_ms: Vec::new(),
	};
	for number in from..=to {
		let at = client.at_block(number).await?;
		let (mut calls, mut signed) = (Vec::new(), 0u64);
		for extrinsic in at.extrinsics().fetch().await?.iter() {
			let extrinsic = extrinsic?;
			let call = format!("{}.{}", extrinsic.pallet_name(), extrinsic.call_name());
			if extrinsic.is_signed() {
				signed = signed.saturating_add(1);
				let count = seen.by_call.entry(call.clone()).or_default();
				*count = count.saturating_add(1);
			}
			calls.push(call);
		}
		seen.signed.push(signed);
		for event in at.events().fetch().await?.iter().filter_map(|event| event.ok()) {
			if event.pallet_name() != "System" || event.event_name() != "ExtrinsicFailed" {
				continue;
			}
			if let Phase::ApplyExtrinsic(index) = event.phase() {
				let call = calls.get(usize::try_from(index)?).cloned().unwrap_or_default();
				let error = event.decode_fields_unchecked_as::<Composite<()>>()?;
				let count = seen
					.failed
					.entry(format!("{call}: {}", module_error(at.metadata_ref(), &error)))
					.or_default();
				*count = count.saturating_add(1);
			}
		}
		let address = subxt::dynamic::storage::<(), Value>("System", "BlockWeight");
		let weight = at.storage().fetch(address, ()).await?.decode()?;
		let normal = weight.at("normal").and_then(|class| class.at("ref_time"));
		let normal = normal.and_then(|ref_time| ref_time.as_u128()).unwrap_or(0);
		seen.normal_weight_ms.push(normal as f64 / 1e9);
		seen.blocks = seen.blocks.saturating_add(1);
	}
	Ok(seen)
}

/// Prints a phase's submissions and inclusions.
fn report(phase: &str, submitted: &Submitted, included: &Included, block_ms: u64) {
	let total: u64 = included.signed.iter().sum();
	let mut per_block = included.signed.clone();
	per_block.sort_unstable();
	let median = per_block.get(per_block.len() / 2).copied().unwrap_or(0);
	let max = per_block.last().copied().unwrap_or(0);
	let seconds = (included.blocks.saturating_mul(block_ms) as f64 / 1000.0).max(0.001);
	let weight = included.normal_weight_ms.iter().cloned().fold(0.0, f64::max);
	println!(
		"{phase}: pool accepted {}, refused {:?}; {} blocks included {total} signed extrinsics \
		 (median {median}, max {max} a block; {:.1} a second at {block_ms} ms blocks) {:?}, \
		 failed by call {:?}; normal-class weight up to {weight:.0} ms a block",
		submitted.accepted,
		submitted.refused,
		included.blocks,
		total as f64 / seconds,
		included.by_call,
		included.failed,
	);
}

async fn best(rpc: &RpcClient) -> Result<u64> {
	let header: serde_json::Value = rpc.request("chain_getHeader", rpc_params![]).await?;
	let number = header["number"].as_str().ok_or("a header without its number")?;
	Ok(u64::from_str_radix(number.trim_start_matches("0x"), 16)?)
}

/// Waits until a block after `number` is the best block.
async fn next_block(rpc: &RpcClient, number: u64, limit: Duration) -> Result<u64> {
	let deadline = Instant::now() + limit;
	loop {
		let now = best(rpc).await?;
		if now > number {
			return Ok(now);
		}
		if Instant::now() > deadline {
			return Err(format!("no block after #{number} in {limit:?}").into());
		}
		tokio::time::sleep(Duration::from_millis(200)).await;
	}
}

/// The block after the next two: by then what the pool held has gone into blocks.
async fn settle(rpc: &RpcClient, block_wait: Duration) -> Result<u64> {
	let now = best(rpc).await?;
	next_block(rpc, next_block(rpc, now, block_wait).await?, block_wait).await
}

#[tokio::main]
async fn main() -> Result<()> {
	let options = Options::parse()?;
	let rpc = RpcClient::from_insecure_url(&options.url).await?;
	let backend = LegacyBackend::<ChainConfig>::builder().build(rpc.clone());
	let client: Client = OnlineClient::from_backend(std::sync::Arc::new(backend)).await?;
	let mut signer = Signer { client: client.clone(), nonces: HashMap::new() };
	let mut traffic = Traffic {
		miners: options.neurons(false),
		validators: options.neurons(true),
		uids: options.uids,
		next: 0,
		once_used: 0,
	};
	let block_wait =
		Duration::from_millis(options.block_ms.saturating_mul(3).saturating_add(30_000));

	// Mixed traffic, as fast as the pool takes it.
	let start = next_block(&rpc, best(&rpc).await?, block_wait).await?;
	let mut submitted = Submitted::default();
	let mut in_flight = InFlight { rpc: rpc.clone(), tasks: JoinSet::new() };
	let until = Instant::now() + Duration::from_secs(options.seconds);
	let mut kind = 0usize;
	while Instant::now() < until {
		let (pair, pallet, call, args) = traffic.call(kind)?;
		kind = kind.saturating_add(1).checked_rem(5).unwrap_or(0);
		let encoded = signer.sign(&pair, pallet, call, args).await?;
		in_flight.send(encoded, &mut submitted).await?;
	}
	in_flight.drain(&mut submitted).await?;
	let end = settle(&rpc, block_wait).await?;
	report(
		"mixed",
		&submitted,
		&included(&client, start.saturating_add(1), end).await?,
		options.block_ms,
	);

	// Fee-less calls flood the pool; a paid transfer every 100 ms beside them.
	let start = end;
	let (mut flood, mut paid) = (Submitted::default(), Submitted::default());
	let until = Instant::now() + Duration::from_secs(options.seconds);
	let mut next_paid = Instant::now();
	let mut paid_at = 0usize;
	let mut flood_kind = 3usize;
	while Instant::now() < until {
		if Instant::now() >= next_paid {
			next_paid += Duration::from_millis(100);
			paid_at = paid_at.saturating_add(1);
			let miners = traffic.miners.len().max(1);
			let pick = |at: usize| traffic.miners.get(at.checked_rem(miners).unwrap_or(0));
			let (_, from) = *pick(paid_at).ok_or("no miners")?;
			let (_, to) = *pick(paid_at.saturating_add(1)).ok_or("no miners")?;
			let pair = scale_key("coldkey", from)?;
			let encoded =
				signer.sign(&pair, "Balances", "transfer_keep_alive", transfer(to)?).await?;
			paid.note(submit(rpc.clone(), encoded).await);
		}
		let (pair, pallet, call, args) = traffic.call(flood_kind)?;
		flood_kind = if flood_kind == 3 { 4 } else { 3 };
		let encoded = signer.sign(&pair, pallet, call, args).await?;
		in_flight.send(encoded, &mut flood).await?;
	}
	in_flight.drain(&mut flood).await?;
	let end = settle(&rpc, block_wait).await?;
	let seen = included(&client, start.saturating_add(1), end).await?;
	report("flood (fee-less)", &flood, &seen, options.block_ms);
	println!(
		"flood: paid transfers accepted by the pool {} of {}",
		paid.accepted,
		paid.accepted.saturating_add(paid.refused.values().sum::<u64>()),
	);
	Ok(())
}
