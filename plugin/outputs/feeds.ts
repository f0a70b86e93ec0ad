import {Feed} from 'feed';
import type {DesignDocModel, DesignDocRecord} from '../types';
import {referenceOf} from '../model/buildModel';
import type {Vocabulary} from '../model/vocabulary';
import {toStatusBadge} from '../views/statusBadge';

export type DecisionEvent = {
  id: string;
  date: string;
  title: string;
  link: string;
  description: string;
  kind: 'created' | 'status';
};

function isoDay(timestamp: number): string {
  return new Date(timestamp).toISOString().slice(0, 10);
}

function label(doc: DesignDocRecord, vocabulary: Vocabulary): string {
  const reference = referenceOf(doc, vocabulary);
  return reference ? `${reference}: ${doc.title}` : doc.title;
}

/**
 * Decision activity: a doc enters when it is created (its date) and again
 * when its status moved on from the first status of its lifecycle. The
 * change is dated by its successor for a superseded doc, else by the last
 * update the docs plugin knows.
 */
export function buildDecisionEvents(
  model: Pick<DesignDocModel, 'docs' | 'relations' | 'byKey'>,
  vocabulary: Vocabulary,
  siteUrl: string,
): DecisionEvent[] {
  const origin = siteUrl.replace(/\/$/, '');
  const events: DecisionEvent[] = [];
  for (const doc of model.docs) {
    const link = `${origin}${doc.permalink}`;
    const status = toStatusBadge(doc, vocabulary);
    const first = vocabulary.types.get(doc.type)?.statuses[0]?.id;
    const created = doc.date ?? (doc.lastUpdatedAt === null ? null : isoDay(doc.lastUpdatedAt));
    if (created) {
      events.push({id: `${link}#created`, date: created, title: `New: ${label(doc, vocabulary)}`, link, description: doc.summary ?? '', kind: 'created'});
    }
    if (status && status.id !== first) {
      const successor = (model.relations.get(doc.key) ?? [])
        .filter((r) => r.kind === 'superseded-by')
        .map((r) => model.byKey.get(r.target)?.date)
        .find((date): date is string => Boolean(date));
      const changed = (status.id === 'superseded' ? successor : undefined) ?? (doc.lastUpdatedAt === null ? created : isoDay(doc.lastUpdatedAt));
      if (changed) {
        events.push({id: `${link}#${status.id}`, date: changed, title: `${status.label}: ${label(doc, vocabulary)}`, link, description: doc.summary ?? '', kind: 'status'});
      }
    }
  }
  return events.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

/** RSS 2.0, Atom 1.0 and JSON Feed 1 of the same events, with the blog's library. */
export function renderFeeds(
  events: DecisionEvent[],
  {title, siteUrl, feedUrl}: {title: string; siteUrl: string; feedUrl: string},
): {rss: string; atom: string; json: string} {
  const feed = new Feed({
    id: feedUrl,
    title: `${title}: architecture decisions`,
    description: 'Design docs, ADRs and RFCs as they are created and change status.',
    link: siteUrl,
    copyright: '',
    updated: events[0] ? new Date(`${events[0].date}T00:00:00Z`) : new Date(0),
    generator: 'docusaurus-plugin-design-docs',
    feedLinks: {rss: `${feedUrl}/rss.xml`, atom: `${feedUrl}/atom.xml`, json: `${feedUrl}/feed.json`},
  });
  for (const event of events.slice(0, 200)) {
    feed.addItem({id: event.id, title: event.title, link: event.link, date: new Date(`${event.date}T00:00:00Z`), description: event.description});
  }
  return {rss: feed.rss2(), atom: feed.atom1(), json: feed.json1()};
}
