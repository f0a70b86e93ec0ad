import {Joi} from '@docusaurus/utils-validation';
import {normalizeUrl} from '@docusaurus/utils';
import type {OptionValidationContext} from '@docusaurus/types';
import {
  ALL_REVIEW_RULES,
  APPROVED_STATUS_IDS,
  CUSTOM_TYPE_REVIEW,
  DEFAULT_FEDERATION,
  DEFAULT_FOLDER_TYPES,
  DEFAULT_PRIORITY_WORDS,
  DEFAULT_RISK_SCALE,
  DEFAULT_TYPES,
} from './defaults';
import {PORTAL_PAGE_SEGMENTS} from './routes/portalPages';
import type {
  DesignDocTypeDefinition,
  Options,
  RequiredSection,
  RequiredSectionInput,
  ReviewDefinition,
  TypeOptionInput,
  PluginOptions,
  ScaleLevel,
  ScoreBand,
  StatusDefinition,
} from './types/options';

const TONES = ['neutral', 'info', 'success', 'warning', 'danger', 'muted'];
const KEY_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

const StatusSchema = Joi.object({
  id: Joi.string().lowercase().pattern(KEY_PATTERN).required(),
  label: Joi.string(),
  tone: Joi.string().valid(...TONES),
  active: Joi.boolean(),
  banner: Joi.boolean(),
  review: Joi.boolean(),
  approved: Joi.boolean(),
  aliases: Joi.array().items(Joi.string()),
});

const RequiredSectionSchema = Joi.alternatives(
  Joi.string().trim().min(1),
  Joi.object({
    label: Joi.string().trim().min(1).required(),
    aliases: Joi.array().items(Joi.string()),
    kinds: Joi.array().items(Joi.string()),
  }),
);

const ReviewRulesSchema = Joi.object(Object.fromEntries(Object.keys(ALL_REVIEW_RULES).map((rule) => [rule, Joi.boolean()])));

const TypeSchema = Joi.object({
  label: Joi.string(),
  prefix: Joi.string().pattern(/^[A-Za-z][A-Za-z0-9]*$/),
  statuses: Joi.array().items(StatusSchema).min(1).unique('id'),
  review: Joi.object({
    sections: Joi.array().items(RequiredSectionSchema),
    rules: ReviewRulesSchema,
  }),
});

const ScaleLevelSchema = Joi.object({
  id: Joi.string().lowercase().pattern(KEY_PATTERN).required(),
  label: Joi.string().required(),
  value: Joi.number().integer().min(1).required(),
  aliases: Joi.array().items(Joi.string()).default([]),
});

const ScaleSchema = Joi.array().items(ScaleLevelSchema).min(2).max(10).unique('id');

const BandSchema = Joi.object({
  min: Joi.number().integer().min(1).required(),
  label: Joi.string().required(),
  tone: Joi.string().valid(...TONES).default('neutral'),
});

/** A site's name: a qualified reference's prefix (`payments:ADR-0003`) and a URL value, so letters, digits, `-` and `_`. */
export const SITE_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_-]*$/;

const FederationSourceSchema = Joi.object({
  name: Joi.string().pattern(SITE_NAME_PATTERN).required(),
  label: Joi.string().trim().min(1),
  export: Joi.string().trim().min(1).required(),
  siteUrl: Joi.string().uri({scheme: ['http', 'https']}).required(),
});

const FederationSchema = Joi.object({
  sources: Joi.array().items(FederationSourceSchema).unique('name').default([]),
  name: Joi.string().pattern(SITE_NAME_PATTERN).default(DEFAULT_FEDERATION.name),
  label: Joi.string().trim().min(1).allow(null).default(DEFAULT_FEDERATION.label),
  reexport: Joi.boolean().default(DEFAULT_FEDERATION.reexport),
  offline: Joi.boolean().default(DEFAULT_FEDERATION.offline),
  timeout: Joi.number().integer().min(1).default(DEFAULT_FEDERATION.timeout),
  maxBytes: Joi.number().integer().min(1).default(DEFAULT_FEDERATION.maxBytes),
}).default(DEFAULT_FEDERATION);

