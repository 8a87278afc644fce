//! Staking on the real dev node through a real client: Bob stakes TAO to Alice's subnet
//! hotkey, the pool moves as the constant-product formula says, a limit that is too tight is
//! refused and changes nothing, and Bob sells everything back, losing only fees; Bob moves
//! stake to another subnet and hotkey, gives some to Charlie, and together they take it all
//! back minus fees. Root dissolves a subnet and the next blocks pay its staker in TAO.

use node_subtensor_e2e::{
	free_balance, submit_and_finalize,
	subtensor::{
		account_value, amount, call_err, key, netuid, rao, storage, subtensor_call, sudo_set,
	},
	subxt::dynamic::Value,
	subxt_signer::sr25519::{dev, Keypair},
	within, Client, Result, TestNode,
};
use std::time::Duration;

const ARGS: &[&str] = &["--dev", "--sealing", "instant"];
const TAO: u64 = 1_000_000_000;
/// The default fee rate of a pool, ÷65535.
const FEE_RATE: u128 = 33;

/// (TAO reserve, alpha reserve) of subnet 1.
async fn reserves(client: &Client) -> Result<(u128, u128)> {
	let tao = storage(client, "SubnetTAO", vec![netuid(1)]).await?.ok_or("no SubnetTAO")?;
	let alpha = storage(client, "SubnetAlphaIn", vec![netuid(1)]).await?.ok_or("no alpha")?;
	Ok((rao(&tao).ok_or("TAO reserve")?, rao(&alpha).ok_or("alpha reserve")?))
}

/// Alpha staked to `hotkey` on subnet `subnet` (0 if none).
async fn staked_on(client: &Client, hotkey: &Keypair, subnet: u16) -> Result<u128> {
	let keys = vec![account_value(hotkey), netuid(subnet)];
	let value = storage(client, "TotalHotkeyAlpha", keys).await?;
	Ok(value.as_ref().and_then(rao).unwrap_or(0))
}

/// Alpha staked to `hotkey` on subnet 1 (0 if none).
async fn staked(client: &Client, hotkey: &Keypair) -> Result<u128> {
	staked_on(client, hotkey, 1).await
}

/// Alice creates subnet `subnet` (the next free netuid) owned by `hotkey` and starts it with
/// registration closed, so it never emits: only the trades move stake and reserves.
async fn alice_subnet(client: &Client, hotkey: &Keypair, subnet: u16) -> Result<()> {
	let alice = dev::alice();
	let events =
		subtensor_call(client, "register_network", vec![account_value(hotkey)], &alice).await?;
	assert!(events.contains(&"SubtensorModule.NetworkAdded".to_string()), "{events:?}");
	let (call, field) = ("sudo_set_network_registration_allowed", "registration_allowed");
	sudo_set(client, subnet, call, field, Value::bool(false)).await?;
	subtensor_call(client, "start_call", vec![netuid(subnet)], &alice).await?;
	Ok(())
}

/// Sells all of `coldkey`'s stake with `hotkey` on `subnet` at any price.
async fn sell_all(client: &Client, coldkey: &Keypair, hotkey: &Keypair, subnet: u16) -> Result<()> {
	let args = vec![account_value(hotkey), netuid(subnet), Value::unnamed_variant("None", [])];
	let events = subtensor_call(client, "remove_stake_full_limit", args, coldkey).await?;
	assert!(events.contains(&"SubtensorModule.StakeRemoved".to_string()), "{events:?}");
	Ok(())
}

/// Price in rao per alpha of reserves `(tao, alpha)`.
fn price(reserves: (u128, u128)) -> f64 {
	reserves.0 as f64 / reserves.1 as f64 * 1e9
}

