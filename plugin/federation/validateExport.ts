import {DESIGN_DOCS_SCHEMA_VERSION} from '../outputs/designDocsJson';
import type {DesignDocsJson} from '../types/output';
import {exportValidator} from './exportSchema';
import {describeSchemaErrors} from './schemaErrors';

export type ExportValidation = {ok: true; export: DesignDocsJson} | {ok: false; reason: string};

/** The oldest version this plugin reads: version 2 only added optional fields and qualified targets. */
export const OLDEST_READ_VERSION = 1;

const READ_VERSIONS = `this plugin reads versions ${OLDEST_READ_VERSION} to ${DESIGN_DOCS_SCHEMA_VERSION}`;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Why the export's version cannot be read, checked before the schema: a
 * newer site's export fails the schema in ways that would only confuse,
 * where the fix is to upgrade the plugin here.
 */
function versionProblem(json: unknown): string | null {
  if (!isObject(json)) {
    return `it is not a design-docs.json export: a JSON ${Array.isArray(json) ? 'array' : json === null ? 'null' : typeof json}, not an object`;
  }
  const version = json.version;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return `it is not a design-docs.json export: it has no integer version (${READ_VERSIONS})`;
  }
  if (version > DESIGN_DOCS_SCHEMA_VERSION) {
    return `its schema version is ${version}; ${READ_VERSIONS}: upgrade docusaurus-plugin-design-docs on this site`;
  }
  if (version < OLDEST_READ_VERSION) {
    return `its schema version is ${version}; ${READ_VERSIONS}`;
  }
  return null;
}

/**
 * Whether a parsed export can be read, and the export as this plugin knows
 * it: properties the shipped schema does not list (from a newer minor
 * release of the same version, or planted) are stripped, so they never
 * reach a page. The caller's value is not changed (the validator strips
 * on a copy), unless the caller says it owns it.
 */
export function validateExport(json: unknown, {owned = false}: {owned?: boolean} = {}): ExportValidation {
  const problem = versionProblem(json);
  if (problem) {
    return {ok: false, reason: problem};
  }
  // A value just parsed for this call is the caller's alone: stripping it
  // in place saves a copy of the whole export (a quarter of reading 50 sites).
  const copy = owned ? json : structuredClone(json);
  const validate = exportValidator();
  if (!validate(copy)) {
    return {ok: false, reason: `it does not match the design-docs.json schema: ${describeSchemaErrors(validate.errors ?? [])}`};
  }
  return {ok: true, export: copy};
}
