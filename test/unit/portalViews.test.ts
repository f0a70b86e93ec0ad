import {describe, expect, it} from 'vitest';
import {getDefaultOptions} from '../../plugin/options';
import type {PortalContext} from '../../plugin/views/portal/context';
import {buildTypeIndexProps} from '../../plugin/views/portal/typeIndex';
import {buildDecisionLogProps} from '../../plugin/views/portal/decisionLog';
import {buildRiskRegisterProps} from '../../plugin/views/portal/riskRegister';
import {buildRequirementsProps} from '../../plugin/views/portal/requirements';
import {buildDashboardProps} from '../../plugin/views/portal/dashboard';
import {buildGraphProps} from '../../plugin/views/portal/graph';
import {escapeMermaidLabel} from '../../plugin/views/mermaid';
import {buildEmbedData} from '../../plugin/views/portal/embeds';
import {loadedDoc, model, vocabulary} from '../helpers/model';
import {createVocabulary} from '../../plugin/vocabulary/vocabulary';
import {buildDesignDocModel} from '../../plugin/validate/designDocModel';

function portal(...docs: Parameters<typeof model>): PortalContext {
  return {model: model(...docs), vocabulary, options: getDefaultOptions(), today: '2026-11-25'};
}

const design = loadedDoc('docs/design/search.md', {
  type: 'design-doc',
  status: 'Review',
  date: '2026-10-01',
  reviewers: ['Grace'],
  'open-questions': ['Which stemmer?'],
  decisions: [{title: 'Index engine', chosen: 'Lucene', alternatives: ['Sphinx'], status: 'accepted'}],
  requirements: [
    {id: 'FR-2', text: 'Filter', priority: 'Should Have'},
    {id: 'FR-1', text: 'Search', priority: 'Must Have'},
    {id: 'NFR-1', category: 'Performance', text: 'Latency', target: '< 200ms p95'},
  ],
  risks: [
    {title: 'Index too large', likelihood: 'Medium', impact: 'High'},
    {title: 'Privacy leak', likelihood: 'Low', impact: 'Critical'},
    {title: 'Unscored'},
  ],
});