#[tokio::test(flavor = "multi_thread")]
async fn bob_stakes_on_alices_subnet_and_sells_back() -> Result<()> {
	within(Duration::from_secs(240), async {
		let node = TestNode::start("staking", ARGS).await?;
		let client = node.client().await?;
		let bob = dev::bob();
		let hotkey = key("//Alice//owner-hk")?;
		alice_subnet(&client, &hotkey, 1).await?;
		let bob_start = free_balance(&client, bob.public_key().0).await?;

		// 1000 TAO into the fresh pool: alpha out = x · net / (y + net), net = amount − fee.
		let (y, x) = reserves(&client).await?;
		let stake = u128::from(1_000 * TAO);
		let net = stake - stake * FEE_RATE / 65_535;
		let expected = x * net / (y + net);
		let args = vec![account_value(&hotkey), netuid(1), amount(1_000 * TAO)];
		let events = subtensor_call(&client, "add_stake", args, &bob).await?;
		assert!(events.contains(&"SubtensorModule.StakeAdded".to_string()), "{events:?}");
		assert_eq!(staked(&client, &hotkey).await?, expected);
		let after = reserves(&client).await?;
		assert_eq!(after, (y + net, x - expected));
		// The price moves by the formula: p' / p = ((y + net) / y)².
		let impact_chain = price(after) / price((y, x)) - 1.0;
		let ratio = (y + net) as f64 / y as f64;
		let impact_formula = ratio * ratio - 1.0;
		eprintln!(
			"price impact of a 1000 TAO stake on a fresh pool of {} TAO: chain {:.6} %, formula {:.6} %",
			y / u128::from(TAO),
			impact_chain * 100.0,
			impact_formula * 100.0
		);
		assert!((impact_chain - impact_formula).abs() < 1e-6);

		// A limit 0.1 % above the price cannot take 100 TAO: refused, nothing changes.
		let limit = (price(after) * 1.001) as u64;
		let limited = |partial: bool| {
			vec![
				account_value(&hotkey),
				netuid(1),
				amount(100 * TAO),
				amount(limit),
				Value::bool(partial),
			]
		};
		let refused =
			call_err(&client, "SubtensorModule", "add_stake_limit", limited(false), &bob).await?;
		assert!(refused.contains("SlippageTooHigh"), "unclear refusal: {refused}");
		assert_eq!(reserves(&client).await?, after);
		// With a partial fill allowed, it buys up to the limit.
		subtensor_call(&client, "add_stake_limit", limited(true), &bob).await?;
		let limited_price = price(reserves(&client).await?);
		assert!(limited_price <= limit as f64 && limited_price > price(after), "{limited_price}");

		// Bob sells everything: he gets his TAO back minus the fees.
		sell_all(&client, &bob, &hotkey, 1).await?;
		assert_eq!(staked(&client, &hotkey).await?, 0);
		let bob_end = free_balance(&client, bob.public_key().0).await?;
		let lost = bob_start - bob_end;
		assert!(lost > 0 && lost < u128::from(3 * TAO), "Bob lost {lost} rao");
		eprintln!("round trip of 1000 TAO cost Bob {lost} rao in swap and transaction fees");
		Ok(())
	})
	.await
}

