//! The full node: client, database, transaction pool, networking, RPC, and block authoring.
//!
//! Two ways to make blocks:
//! - **Aura + GRANDPA** (default): Aura authors a block per slot, GRANDPA finalizes.
//! - **Manual seal** (`--sealing manual|instant|<ms>`): a single development node seals blocks
//!   on demand, per transaction, or on a timer, and finalizes each one at once. Blocks carry an
//!   Aura pre-runtime digest, so the runtime sees the same author and slots as under Aura.
//!
//! Either way blocks are proposed by [`shield::ProposerFactory`], which completes MEV-shield
//! carriers; each block announces the author's next shield key as inherent data (a fixed
//! development key under manual seal, fresh keys after each own block under Aura).

use crate::{
	cli::{NodeOptions, Sealing},
	executor, inherents, rpc, shield,
};
use futures::{channel::mpsc, FutureExt, StreamExt};
use node_subtensor_runtime::{apis::RuntimeApi, opaque::Block};
use sc_client_api::{Backend, BlockBackend};
use sc_consensus_aura::{ImportQueueParams, SlotProportion, StartAuraParams};
use sc_consensus_grandpa::SharedVoterState;
use sc_consensus_manual_seal::{
	consensus::aura::AuraConsensusDataProvider, rpc::EngineCommand, ManualSealParams,
};
use sc_service::{error::Error as ServiceError, Configuration, TaskManager, WarpSyncConfig};
use sc_telemetry::{Telemetry, TelemetryWorker};
use sc_transaction_pool_api::{OffchainTransactionPoolFactory, TransactionPool};
use sp_consensus_aura::sr25519::{AuthorityId as AuraId, AuthorityPair as AuraPair};
use sp_runtime::traits::Block as BlockT;
use std::{sync::Arc, time::Duration};

/// The client: native node code around the WASM runtime.
pub type FullClient = sc_service::TFullClient<Block, RuntimeApi, executor::Executor>;
type FullBackend = sc_service::TFullBackend<Block>;
type FullSelectChain = sc_consensus::LongestChain<FullBackend, Block>;
type FullPool = sc_transaction_pool::TransactionPoolHandle<Block, FullClient>;
type GrandpaBlockImport =
	sc_consensus_grandpa::GrandpaBlockImport<FullBackend, Block, FullClient, FullSelectChain>;
type GrandpaLink = sc_consensus_grandpa::LinkHalf<Block, FullClient, FullSelectChain>;
type BlockHash = <Block as BlockT>::Hash;

/// Blocks between GRANDPA justifications that are stored and served to syncing peers.
const GRANDPA_JUSTIFICATION_PERIOD: u32 = 512;

/// How this node's blocks are made, with the parts that mode needs.
// Built once per node start: the size difference between the variants does not matter.
#[allow(clippy::large_enum_variant)]
pub enum Consensus {
	/// Aura authoring with GRANDPA finality.
	AuraGrandpa {
		/// Block import that records GRANDPA authority-set changes.
		block_import: GrandpaBlockImport,
		/// Link between the block import and the GRANDPA voter.
		link: GrandpaLink,
	},
	/// The manual-seal engine.
	ManualSeal(Sealing),
}

/// The components shared by the node and the offline subcommands.
pub type Service = sc_service::PartialComponents<
	FullClient,
	FullBackend,
	FullSelectChain,
	sc_consensus::DefaultImportQueue<Block>,
	FullPool,
	(Consensus, Option<Telemetry>),
>;

