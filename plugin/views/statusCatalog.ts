import type {DesignDocTypeDefinition} from '../types/options';
import type {StatusCatalog} from '../types/props';

/** Labels and tones for `<StatusBadge status="..."/>` written by hand in MDX. */
export function buildStatusCatalog(types: DesignDocTypeDefinition[]): StatusCatalog {
  return {
    types: types.map((type) => ({
      id: type.id,
      label: type.label,
      statuses: type.statuses.map(({id, label, tone}) => ({id, label, tone})),
    })),
  };
}

/**
 * One catalog for the site from each plugin instance's, in the order the
 * instances are configured: a hand-written badge can sit on any page, so
 * it knows every instance's types. A type id two instances define is the
 * first one's.
 */
export function mergeStatusCatalogs(catalogs: StatusCatalog[]): StatusCatalog {
  const byId = new Map<string, StatusCatalog['types'][number]>();
  for (const catalog of catalogs) {
    for (const type of catalog.types) {
      if (!byId.has(type.id)) {
        byId.set(type.id, type);
      }
    }
  }
  return {types: [...byId.values()]};
}
