//! Builds the WASM runtime with the metadata digest embedded, so `CheckMetadataHash`
//! (mode 1, used by hardware wallets) can verify what the signer was shown.
fn main() {
	#[cfg(feature = "std")]
	substrate_wasm_builder::WasmBuilder::init_with_defaults()
		.enable_metadata_hash("TAO", 9)
		.build();
}
