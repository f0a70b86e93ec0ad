/**
 * Each filterable embed of a page gets its own prefix for its URL query
 * keys (RFC-0002): the author's `query` name, or the embed's name numbered
 * in page order (`requirements`, `requirements-2`). Two embeds given the
 * same name share their filters, which is how an author asks for it.
 */
export class QueryPrefixes {
  private readonly counts = new Map<string, number>();

  next(name: string, requested: string | undefined, warnAuthor: (reason: string) => void): string {
    if (requested !== undefined) {
      if (/^[a-z][a-z0-9-]*$/.test(requested)) {
        return requested;
      }
      warnAuthor(`query=${JSON.stringify(requested)} on "${name}" is not a name of lower-case letters, digits and hyphens; the embed is numbered instead`);
    }
    const count = (this.counts.get(name) ?? 0) + 1;
    this.counts.set(name, count);
    return count === 1 ? name : `${name}-${count}`;
  }
}
