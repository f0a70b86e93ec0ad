// Fixture: decision records exactly as adr-tools, MADR 2, MADR 4 and
// log4brains write them, and design docs exactly as the seed's template
// has them, one docs instance each, none edited for the plugin.
const path = require('path');

// The CLI tests copy this site elsewhere and point this at the checkout.
const repoRoot = path.resolve(__dirname, '../../..');
const {designDocsSidebarItemsGenerator} = require(path.join(repoRoot, 'sidebar.js'));

const instance = (id, options = {}) => [
  '@docusaurus/plugin-content-docs',
  {id, path: id, routeBasePath: id, sidebarPath: false, ...options},
];

module.exports = {
  title: 'Formats fixture',
  url: 'https://adr.example.com',
  baseUrl: '/',
  onBrokenLinks: 'warn',
  // Plain records may hold `<!-- -->`, `{` or `<`: read .md as CommonMark.
  markdown: {format: 'detect'},
  presets: [['classic', {docs: false, blog: false, pages: false, theme: {}}]],
  plugins: [
    instance('nygard'),
    // Records grouped by year from three on, to test the grouping on a small site.
    instance('madr2', {sidebarPath: undefined, sidebarItemsGenerator: designDocsSidebarItemsGenerator({minItems: 3})}),
    instance('madr4'),
    instance('log4brains'),
    // Design docs written from the seed's template, no front matter: the folder makes them design docs.
    instance('teams'),
    // Records written the ways public ADR folders write them (issue 13), in a folder name the defaults know,
    // and a numbered folder no type applies to.
    instance('realworld'),
    [repoRoot, {}],
  ],
};
