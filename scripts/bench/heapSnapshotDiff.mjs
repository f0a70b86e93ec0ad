// Self size by kind of object in two V8 heap snapshots (see
// heapSnapshotPlugin.cjs), and the kinds that differ most. Snapshots of a
// build are hundreds of MB, past what JSON.parse takes in one string, so
// the node and edge arrays are read as numbers straight from the bytes.
//   node --max-old-space-size=8000 scripts/bench/heapSnapshotDiff.mjs a.heapsnapshot b.heapsnapshot
import {readFileSync} from 'node:fs';

function readSnapshot(file) {
  const bytes = readFileSync(file);
  const offsetOf = (text, from = 0) => bytes.indexOf(Buffer.from(text), from);
  const nodesAt = offsetOf('"nodes":[');
  const {meta} = JSON.parse(`${bytes.subarray(0, nodesAt).toString().replace(/,\s*$/, '')}}`).snapshot;
  const readNumbers = (start) => {
    const values = [];
    let i = start;
    let n = 0;
    let inNumber = false;
    for (; ; i += 1) {
      const c = bytes[i];
      if (c >= 0x30 && c <= 0x39) {
        n = n * 10 + (c - 0x30);
        inNumber = true;
        continue;
      }
      if (inNumber) {
        values.push(n);
        n = 0;
        inNumber = false;
      }
      if (c === 0x5d) {
        break;
      }
    }
    return {values, end: i};
  };
  const nodes = readNumbers(nodesAt + '"nodes":['.length);
  const edges = readNumbers(offsetOf('"edges":[', nodes.end));
  const stringsAt = offsetOf('"strings":[', edges.end) + '"strings":'.length;
  const strings = JSON.parse(bytes.subarray(stringsAt, bytes.lastIndexOf(']') + 1).toString());
  return {meta, nodes: nodes.values, strings};
}

/** Bytes and count per "type:name" (strings and numbers by type alone). */
function sizesByKind(file) {
  const {meta, nodes, strings} = readSnapshot(file);
  const fields = meta.node_fields.length;
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => meta.node_fields.indexOf(f));
  const types = meta.node_types[0];
  const kinds = new Map();
  let total = 0;
  for (let i = 0; i < nodes.length; i += fields) {
    const type = types[nodes[i + typeAt]];
    const byName = !/string|number/.test(type);
    const kind = byName ? `${type}:${String(strings[nodes[i + nameAt]]).slice(0, 60)}` : type;
    const entry = kinds.get(kind) ?? {bytes: 0, count: 0};
    entry.bytes += nodes[i + sizeAt];
    entry.count += 1;
    kinds.set(kind, entry);
    total += nodes[i + sizeAt];
  }
  return {total, kinds};
}

const [fileA, fileB] = process.argv.slice(2);
const a = sizesByKind(fileA);
const b = sizesByKind(fileB);
const mib = (bytes) => (bytes / 2 ** 20).toFixed(1).padStart(7);
console.log(`${mib(a.total)} MiB  ${fileA}\n${mib(b.total)} MiB  ${fileB}\n\n    MiB    count  kind (first minus second)`);
const rows = [...new Set([...a.kinds.keys(), ...b.kinds.keys()])].map((kind) => {
  const x = a.kinds.get(kind) ?? {bytes: 0, count: 0};
  const y = b.kinds.get(kind) ?? {bytes: 0, count: 0};
  return {kind, bytes: x.bytes - y.bytes, count: x.count - y.count};
});
rows.sort((r, s) => Math.abs(s.bytes) - Math.abs(r.bytes));
for (const row of rows.slice(0, 25)) {
  console.log(`${mib(row.bytes)} ${String(row.count).padStart(8)}  ${row.kind}`);
}
