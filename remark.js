// CommonJS entry of the remark plugin, so a site config can write
// `remarkPlugins: [require('docusaurus-plugin-design-docs/remark')]`.
'use strict';

const remarkDesignDocs = require('./lib/plugin/remark/index.js').default;

module.exports = remarkDesignDocs;
module.exports.default = remarkDesignDocs;
