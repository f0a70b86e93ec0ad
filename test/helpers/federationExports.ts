import {buildDesignDocsJson} from '../../plugin/outputs/designDocsJson';
import type {DesignDocsJson} from '../../plugin/types/output';
import {loadedDoc, model, vocabulary} from './model';

/**
 * A site's design-docs.json as a real build writes it (buildDesignDocsJson
 * over a model of real records), with one ADR per title: what a hub reads
 * from another site.
 */
export function siteExport(siteUrl: string, titles: string[]): DesignDocsJson {
  const built = model(
    ...titles.map((title, i) => loadedDoc(`docs/adr/000${i + 1}-record-${i + 1}.md`, {type: 'adr', title, status: i === 0 ? 'proposed' : 'accepted', date: '2026-11-0' + (i + 1), reviewers: ['Mei Chen']})),
  );
  return buildDesignDocsJson(built, vocabulary, siteUrl, {docs: built.docs, today: '2026-12-01'});
}

/** The titles of an export's records, in its order: what a hub would list. */
export function titlesOf(json: DesignDocsJson): string[] {
  return json.docs.map((doc) => doc.title);
}
