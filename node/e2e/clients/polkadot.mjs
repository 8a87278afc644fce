// polkadot.js against the node.
//
//   node polkadot.mjs ws://127.0.0.1:PORT submit
//       connects, decodes the metadata, reads SubtensorModule storage and submits a
//       SubtensorModule call signed by //Alice, waiting for its finalization;
//   node polkadot.mjs ws://127.0.0.1:PORT storage NETUID BLOCK
//       reads the subnet's per-UID epoch results straight from storage at block BLOCK.
//
// Prints one JSON object with what it saw; exits non-zero on any failure.
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';

const [url, mode, netuidArg, blockArg] = process.argv.slice(2);
const timeout = setTimeout(() => {
  console.error('timed out');
  process.exit(2);
}, 120_000);

await cryptoWaitReady();
const api = await ApiPromise.create({ provider: new WsProvider(url), noInitWarn: true });
const query = api.query.subtensorModule;

/** Submits `call` signed by `signer`; resolves with its events once finalized. */
function submit(call, signer) {
  return new Promise((resolve, reject) => {
    call
      .signAndSend(signer, ({ status, events, dispatchError }) => {
        if (dispatchError) {
          reject(new Error(`dispatch error: ${dispatchError.toString()}`));
        } else if (status.isFinalized) {
          resolve(events.map(({ event }) => `${event.section}.${event.method}`));
        }
      })
      .catch(reject);
  });
}

async function submitMode() {
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
  const alice = keyring.addFromUri('//Alice');
  const hotkey = keyring.addFromUri('//Alice//polkadot-js-hotkey');
  const rootSymbol = (await query.tokenSymbol(0)).toU8a(true);
  const rootAdded = (await query.networksAdded(0)).toJSON();
  // Make Alice the owner of a fresh hotkey, then read it back.
  const events = await submit(api.tx.subtensorModule.tryAssociateHotkey(hotkey.address), alice);
  return {
    specName: api.runtimeVersion.specName.toString(),
    specVersion: api.runtimeVersion.specVersion.toNumber(),
    pallets: api.runtimeMetadata.asLatest.pallets.map((p) => p.name.toString()),
    rootSymbol: Buffer.from(rootSymbol).toString('utf8'),
    rootAdded,
    events,
    owner: (await query.owner(hotkey.address)).toString(),
    alice: alice.address,
  };
}

async function storageMode(netuid, block) {
  const at = await api.at(await api.rpc.chain.getBlockHash(block));
  const q = at.query.subtensorModule;
  const n = (await q.subnetworkN(netuid)).toNumber();
  const hotkeys = [];
  for (let uid = 0; uid < n; uid++) {
    hotkeys.push((await q.keys(netuid, uid)).toString());
  }
  const numbers = (codec) => codec.toJSON().map(Number);
  return {
    lastStep: (await q.lastMechansimStepBlock(netuid)).toNumber(),
    hotkeys,
    // Mechanism 0's storage index is the netuid itself.
    incentive: numbers(await q.incentive(netuid)),
    dividends: numbers(await q.dividends(netuid)),
    emission: numbers(await q.emission(netuid)),
  };
}

const result =
  mode === 'storage' ? await storageMode(Number(netuidArg), Number(blockArg)) : await submitMode();
console.log(JSON.stringify(result));
clearTimeout(timeout);
await api.disconnect();
