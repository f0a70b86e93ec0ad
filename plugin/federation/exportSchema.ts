import fs from 'node:fs';
import path from 'node:path';
import type {ValidateFunction} from 'ajv';
import {DESIGN_DOCS_SCHEMA_VERSION} from '../outputs/designDocsJson';
import type {DesignDocsJson} from '../types/output';

const SCHEMA_FILE = path.join('schema', 'design-docs.schema.json');

/**
 * The shipped schema's path. This file runs from plugin/federation/ (the
 * TypeScript source, under vitest) and from lib/plugin/federation/ (the
 * compiled package), so the package root is two or three folders up.
 */
export function exportSchemaPath(): string {
  const candidates = ['../..', '../../..'].map((up) => path.resolve(__dirname, up, SCHEMA_FILE));
  const found = candidates.find((candidate) => fs.existsSync(candidate));
  if (!found) {
    throw new Error(`design-docs.schema.json not found (looked at ${candidates.join(', ')})`);
  }
  return found;
}

type SchemaNode = Record<string, unknown>;

function isNode(value: unknown): value is SchemaNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Every object schema that lists its properties but leaves the rest open
 * (a tag, a decision, a risk...) is closed, so that ajv's removeAdditional
 * strips the properties a newer minor release may add: only what this
 * plugin knows reaches a page. Objects without a property list stay open
 * on purpose: a doc's `extra` holds the front matter its site did not know.
 */
function closeListedObjects(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(closeListedObjects);
  } else if (isNode(node)) {
    if (isNode(node.properties) && node.additionalProperties === undefined) {
      node.additionalProperties = false;
    }
    Object.values(node).forEach(closeListedObjects);
  }
}

/**
 * The schema as the hub reads exports with it: a copy of the shipped file
 * whose version accepts 1 to DESIGN_DOCS_SCHEMA_VERSION (the file itself
 * says the one version this plugin writes), and whose listed objects are
 * closed (see above).
 */
export function readerSchema(): SchemaNode {
  const schema = JSON.parse(fs.readFileSync(exportSchemaPath(), 'utf8')) as SchemaNode;
  closeListedObjects(schema);
  const properties = schema.properties as SchemaNode;
  properties.version = {type: 'integer', minimum: 1, maximum: DESIGN_DOCS_SCHEMA_VERSION};
  return schema;
}

/** The options the validator is compiled with, at runtime or by the package build. */
export const VALIDATOR_OPTIONS = {allErrors: true, removeAdditional: true} as const;

/** The file the package build writes the validator's code to, beside this module's compiled copy. */
export const GENERATED_VALIDATOR = 'exportValidator.generated.js';

let compiled: ValidateFunction<DesignDocsJson> | undefined;

/**
 * The compiled validator, made on first use and kept: compiling the schema
 * costs more than validating a site's export. It removes unknown
 * properties from the data it validates, so it must only see a copy the
 * caller owns.
 */
export function exportValidator(): ValidateFunction<DesignDocsJson> {
  // Made on first use, not on loading the plugin: a site with no
  // federation sources never validates an export, and requiring ajv was
  // about a tenth of loading the plugin (30 of 260 ms here).
  compiled ??= generatedValidator() ?? compileValidator();
  return compiled;
}

function compileValidator(): ValidateFunction<DesignDocsJson> {
  const {default: Ajv} = require('ajv') as typeof import('ajv');
  return new Ajv(VALIDATOR_OPTIONS).compile<DesignDocsJson>(readerSchema());
}

/**
 * The validator scripts/build.mjs generated from the same schema (ajv's
 * standalone code): it loads in a few milliseconds, where requiring ajv and
 * compiling the schema took a federated build 280 ms or more. Absent
 * beside the TypeScript source, which compiles it instead.
 */
function generatedValidator(): ValidateFunction<DesignDocsJson> | null {
  const file = path.join(__dirname, GENERATED_VALIDATOR);
  return fs.existsSync(file) ? (require(file) as ValidateFunction<DesignDocsJson>) : null;
}
