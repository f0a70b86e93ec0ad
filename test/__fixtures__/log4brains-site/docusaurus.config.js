// Fixture: a project's docs/adr exactly as `log4brains init` (1.1.0) leaves
// it, its files copied from log4brains' own init assets with only the
// placeholders filled as init fills them (project name, dates, the first
// ADR's slug). The site is set up as the migration guide says and keeps
// Docusaurus' defaults otherwise: broken links and broken images fail.
const path = require('path');

module.exports = {
  title: 'acme-payments',
  url: 'https://acme.example.com',
  baseUrl: '/',
  markdown: {format: 'detect'},
  presets: [['classic', {docs: {}, blog: false, theme: {}}]],
  plugins: [path.resolve(__dirname, '../../..')],
};