describe('portal view builders', () => {
  it('indexes one type, newest number first, with a count per lifecycle status', () => {
    const context = portal(
      loadedDoc('docs/adr/0001-a.md', {type: 'adr', status: 'superseded by ADR-0002', date: '2026-01-01', deciders: ['Ada']}),
      loadedDoc('docs/adr/0002-b.md', {type: 'adr', status: 'accepted', date: '2026-02-01', authors: ['Ada', 'Alan']}),
      design,
    );
    const props = buildTypeIndexProps('adr', context);
    expect(props.rows.map((r) => [r.reference, r.status?.id, r.people])).toEqual([
      ['ADR-0002', 'accepted', ['Ada', 'Alan']],
      ['ADR-0001', 'superseded', ['Ada']],
    ]);
    expect(props.statuses.map((s) => `${s.status.id}:${s.count}`)).toEqual(['proposed:0', 'accepted:1', 'rejected:0', 'deprecated:0', 'superseded:1']);
  });

  it('names each row\'s docs instance only when the index spans more than one', () => {
    const single = buildTypeIndexProps('adr', portal(loadedDoc('docs/adr/0001-a.md', {type: 'adr', status: 'accepted'})));
    expect(single.rows.map((r) => r.instance)).toEqual([undefined]);
    const both = buildTypeIndexProps(
      'adr',
      portal(
        loadedDoc('docs/adr/0001-a.md', {type: 'adr', status: 'accepted'}),
        loadedDoc('platform/adr/0001-k8s.md', {type: 'adr', status: 'proposed'}, {pluginId: 'platform'}),
      ),
    );
    expect(both.rows.map((r) => `${r.reference} ${r.instance}`).sort()).toEqual(['ADR-0001 default', 'ADR-0001 platform']);
  });

  it('gives the registers and the dashboard the docs instances they list, and each row its instance, only when there are several', () => {
    const records = [
      loadedDoc('docs/design/search.md', {type: 'design-doc', status: 'review', reviewers: ['Grace'], decisions: [{title: 'Engine', chosen: 'Lucene'}], risks: [{title: 'Slow', likelihood: 'high', impact: 'high'}], requirements: [{id: 'FR-1', text: 'Search'}]}),
      loadedDoc('platform/adr/0001-k8s.md', {type: 'adr', status: 'accepted'}, {pluginId: 'platform'}),
      loadedDoc('platform/design/ci.md', {type: 'design-doc', status: 'review', reviewers: ['Mei'], risks: [{title: 'Flaky', likelihood: 'low', impact: 'low'}], requirements: [{id: 'FR-1', text: 'Build'}]}, {pluginId: 'platform'}),
    ];
    const both = portal(...records);
    expect(buildDecisionLogProps(both).docsInstances).toEqual(['default', 'platform']);
    expect(buildRiskRegisterProps(both).docsInstances).toEqual(['default', 'platform']);
    expect(buildRequirementsProps(both).docsInstances).toEqual(['default', 'platform']);
    const dashboard = buildDashboardProps(both, buildDecisionLogProps(both));
    expect(dashboard.docsInstances).toEqual(['default', 'platform']);
    // A doc of the default docs instance carries no name; the others carry theirs.
    expect(buildRiskRegisterProps(both).risks.map((r) => `${r.title} ${r.source.docsInstance ?? '-'}`)).toEqual(['Slow -', 'Flaky platform']);
    expect(dashboard.reviewQueue.map((entry) => `${entry.doc.title} ${entry.doc.docsInstance ?? '-'}`).sort()).toEqual(['design/search -', 'platform/design/ci platform']);

    const one = portal(records[0]!);
    for (const props of [buildDecisionLogProps(one), buildRiskRegisterProps(one), buildRequirementsProps(one)]) {
      expect('docsInstances' in props).toBe(false);
    }

    // Only the instances that give a register rows: the platform's ADR
    // alone gives it a decision, not a risk or a requirement.
    const adrOnly = portal(records[0]!, records[1]!);
    expect(buildDecisionLogProps(adrOnly).docsInstances).toEqual(['default', 'platform']);
    expect('docsInstances' in buildRiskRegisterProps(adrOnly)).toBe(false);
    expect('docsInstances' in buildRequirementsProps(adrOnly)).toBe(false);
    expect(buildDashboardProps(adrOnly, buildDecisionLogProps(adrOnly)).docsInstances).toEqual(['default', 'platform']);
  });

  it('logs design-doc decisions and ADR outcomes, newest first', () => {
    const context = portal(loadedDoc('docs/adr/0001-a.md', {type: 'adr', status: 'accepted', date: '2026-01-01'}), design);
    const {decisions} = buildDecisionLogProps(context);
    expect(decisions.map((d) => [d.title, d.chosen, d.status?.id, d.source.reference])).toEqual([
      ['Index engine', 'Lucene', 'accepted', null],
      ['adr/a', null, 'accepted', 'ADR-0001'],
    ]);
  });

  it('scores risks on the scale and puts them in bands, highest first', () => {
    const {risks, likelihood, impact} = buildRiskRegisterProps(portal(design));
    expect(risks.map((r) => [r.title, r.score, r.band?.label])).toEqual([
      ['Index too large', 12, 'High'],
      ['Privacy leak', 10, 'High'],
      ['Unscored', null, undefined],
    ]);
    expect(likelihood.map((l) => l.value)).toEqual([1, 2, 3, 4, 5]);
    expect(impact.map((l) => l.label)).toEqual(['Negligible', 'Low', 'Medium', 'High', 'Critical']);
  });

  it('follows a configured 3x3 scale and its bands', () => {
    const options = getDefaultOptions();
    const three = [
      {id: 'low', label: 'Low', value: 1, aliases: []},
      {id: 'medium', label: 'Medium', value: 2, aliases: []},
      {id: 'high', label: 'High', value: 3, aliases: []},
    ];
    options.riskScale = {likelihood: three, impact: three, bands: [{min: 1, label: 'Minor', tone: 'success'}, {min: 6, label: 'Severe', tone: 'danger'}]};
    const vocab = createVocabulary(options);
    const m = buildDesignDocModel([design], vocab);
    const {risks, impact} = buildRiskRegisterProps({model: m, vocabulary: vocab, options, today: '2026-11-25'});
    expect(impact.map((l) => l.id)).toEqual(['low', 'medium', 'high']);
    expect(risks.map((r) => [r.title, r.score, r.band?.label])).toEqual([
      ['Index too large', 6, 'Severe'],
      ['Privacy leak', null, undefined],
      ['Unscored', null, undefined],
    ]);
    // "Critical" is not on this scale: a problem names the field.
    expect(m.problems.map((p) => p.field)).toEqual(['risks[1].impact']);
  });

  it('orders requirements by kind, then MoSCoW priority', () => {
    const {requirements} = buildRequirementsProps(portal(design));
    expect(requirements.map((r) => r.id)).toEqual(['FR-1', 'FR-2', 'NFR-1']);
  });

  it('fills the dashboard: counts, review queue with days in review and readiness, stale docs, open questions', () => {
    const context = portal(
      design,
      loadedDoc('docs/adr/0001-a.md', {type: 'adr', status: 'accepted', 'review-by': '2026-06-01'}),
      loadedDoc('docs/adr/0002-b.md', {type: 'adr', status: 'deprecated', 'review-by': '2026-06-01'}),
    );
    const dashboard = buildDashboardProps(context);
    expect(dashboard.counts.find((c) => c.type.id === 'adr')).toMatchObject({total: 2});
    // Written in front matter alone, the design doc has none of the template's prose sections.
    expect(dashboard.reviewQueue).toEqual([expect.objectContaining({reviewers: ['Grace'], since: '2026-10-01', daysInReview: 55, ready: false, blockers: ['sections']})]);
    expect(dashboard.reviewers).toEqual([{name: 'Grace', entries: [0]}]);
    // The deprecated doc is no longer active, so it is not stale.
    expect(dashboard.stale).toEqual([expect.objectContaining({reason: 'review-by', since: '2026-06-01', days: 177})]);
    expect(dashboard.openQuestions.map((q) => q.questions)).toEqual([['Which stemmer?']]);
  });
});

