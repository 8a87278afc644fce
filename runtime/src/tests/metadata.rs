//! Metadata decodes at every version clients use, with the pallet indices, extensions and
//! runtime APIs they look up by name.

use crate::Runtime;
use codec::Decode;
use frame_metadata::{RuntimeMetadata, RuntimeMetadataPrefixed};
use scale_info::TypeDef;

/// The runtime's metadata at `version` on a new chain's (empty) state, decoded. Constants that
/// read the state (`Aura.SlotDuration`) take their defaults there, as when the build computes
/// the metadata hash.
pub(super) fn metadata_at(version: u32) -> RuntimeMetadata {
	sp_io::TestExternalities::default().execute_with(|| {
		let bytes = Runtime::metadata_at_version(version).expect("version is offered");
		RuntimeMetadataPrefixed::decode(&mut &bytes[..]).expect("metadata decodes").1
	})
}

/// The SCALE value of constant `name` of `pallet` in V15 metadata.
pub(super) fn constant(
	meta: &frame_metadata::v15::RuntimeMetadataV15,
	pallet: &str,
	name: &str,
) -> Vec<u8> {
	let p = meta.pallets.iter().find(|p| p.name == pallet).expect("pallet");
	p.constants.iter().find(|c| c.name == name).expect("constant").value.clone()
}

/// The pallets at the real chain's indices.
const PALLETS: [(&str, u8); 18] = [
	("System", 0),
	("Timestamp", 2),
	("Aura", 3),
	("Grandpa", 4),
	("Balances", 5),
	("TransactionPayment", 6),
	("SubtensorModule", 7),
	("Utility", 11),
	("Sudo", 12),
	("Multisig", 13),
	("Preimage", 14),
	("Scheduler", 15),
	("Proxy", 16),
	("Commitments", 18),
	("AdminUtils", 19),
	("Drand", 26),
	("Swap", 28),
	("MevShield", 30),
];

/// Transaction extensions in the order clients sign them.
const EXTENSIONS: [&str; 11] = [
	"CheckNonZeroSender",
	"CheckSpecVersion",
	"CheckTxVersion",
	"CheckGenesis",
	"CheckMortality",
	"CheckNonce",
	"CheckWeight",
	"ChargeTransactionPayment",
	"CheckShieldedTxValidity",
	"SubtensorTransactionExtension",
	"CheckMetadataHash",
];

/// Pallets at their indices, extrinsic format 4, and the extensions in signing order.
fn assert_layout<'a>(
	pallets: impl Iterator<Item = (&'a str, u8)>,
	extrinsic_version: u8,
	extensions: impl Iterator<Item = &'a str>,
) {
	assert_eq!(pallets.collect::<Vec<_>>(), PALLETS);
	assert_eq!(extrinsic_version, 4);
	assert_eq!(extensions.collect::<Vec<_>>(), EXTENSIONS);
}

#[test]
fn versions_14_15_and_16_are_offered() {
	let versions = Runtime::metadata_versions();
	for v in [14, 15, 16] {
		assert!(versions.contains(&v), "metadata V{v} missing from {versions:?}");
	}
	let v13 = sp_io::TestExternalities::default().execute_with(|| Runtime::metadata_at_version(13));
	assert!(v13.is_none());
}

#[test]
fn v14_lists_pallets_and_extensions_in_order() {
	let RuntimeMetadata::V14(meta) = metadata_at(14) else { panic!("not V14") };
	assert_layout(
		meta.pallets.iter().map(|p| (p.name.as_str(), p.index)),
		meta.extrinsic.version,
		meta.extrinsic.signed_extensions.iter().map(|e| e.identifier.as_str()),
	);
}

