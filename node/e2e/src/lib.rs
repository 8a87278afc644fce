//! End-to-end test harness: starts the real `node-subtensor` binary on 127.0.0.1 with free
//! ports, connects real clients to it, and always stops it again.
//!
//! The binary is looked up beside the test executable (`<target>/release/node-subtensor`), or
//! at `$NODE_SUBTENSOR_BIN`. Build it first: `cargo build --release`.
//!
//! Every wait is bounded; a node that does not come up in time fails the test with the tail of
//! its log. Node logs are kept under `<target>/e2e-logs/`.

use serde_json::Value;
use std::{
	fs::File,
	net::TcpListener,
	path::{Path, PathBuf},
	process::{Child, Command, Stdio},
	time::{Duration, Instant},
};
use subxt::{
	backend::LegacyBackend,
	rpcs::{rpc_params, RpcClient},
	OnlineClient, PolkadotConfig,
};

pub mod network;
pub mod subtensor;

pub use subxt;
pub use subxt_signer;

/// The chain configuration clients use for node-subtensor: `MultiAddress<AccountId32, ()>`,
/// `MultiSignature`, BlakeTwo256 with `u32` block numbers.
pub type ChainConfig = PolkadotConfig;
/// A subxt client of the node.
pub type Client = OnlineClient<ChainConfig>;
/// Errors of the harness and the tests: a message is enough.
pub type Error = Box<dyn std::error::Error + Send + Sync>;
/// Result of the harness and the tests.
pub type Result<T> = std::result::Result<T, Error>;

/// How long a node may take to answer RPC after it was started.
const STARTUP_TIMEOUT: Duration = Duration::from_secs(90);

/// The `node-subtensor` binary under test.
pub fn node_binary() -> Result<PathBuf> {
	if let Some(path) = std::env::var_os("NODE_SUBTENSOR_BIN") {
		return Ok(PathBuf::from(path));
	}
	// Test executables live in `<target>/<profile>/deps/`; the node in `<target>/<profile>/`.
	let exe = std::env::current_exe()?;
	let profile_dir = exe
		.parent()
		.and_then(Path::parent)
		.ok_or("cannot locate the target directory from the test executable")?;
	let binary = profile_dir.join("node-subtensor");
	if binary.is_file() {
		Ok(binary)
	} else {
		Err(format!(
			"{} not found: build the node first (`cargo build --release`) or set NODE_SUBTENSOR_BIN",
			binary.display()
		)
		.into())
	}
}