/// Builds the client, database, transaction pool and import queue. The genesis state of a
/// built-in chain (`dev`, `local`, `local-N`) is built here, with the node's executor; other
/// chain specs (a production network's raw spec above all) are left to sc-chain-spec, so
/// their start does not pay for a second parse of the spec.
pub fn new_partial(
	config: &mut Configuration,
	options: &NodeOptions,
) -> Result<Service, ServiceError> {
	let telemetry = config
		.telemetry_endpoints
		.clone()
		.filter(|endpoints| !endpoints.is_empty())
		.map(|endpoints| -> Result<_, sc_telemetry::Error> {
			let worker = TelemetryWorker::new(16)?;
			let telemetry = worker.handle().new_telemetry(endpoints);
			Ok((worker, telemetry))
		})
		.transpose()?;

	crate::database::refuse_other_backends_chain(&config.database)?;
	let executor = executor::new_executor(&config.executor, options.wasm_cache_dir.as_ref());
	if crate::chain_spec::is_built_in_id(config.chain_spec.id()) {
		let slot = options.sealing.and_then(inherents::genesis_slot_duration);
		executor::build_genesis_with(&mut config.chain_spec, &executor, slot)
			.map_err(|e| ServiceError::Other(format!("genesis state of the chain spec: {e}")))?;
	} else if let Some(Sealing::Interval(ms)) = options.sealing {
		log::info!(
			"Sealing every {ms} ms a chain of its own spec: the slot duration stays the one in \
			 its genesis state"
		);
	}
	let (client, backend, keystore_container, task_manager) =
		sc_service::new_full_parts::<Block, RuntimeApi, _>(
			config,
			telemetry.as_ref().map(|(_, telemetry)| telemetry.handle()),
			executor,
			Vec::new(),
		)?;
	let client = Arc::new(client);

	let telemetry = telemetry.map(|(worker, telemetry)| {
		task_manager.spawn_handle().spawn("telemetry", None, worker.run());
		telemetry
	});

	let select_chain = sc_consensus::LongestChain::new(backend.clone());

	let transaction_pool = Arc::from(
		sc_transaction_pool::Builder::new(
			task_manager.spawn_essential_handle(),
			client.clone(),
			config.role.is_authority().into(),
		)
		.with_options(config.transaction_pool.clone())
		.with_prometheus(config.prometheus_registry())
		.build(),
	);

	let (import_queue, consensus) = match options.sealing {
		Some(sealing) => {
			let queue = sc_consensus_manual_seal::import_queue(
				Box::new(client.clone()),
				&task_manager.spawn_essential_handle(),
				config.prometheus_registry(),
			);
			(queue, Consensus::ManualSeal(sealing))
		},
		None => {
			let (block_import, link) = sc_consensus_grandpa::block_import(
				client.clone(),
				GRANDPA_JUSTIFICATION_PERIOD,
				&client,
				select_chain.clone(),
				telemetry.as_ref().map(|x| x.handle()),
			)?;
			let cidp_client = client.clone();
			let queue =
				sc_consensus_aura::import_queue::<AuraPair, _, _, _, _, _>(ImportQueueParams {
					block_import: block_import.clone(),
					justification_import: Some(Box::new(block_import.clone())),
					client: client.clone(),
					create_inherent_data_providers: move |parent_hash, _| {
						let cidp_client = cidp_client.clone();
						async move {
							let slot_duration = sc_consensus_aura::standalone::slot_duration_at(
								&*cidp_client,
								parent_hash,
							)?;
							Ok(inherents::aura(slot_duration))
						}
					},
					spawner: &task_manager.spawn_essential_handle(),
					registry: config.prometheus_registry(),
					check_for_equivocation: Default::default(),
					telemetry: telemetry.as_ref().map(|x| x.handle()),
					compatibility_mode: Default::default(),
				})?;
			(queue, Consensus::AuraGrandpa { block_import, link })
		},
	};

	Ok(sc_service::PartialComponents {
		client,
		backend,
		task_manager,
		import_queue,
		keystore_container,
		select_chain,
		transaction_pool,
		other: (consensus, telemetry),
	})
}

