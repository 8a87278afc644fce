//! Data types stored by the pallet or passed to its calls. Field order is the SCALE order
//! clients decode, so it must not change.

use alloc::{collections::BTreeSet, vec::Vec};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{traits::ConstU32, BoundedVec};
use scale_info::TypeInfo;
use subtensor_common::{AlphaBalance, NetUid};

/// Where a neuron serves its axon (the endpoint validators query).
#[derive(
	Clone,
	Debug,
	Decode,
	DecodeWithMemTracking,
	Default,
	Encode,
	Eq,
	MaxEncodedLen,
	PartialEq,
	TypeInfo,
)]
pub struct AxonInfo {
	/// Block of the last update.
	pub block: u64,
	/// Software version of the axon.
	pub version: u32,
	/// IPv4 (in the low 32 bits) or IPv6 address.
	pub ip: u128,
	/// TCP port.
	pub port: u16,
	/// 4 or 6.
	pub ip_type: u8,
	/// Transport protocol tag chosen by the client.
	pub protocol: u8,
	/// Reserved.
	pub placeholder1: u8,
	/// Reserved.
	pub placeholder2: u8,
}

/// Where a neuron serves its Prometheus metrics.
#[derive(
	Clone,
	Debug,
	Decode,
	DecodeWithMemTracking,
	Default,
	Encode,
	Eq,
	MaxEncodedLen,
	PartialEq,
	TypeInfo,
)]
pub struct PrometheusInfo {
	/// Block of the last update.
	pub block: u64,
	/// Software version.
	pub version: u32,
	/// IPv4 (in the low 32 bits) or IPv6 address.
	pub ip: u128,
	/// TCP port.
	pub port: u16,
	/// 4 or 6.
	pub ip_type: u8,
}

/// Longest public key a neuron certificate may carry.
pub const MAX_CERTIFICATE_KEY_LEN: u32 = 64;

/// The TLS public key a neuron serves with (`serve_axon_tls`).
#[derive(
	Clone,
	Debug,
	Decode,
	DecodeWithMemTracking,
	Default,
	Encode,
	Eq,
	MaxEncodedLen,
	PartialEq,
	TypeInfo,
)]
pub struct NeuronCertificate {
	/// The public key.
	pub public_key: BoundedVec<u8, ConstU32<MAX_CERTIFICATE_KEY_LEN>>,
	/// Key algorithm tag.
	pub algorithm: u8,
}

impl NeuronCertificate {
	/// Parses the certificate bytes of `serve_axon_tls`: the first byte is the algorithm, the
	/// rest the key. `None` if empty or longer than 65 bytes.
	pub fn parse(certificate: &[u8]) -> Option<Self> {
		let (algorithm, key) = certificate.split_first()?;
		let public_key = BoundedVec::try_from(key.to_vec()).ok()?;
		Some(Self { public_key, algorithm: *algorithm })
	}
}

/// A coldkey's public identity (`set_identity`), shown beside its neurons.
#[derive(Clone, Debug, Decode, DecodeWithMemTracking, Default, Encode, Eq, PartialEq, TypeInfo)]
pub struct ChainIdentityV2 {
	/// Display name (≤ 256 bytes).
	pub name: Vec<u8>,
	/// Website (≤ 256 bytes).
	pub url: Vec<u8>,
	/// Source repository (≤ 256 bytes).
	pub github_repo: Vec<u8>,
	/// Image address (≤ 1024 bytes).
	pub image: Vec<u8>,
	/// Discord handle (≤ 256 bytes).
	pub discord: Vec<u8>,
	/// Description (≤ 1024 bytes).
	pub description: Vec<u8>,
	/// Anything else (≤ 1024 bytes).
	pub additional: Vec<u8>,
}

impl ChainIdentityV2 {
	/// Whether every field is within its size limit.
	pub fn is_valid(&self) -> bool {
		[&self.name, &self.url, &self.github_repo, &self.discord]
			.iter()
			.all(|field| field.len() <= IDENTITY_SHORT_FIELD)
			&& [&self.image, &self.description, &self.additional]
				.iter()
				.all(|field| field.len() <= IDENTITY_LONG_FIELD)
	}
}

