//! The block proposer: inherents first, then ready pool transactions in pool order, and right
//! after each MEV-shield carrier the inner extrinsic it seals, opened with this author's key.
//!
//! A carrier sealed to a key this author does not hold is left in the pool for the author that
//! does (its era of at most eight blocks drops it otherwise). A carrier this author takes but
//! cannot complete — the envelope does not open to an extrinsic, or the block refuses the inner
//! extrinsic — is followed by `MevShield.report_unshield_failure`, so the failure is on chain.
//! The inner extrinsic is pushed exactly as the user signed it: clients find it by its hash.

use super::ShieldKeys;
use codec::{Decode, Encode};
use futures::{channel::oneshot, future, FutureExt};
use log::{debug, info, warn};
use node_subtensor_runtime::{opaque::Block, Address, RuntimeCall, UncheckedExtrinsic};
use pallet_subtensor_shield::{carrier_id, Call as ShieldCall, InnerRefusal, UnshieldFailure};
use prometheus_endpoint::Registry;
use sc_block_builder::{BlockBuilder, BlockBuilderApi, BlockBuilderBuilder};
use sc_proposer_metrics::{EndProposingReason, MetricsLink};
use sc_transaction_pool_api::{InPoolTransaction, TransactionPool, TxInvalidityReportMap};
use sp_api::{ApiExt, CallApiAt, ProvideRuntimeApi};
use sp_blockchain::{ApplyExtrinsicFailed::Validity, Error::ApplyExtrinsicFailed, HeaderBackend};
use sp_consensus::{Proposal, ProposeArgs};
use sp_core::{traits::SpawnNamed, H256};
use sp_runtime::{
	generic::Preamble,
	traits::{Block as BlockT, Header as HeaderT},
	ExtrinsicInclusionMode, OpaqueExtrinsic,
};
use std::{pin::Pin, sync::Arc, time::Instant};
use subtensor_shield_runtime_api::{ShieldApi, ShieldedTransaction};

const LOG_TARGET: &str = "proposer";

/// The largest block this proposer builds when consensus sets no limit (bytes).
const DEFAULT_BLOCK_SIZE_LIMIT: usize = 4 * 1024 * 1024 + 512;

/// Transactions that did not fit tried before the block is called full.
const MAX_SKIPPED_TRANSACTIONS: usize = 8;

type BlockHash = <Block as BlockT>::Hash;
type Header = <Block as BlockT>::Header;

/// Makes a [`Proposer`] per block.
pub struct ProposerFactory<A, C> {
	spawn_handle: Arc<dyn SpawnNamed>,
	client: Arc<C>,
	pool: Arc<A>,
	keys: ShieldKeys,
	metrics: MetricsLink,
}

impl<A, C> ProposerFactory<A, C> {
	/// A factory that builds on `client`'s state from `pool`'s transactions, opening carriers
	/// with `keys`; it reports the standard `substrate_proposer_*` metrics to `prometheus`.
	pub fn new(
		spawn_handle: impl SpawnNamed + 'static,
		client: Arc<C>,
		pool: Arc<A>,
		keys: ShieldKeys,
		prometheus: Option<&Registry>,
	) -> Self {
		let metrics = MetricsLink::new(prometheus);
		Self { spawn_handle: Arc::new(spawn_handle), client, pool, keys, metrics }
	}
}

impl<A, C> sp_consensus::Environment<Block> for ProposerFactory<A, C>
where
	A: TransactionPool<Block = Block> + 'static,
	C: HeaderBackend<Block> + ProvideRuntimeApi<Block> + CallApiAt<Block> + Send + Sync + 'static,
	C::Api: ApiExt<Block> + BlockBuilderApi<Block> + ShieldApi<Block>,
{
	type CreateProposer = future::Ready<Result<Self::Proposer, Self::Error>>;
	type Proposer = Proposer<A, C>;
	type Error = sp_blockchain::Error;

	fn init(&mut self, parent: &Header) -> Self::CreateProposer {
		info!(
			"🙌 Starting consensus session on top of parent {:?} (#{})",
			parent.hash(),
			parent.number()
		);
		future::ready(Ok(Proposer {
			spawn_handle: self.spawn_handle.clone(),
			client: self.client.clone(),
			pool: self.pool.clone(),
			keys: self.keys.clone(),
			metrics: self.metrics.clone(),
			parent_hash: parent.hash(),
			parent_number: *parent.number(),
		}))
	}
}

/// Builds one block on a parent.
pub struct Proposer<A, C> {
	spawn_handle: Arc<dyn SpawnNamed>,
	client: Arc<C>,
	pool: Arc<A>,
	keys: ShieldKeys,
	metrics: MetricsLink,
	parent_hash: BlockHash,
	parent_number: u32,
}