/// Builds and starts the full node with the network backend `N`.
pub fn new_full<N: sc_network::NetworkBackend<Block, BlockHash>>(
	mut config: Configuration,
	options: NodeOptions,
) -> Result<TaskManager, ServiceError> {
	let sc_service::PartialComponents {
		client,
		backend,
		mut task_manager,
		import_queue,
		keystore_container,
		select_chain,
		transaction_pool,
		other: (consensus, mut telemetry),
	} = new_partial(&mut config, &options)?;

	let mut net_config = sc_network::config::FullNetworkConfiguration::<Block, BlockHash, N>::new(
		&config.network,
		config.prometheus_registry().cloned(),
	);
	let metrics = N::register_notification_metrics(config.prometheus_registry());
	// GRANDPA gossips votes on its own notification protocol; manual sealing needs none.
	let grandpa_protocol = match &consensus {
		Consensus::AuraGrandpa { .. } => {
			let genesis_hash = client
				.block_hash(0)?
				.ok_or_else(|| ServiceError::Other("the database holds no genesis block".into()))?;
			let name =
				sc_consensus_grandpa::protocol_standard_name(&genesis_hash, &config.chain_spec);
			let (protocol_config, notification_service) =
				sc_consensus_grandpa::grandpa_peers_set_config::<_, N>(
					name.clone(),
					metrics.clone(),
					net_config.peer_store_handle(),
				);
			net_config.add_notification_protocol(protocol_config);
			Some((name, notification_service))
		},
		Consensus::ManualSeal(_) => None,
	};

	let warp_sync_config = match &consensus {
		Consensus::AuraGrandpa { link, .. } => Some(WarpSyncConfig::WithProvider(Arc::new(
			sc_consensus_grandpa::warp_proof::NetworkProvider::new(
				backend.clone(),
				link.shared_authority_set().clone(),
				Vec::default(),
			),
		))),
		Consensus::ManualSeal(_) => None,
	};

	let (network, system_rpc_tx, tx_handler_controller, sync_service, _bitswap) =
		sc_service::build_network(sc_service::BuildNetworkParams {
			config: &config,
			net_config,
			client: client.clone(),
			transaction_pool: transaction_pool.clone(),
			spawn_handle: task_manager.spawn_handle(),
			spawn_essential_handle: task_manager.spawn_essential_handle(),
			import_queue,
			block_announce_validator_builder: None,
			warp_sync_config,
			block_relay: None,
			metrics,
			gap_sync_body_policy: None,
		})?;

	if let Some(mut storage) = backend.offchain_storage() {
		crate::drand::store_relays(&mut storage, &options.drand_relays);
	}
	if !options.drand_relays.is_empty() && !config.offchain_worker.enabled {
		log::warn!("--drand-relays has no effect: offchain workers are off (--offchain-worker)");
	}
	if config.offchain_worker.enabled {
		let offchain_workers =
			sc_offchain::OffchainWorkers::new(sc_offchain::OffchainWorkerOptions {
				runtime_api_provider: client.clone(),
				is_validator: config.role.is_authority(),
				keystore: Some(keystore_container.keystore()),
				offchain_db: backend.offchain_storage(),
				transaction_pool: Some(OffchainTransactionPoolFactory::new(
					transaction_pool.clone(),
				)),
				network_provider: Arc::new(network.clone()),
				enable_http_requests: true,
				custom_extensions: |_| vec![],
			})?;
		task_manager.spawn_handle().spawn(
			"offchain-workers-runner",
			"offchain-worker",
			offchain_workers.run(client.clone(), task_manager.spawn_handle()).boxed(),
		);
	}

	let role = config.role;
	let force_authoring = config.force_authoring;
	let name = config.network.node_name.clone();
	let enable_grandpa = !config.disable_grandpa;
	let prometheus_registry = config.prometheus_registry().cloned();

	// The manual-seal engine takes commands from the RPC and, for instant and interval
	// sealing, from the pool or a timer.
	let (seal_commands_tx, seal_commands_rx) = mpsc::channel::<EngineCommand<BlockHash>>(1024);
	let manual_seal_rpc = matches!(consensus, Consensus::ManualSeal(_)).then(|| seal_commands_tx);

	let rpc_builder = {
		let client = client.clone();
		let pool = transaction_pool.clone();
		Box::new(move |_| {
			let deps = rpc::FullDeps {
				client: client.clone(),
				pool: pool.clone(),
				manual_seal: manual_seal_rpc.clone(),
			};
			rpc::create_full(deps).map_err(Into::into)
		})
	};

	sc_service::spawn_tasks(sc_service::SpawnTasksParams {
		network: Arc::new(network.clone()),
		client: client.clone(),
		keystore: keystore_container.keystore(),
		task_manager: &mut task_manager,
		transaction_pool: transaction_pool.clone(),
		rpc_builder,
		backend,
		system_rpc_tx,
		tx_handler_controller,
		sync_service: sync_service.clone(),
		config,
		telemetry: telemetry.as_mut(),
		tracing_execute_block: None,
	})?;

	let shield_keys = match consensus {
		Consensus::ManualSeal(_) => shield::ShieldKeys::development(),
		Consensus::AuraGrandpa { .. } => shield::ShieldKeys::rotating(),
	};
	let proposer_factory = shield::ProposerFactory::new(
		task_manager.spawn_handle(),
		client.clone(),
		transaction_pool.clone(),
		shield_keys.clone(),
		prometheus_registry.as_ref(),
	);
	let slot_duration = sc_consensus_aura::slot_duration::<AuraId, _, _>(&*client)?;

	match consensus {
		Consensus::ManualSeal(sealing) => {
			let commands = sealing_commands(sealing, seal_commands_rx, transaction_pool.clone());
			let cidp_client = client.clone();
			let slot_ms = slot_duration.as_millis();
			let engine = sc_consensus_manual_seal::run_manual_seal(ManualSealParams {
				block_import: client.clone(),
				env: proposer_factory,
				client: client.clone(),
				pool: transaction_pool,
				commands_stream: commands,
				select_chain,
				consensus_data_provider: Some(Box::new(
					AuraConsensusDataProvider::new_with_slot_duration(slot_duration),
				)),
				create_inherent_data_providers: move |parent, ()| {
					let cidp_client = cidp_client.clone();
					let announcement = shield_keys.announcement();
					async move {
						let timestamp = inherents::sealing(&*cidp_client, parent, slot_ms)?;
						Ok((timestamp, announcement))
					}
				},
			});
			log::info!("Sealing blocks with the manual-seal engine: {sealing}");
			task_manager.spawn_essential_handle().spawn_blocking(
				"manual-seal",
				Some("block-authoring"),
				engine,
			);
		},
		Consensus::AuraGrandpa { block_import, link } => {
			if role.is_authority() {
				task_manager.spawn_handle().spawn(
					"shield-key-rotation",
					Some("block-authoring"),
					shield::rotate_after_own_blocks(client.clone(), shield_keys.clone()),
				);
				let aura = sc_consensus_aura::start_aura::<AuraPair, _, _, _, _, _, _, _, _, _, _>(
					StartAuraParams {
						slot_duration,
						client,
						select_chain,
						block_import,
						proposer_factory,
						create_inherent_data_providers: move |_, ()| {
							let announcement = shield_keys.announcement();
							async move {
								let (slot, timestamp) = inherents::aura(slot_duration);
								Ok((slot, timestamp, announcement))
							}
						},
						force_authoring,
						backoff_authoring_blocks: Option::<()>::None,
						keystore: keystore_container.keystore(),
						sync_oracle: sync_service.clone(),
						justification_sync_link: sync_service.clone(),
						block_proposal_slot_portion: SlotProportion::new(2f32 / 3f32),
						max_block_proposal_slot_portion: None,
						telemetry: telemetry.as_ref().map(|x| x.handle()),
						compatibility_mode: Default::default(),
					},
				)?;
				// Authoring is essential: if it fails, the node stops.
				task_manager.spawn_essential_handle().spawn_blocking(
					"aura",
					Some("block-authoring"),
					aura,
				);
			}

			if let (true, Some((protocol_name, notification_service))) =
				(enable_grandpa, grandpa_protocol)
			{
				let keystore = role.is_authority().then(|| keystore_container.keystore());
				let grandpa_config = sc_consensus_grandpa::Config {
					gossip_duration: Duration::from_millis(333),
					justification_generation_period: GRANDPA_JUSTIFICATION_PERIOD,
					name: Some(name),
					observer_enabled: false,
					keystore,
					local_role: role,
					telemetry: telemetry.as_ref().map(|x| x.handle()),
					protocol_name,
				};
				let voter =
					sc_consensus_grandpa::run_grandpa_voter(sc_consensus_grandpa::GrandpaParams {
						config: grandpa_config,
						link,
						network,
						sync: Arc::new(sync_service),
						notification_service,
						voting_rule: sc_consensus_grandpa::VotingRulesBuilder::default().build(),
						prometheus_registry,
						shared_voter_state: SharedVoterState::empty(),
						telemetry: telemetry.as_ref().map(|x| x.handle()),
						offchain_tx_pool_factory: OffchainTransactionPoolFactory::new(
							transaction_pool,
						),
					})?;
				// Finality is essential: if the voter fails, the node stops.
				task_manager.spawn_essential_handle().spawn_blocking("grandpa-voter", None, voter);
			}
		},
	}

	Ok(task_manager)
}