/// Size limit of an identity's short fields (names, handles).
const IDENTITY_SHORT_FIELD: usize = 256;
/// Size limit of an identity's long fields (descriptions, addresses).
const IDENTITY_LONG_FIELD: usize = 1024;

/// A subnet's public identity (`set_subnet_identity`, `register_network_with_identity`).
#[derive(Clone, Debug, Decode, DecodeWithMemTracking, Default, Encode, Eq, PartialEq, TypeInfo)]
pub struct SubnetIdentityV3 {
	/// Display name (≤ 256 bytes).
	pub subnet_name: Vec<u8>,
	/// Source repository (≤ 1024 bytes).
	pub github_repo: Vec<u8>,
	/// Contact (≤ 1024 bytes).
	pub subnet_contact: Vec<u8>,
	/// Website (≤ 1024 bytes).
	pub subnet_url: Vec<u8>,
	/// Discord handle (≤ 256 bytes).
	pub discord: Vec<u8>,
	/// Description (≤ 1024 bytes).
	pub description: Vec<u8>,
	/// Logo address (≤ 1024 bytes).
	pub logo_url: Vec<u8>,
	/// Anything else (≤ 1024 bytes).
	pub additional: Vec<u8>,
}

impl SubnetIdentityV3 {
	/// Whether every field is within its size limit.
	pub fn is_valid(&self) -> bool {
		self.subnet_name.len() <= IDENTITY_SHORT_FIELD
			&& self.discord.len() <= IDENTITY_SHORT_FIELD
			&& [
				&self.github_repo,
				&self.subnet_contact,
				&self.subnet_url,
				&self.description,
				&self.logo_url,
				&self.additional,
			]
			.iter()
			.all(|field| field.len() <= IDENTITY_LONG_FIELD)
	}
}

/// What a rate-limited action is keyed by in `LastRateLimitedBlock`.
#[derive(
	Clone, Debug, Decode, DecodeWithMemTracking, Encode, Eq, MaxEncodedLen, PartialEq, TypeInfo,
)]
pub enum RateLimitKey<AccountId> {
	/// Change of a subnet's owner hotkey.
	#[codec(index = 0)]
	SetSNOwnerHotkey(NetUid),
	/// An owner's change of one hyperparameter of a subnet.
	#[codec(index = 1)]
	OwnerHyperparamUpdate(NetUid, Hyperparameter),
	/// The last subnet registration on the chain.
	#[codec(index = 2)]
	NetworkLastRegistered,
	/// The last rate-limited transaction of an account.
	#[codec(index = 3)]
	LastTxBlock(AccountId),
	/// The last take increase of a hotkey.
	#[codec(index = 5)]
	LastTxBlockDelegateTake(AccountId),
}

/// Hyperparameters an owner changes under the per-hyperparameter rate limit (0–31 as on the
/// real chain; 32–35 key the rate limits the real chain keeps elsewhere).
#[derive(
	Clone,
	Copy,
	Debug,
	Decode,
	DecodeWithMemTracking,
	Encode,
	Eq,
	MaxEncodedLen,
	PartialEq,
	TypeInfo,
)]
#[allow(missing_docs)]
pub enum Hyperparameter {
	Unknown = 0,
	ServingRateLimit = 1,
	MaxDifficulty = 2,
	AdjustmentAlpha = 3,
	MaxWeightLimit = 4,
	ImmunityPeriod = 5,
	MinAllowedWeights = 6,
	Kappa = 7,
	Rho = 8,
	ActivityCutoff = 9,
	PowRegistrationAllowed = 10,
	MinBurn = 11,
	MaxBurn = 12,
	BondsMovingAverage = 13,
	BondsPenalty = 14,
	CommitRevealEnabled = 15,
	LiquidAlphaEnabled = 16,
	AlphaValues = 17,
	WeightCommitInterval = 18,
	TransferEnabled = 19,
	AlphaSigmoidSteepness = 20,
	Yuma3Enabled = 21,
	BondsResetEnabled = 22,
	ImmuneNeuronLimit = 23,
	RecycleOrBurn = 24,
	MaxAllowedUids = 25,
	BurnHalfLife = 26,
	BurnIncreaseMult = 27,
	SubnetEmissionEnabled = 28,
	MinChildkeyTake = 29,
	ActivityCutoffFactorMilli = 30,
	TriggerEpoch = 31,
	WeightsVersionKey = 32,
	MechanismCount = 33,
	MechanismEmissionSplit = 34,
	MaxUidsTrimming = 35,
	EpochConsensus = 36,
	/// `CollateralLockShare` (this chain's own).
	CollateralLockShare = 37,
	/// `CollateralDrainRatio` (this chain's own).
	CollateralDrainRatio = 38,
}

