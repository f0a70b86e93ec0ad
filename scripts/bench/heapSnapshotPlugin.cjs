// A Docusaurus plugin for finding what a build holds in memory: when the
// client compilation has emitted (the peak of a build's memory), it runs a
// full collection, if `node --expose-gc` allows, and writes a V8 heap
// snapshot to $SNAP_FILE. Not part of `npm run bench`. Add it to a site's
// `plugins`, build with and without the design-docs plugin, then compare:
//   SNAP_FILE=/tmp/with.heapsnapshot node --expose-gc \
//     node_modules/@docusaurus/core/bin/docusaurus.mjs build <site>
//   node scripts/bench/heapSnapshotDiff.mjs /tmp/with.heapsnapshot /tmp/without.heapsnapshot
const v8 = require('v8');

module.exports = () => ({
  name: 'heap-snapshot-at-client-emit',
  configureWebpack(config, isServer) {
    if (isServer || !process.env.SNAP_FILE) {
      return {};
    }
    const snapshotPlugin = {
      apply(compiler) {
        compiler.hooks.afterEmit.tap('heap-snapshot-at-client-emit', () => {
          global.gc?.();
          const file = v8.writeHeapSnapshot(process.env.SNAP_FILE);
          console.log(`heap snapshot ${file}: ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB used`);
        });
      },
    };
    return {plugins: [snapshotPlugin]};
  },
});