impl<A, C> sp_consensus::Proposer<Block> for Proposer<A, C>
where
	A: TransactionPool<Block = Block> + 'static,
	C: HeaderBackend<Block> + ProvideRuntimeApi<Block> + CallApiAt<Block> + Send + Sync + 'static,
	C::Api: ApiExt<Block> + BlockBuilderApi<Block> + ShieldApi<Block>,
{
	type Proposal =
		Pin<Box<dyn future::Future<Output = Result<Proposal<Block>, Self::Error>> + Send>>;
	type Error = sp_blockchain::Error;

	fn propose(self, args: ProposeArgs<Block>) -> Self::Proposal {
		let (sender, receiver) = oneshot::channel();
		let spawn_handle = self.spawn_handle.clone();
		// Building a block blocks the thread: run it on a blocking task.
		spawn_handle.spawn_blocking(
			"block-proposer",
			None,
			async move {
				let built = self.build(args).await;
				if sender.send(built).is_err() {
					debug!(target: LOG_TARGET, "Nobody waits for the block any more");
				}
			}
			.boxed(),
		);
		async move {
			receiver
				.await
				.map_err(|_| sp_blockchain::Error::Application("the proposer stopped".into()))?
		}
		.boxed()
	}
}

/// What a pool transaction is to this author.
enum Shielded {
	/// Not a carrier.
	No,
	/// A carrier sealed to a key this author does not hold.
	NotOurs,
	/// A carrier this author can open: its id, envelope and the secret key.
	Ours { id: H256, envelope: ShieldedTransaction, secret: Vec<u8> },
}

