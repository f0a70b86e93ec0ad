import type {ErrorObject} from 'ajv';

/** How many schema errors a reason names: enough to fix an export, few enough for one log line. */
export const NAMED_ERRORS = 5;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * A JSON pointer (`/docs/3/title`) as a hub maintainer would write the
 * path: `docs[3].title`, `readiness.feedback.open["nice-to-have"]`; the
 * whole export is `the export`. The segments are the schema's property
 * names and array indexes, never text of the export.
 */
export function readablePath(pointer: string): string {
  if (pointer === '') {
    return 'the export';
  }
  return pointer
    .slice(1)
    .split('/')
    .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((text, segment) => {
      if (/^\d+$/.test(segment)) {
        return `${text}[${segment}]`;
      }
      if (IDENTIFIER.test(segment)) {
        return text === '' ? segment : `${text}.${segment}`;
      }
      return `${text}[${JSON.stringify(segment)}]`;
    }, '');
}

function messageOf(error: ErrorObject): string {
  const message = error.message ?? `fails ${error.keyword}`;
  if (error.keyword === 'enum') {
    const allowed = (error.params as {allowedValues: unknown[]}).allowedValues;
    return `${message} (${allowed.map((value) => JSON.stringify(value)).join(', ')})`;
  }
  return message;
}

/**
 * The missing properties of one object as one error, so that an object
 * missing five fields does not fill every named place by itself.
 */
function mergeRequired(errors: ErrorObject[]): {path: string; message: string}[] {
  const merged: {path: string; message: string; missing?: string[]}[] = [];
  for (const error of errors) {
    const last = merged[merged.length - 1];
    const missing = error.keyword === 'required' ? (error.params as {missingProperty: string}).missingProperty : null;
    if (missing !== null && last?.missing && last.path === error.instancePath) {
      last.missing.push(missing);
      last.message = `must have required properties ${last.missing.map((name) => `'${name}'`).join(', ')}`;
    } else {
      merged.push({path: error.instancePath, message: messageOf(error), ...(missing !== null ? {missing: [missing]} : {})});
    }
  }
  return merged;
}

/** The first few errors as readable text, `docs[3].title must be string; ...; and 4 more`. */
export function describeSchemaErrors(errors: ErrorObject[]): string {
  const all = mergeRequired(errors);
  const named = all.slice(0, NAMED_ERRORS).map((error) => `${readablePath(error.path)} ${error.message}`);
  const rest = all.length - named.length;
  return `${named.join('; ')}${rest > 0 ? `; and ${rest} more` : ''}`;
}