/// A free TCP port on 127.0.0.1 (the OS picks one; it is released for the node to bind).
pub fn free_port() -> Result<u16> {
	Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

/// Runs `node-subtensor ARGS` to completion (a subcommand), killing it after `limit`.
/// Returns its stdout; a non-zero exit is an error carrying its stderr.
pub async fn run_subcommand(args: &[&str], limit: Duration) -> Result<String> {
	Ok(run_subcommand_output(args, limit).await?.0)
}

/// [`run_subcommand`], returning its stdout and its stderr.
pub async fn run_subcommand_output(args: &[&str], limit: Duration) -> Result<(String, String)> {
	let mut child = Command::new(node_binary()?)
		.args(args)
		.stdin(Stdio::null())
		.stdout(Stdio::piped())
		.stderr(Stdio::piped())
		.spawn()?;
	// Drain both pipes while waiting, so a chatty subcommand cannot block on a full pipe.
	let mut stdout = child.stdout.take().ok_or("no stdout")?;
	let mut stderr = child.stderr.take().ok_or("no stderr")?;
	let out = std::thread::spawn(move || {
		let mut text = String::new();
		std::io::Read::read_to_string(&mut stdout, &mut text).map(|_| text)
	});
	let err = std::thread::spawn(move || {
		let mut text = String::new();
		std::io::Read::read_to_string(&mut stderr, &mut text).map(|_| text)
	});
	let deadline = Instant::now() + limit;
	let status = loop {
		if let Some(status) = child.try_wait()? {
			break status;
		}
		if Instant::now() > deadline {
			let _ = child.kill();
			let _ = child.wait();
			return Err(format!("node-subtensor {args:?} did not finish within {limit:?}").into());
		}
		tokio::time::sleep(Duration::from_millis(100)).await;
	};
	let stdout = out.join().map_err(|_| "stdout reader panicked")??;
	let stderr = err.join().map_err(|_| "stderr reader panicked")??;
	if status.success() {
		Ok((stdout, stderr))
	} else {
		Err(format!("node-subtensor {args:?} failed with {status}:\n{stderr}").into())
	}
}

/// A running node. Dropping it kills the process.
pub struct TestNode {
	child: Option<Child>,
	name: String,
	log_path: PathBuf,
	/// JSON-RPC port on 127.0.0.1.
	pub rpc_port: u16,
	/// Peer-to-peer port on 127.0.0.1.
	pub p2p_port: u16,
	/// Base path of the node's database and keystore (kept while `self` lives, unless given).
	pub base_path: PathBuf,
	_temp_dir: Option<tempfile::TempDir>,
}

impl TestNode {
	/// Starts a node with `args` (e.g. `["--dev"]`) in a fresh temporary base path.
	pub async fn start(name: &str, args: &[&str]) -> Result<TestNode> {
		let temp_dir = tempfile::Builder::new().prefix("node-subtensor-e2e-").tempdir()?;
		let base_path = temp_dir.path().to_path_buf();
		let mut node = Self::start_at(name, args, &base_path).await?;
		node._temp_dir = Some(temp_dir);
		Ok(node)
	}

	/// Starts a node with `args` on an existing base path (to restart a stopped node).
	pub async fn start_at(name: &str, args: &[&str], base_path: &Path) -> Result<TestNode> {
		let binary = node_binary()?;
		let rpc_port = free_port()?;
		let p2p_port = free_port()?;
		let log_dir = binary.parent().unwrap_or(Path::new(".")).join("e2e-logs");
		std::fs::create_dir_all(&log_dir)?;
		let log_path = log_dir.join(format!("{name}-{rpc_port}.log"));
		let log = File::create(&log_path)?;

		let child = Command::new(&binary)
			.args(args)
			.arg("--base-path")
			.arg(base_path)
			.args(["--rpc-port", &rpc_port.to_string()])
			.args(["--listen-addr", &format!("/ip4/127.0.0.1/tcp/{p2p_port}")])
			.args(["--no-telemetry", "--no-mdns"])
			.args((!args.contains(&"--prometheus-port")).then_some("--no-prometheus"))
			.stdin(Stdio::null())
			.stdout(log.try_clone()?)
			.stderr(log)
			.spawn()
			.map_err(|e| format!("cannot start {}: {e}", binary.display()))?;

		let mut node = TestNode {
			child: Some(child),
			name: name.to_string(),
			log_path,
			rpc_port,
			p2p_port,
			base_path: base_path.to_path_buf(),
			_temp_dir: None,
		};
		node.wait_for_rpc().await?;
		Ok(node)
	}

	/// WebSocket URL of the node's JSON-RPC server.
	pub fn ws_url(&self) -> String {
		format!("ws://127.0.0.1:{}", self.rpc_port)
	}

	/// The last lines of the node's log, for failure messages.
	pub fn log_tail(&self) -> String {
		let log = std::fs::read_to_string(&self.log_path).unwrap_or_default();
		let lines: Vec<&str> = log.lines().collect();
		let start = lines.len().saturating_sub(40);
		lines.get(start..).unwrap_or_default().join("\n")
	}

	/// An error that names the node and shows the end of its log.
	pub fn fail(&self, what: impl std::fmt::Display) -> Error {
		format!(
			"{what} (node {}; log {}):\n{}",
			self.name,
			self.log_path.display(),
			self.log_tail()
		)
		.into()
	}

	async fn wait_for_rpc(&mut self) -> Result<()> {
		let deadline = Instant::now() + STARTUP_TIMEOUT;
		loop {
			if let Some(child) = self.child.as_mut() {
				if let Some(status) = child.try_wait()? {
					return Err(self.fail(format!("node exited during start-up with {status}")));
				}
			}
			if let Ok(rpc) = RpcClient::from_insecure_url(self.ws_url()).await {
				if rpc.request::<Value>("system_health", rpc_params![]).await.is_ok() {
					return Ok(());
				}
			}
			if Instant::now() > deadline {
				return Err(self.fail("RPC did not come up in time"));
			}
			tokio::time::sleep(Duration::from_millis(200)).await;
		}
	}

	/// A raw JSON-RPC client.
	pub async fn rpc(&self) -> Result<RpcClient> {
		Ok(RpcClient::from_insecure_url(self.ws_url()).await?)
	}

	/// A subxt client using the legacy RPC methods (`author_submitAndWatchExtrinsic`,
	/// `state_call`, ...), the same ones the Python SDK and polkadot.js use.
	pub async fn client(&self) -> Result<Client> {
		let backend = LegacyBackend::<ChainConfig>::builder().build(self.rpc().await?);
		Ok(OnlineClient::from_backend(std::sync::Arc::new(backend)).await?)
	}

	/// Calls a JSON-RPC method and returns its result; errors carry the node's code, message
	/// and data.
	pub async fn call(
		&self,
		method: &str,
		params: subxt::rpcs::client::RpcParams,
	) -> Result<Value> {
		match self.rpc().await?.request::<Value>(method, params).await {
			Ok(value) => Ok(value),
			// Keep the node's explanation (`data`), e.g. "Inability to pay some fees".
			Err(subxt::rpcs::Error::User(e)) => Err(format!(
				"RPC error {}: {}: {}",
				e.code,
				e.message,
				e.data.map(|data| data.get().to_string()).unwrap_or_default()
			)
			.into()),
			Err(e) => Err(e.into()),
		}
	}

	/// Number of the best block.
	pub async fn best_number(&self) -> Result<u64> {
		let header = self.call("chain_getHeader", rpc_params![]).await?;
		parse_block_number(&header)
	}

	/// Number and hash of the finalized block.
	pub async fn finalized(&self) -> Result<(u64, String)> {
		let hash = self.call("chain_getFinalizedHead", rpc_params![]).await?;
		let hash = hash.as_str().ok_or("finalized head is not a string")?.to_string();
		let header = self.call("chain_getHeader", rpc_params![hash.clone()]).await?;
		Ok((parse_block_number(&header)?, hash))
	}

	/// Hash of block `number` on the best chain, if the node has it.
	pub async fn block_hash(&self, number: u64) -> Result<Option<String>> {
		let hash = self.call("chain_getBlockHash", rpc_params![number]).await?;
		Ok(hash.as_str().map(str::to_string))
	}

	/// Waits until the finalized block reaches `number`, at most `timeout`.
	pub async fn wait_for_finalized(
		&self,
		number: u64,
		timeout: Duration,
	) -> Result<(u64, String)> {
		let deadline = Instant::now() + timeout;
		loop {
			let finalized = self.finalized().await?;
			if finalized.0 >= number {
				return Ok(finalized);
			}
			if Instant::now() > deadline {
				return Err(self.fail(format!(
					"finalized block {} did not reach {number} within {timeout:?}",
					finalized.0
				)));
			}
			tokio::time::sleep(Duration::from_millis(250)).await;
		}
	}

	/// Waits until the best block reaches `number`, at most `timeout`.
	pub async fn wait_for_best(&self, number: u64, timeout: Duration) -> Result<u64> {
		let deadline = Instant::now() + timeout;
		loop {
			let best = self.best_number().await?;
			if best >= number {
				return Ok(best);
			}
			if Instant::now() > deadline {
				return Err(self
					.fail(format!("best block {best} did not reach {number} within {timeout:?}")));
			}
			tokio::time::sleep(Duration::from_millis(250)).await;
		}
	}

	/// Stops the node gracefully (SIGINT, as Ctrl-C does) and waits for it to exit, killing it
	/// if it takes longer than 30 s. The base path is kept, for a restart.
	pub async fn stop(mut self) -> Result<StoppedNode> {
		if let Some(mut child) = self.child.take() {
			let _ = Command::new("kill").args(["-INT", &child.id().to_string()]).status();
			let deadline = Instant::now() + Duration::from_secs(30);
			while child.try_wait()?.is_none() {
				if Instant::now() > deadline {
					let _ = child.kill();
					let _ = child.wait();
					return Err(self.fail("node did not stop within 30 s of SIGINT"));
				}
				tokio::time::sleep(Duration::from_millis(100)).await;
			}
		}
		Ok(self.stopped())
	}

	/// What a restart needs of this node once its process is gone.
	fn stopped(&mut self) -> StoppedNode {
		StoppedNode { base_path: self.base_path.clone(), _temp_dir: self._temp_dir.take() }
	}

	/// Kills the node with SIGKILL, as a crash or an OOM killer would, and waits for it to
	/// exit. The base path is kept, for a restart.
	pub async fn kill(mut self) -> Result<StoppedNode> {
		if let Some(mut child) = self.child.take() {
			child.kill()?;
			child.wait()?;
		}
		Ok(self.stopped())
	}
}

/// A stopped node's base path, kept for a restart.
pub struct StoppedNode {
	/// The database and keystore of the stopped node.
	pub base_path: PathBuf,
	_temp_dir: Option<tempfile::TempDir>,
}

impl StoppedNode {
	/// Starts the node again on the same base path.
	pub async fn restart(mut self, name: &str, args: &[&str]) -> Result<TestNode> {
		let mut node = TestNode::start_at(name, args, &self.base_path).await?;
		node._temp_dir = self._temp_dir.take();
		Ok(node)
	}
}

impl Drop for TestNode {
	fn drop(&mut self) {
		if let Some(mut child) = self.child.take() {
			let _ = child.kill();
			let _ = child.wait();
		}
	}
}

/// The block number of a JSON header (`"number": "0x1a"`).
pub fn parse_block_number(header: &Value) -> Result<u64> {
	let hex = header
		.get("number")
		.and_then(Value::as_str)
		.ok_or_else(|| format!("header without a number: {header}"))?;
	Ok(u64::from_str_radix(hex.trim_start_matches("0x"), 16)?)
}

/// Runs `test` with a time limit, so a hung node fails the test instead of blocking CI.
pub async fn within<F, T>(limit: Duration, test: F) -> Result<T>
where
	F: std::future::Future<Output = Result<T>>,
{
	tokio::time::timeout(limit, test)
		.await
		.map_err(|_| format!("test did not finish within {limit:?}"))?
}

/// Free balance (rao) of `account` at the client's current finalized block.
pub async fn free_balance(client: &Client, account: [u8; 32]) -> Result<u128> {
	use subxt::dynamic::{At, Value};
	let at = client.at_current_block().await?;
	let address = subxt::dynamic::storage::<([u8; 32],), Value>("System", "Account");
	let info = at.storage().fetch(address, (account,)).await?.decode()?;
	info.at("data")
		.at("free")
		.and_then(|free| free.as_u128())
		.ok_or_else(|| format!("System.Account has no data.free: {info}").into())
}

/// Encodes bytes as a `0x…` hex string, as JSON-RPC carries them.
pub fn to_hex(bytes: &[u8]) -> String {
	bytes.iter().fold(String::from("0x"), |hex, byte| hex + &format!("{byte:02x}"))
}

/// Decodes a `0x…` hex string.
pub fn from_hex(hex: &str) -> Result<Vec<u8>> {
	let hex = hex.trim_start_matches("0x");
	(0..hex.len())
		.step_by(2)
		.map(|i| Ok(u8::from_str_radix(hex.get(i..i + 2).ok_or("odd hex length")?, 16)?))
		.collect()
}

/// A `Balances::transfer_keep_alive` of `amount` rao to `dest`.
pub fn transfer_keep_alive(
	dest: &subxt_signer::sr25519::Keypair,
	amount: u64,
) -> subxt::transactions::DynamicPayload<(
	subxt::utils::MultiAddress<subxt::utils::AccountId32, ()>,
	u64,
)> {
	subxt::dynamic::tx(
		"Balances",
		"transfer_keep_alive",
		(dest.public_key().to_address::<()>(), amount),
	)
}

/// Signs `call` with `signer`, submits it and waits until it is in a finalized block.
pub async fn submit_and_finalize<Call: subxt::transactions::Payload>(
	client: &Client,
	call: &Call,
	signer: &subxt_signer::sr25519::Keypair,
) -> Result<
	subxt::transactions::TransactionInBlock<
		ChainConfig,
		subxt::client::OnlineClientAtBlockImpl<ChainConfig>,
	>,
> {
	Ok(client
		.at_current_block()
		.await?
		.transactions()
		.sign_and_submit_then_watch_default(call, signer)
		.await?
		.wait_for_finalized()
		.await?)
}

/// Sends one HTTP/1.1 request to 127.0.0.1:`port` and returns the status code and body.
/// The body is written while the answer is read, since a server may answer (and close)
/// before it has read an oversized body.
pub async fn http(port: u16, method: &str, path: &str, body: Vec<u8>) -> Result<(u16, String)> {
	use tokio::io::{AsyncReadExt, AsyncWriteExt};
	let stream = tokio::net::TcpStream::connect(("127.0.0.1", port)).await?;
	let (mut reader, mut writer) = stream.into_split();
	let head = format!(
		"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n\
		 Content-Length: {}\r\nConnection: close\r\n\r\n",
		body.len()
	);
	let write = tokio::spawn(async move {
		let _ = writer.write_all(head.as_bytes()).await;
		let _ = writer.write_all(&body).await;
		writer
	});
	let mut response = Vec::new();
	reader.read_to_end(&mut response).await?;
	drop(write.await?);
	let response = String::from_utf8_lossy(&response);
	let (head, body) = response.split_once("\r\n\r\n").ok_or("no HTTP header end")?;
	let status = head
		.split_whitespace()
		.nth(1)
		.and_then(|code| code.parse().ok())
		.ok_or_else(|| format!("no HTTP status in {head:?}"))?;
	Ok((status, body.to_string()))
}