describe('relationship graph', () => {
  it('draws each relation once, in its usual direction, with escaped labels', () => {
    const context = portal(
      loadedDoc('docs/adr/0001-a.md', {type: 'adr', status: 'superseded', title: 'Use "REST" <script>alert(1)</script>'}),
      loadedDoc('docs/adr/0002-b.md', {type: 'adr', status: 'accepted', supersedes: 'ADR-0001', related: 'ADR-0003', title: 'B]-->C %%{init: {}}%%'}),
      loadedDoc('docs/adr/0003-c.md', {type: 'adr', status: 'accepted', related: 'ADR-0002'}),
    );
    const graph = buildGraphProps({...context, options: {...context.options, graph: {related: true}}});
    expect(graph.diagrams).toHaveLength(1);
    const mermaid = graph.diagrams[0]!.mermaid;
    const lines = mermaid.split('\n');
    expect(lines.filter((l) => l.includes('|supersedes|'))).toEqual(['  n0 -->|supersedes| n1']);
    expect(lines.filter((l) => l.includes('|related|'))).toHaveLength(1);
    expect(mermaid).not.toMatch(/<script|"REST"|\]-->C|%%\{/);
    expect(graph.edges.map(([from, kind, to]) => [graph.docs[from]!.reference, kind, graph.docs[to]!.reference])).toEqual([
      ['ADR-0002', 'supersedes', 'ADR-0001'],
      ['ADR-0002', 'related', 'ADR-0003'],
    ]);
  });

  it('escapes everything but plain words', () => {
    expect(escapeMermaidLabel('A "quote" ]')).toBe('A #34;quote#34; #93;');
    expect(escapeMermaidLabel('a-->b')).toBe('a-#45;#62;b');
    expect(escapeMermaidLabel('')).toBe('#160;');
  });
});

describe('embed data', () => {
  it('takes a design doc\'s own requirements inside it, and every doc elsewhere', () => {
    const other = loadedDoc('docs/design/other.md', {type: 'design-doc', status: 'draft', requirements: [{id: 'FR-9', text: 'Other', priority: 'could'}]});
    const context = portal(design, other);
    const inside = buildEmbedData('requirements', {kind: 'functional'}, context, 'default/current/design/search');
    expect('requirements' in inside && inside.requirements.map((r) => r.id)).toEqual(['FR-1', 'FR-2']);
    const everywhere = buildEmbedData('requirements', {}, context, null);
    expect('requirements' in everywhere && everywhere.requirements.map((r) => r.id)).toEqual(['FR-1', 'FR-2', 'FR-9', 'NFR-1']);
  });

  it('filters the ADR index and the risk register by their attributes', () => {
    const context = portal(
      loadedDoc('docs/adr/0001-a.md', {type: 'adr', status: 'accepted', tags: []}),
      loadedDoc('docs/adr/0002-b.md', {type: 'adr', status: 'proposed'}),
      design,
    );
    const index = buildEmbedData('adr-index', {status: 'accepted'}, context, null);
    expect('rows' in index && index.rows.map((r) => r.reference)).toEqual(['ADR-0001']);
    const risks = buildEmbedData('risk-register', {'min-score': '11'}, context, null);
    expect('risks' in risks && risks.risks.map((r) => r.title)).toEqual(['Index too large']);
  });
});
