/** Every page the plugin generates with the default options and built-in types. */
export const PORTAL_ROUTES = [
  '/architecture',
  '/architecture/adr',
  '/architecture/design-doc',
  '/architecture/rfc',
  '/architecture/decisions',
  '/architecture/risks',
  '/architecture/requirements',
  '/architecture/dashboard',
  '/architecture/graph',
];
