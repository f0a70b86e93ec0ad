// CommonJS entry of the sidebar helpers, so a site config can write
// `sidebarItemsGenerator: require('docusaurus-plugin-design-docs/sidebar').designDocsSidebarItemsGenerator()`.
'use strict';

module.exports = require('./lib/plugin/sidebar/index.js');
