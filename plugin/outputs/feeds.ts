import {Feed} from 'feed';
import type {DesignDocModel, DesignDocRecord, ReviewReadiness} from '../types/model';
import {referenceOf} from '../vocabulary/references';
import {isoDay} from '../vocabulary/days';
import type {Vocabulary} from '../vocabulary/vocabulary';
import {toStatusBadge} from '../views/statusBadge';
import {isInReview, reviewSince} from '../review/queue';
import {reviewReadinessOf} from '../review/readiness';
import {xmlAttribute, xmlText} from './xml';

export type DecisionEvent = {
  id: string;
  date: string;
  title: string;
  link: string;
  description: string;
  kind: 'created' | 'status' | 'review';
};

function label(doc: DesignDocRecord, vocabulary: Vocabulary): string {
  const reference = referenceOf(doc, vocabulary);
  const named = reference ? `${reference}: ${doc.title}` : doc.title;
  // A merged feed says whose record each entry is.
  return doc.remote ? `${doc.remote.siteLabel} ${named}` : named;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** `Checklist 3/5 · 1 critical feedback open · 2 sections missing`, or `Ready for approval` when nothing blocks. */
export function readinessSummary(readiness: ReviewReadiness): string {
  const parts: string[] = [];
  if (readiness.checklist.total > 0) {
    parts.push(`Checklist ${readiness.checklist.done}/${readiness.checklist.total}`);
  }
  if (readiness.feedback.open.critical > 0) {
    parts.push(`${readiness.feedback.open.critical} critical feedback open`);
  }
  if (readiness.sections.missing.length > 0) {
    parts.push(`${plural(readiness.sections.missing.length, 'section')} missing`);
  }
  if (readiness.ready) {
    parts.push(parts.length === 0 ? 'Ready for approval' : 'ready for approval');
  }
  return parts.join(' · ');
}

/** A call for reviewers: who is asked, what still blocks approval, then the doc's summary. */
function reviewDescription(doc: DesignDocRecord, vocabulary: Vocabulary): string {
  const {reviewers} = doc.people;
  const asked = reviewers.length > 0 ? `Reviewers: ${reviewers.join(', ')}.` : 'No reviewers named yet.';
  return [asked, `${readinessSummary(reviewReadinessOf(doc, vocabulary))}.`, doc.summary ?? ''].filter(Boolean).join(' ');
}

/**
 * Decision activity: a doc enters when it is created (its date) and again
 * when its status moved on from the first status of its lifecycle. A doc
 * that entered a review status is a call for reviewers instead, dated by
 * its status date (front matter or git), else its date or last update.
 * Any other change is dated by its successor for a superseded doc, else by
 * the last update the docs plugin knows.
 */
export function buildDecisionEvents(
  model: Pick<DesignDocModel, 'docs' | 'relations' | 'byKey'>,
  vocabulary: Vocabulary,
  siteUrl: string,
): DecisionEvent[] {
  const origin = siteUrl.replace(/\/$/, '');
  const events: DecisionEvent[] = [];
  for (const doc of model.docs) {
    // Another site's record (federation) links to its page there.
    const link = doc.remote ? doc.permalink : `${origin}${doc.permalink}`;
    const status = toStatusBadge(doc, vocabulary);
    const first = vocabulary.types.get(doc.type)?.statuses[0]?.id;
    const created = doc.date ?? (doc.lastUpdatedAt === null ? null : isoDay(doc.lastUpdatedAt));
    if (created) {
      events.push({id: `${link}#created`, date: created, title: `New: ${label(doc, vocabulary)}`, link, description: doc.summary ?? '', kind: 'created'});
    }
    if (status && isInReview(doc, vocabulary)) {
      const since = reviewSince(doc);
      if (since) {
        // A review status is always one of the options' ids: a stable slug.
        events.push({id: `${link}#review-${status.id}`, date: since, title: `Review requested: ${label(doc, vocabulary)}`, link, description: reviewDescription(doc, vocabulary), kind: 'review'});
      }
    } else if (status && status.id !== first) {
      const successor = (model.relations.get(doc.key) ?? [])
        .filter((r) => r.kind === 'superseded-by')
        .map((r) => model.byKey.get(r.target)?.date)
        .find((date): date is string => Boolean(date));
      const changed = (status.id === 'superseded' ? successor : undefined) ?? (doc.lastUpdatedAt === null ? created : isoDay(doc.lastUpdatedAt));
      if (changed) {
        // The guid names the change by the status' id from the options, a
        // stable slug; an unknown status is the author's text, never an id.
        const known = vocabulary.findStatus(doc.type, status.id) !== undefined;
        const id = known ? `${link}#status-${status.id}` : `${link}#status`;
        events.push({id, date: changed, title: `${status.label}: ${label(doc, vocabulary)}`, link, description: doc.summary ?? '', kind: 'status'});
      }
    }
  }
  return events.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

type FeedSettings = {title: string; siteUrl: string; feedUrl: string};

const DESCRIPTION = 'Design docs, ADRs and RFCs as they are created and change status.';
const GENERATOR = 'docusaurus-plugin-design-docs';
const MAX_ENTRIES = 200;

function dayOf(event: DecisionEvent): Date {
  // A date written to the month (`2018-11`) is its first day.
  return new Date(`${event.date.length === 7 ? `${event.date}-01` : event.date}T00:00:00Z`);
}

/** Text as HTML source: feed readers render an RSS description as HTML. */
function asHtml(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/**
 * RSS 2.0. Titles are text; the description is HTML by convention, so the
 * summary is HTML-escaped before it is XML-escaped, and `AT&T <Gateway>`
 * reads as written instead of as a tag.
 */
function renderRss(events: DecisionEvent[], feed: FeedSettings, updated: Date): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '    <channel>',
    `        <title>${xmlText(feed.title)}</title>`,
    `        <link>${xmlText(feed.siteUrl)}</link>`,
    `        <description>${xmlText(DESCRIPTION)}</description>`,
    `        <lastBuildDate>${updated.toUTCString()}</lastBuildDate>`,
    '        <docs>https://validator.w3.org/feed/docs/rss2.html</docs>',
    `        <generator>${GENERATOR}</generator>`,
    `        <atom:link href="${xmlAttribute(`${feed.feedUrl}/rss.xml`)}" rel="self" type="application/rss+xml"/>`,
  ];
  for (const event of events) {
    lines.push(
      '        <item>',
      `            <title>${xmlText(event.title)}</title>`,
      `            <link>${xmlText(event.link)}</link>`,
      `            <guid isPermaLink="false">${xmlText(event.id)}</guid>`,
      `            <pubDate>${dayOf(event).toUTCString()}</pubDate>`,
      ...(event.description ? [`            <description>${xmlText(asHtml(event.description))}</description>`] : []),
      '        </item>',
    );
  }
  lines.push('    </channel>', '</rss>', '');
  return lines.join('\n');
}

/** Atom 1.0, with every title and summary declared as the plain text it is. */
function renderAtom(events: DecisionEvent[], feed: FeedSettings, updated: Date): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `    <id>${xmlText(feed.feedUrl)}</id>`,
    `    <title type="text">${xmlText(feed.title)}</title>`,
    `    <updated>${updated.toISOString()}</updated>`,
    `    <generator>${GENERATOR}</generator>`,
    `    <link rel="alternate" href="${xmlAttribute(feed.siteUrl)}"/>`,
    `    <link rel="self" href="${xmlAttribute(`${feed.feedUrl}/atom.xml`)}"/>`,
    `    <subtitle type="text">${xmlText(DESCRIPTION)}</subtitle>`,
    // Atom requires an author for every entry; the site stands for the records' authors.
    `    <author><name>${xmlText(feed.title)}</name></author>`,
  ];
  for (const event of events) {
    lines.push(
      '    <entry>',
      `        <title type="text">${xmlText(event.title)}</title>`,
      `        <id>${xmlText(event.id)}</id>`,
      `        <link href="${xmlAttribute(event.link)}"/>`,
      `        <updated>${dayOf(event).toISOString()}</updated>`,
      ...(event.description ? [`        <summary type="text">${xmlText(event.description)}</summary>`] : []),
      '    </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}

/**
 * RSS 2.0, Atom 1.0 and JSON Feed 1 of the same events. The XML feeds are
 * written here, every value through the XML helpers (the blog's feed
 * library declares titles as HTML in CDATA, which `]]>` ends); JSON Feed
 * comes from that library.
 */
export function renderFeeds(
  events: DecisionEvent[],
  {title, siteUrl, feedUrl}: FeedSettings,
): {rss: string; atom: string; json: string} {
  const entries = events.slice(0, MAX_ENTRIES);
  const updated = entries[0] ? dayOf(entries[0]) : new Date(0);
  const settings = {title: `${title}: architecture decisions`, siteUrl, feedUrl};
  const feed = new Feed({
    id: feedUrl,
    title: settings.title,
    description: DESCRIPTION,
    link: siteUrl,
    copyright: '',
    updated,
    generator: GENERATOR,
    feedLinks: {rss: `${feedUrl}/rss.xml`, atom: `${feedUrl}/atom.xml`, json: `${feedUrl}/feed.json`},
  });
  for (const event of entries) {
    feed.addItem({id: event.id, title: event.title, link: event.link, date: dayOf(event), description: event.description});
  }
  return {rss: renderRss(entries, settings, updated), atom: renderAtom(entries, settings, updated), json: feed.json1()};
}