/// What happens to incentive sent to the subnet owner's hotkeys.
#[derive(
	Clone,
	Copy,
	Debug,
	Decode,
	DecodeWithMemTracking,
	Default,
	Encode,
	Eq,
	MaxEncodedLen,
	PartialEq,
	TypeInfo,
)]
pub enum RecycleOrBurnEnum {
	/// Destroyed without lowering the recorded issuance.
	#[default]
	Burn,
	/// Destroyed and removed from the issuance.
	Recycle,
}

/// The consensus a subnet's epoch runs.
#[derive(
	Clone,
	Copy,
	Debug,
	Decode,
	DecodeWithMemTracking,
	Default,
	Encode,
	Eq,
	MaxEncodedLen,
	PartialEq,
	TypeInfo,
)]
pub enum EpochConsensus {
	/// Yuma consensus.
	#[default]
	Yuma,
	/// No consensus: the subnet owner's validator alone weights the miners
	/// (`subtensor_yuma::run_null_epoch`).
	Null,
}

/// How a coldkey's root claims are paid.
#[derive(Clone, Debug, Decode, DecodeWithMemTracking, Default, Encode, Eq, PartialEq, TypeInfo)]
pub enum RootClaimTypeEnum {
	/// Sold for TAO, which is staked on root.
	#[default]
	Swap,
	/// Kept as alpha, staked on the subnet that paid it.
	Keep,
	/// Kept on the subnets named, sold elsewhere.
	KeepSubnets {
		/// The subnets whose alpha is kept.
		subnets: BTreeSet<NetUid>,
	},
}

impl RootClaimTypeEnum {
	/// Whether a claim on `netuid` is kept as alpha (rather than sold).
	pub fn keeps(&self, netuid: NetUid) -> bool {
		match self {
			Self::Swap => false,
			Self::Keep => true,
			Self::KeepSubnets { subnets } => subnets.contains(&netuid),
		}
	}

	/// How many subnets a `KeepSubnets` names (0 otherwise).
	pub fn kept_subnets(&self) -> u32 {
		match self {
			Self::KeepSubnets { subnets } => u32::try_from(subnets.len()).unwrap_or(u32::MAX),
			_ => 0,
		}
	}
}

/// A coldkey's conviction lock on a subnet (a newer chain's feature this chain does not
/// have: `Lock` holds none).
#[derive(Clone, Debug, Decode, Encode, Eq, PartialEq, TypeInfo)]
pub struct LockState {
	/// Locked alpha.
	pub locked_mass: AlphaBalance,
	/// Conviction built up.
	pub conviction: substrate_fixed::types::U64F64,
	/// Block of the last update.
	pub last_update: u64,
}

/// The collateral locked on a stake position (`MinerCollateral`).
#[derive(Clone, Debug, Decode, Default, Encode, Eq, PartialEq, TypeInfo)]
pub struct MinerCollateralState {
	/// Alpha of the position that cannot leave it.
	pub locked: AlphaBalance,
	/// The floor the owner keeps the lock at: emission does not release below it and fills
	/// the lock up to it.
	pub min_locked: AlphaBalance,
	/// Emission the hotkey earned since the entry was created.
	pub earned: AlphaBalance,
	/// Alpha released per alpha earned, fixed when the entry was created.
	pub drain_ratio: substrate_fixed::types::U64F64,
}