#[test]
fn v15_declares_every_runtime_api_and_the_constants_clients_read() {
	let RuntimeMetadata::V15(meta) = metadata_at(15) else { panic!("not V15") };
	assert_layout(
		meta.pallets.iter().map(|p| (p.name.as_str(), p.index)),
		meta.extrinsic.version,
		meta.extrinsic.signed_extensions.iter().map(|e| e.identifier.as_str()),
	);

	let apis: Vec<_> = meta.apis.iter().map(|a| a.name.as_str()).collect();
	for api in [
		"Core",
		"Metadata",
		"BlockBuilder",
		"TaggedTransactionQueue",
		"OffchainWorkerApi",
		"SessionKeys",
		"AuraApi",
		"GrandpaApi",
		"AccountNonceApi",
		"TransactionPaymentApi",
		"TransactionPaymentCallApi",
		"GenesisBuilder",
		"DelegateInfoRuntimeApi",
		"NeuronInfoRuntimeApi",
		"SubnetRegistrationRuntimeApi",
		"StakeInfoRuntimeApi",
		"SwapRuntimeApi",
		"SubnetInfoRuntimeApi",
		"BetaBasketRuntimeApi",
		"ProxyFilterRuntimeApi",
	] {
		assert!(apis.contains(&api), "runtime API {api} missing from {apis:?}");
	}
	// Results are typed, so clients decode them by name from the registry.
	let output = |api: &str, method: &str| {
		let api = meta.apis.iter().find(|a| a.name == api).expect("api");
		let method = api.methods.iter().find(|m| m.name == method).expect("method");
		meta.types.resolve(method.output.id).expect("output type").clone()
	};
	let TypeDef::Sequence(neurons) = output("NeuronInfoRuntimeApi", "get_neurons_lite").type_def
	else {
		panic!("get_neurons_lite returns no sequence")
	};
	let neuron = meta.types.resolve(neurons.type_param.id).expect("element type");
	assert_eq!(neuron.path.segments.last().map(String::as_str), Some("NeuronInfoLite"));
	let result = output("SwapRuntimeApi", "sim_swap_tao_for_alpha");
	assert_eq!(result.path.segments.last().map(String::as_str), Some("SimSwapResult"));

	// The metagraph's fields carry the names (and order) the SDK decodes them by.
	let metagraph = output("SubnetInfoRuntimeApi", "get_metagraph");
	let TypeDef::Variant(option) = metagraph.type_def else { panic!("not an Option") };
	let some = option.variants.iter().find(|v| v.name == "Some").expect("Some");
	let inner = meta.types.resolve(some.fields[0].ty.id).expect("Metagraph");
	let TypeDef::Composite(fields) = &inner.type_def else { panic!("not a struct") };
	let names: Vec<&str> = fields.fields.iter().filter_map(|f| f.name.as_deref()).collect();
	assert_eq!(names.len(), 75);
	assert_eq!(&names[..12], METAGRAPH_HEAD);
	assert_eq!(&names[52..], METAGRAPH_COLUMNS);

	let constant = |pallet: &str, name: &str| constant(&meta, pallet, name);
	assert_eq!(u64::decode(&mut &constant("Aura", "SlotDuration")[..]).unwrap(), 12_000);
	assert_eq!(u64::decode(&mut &constant("Balances", "ExistentialDeposit")[..]).unwrap(), 500);
	assert_eq!(u16::decode(&mut &constant("System", "SS58Prefix")[..]).unwrap(), 42);
}

/// The first fields of `Metagraph`, as the SDK names them.
const METAGRAPH_HEAD: &[&str] = &[
	"netuid",
	"name",
	"symbol",
	"identity",
	"network_registered_at",
	"owner_hotkey",
	"owner_coldkey",
	"block",
	"tempo",
	"last_step",
	"blocks_since_last_step",
	"subnet_emission",
];

/// The per-UID fields of `Metagraph`, as the SDK names them (the last three are a newer
/// chain's miner collateral, which the SDK reads when present).
const METAGRAPH_COLUMNS: &[&str] = &[
	"hotkeys",
	"coldkeys",
	"identities",
	"axons",
	"active",
	"validator_permit",
	"pruning_score",
	"last_update",
	"emission",
	"dividends",
	"incentives",
	"consensus",
	"trust",
	"rank",
	"block_at_registration",
	"alpha_stake",
	"tao_stake",
	"total_stake",
	"tao_dividends_per_hotkey",
	"alpha_dividends_per_hotkey",
	"collateral_locked",
	"collateral_min",
	"collateral_earned",
];

#[test]
fn v16_decodes_with_the_same_pallets() {
	let RuntimeMetadata::V16(meta) = metadata_at(16) else { panic!("not V16") };
	let pallets: Vec<_> = meta.pallets.iter().map(|p| (p.name.as_str(), p.index)).collect();
	assert_eq!(pallets, PALLETS);
	assert!(meta.extrinsic.versions.contains(&4));
}

#[test]
fn the_storage_items_clients_read_by_name_are_declared() {
	let RuntimeMetadata::V15(meta) = metadata_at(15) else { panic!("not V15") };
	let declared = |pallet: &str| -> Vec<String> {
		let pallet = meta.pallets.iter().find(|p| p.name == pallet).expect("pallet");
		let storage = pallet.storage.as_ref().expect("storage");
		storage.entries.iter().map(|entry| entry.name.clone()).collect()
	};
	let expected = [
		// btcli 9.x after a refused registration.
		(
			"SubtensorModule",
			&[
				"NetworkRegistrationAllowed",
				"TargetRegistrationsPerInterval",
				"RegistrationsThisInterval",
				"LastAdjustmentBlock",
				"AdjustmentInterval",
			][..],
		),
		// btcli 9.23.2's `subnets show` and `subnets metagraph` (lock aggregates and rates).
		(
			"SubtensorModule",
			&[
				"HotkeyLock",
				"DecayingHotkeyLock",
				"OwnerLock",
				"DecayingOwnerLock",
				"MaturityRate",
				"UnlockRate",
			][..],
		),
		// The SDK's reads of timelocked weight commits (and the layouts it also lists).
		(
			"SubtensorModule",
			&[
				"TimelockedWeightCommits",
				"CRV3WeightCommits",
				"CRV3WeightCommitsV2",
				"CommitRevealWeightsVersion",
			][..],
		),
		// The SDK's generated storage list.
		(
			"Drand",
			&[
				"BeaconConfig",
				"HasMigrationRun",
				"Pulses",
				"LastStoredRound",
				"OldestStoredRound",
				"NextUnsignedAt",
			][..],
		),
	];
	for (pallet, names) in expected {
		let declared = declared(pallet);
		for name in names {
			assert!(declared.iter().any(|d| d == name), "{pallet}::{name} missing");
		}
	}
}