/// The manual-seal engine's command stream: RPC commands, plus one seal-and-finalize command
/// per imported transaction (`instant`) or per tick (interval).
fn sealing_commands(
	sealing: Sealing,
	rpc_commands: mpsc::Receiver<EngineCommand<BlockHash>>,
	pool: Arc<FullPool>,
) -> futures::stream::BoxStream<'static, EngineCommand<BlockHash>> {
	let seal = |create_empty| EngineCommand::SealNewBlock {
		create_empty,
		finalize: true,
		parent_hash: None,
		sender: None,
	};
	match sealing {
		Sealing::Manual => rpc_commands.boxed(),
		Sealing::Instant => {
			let on_transaction = pool.import_notification_stream().map(move |_| seal(false));
			futures::stream::select(rpc_commands, on_transaction).boxed()
		},
		Sealing::Interval(millis) => {
			let ticks =
				tokio_interval_stream(Duration::from_millis(millis)).map(move |_| seal(true));
			futures::stream::select(rpc_commands, ticks).boxed()
		},
	}
}

/// A stream that yields once per `period`, skipping ticks missed while a block was sealed.
fn tokio_interval_stream(period: Duration) -> impl futures::Stream<Item = ()> + Send + 'static {
	futures::stream::unfold(
		{
			let mut interval = tokio::time::interval(period);
			interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
			interval
		},
		|mut interval| async move {
			interval.tick().await;
			Some(((), interval))
		},
	)
}