export const OptionsSchema = Joi.object<PluginOptions>({
  types: Joi.object()
    .pattern(Joi.string().pattern(KEY_PATTERN), TypeSchema)
    .default({}),
  onInvalidDesignDoc: Joi.string()
    .equal('throw', 'warn', 'ignore')
    .default('throw'),
  riskScale: Joi.object({
    likelihood: ScaleSchema,
    impact: ScaleSchema,
    bands: Joi.array().items(BandSchema).min(1).unique('min'),
  }).default({}),
  docsPluginIds: Joi.array().items(Joi.string()).default([]),
  routeBasePath: Joi.string()
    .pattern(/^[^?#]*$/)
    .default('architecture'),
  versions: Joi.string().equal('latest', 'all').default('latest'),
  staleAfterDays: Joi.number().integer().min(1).default(180),
  // `false` switches a built-in folder off (`{design: false}`).
  folderTypes: Joi.object().pattern(Joi.string(), Joi.alternatives(Joi.string().pattern(KEY_PATTERN), Joi.boolean().valid(false))).default({}),
  // No default: when a site sets it, its folders replace the ADR folders of folderTypes.
  adrDirs: Joi.array().items(Joi.string().lowercase()),
  priorityWords: Joi.object().pattern(Joi.string(), Joi.string().valid('must', 'should', 'could', 'wont')).default({}),
  graph: Joi.object({related: Joi.boolean().default(false)}).default({related: false}),
  approvalGate: Joi.string().equal('warn', 'error', 'off').default('warn'),
  federation: FederationSchema,
  onFederationError: Joi.string().equal('warn', 'throw').default('warn'),
});

/**
 * A source named like the site itself would make `hub:ADR-0001` mean two
 * sites. Its label defaults to its name.
 */
function completeFederation(federation: PluginOptions['federation']): PluginOptions['federation'] {
  for (const [index, source] of federation.sources.entries()) {
    if (source.name === federation.name) {
      throw new Error(
        `[docusaurus-plugin-design-docs] federation.sources[${index}].name: "${source.name}" is this site's own name (federation.name); give the source another name, or set federation.name.`,
      );
    }
  }
  return {...federation, sources: federation.sources.map((source) => ({...source, label: source.label ?? source.name}))};
}

/**
 * The folder-to-type map: the defaults, with the ADR folders replaced by
 * `adrDirs` when a site sets it, then the site's own `folderTypes`. Every
 * type named must exist.
 */
export function resolveFolderTypes(
  folderTypes: Record<string, string | false>,
  adrDirs: string[] | undefined,
  types: DesignDocTypeDefinition[],
): Record<string, string> {
  const base = adrDirs
    ? {...Object.fromEntries(Object.entries(DEFAULT_FOLDER_TYPES).filter(([, type]) => type !== 'adr')), ...Object.fromEntries(adrDirs.map((dir) => [dir, 'adr']))}
    : DEFAULT_FOLDER_TYPES;
  // Folder names match without case, as adrDirs always did.
  const resolved: Record<string, string> = {...base};
  for (const [folder, type] of Object.entries(folderTypes)) {
    if (type === false) {
      delete resolved[folder.toLowerCase()];
    } else {
      resolved[folder.toLowerCase()] = type;
    }
  }
  const known = new Set(types.map((type) => type.id));
  for (const [folder, type] of Object.entries(resolved)) {
    if (!known.has(type)) {
      throw new Error(
        `[docusaurus-plugin-design-docs] folderTypes.${folder}: "${type}" is not a type; known types are ${[...known].join(', ')} (declare more with the "types" option).`,
      );
    }
  }
  return resolved;
}

/**
 * A type's index page sits at `routeBasePath/<id>`: a type named like a
 * portal page would win that route and leave the page unreachable, with
 * only Docusaurus' "Duplicate routes" warning to hint at it.
 */
export function refuseReservedTypeIds(typeIds: string[], routeBasePath: string): void {
  for (const id of typeIds) {
    if (Object.hasOwn(PORTAL_PAGE_SEGMENTS, id)) {
      throw new Error(
        `[docusaurus-plugin-design-docs] types.${id}: "${id}" is the path of ${PORTAL_PAGE_SEGMENTS[id]} (${normalizeUrl(['/', routeBasePath, id])}); a type of that id would hide it. Choose another id, such as "${id}-record".`,
      );
    }
  }
}

function completeStatus(
  input: Partial<StatusDefinition> & {id: string},
  builtIn: StatusDefinition | undefined,
): StatusDefinition {
  return {
    id: input.id,
    label: input.label ?? builtIn?.label ?? titleCase(input.id),
    tone: input.tone ?? builtIn?.tone ?? 'neutral',
    active: input.active ?? builtIn?.active ?? true,
    banner: input.banner ?? builtIn?.banner ?? false,
    review: input.review ?? builtIn?.review ?? false,
    approved: input.approved ?? builtIn?.approved ?? APPROVED_STATUS_IDS.includes(input.id),
    aliases: input.aliases ?? builtIn?.aliases ?? [],
  };
}

/**
 * The id in capitals without its hyphens (`security-review` gives
 * `SECURITYREVIEW`): a prefix must read back from a reference such as
 * `SECURITYREVIEW-0001`, and a reference's prefix is letters and digits.
 */
export function defaultPrefix(id: string): string {
  const prefix = id.toUpperCase().replace(/[^A-Z0-9]/g, '');
  if (!/^[A-Z]/.test(prefix)) {
    throw new Error(
      `[docusaurus-plugin-design-docs] types.${id}: the id does not start with a letter, so the type needs a "prefix" of letters and digits starting with a letter, such as "T${prefix}".`,
    );
  }
  return prefix;
}

function titleCase(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A section as written in options: a label alone is found by that label. */
function completeSection(input: RequiredSectionInput): RequiredSection {
  if (typeof input === 'string') {
    return {label: input, aliases: [input], kinds: []};
  }
  return {label: input.label, aliases: [input.label, ...(input.aliases ?? [])], kinds: input.kinds ?? []};
}

/** A type's review: its own sections replace the built-in list; its rules switch single checks. */
function completeReview(input: TypeOptionInput['review'], builtIn: ReviewDefinition | undefined): ReviewDefinition {
  const base = builtIn ?? CUSTOM_TYPE_REVIEW;
  return {
    sections: input?.sections ? input.sections.map(completeSection) : base.sections,
    rules: {...base.rules, ...input?.rules},
  };
}

/**
 * A `types` entry either adjusts a built-in type (its statuses replace the
 * built-in lifecycle, keeping built-in labels and tones for ids it repeats)
 * or declares a new one.
 */
export function mergeTypes(
  input: NonNullable<Options['types']>,
): DesignDocTypeDefinition[] {
  const merged = new Map(DEFAULT_TYPES.map((type) => [type.id, type]));
  for (const [id, typeInput] of Object.entries(input)) {
    const builtIn = merged.get(id);
    const builtInStatuses = new Map(
      (builtIn?.statuses ?? []).map((s) => [s.id, s]),
    );
    const statuses = typeInput.statuses
      ? typeInput.statuses.map((s) => completeStatus(s, builtInStatuses.get(s.id)))
      : builtIn?.statuses ?? [
          completeStatus({id: 'draft'}, undefined),
          completeStatus({id: 'accepted', tone: 'success'}, undefined),
        ];
    merged.set(id, {
      id,
      label: typeInput.label ?? builtIn?.label ?? titleCase(id),
      prefix: typeInput.prefix ?? builtIn?.prefix ?? defaultPrefix(id),
      statuses,
      review: completeReview(typeInput.review, builtIn?.review),
    });
  }
  return [...merged.values()];
}

type RawValidatedOptions = Omit<PluginOptions, 'types' | 'riskScale' | 'adrDirs' | 'folderTypes'> & {
  adrDirs?: string[];
  folderTypes: Record<string, string | false>;
  types: NonNullable<Options['types']>;
  riskScale: {likelihood?: ScaleLevel[]; impact?: ScaleLevel[]; bands?: ScoreBand[]};
};

export function validateOptions({
  validate,
  options,
}: OptionValidationContext<Options | undefined, PluginOptions>): PluginOptions {
  const raw = validate(
    OptionsSchema as unknown as Parameters<typeof validate>[0],
    options ?? {},
  ) as unknown as RawValidatedOptions;
  refuseReservedTypeIds(Object.keys(raw.types), raw.routeBasePath);
  const types = mergeTypes(raw.types);
  const folderTypes = resolveFolderTypes(raw.folderTypes, raw.adrDirs, types);
  return {
    ...raw,
    federation: completeFederation(raw.federation),
    types,
    folderTypes,
    adrDirs: Object.keys(folderTypes).filter((folder) => folderTypes[folder] === 'adr'),
    priorityWords: {...DEFAULT_PRIORITY_WORDS, ...raw.priorityWords},
    riskScale: {
      likelihood: raw.riskScale.likelihood ?? DEFAULT_RISK_SCALE.likelihood,
      impact: raw.riskScale.impact ?? DEFAULT_RISK_SCALE.impact,
      bands: [...(raw.riskScale.bands ?? DEFAULT_RISK_SCALE.bands)].sort((a, b) => a.min - b.min),
    },
  };
}

/** Options as a site gets them with no configuration at all. */
export function getDefaultOptions(): PluginOptions {
  return {
    id: 'default',
    types: mergeTypes({}),
    onInvalidDesignDoc: 'throw',
    riskScale: DEFAULT_RISK_SCALE,
    docsPluginIds: [],
    routeBasePath: 'architecture',
    versions: 'latest',
    staleAfterDays: 180,
    folderTypes: DEFAULT_FOLDER_TYPES,
    adrDirs: ['adr', 'adrs', 'decisions'],
    priorityWords: DEFAULT_PRIORITY_WORDS,
    graph: {related: false},
    approvalGate: 'warn',
    federation: DEFAULT_FEDERATION,
    onFederationError: 'warn',
  };
}