#[tokio::test(flavor = "multi_thread")]
async fn bob_moves_and_transfers_stake_and_it_all_comes_back() -> Result<()> {
	within(Duration::from_secs(240), async {
		let node = TestNode::start("stake-transitions", ARGS).await?;
		let client = node.client().await?;
		let (bob, charlie) = (dev::bob(), dev::charlie());
		let (first_hotkey, second_hotkey) = (key("//Alice//first-hk")?, key("//Alice//second-hk")?);
		alice_subnet(&client, &first_hotkey, 1).await?;
		alice_subnet(&client, &second_hotkey, 2).await?;
		let start = free_balance(&client, bob.public_key().0).await?
			+ free_balance(&client, charlie.public_key().0).await?;

		let args = vec![account_value(&first_hotkey), netuid(1), amount(100 * TAO)];
		subtensor_call(&client, "add_stake", args, &bob).await?;
		let bought = staked_on(&client, &first_hotkey, 1).await?;
		assert!(bought > 0);

		// Half of it moves to the other hotkey on the other subnet: sold on 1, bought on 2.
		let half = bought / 2;
		let args = vec![
			account_value(&first_hotkey),
			account_value(&second_hotkey),
			netuid(1),
			netuid(2),
			amount(half as u64),
		];
		let events = subtensor_call(&client, "move_stake", args, &bob).await?;
		assert!(events.contains(&"SubtensorModule.StakeMoved".to_string()), "{events:?}");
		assert_eq!(staked_on(&client, &first_hotkey, 1).await?, bought - half);
		assert!(staked_on(&client, &second_hotkey, 2).await? > 0);

		// A quarter goes to Charlie on the same hotkey and subnet: the hotkey's total stays.
		let quarter = bought / 4;
		let args = vec![
			account_value(&charlie),
			account_value(&first_hotkey),
			netuid(1),
			netuid(1),
			amount(quarter as u64),
		];
		let events = subtensor_call(&client, "transfer_stake", args, &bob).await?;
		assert!(events.contains(&"SubtensorModule.StakeTransferred".to_string()), "{events:?}");
		assert_eq!(staked_on(&client, &first_hotkey, 1).await?, bought - half);

		// Charlie sells what he was given; Bob sells both of his positions.
		sell_all(&client, &charlie, &first_hotkey, 1).await?;
		assert_eq!(staked_on(&client, &first_hotkey, 1).await?, bought - half - quarter);
		sell_all(&client, &bob, &first_hotkey, 1).await?;
		sell_all(&client, &bob, &second_hotkey, 2).await?;
		assert_eq!(staked_on(&client, &first_hotkey, 1).await?, 0);
		assert_eq!(staked_on(&client, &second_hotkey, 2).await?, 0);

		// Together they hold the 100 TAO again, less the swap and transaction fees.
		let end = free_balance(&client, bob.public_key().0).await?
			+ free_balance(&client, charlie.public_key().0).await?;
		let lost = start - end;
		assert!(lost > 0 && lost < u128::from(TAO), "Bob and Charlie lost {lost} rao");
		eprintln!("100 TAO staked, moved, transferred and sold cost {lost} rao in fees");
		Ok(())
	})
	.await
}

#[tokio::test(flavor = "multi_thread")]
async fn root_dissolves_a_subnet_and_the_next_blocks_pay_its_stakers() -> Result<()> {
	within(Duration::from_secs(240), async {
		// Blocks keep coming without transactions: the payout runs in their on_initialize.
		let node = TestNode::start("dissolution", &["--dev", "--sealing", "250"]).await?;
		let client = node.client().await?;
		let bob = dev::bob();
		let hotkey = key("//Alice//owner-hk")?;
		alice_subnet(&client, &hotkey, 1).await?;
		let args = vec![account_value(&hotkey), netuid(1), amount(100 * TAO)];
		subtensor_call(&client, "add_stake", args, &bob).await?;
		assert!(staked(&client, &hotkey).await? > 0);
		let bob_before = free_balance(&client, bob.public_key().0).await?;

		let dissolve = Value::unnamed_variant(
			"SubtensorModule",
			[Value::named_variant("root_dissolve_network", [("netuid", netuid(1))])],
		);
		let sudo = node_subtensor_e2e::subxt::dynamic::tx("Sudo", "sudo", vec![dissolve]);
		let events =
			submit_and_finalize(&client, &sudo, &dev::alice()).await?.wait_for_success().await?;
		let names: Vec<String> = events
			.iter()
			.filter_map(|e| e.ok())
			.map(|e| format!("{}.{}", e.pallet_name(), e.event_name()))
			.collect();
		assert!(names.contains(&"SubtensorModule.NetworkRemoved".to_string()), "{names:?}");
		let exists = storage(&client, "NetworksAdded", vec![netuid(1)]).await?;
		assert_eq!(exists.and_then(|v| v.as_bool()), Some(false), "the subnet is gone at once");

		// Bob's stake comes back as TAO once the payout is through.
		let deadline = tokio::time::Instant::now() + Duration::from_secs(60);
		while storage(&client, "DissolvingSubnets", vec![netuid(1)]).await?.is_some() {
			assert!(tokio::time::Instant::now() < deadline, "the payout never finished");
			tokio::time::sleep(Duration::from_millis(250)).await;
		}
		let bob_after = free_balance(&client, bob.public_key().0).await?;
		let returned = bob_after - bob_before;
		assert!(returned > 90 * u128::from(TAO), "Bob got {returned} rao back for 100 TAO");
		assert_eq!(staked(&client, &hotkey).await?, 0);
		Ok(())
	})
	.await
}
