import type {DesignDocTypeDefinition, StatusTone} from '../types';

export type StatusCatalog = {
  types: {id: string; label: string; statuses: {id: string; label: string; tone: StatusTone}[]}[];
};

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
