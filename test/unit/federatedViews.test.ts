import {describe, expect, it} from 'vitest';
import {getDefaultOptions} from '../../plugin/options';
import type {DesignDocRecord, ResolvedRelation, ReviewReadiness} from '../../plugin/types/model';
import type {ReviewReadinessProps} from '../../plugin/types/props';
import {docsInstancesOf, sitesOf, type PortalContext} from '../../plugin/views/portal/context';
import {buildTypeIndexProps} from '../../plugin/views/portal/typeIndex';
import {buildDecisionLogProps} from '../../plugin/views/portal/decisionLog';
import {buildRiskRegisterProps} from '../../plugin/views/portal/riskRegister';
import {buildRequirementsProps} from '../../plugin/views/portal/requirements';
import {buildReviewQueueProps} from '../../plugin/views/portal/reviewQueue';
import {buildDashboardProps} from '../../plugin/views/portal/dashboard';
import {buildGraphProps} from '../../plugin/views/portal/graph';
import {buildEmbedData} from '../../plugin/views/portal/embeds';
import {mermaidLink} from '../../plugin/views/mermaid';
import {reviewReadinessOf} from '../../plugin/review/readiness';
import {referenceOf} from '../../plugin/vocabulary/references';
import {loadedDoc, model, vocabulary} from '../helpers/model';

// Federation's views, on hand-built remote records: the lead's reader
// hands the portal records like these (plugin/types/model.ts, RemoteOrigin).

const TODAY = '2026-11-25';
const READY: ReviewReadiness = {
  ready: true,
  blockers: [],
  checklist: {done: 3, total: 3, open: []},
  feedback: {total: 0, open: {critical: 0, important: 0, 'nice-to-have': 0, question: 0}, openItems: []},
  sections: {required: 0, missing: []},
  findings: [],
};

/** A loaded record as another site's export gives it: qualified key, absolute permalink, `remote` set. */
function asRemote(
  doc: DesignDocRecord,
  site: string,
  siteLabel: string,
  {readiness = READY, permalink}: {readiness?: ReviewReadiness; permalink?: string} = {},
): DesignDocRecord {
  return {
    ...doc,
    key: `${site}:${doc.key}`,
    permalink: permalink ?? `https://${site}.example.com${doc.permalink}`,
    remote: {site, siteLabel, reference: referenceOf(doc, vocabulary), statusLabel: doc.status, readiness, inReview: null},
  };
}

function recordsOf(...inputs: Parameters<typeof model>): DesignDocRecord[] {
  return model(...inputs).docs;
}

/** A portal of this site's records and others', as assemblePortal lists them: local first. */
function federated(local: DesignDocRecord[], remote: DesignDocRecord[], relations: [string, ResolvedRelation][] = []): PortalContext {
  const docs = [...local, ...remote];
  const related = new Map<string, ResolvedRelation[]>();
  for (const [from, relation] of relations) {
    related.set(from, [...(related.get(from) ?? []), relation]);
  }
  return {
    model: {docs, byKey: new Map(docs.map((doc) => [doc.key, doc])), relations: related},
    vocabulary,
    options: getDefaultOptions(),
    today: TODAY,
    localSite: {name: 'hub', label: 'Architecture hub'},
  };
}

const localDocs = recordsOf(
  loadedDoc('docs/adr/0003-cache.md', {type: 'adr', status: 'accepted', date: '2026-03-01', 'review-by': '2026-06-01'}),
  loadedDoc('docs/adr/0004-queue.md', {type: 'adr', status: 'proposed', date: '2026-04-01'}),
  loadedDoc('docs/design/search.md', {
    type: 'design-doc',
    status: 'review',
    date: '2026-10-01',
    reviewers: ['Grace'],
    risks: [{id: 'R-1', title: 'Index too large', likelihood: 'very-high', impact: 'catastrophic'}],
    requirements: [{id: 'FR-1', text: 'Search', priority: 'must'}],
    decisions: [{title: 'Engine', chosen: 'Lucene'}],
  }),
);

