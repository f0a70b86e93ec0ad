import type {Problem, ProblemSeverity} from '../types/model';

/** Where in the file a value was written. */
export type Location = {line: number; column?: number};

/** Collects problems for one file; readers report through it and go on. */
export class ProblemCollector {
  constructor(
    readonly file: string,
    readonly problems: Problem[] = [],
    private readonly location?: Location,
  ) {}

  add(field: string, message: string, severity: ProblemSeverity = 'error'): void {
    const at = this.location && {line: this.location.line, ...(this.location.column !== undefined && {column: this.location.column})};
    this.problems.push({file: this.file, field, message, severity, ...at});
  }

  /** The same collector, with every problem placed at `location` (a value read from the body). */
  at(location: Location | undefined): ProblemCollector {
    return location ? new ProblemCollector(this.file, this.problems, location) : this;
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
