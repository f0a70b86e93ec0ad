// Fixture: decision records exactly as adr-tools, MADR 2, MADR 4 and
// log4brains write them, one docs instance each, none edited for the plugin.
const path = require('path');

const instance = (id) => [
  '@docusaurus/plugin-content-docs',
  {id, path: id, routeBasePath: id, sidebarPath: false},
];

module.exports = {
  title: 'Formats fixture',
  url: 'https://adr.example.com',
  baseUrl: '/',
  onBrokenLinks: 'warn',
  // Plain records may hold `<!-- -->`, `{` or `<`: read .md as CommonMark.
  markdown: {format: 'detect'},
  presets: [['classic', {docs: false, blog: false, pages: false, theme: {}}]],
  plugins: [instance('nygard'), instance('madr2'), instance('madr4'), instance('log4brains'), [path.resolve(__dirname, '../../..'), {}]],
};
