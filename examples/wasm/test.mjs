// Loads zozpp.wasm in Node with Go's wasm_exec.js and checks the README's
// claim: goods.refund received 25.12.2024, price 59 990, refunded
// 03.02.2025 — due 09.01.2025 (ГК РФ ст. 193 after the New Year holidays),
// 25 days of delay, penalty 14 997,50 (ЗоЗПП ст. 23 п. 1), fine 7 498,75.
//
//   node examples/wasm/test.mjs zozpp.wasm [path/to/wasm_exec.js]
//
// wasm_exec.js defaults to $(go env GOROOT)/lib/wasm/wasm_exec.js.
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import assert from 'node:assert/strict';

const require = createRequire(import.meta.url);
const [wasmPath, execPath] = process.argv.slice(2);
if (!wasmPath) {
  console.error('usage: node test.mjs zozpp.wasm [wasm_exec.js]');
  process.exit(2);
}
const goroot = execPath ? '' : execFileSync('go', ['env', 'GOROOT']).toString().trim();
const candidates = execPath ? [execPath] : [path.join(goroot, 'lib', 'wasm', 'wasm_exec.js'), path.join(goroot, 'misc', 'wasm', 'wasm_exec.js')];
const wasmExec = candidates.find((p) => fs.existsSync(p));
assert.ok(wasmExec, 'wasm_exec.js not found in ' + candidates.join(', '));
globalThis.fs ??= fs;
globalThis.path ??= path;
require(wasmExec);

const go = new globalThis.Go();
const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmPath), go.importObject);
const ready = new Promise((resolve, reject) => {
  globalThis.zozppOnReady = resolve;
  setTimeout(() => reject(new Error('zozpp did not start within 10 s')), 10000).unref();
});
go.run(instance); // runs main: sets globalThis.zozpp, calls zozppOnReady, then waits for calls
await ready;
assert.equal(typeof globalThis.zozpp?.assess, 'function', 'zozpp.assess is exported');

const claim = { claim_type: 'goods.refund', event: '2024-12-25', base: '59990', performed_on: '2025-02-03' };
const start = performance.now();
const a = JSON.parse(globalThis.zozpp.assess(JSON.stringify(claim)));
const ms = performance.now() - start;
assert.equal(a.deadline.due, '2025-01-09');
assert.equal(a.status, 'overdue');
assert.equal(a.days_overdue, 25);
assert.equal(a.penalty.total, '14997.50');
assert.equal(a.fine.total, '7498.75');
assert.match(a.text, /14 997,50/);

const en = JSON.parse(globalThis.zozpp.assess(claim, 'en'));
assert.match(en.deadline.steps[0].text, /^The term begins/);

const bad = JSON.parse(globalThis.zozpp.assess('{"claim_type":"goods.refund","event":"2024-12-25","base":"0e300000000"}'));
assert.equal(bad.status, 400);
assert.equal(bad.field, 'base');
const dup = JSON.parse(globalThis.zozpp.assess('{"claim_type":"goods.refund","event":"2024-12-25","event":"2024-12-26"}'));
assert.equal(dup.field, 'event');

console.log(`ok: due ${a.deadline.due}, penalty ${a.penalty.total}, fine ${a.fine.total}; first call ${ms.toFixed(1)} ms; library ${globalThis.zozpp.version}`);
process.exit(0);