const paymentsDocs = recordsOf(
  // Its own site's second docs instance: a hub knows nothing of it.
  loadedDoc('docs/adr/0003-ledger.md', {type: 'adr', status: 'accepted', date: '2026-03-01', 'review-by': '2026-01-01'}, {pluginId: 'platform'}),
  loadedDoc('docs/design/refunds.md', {
    type: 'design-doc',
    status: 'review',
    date: '2026-09-01',
    reviewers: ['Mei'],
    risks: [
      {id: 'R-1', title: 'Double refund', likelihood: 'very-high', impact: 'catastrophic'},
      {id: 'R-2', title: 'Fraud', likelihood: 'very-high', impact: 'catastrophic', status: 'Mitigated (2026-05)'},
      {id: 'R-3', title: 'Slow payouts', likelihood: 'low', impact: 'low'},
    ],
    requirements: [{id: 'FR-1', text: 'Refund', priority: 'must'}],
  }, {pluginId: 'platform'}),
).map((doc) => asRemote(doc, 'payments', 'Payments'));

const context = federated(localDocs, paymentsDocs);
const HUB = {name: 'hub', label: 'Architecture hub'};
const PAYMENTS = {name: 'payments', label: 'Payments'};

describe('registers of a federated portal', () => {
  it('lists the sites that give a register rows, this site first, and names each remote row\'s site', () => {
    const index = buildTypeIndexProps('adr', context);
    expect(index.sites).toEqual([HUB, PAYMENTS]);
    // ADR-0003 of both sites: the same number, this site's first.
    expect(index.rows.map((row) => `${row.reference} ${row.site?.name ?? '-'} ${row.permalink}`)).toEqual([
      'ADR-0004 - /docs/adr/queue',
      'ADR-0003 - /docs/adr/cache',
      'ADR-0003 payments https://payments.example.com/docs/adr/ledger',
    ]);
    expect(buildDecisionLogProps(context).sites).toEqual([HUB, PAYMENTS]);
    expect(buildRiskRegisterProps(context).risks.map((risk) => `${risk.title} ${risk.source.site?.label ?? '-'}`)).toEqual([
      'Double refund Payments',
      'Fraud Payments',
      'Index too large -',
      'Slow payouts Payments',
    ]);
    expect(buildRequirementsProps(context).requirements.map((r) => `${r.id} ${r.source.site?.name ?? '-'}`)).toEqual(['FR-1 -', 'FR-1 payments']);
  });

  it('lists only the sites with rows: a register of remote rows alone offers no local choice', () => {
    const onlyRemote = federated(localDocs.filter((doc) => doc.type === 'adr'), paymentsDocs);
    expect(buildRiskRegisterProps(onlyRemote).sites).toEqual([PAYMENTS]);
    expect(sitesOf(localDocs, context)).toEqual({});
    // With no name given, this site is "This site", as federation.name's default calls it.
    expect(sitesOf([...localDocs, ...paymentsDocs], {})).toEqual({sites: [{name: 'local', label: 'This site'}, PAYMENTS]});
  });

  it('counts only this site\'s docs instances: a remote record\'s is its own site\'s business', () => {
    expect(paymentsDocs.every((doc) => doc.pluginId === 'platform')).toBe(true);
    expect(docsInstancesOf(context.model.docs)).toEqual({});
    expect(buildTypeIndexProps('adr', context).rows.some((row) => row.instance !== undefined)).toBe(false);
    expect(buildRiskRegisterProps(context).risks.every((risk) => risk.source.docsInstance === undefined)).toBe(true);
  });

  it('queues remote docs for review with the readiness their own site judged', () => {
    const blocked: ReviewReadiness = {...READY, ready: false, blockers: ['checklist'], checklist: {done: 1, total: 3, open: ['a', 'b']}};
    const refunds = asRemote(paymentsDocs[1]!, 'payments', 'Payments', {readiness: blocked});
    expect(reviewReadinessOf(refunds, vocabulary)).toBe(blocked);
    const queue = buildReviewQueueProps(federated(localDocs, [refunds]));
    // By the queue's own order: blockers, then the longest wait.
    expect(queue.entries.map((entry) => `${entry.doc.title} ${entry.doc.site?.name ?? '-'} ${entry.ready} ${entry.checklist.done}/${entry.checklist.total}`)).toEqual([
      'adr/queue - false 0/0',
      'design/refunds payments false 1/3',
      'design/search - false 0/0',
    ]);
    expect(queue.sites).toEqual([HUB, PAYMENTS]);
  });
});

