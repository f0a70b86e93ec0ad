// A second team's docs site, as an adopter of the plugin keeps it: the
// example portal federates its design-docs.json (../acme-payments.design-docs.json,
// rebuilt with `node scripts/example-peer-export.mjs`).
const path = require('path');

module.exports = {
  title: 'Acme Payments',
  url: 'https://acme-payments.example.com',
  baseUrl: '/',
  onBrokenLinks: 'throw',
  future: {v4: true, faster: true},
  presets: [
    [
      'classic',
      {
        docs: {routeBasePath: '/', remarkPlugins: [require('../../../remark.js')]},
        blog: false,
        pages: false,
      },
    ],
  ],
  plugins: [[path.resolve(__dirname, '../../..'), {}]],
};
