//! The block author's side of the MEV shield (pallet `MevShield`): key pairs held in memory
//! and announced in each own block ([`keys`]), and the proposer that places each carrier's
//! opened inner extrinsic right after it ([`proposer`]).

pub mod keys;
pub mod proposer;

pub use keys::ShieldKeys;
pub use proposer::ProposerFactory;

use futures::StreamExt;
use sc_client_api::BlockchainEvents;
use sp_consensus::BlockOrigin;
use sp_runtime::traits::Block as BlockT;

/// Rotates `keys` after each block this node authored is imported (the block announced the
/// key that was next; a fresh one is announced in the following own block).
pub async fn rotate_after_own_blocks<B: BlockT, C: BlockchainEvents<B>>(
	client: std::sync::Arc<C>,
	keys: ShieldKeys,
) {
	let mut imports = client.import_notification_stream();
	while let Some(import) = imports.next().await {
		if import.origin == BlockOrigin::Own {
			keys.rotate();
		}
	}
}