describe('<ReviewReadiness doc="payments:..." /> in a federated portal', () => {
  const readinessOf = (doc: string) => buildEmbedData('review-readiness', {doc}, context, null) as ReviewReadinessProps;

  it("names another site's record by the reference or doc id that site gives it, and an unqualified name only this site's docs", () => {
    const ledger = readinessOf('payments:ADR-0003');
    expect([ledger.doc?.permalink, ledger.doc?.site?.name, ledger.onOwnPage]).toEqual(['https://payments.example.com/docs/adr/ledger', 'payments', false]);
    expect(readinessOf('ADR-0003').doc?.permalink).toBe('/docs/adr/cache');
    const refunds = readinessOf('payments:design/refunds');
    expect([refunds.doc?.site?.name, refunds.doc?.title]).toEqual(['payments', 'design/refunds']);
    expect(readinessOf('payments:ADR-0099').doc).toBeNull();
    expect(readinessOf('platform:ADR-0003').doc).toBeNull();
  });
});

describe('the dashboard of a federated portal', () => {
  const dashboard = buildDashboardProps(context);

  it('lists remote docs among the stale ones and the review queue, each naming its site', () => {
    expect(dashboard.stale.map((entry) => `${entry.doc.title} ${entry.doc.site?.label ?? '-'} ${entry.since}`)).toEqual([
      'adr/ledger Payments 2026-01-01',
      'adr/cache - 2026-06-01',
    ]);
    // Ready first, then the longest wait: the remote doc is ready (its own site said so).
    expect(dashboard.reviewQueue.map((entry) => `${entry.doc.title} ${entry.doc.site?.name ?? '-'}`)).toEqual(['design/refunds payments', 'adr/queue -', 'design/search -']);
    expect(dashboard.sites).toEqual([HUB, PAYMENTS]);
  });

  it('sums each site up: docs by status, open risks in the highest band, docs in review, stale docs', () => {
    expect(dashboard.siteSummaries!.map(({site, total, statuses, openCriticalRisks, inReview, stale}) => ({
      site: site.name,
      total,
      statuses: statuses.map((s) => `${s.status.id}:${s.count}`),
      openCriticalRisks,
      inReview,
      stale,
    }))).toEqual([
      // Score 25 is Critical (the default bands); the mitigated risk is no longer open.
      // A proposed ADR waits for review too. Equal counts go by label (Accepted, In review, Proposed).
      {site: 'hub', total: 3, statuses: ['accepted:1', 'review:1', 'proposed:1'], openCriticalRisks: 1, inReview: 2, stale: 1},
      {site: 'payments', total: 2, statuses: ['accepted:1', 'review:1'], openCriticalRisks: 1, inReview: 1, stale: 1},
    ]);
  });
});

describe('a one-site portal', () => {
  const alone: PortalContext = {...federated(localDocs, []), localSite: HUB};

  it('gets no site, sites or site summaries anywhere, so its data is what it was', () => {
    const props = [
      buildTypeIndexProps('adr', alone),
      buildDecisionLogProps(alone),
      buildRiskRegisterProps(alone),
      buildRequirementsProps(alone),
      buildReviewQueueProps(alone),
      buildDashboardProps(alone),
      buildGraphProps(alone),
      ...(['adr-index', 'decision-log', 'risk-register', 'requirements', 'review-queue', 'status-dashboard'] as const).map((name) => buildEmbedData(name, {}, alone, null)),
    ];
    for (const data of props) {
      expect(Object.keys(data)).not.toContain('sites');
      expect(Object.keys(data)).not.toContain('siteSummaries');
      expect(JSON.stringify(data)).not.toMatch(/"site"|"sites"|siteSummaries|click /);
    }
  });
});

describe('embeds of a federated portal', () => {
  it('keep one site\'s records with `site=`, this site\'s by its own name, and list the sites of the rows they keep', () => {
    const payments = buildEmbedData('adr-index', {site: 'payments'}, context, null);
    expect('rows' in payments && payments.rows.map((row) => row.permalink)).toEqual(['https://payments.example.com/docs/adr/ledger']);
    expect('sites' in payments && payments.sites).toEqual([PAYMENTS]);
    const hub = buildEmbedData('risk-register', {site: 'Hub'}, context, null);
    expect('risks' in hub && hub.risks.map((risk) => risk.title)).toEqual(['Index too large']);
    expect(Object.keys(hub)).not.toContain('sites');
    // A score filter that leaves one site's risks lists that site alone.
    const scored = buildEmbedData('risk-register', {'min-score': '20'}, context, null);
    expect('sites' in scored && scored.sites).toEqual([HUB, PAYMENTS]);
    const low = buildEmbedData('risk-register', {site: 'payments', 'min-score': '1'}, context, null);
    expect('risks' in low && low.risks).toHaveLength(3);
    expect('risks' in buildEmbedData('risk-register', {site: 'nowhere'}, context, null)).toBe(true);
    expect((buildEmbedData('risk-register', {site: 'nowhere'}, context, null) as {risks: unknown[]}).risks).toEqual([]);
  });
});