impl<A, C> Proposer<A, C>
where
	A: TransactionPool<Block = Block> + 'static,
	C: HeaderBackend<Block> + ProvideRuntimeApi<Block> + CallApiAt<Block> + Send + Sync + 'static,
	C::Api: ApiExt<Block> + BlockBuilderApi<Block> + ShieldApi<Block>,
{
	async fn build(
		self,
		args: ProposeArgs<Block>,
	) -> Result<Proposal<Block>, sp_blockchain::Error> {
		let started = Instant::now();
		// Leave a tenth of the time to seal and announce the block.
		let deadline = started + args.max_duration - args.max_duration / 10;
		let mut builder = BlockBuilderBuilder::new(&*self.client)
			.on_parent_block(self.parent_hash)
			.with_parent_block_number(self.parent_number)
			.with_proof_recorder(args.storage_proof_recorder)
			.with_inherent_digests(args.inherent_digests)
			.with_extra_extensions(args.extra_extensions)
			.build()?;
		let inherents_started = Instant::now();
		let inherents = builder.create_inherents(args.inherent_data)?;
		self.metrics.report(|metrics| {
			metrics.create_inherents_time.observe(inherents_started.elapsed().as_secs_f64())
		});
		for inherent in inherents {
			match builder.push(inherent) {
				Err(ApplyExtrinsicFailed(Validity(error))) if error.was_mandatory() => {
					return Err(ApplyExtrinsicFailed(Validity(error)));
				},
				Err(error) => warn!(target: LOG_TARGET, "❗️ Inherent dropped: {error}"),
				Ok(()) => {},
			}
		}
		let end_reason = match builder.extrinsic_inclusion_mode() {
			ExtrinsicInclusionMode::AllExtrinsics => {
				let size_limit = args.block_size_limit.unwrap_or(DEFAULT_BLOCK_SIZE_LIMIT);
				self.push_transactions(&mut builder, deadline, size_limit).await
			},
			ExtrinsicInclusionMode::OnlyInherents => EndProposingReason::TransactionForbidden,
		};
		let constructed = started.elapsed();
		let (block, storage_changes) = builder.build()?.into_inner();
		let extrinsics = block.extrinsics().len();
		self.metrics.report(|metrics| {
			metrics.number_of_transactions.set(u64::try_from(extrinsics).unwrap_or(u64::MAX));
			metrics.block_constructed.observe(constructed.as_secs_f64());
			metrics.create_block_proposal_time.observe(started.elapsed().as_secs_f64());
			metrics.report_end_proposing_reason(end_reason);
		});
		info!(
			"🎁 Prepared block for proposing at {} ({} ms) hash: {:?}; extrinsics: {extrinsics}",
			self.parent_number.saturating_add(1),
			started.elapsed().as_millis(),
			block.header().hash(),
		);
		Ok(Proposal { block, storage_changes })
	}

	/// Pushes ready transactions (and carriers' inner extrinsics) until the pool, the time or
	/// the block runs out; returns which.
	async fn push_transactions(
		&self,
		builder: &mut BlockBuilder<'_, Block, C>,
		deadline: Instant,
		size_limit: usize,
	) -> EndProposingReason {
		let wait = deadline.saturating_duration_since(Instant::now()) / 8;
		let mut ready = self.pool.ready_at_with_timeout(self.parent_hash, wait).await;
		let mut invalid = TxInvalidityReportMap::new();
		let mut skipped = 0;
		// The limit the last transaction hit, if it did not fit.
		let mut limit_hit = None;
		let end_reason = loop {
			let Some(transaction) = ready.next() else {
				break limit_hit.unwrap_or(EndProposingReason::NoMoreTransactions);
			};
			if Instant::now() > deadline {
				break limit_hit.unwrap_or(EndProposingReason::HitDeadline);
			}
			let extrinsic: OpaqueExtrinsic = transaction.data().as_ref().clone();
			let shielded = self.shielded(&extrinsic);
			if matches!(shielded, Shielded::NotOurs) {
				debug!(target: LOG_TARGET, "[{:?}] Carrier sealed to a key this author does not hold: left in the pool", transaction.hash());
				ready.report_invalid(&transaction);
				continue;
			}
			let inner_room = match &shielded {
				Shielded::Ours { envelope, .. } => envelope.aead_ct.len().saturating_sub(16),
				_ => 0,
			};
			let needed = extrinsic.encoded_size().saturating_add(inner_room);
			let result = if builder.estimate_block_size().saturating_add(needed) > size_limit {
				Err(EndProposingReason::HitBlockSizeLimit)
			} else {
				match builder.push(extrinsic) {
					Err(ApplyExtrinsicFailed(Validity(error))) if error.exhausted_resources() => {
						Err(EndProposingReason::HitBlockWeightLimit)
					},
					Err(error) => {
						debug!(target: LOG_TARGET, "[{:?}] Invalid transaction: {error}", transaction.hash());
						ready.report_invalid(&transaction);
						let reason = match error {
							ApplyExtrinsicFailed(Validity(error)) => Some(error),
							_ => None,
						};
						invalid.insert(transaction.hash().clone(), reason);
						continue;
					},
					Ok(()) => Ok(()),
				}
			};
			match result {
				Ok(()) => {
					limit_hit = None;
					if let Shielded::Ours { id, envelope, secret } = shielded {
						self.complete_carrier(builder, id, envelope, secret);
					}
				},
				Err(reason) => {
					ready.report_invalid(&transaction);
					limit_hit = Some(reason);
					skipped += 1;
					if skipped > MAX_SKIPPED_TRANSACTIONS {
						break reason;
					}
				},
			}
		};
		self.pool.report_invalid(Some(self.parent_hash), invalid).await;
		end_reason
	}

	/// Whether `extrinsic` is a carrier, and one this author can open.
	fn shielded(&self, extrinsic: &OpaqueExtrinsic) -> Shielded {
		// A cheap look at the call first: most transactions are not carriers.
		let Ok(decoded) = UncheckedExtrinsic::decode(&mut extrinsic.encode().as_slice()) else {
			return Shielded::No;
		};
		let (
			Preamble::Signed(Address::Id(who), ..),
			RuntimeCall::MevShield(ShieldCall::submit_encrypted { ciphertext }),
		) = (&decoded.preamble, &decoded.function)
		else {
			return Shielded::No;
		};
		let envelope = match self
			.client
			.runtime_api()
			.try_decode_shielded_tx(self.parent_hash, extrinsic.clone())
		{
			Ok(Some(envelope)) => envelope,
			Ok(None) => return Shielded::No,
			Err(error) => {
				warn!(target: LOG_TARGET, "ShieldApi unavailable at {:?}: {error}", self.parent_hash);
				return Shielded::No;
			},
		};
		match self.keys.secret_for(&envelope.key_hash) {
			Some(secret) => Shielded::Ours { id: carrier_id(who, ciphertext), envelope, secret },
			None => Shielded::NotOurs,
		}
	}

	/// After a carrier in the block: its inner extrinsic, or a report of why there is none.
	fn complete_carrier(
		&self,
		builder: &mut BlockBuilder<'_, Block, C>,
		id: H256,
		envelope: ShieldedTransaction,
		secret: Vec<u8>,
	) {
		let opened = self.client.runtime_api().try_unshield_tx(self.parent_hash, secret, envelope);
		let failure = match opened {
			Ok(Some(inner)) => match builder.push(inner) {
				Ok(()) => {
					debug!(target: LOG_TARGET, "Carrier {id:?}: inner extrinsic placed after it");
					return;
				},
				Err(ApplyExtrinsicFailed(Validity(error))) => {
					UnshieldFailure::InnerRefused(error.into())
				},
				Err(error) => {
					warn!(target: LOG_TARGET, "Carrier {id:?}: inner extrinsic not applied: {error}");
					UnshieldFailure::InnerRefused(InnerRefusal::Other)
				},
			},
			Ok(None) => UnshieldFailure::Unopenable,
			Err(error) => {
				warn!(target: LOG_TARGET, "Carrier {id:?}: ShieldApi failed: {error}");
				UnshieldFailure::Unopenable
			},
		};
		debug!(target: LOG_TARGET, "Carrier {id:?} not completed: {failure:?}");
		let report = UncheckedExtrinsic::new_bare(RuntimeCall::MevShield(
			ShieldCall::report_unshield_failure { id, reason: failure },
		));
		let report = OpaqueExtrinsic::try_from_encoded_extrinsic(&report.encode());
		match report
			.map_err(|error| error.to_string())
			.and_then(|report| builder.push(report).map_err(|error| error.to_string()))
		{
			Ok(()) => {},
			Err(error) => {
				warn!(target: LOG_TARGET, "Carrier {id:?}: failure report not applied: {error}")
			},
		}
	}
}
