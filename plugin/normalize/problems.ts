import type {Problem, ProblemSeverity} from '../types';

/** Collects problems for one file; readers report through it and go on. */
export class ProblemCollector {
  readonly problems: Problem[] = [];
  constructor(readonly file: string) {}

  add(field: string, message: string, severity: ProblemSeverity = 'error'): void {
    this.problems.push({file: this.file, field, message, severity});
  }
}

/** Describes a value for a message without echoing megabytes of it. */
export function describeValue(value: unknown): string {
  if (value === null) {
    return 'null';
  }
  if (Array.isArray(value)) {
    return 'a list';
  }
  if (value instanceof Date) {
    return 'a date';
  }
  if (typeof value === 'object') {
    return 'a map';
  }
  if (typeof value === 'string') {
    return quote(value);
  }
  return `${typeof value} ${String(value)}`;
}

export function quote(text: string): string {
  const short = text.length > 60 ? `${text.slice(0, 57)}...` : text;
  return JSON.stringify(short);
}