describe('the relationship graph of a federated portal', () => {
  const hostile = recordsOf(
    loadedDoc('docs/adr/0001-old.md', {type: 'adr', status: 'superseded', title: 'Old"]; click n1 "javascript:alert(1)"; %%{init: {}}%%'}),
    loadedDoc('docs/adr/0002-bad.md', {type: 'adr', status: 'accepted', title: 'Bad link'}),
    loadedDoc('docs/adr/0005-quoted.md', {type: 'adr', status: 'accepted', title: 'Quoted link'}),
  );
  const remote = [
    asRemote(hostile[0]!, 'payments', 'Pay<b>ments'),
    asRemote(hostile[1]!, 'payments', 'Payments', {permalink: 'javascript:alert(1)'}),
    asRemote(hostile[2]!, 'payments', 'Payments', {permalink: 'https://payments.example.com/docs/a"b c'}),
  ];
  const [old, bad, quoted] = remote.map((doc) => doc.key) as [string, string, string];
  const local = recordsOf(loadedDoc('docs/adr/0009-new.md', {type: 'adr', status: 'accepted', title: 'New'}))[0]!;
  const supersedes = (target: string): ResolvedRelation => ({kind: 'supersedes', target, inferred: false});
  const graph = buildGraphProps(federated([local], remote, [[local.key, supersedes(old)], [local.key, supersedes(bad)], [local.key, supersedes(quoted)]]));
  const mermaid = graph.diagrams.map((diagram) => diagram.mermaid).join('\n');

  it('draws remote docs as nodes named by their site, every remote text escaped', () => {
    expect(graph.edges).toHaveLength(3);
    expect(mermaid).toContain('["Pay#60;b#62;ments ADR-0001: Old#34;#93;#59; click n1 #34;javascript:alert#40;1#41;#34;#59;');
    expect(mermaid).toContain('Payments ADR-0002: Bad link');
    // Only the writer's own quotes: each label ends where its node line says.
    expect(mermaid).not.toMatch(/<b>|"\];|%%\{|"javascript/);
    expect(mermaid.split('\n').filter((line) => line.includes('["')).every((line) => /^ {2}n\d+\["[^"]*"\]:::tone-[a-z]+$/.test(line))).toBe(true);
  });

  it('links a remote node to its page on its own site, and never to anything but an http(s) address', () => {
    const clicks = mermaid.split('\n').filter((line) => line.trimStart().startsWith('click'));
    // The `javascript:` permalink gets no click; the quoted one is percent-encoded.
    expect(clicks.map((line) => line.replace(/n\d+/, 'n?'))).toEqual([
      '  click n? href "https://payments.example.com/docs/adr/old" _blank',
      '  click n? href "https://payments.example.com/docs/a%22b%20c" _blank',
    ]);
    // Each click names a node of its own diagram.
    for (const line of clicks) {
      expect(mermaid).toContain(`  ${line.split(' ')[3]}["`);
    }
    // The table's links carry the site, for the theme to mark them external (and to refuse the bad one).
    expect(graph.docs.filter((doc) => doc.site).map((doc) => doc.permalink)).toContain('javascript:alert(1)');
  });

  it('takes only absolute http(s) URLs of plain URL characters into a diagram', () => {
    expect(mermaidLink('https://payments.example.com/docs/adr/0003')).toBe('https://payments.example.com/docs/adr/0003');
    expect(mermaidLink('javascript:alert(1)')).toBeNull();
    expect(mermaidLink('data:text/html,<script>')).toBeNull();
    expect(mermaidLink('/docs/adr/0003')).toBeNull();
    expect(mermaidLink('https://a.example/"x"')).toBe('https://a.example/%22x%22');
    // `%%` would start a mermaid comment; a stray `%` is no URL escape.
    expect(mermaidLink('https://a.example/%%{init}')).toBeNull();
  });
});
