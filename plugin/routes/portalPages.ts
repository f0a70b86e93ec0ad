/**
 * The portal's own pages, by the path segment each takes under
 * `routeBasePath`, and what a reader knows it as. A type's index takes the
 * segment of its id, so these ids are not free for types; a test keeps
 * this list in step with the routes `buildPortalRoutes` creates.
 */
export const PORTAL_PAGE_SEGMENTS: Readonly<Record<string, string>> = {
  dashboard: 'the status dashboard',
  decisions: 'the decision log',
  risks: 'the risk register',
  requirements: 'the requirements register',
  graph: 'the relationship graph',
};
