// Seeded synthetic design docs, as the files a team writes and as the
// docs plugin's loaded docs: 60% ADRs (with supersede chains) and 15% RFCs
// with their fields in front matter, 25% design docs written from the
// design-doc template (bold header, requirement, risk and revision tables,
// decision blocks, open questions, the validation checklist) with no front
// matter at all, in `docs/design/`.

/** Mulberry32: small, fast and the same sequence for the same seed. */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LEVELS = ['Low', 'Medium', 'High'];
const PEOPLE = ['Ada Lovelace', 'Alan Turing', 'Grace Hopper', 'Barbara Liskov', 'Edsger Dijkstra', 'Margaret Hamilton'];
const TAGS = ['storage', 'security', 'api', 'ui', 'build', 'infra', 'data', 'observability'];

const pick = (rand, list) => list[Math.floor(rand() * list.length)];
const pad = (n) => String(n).padStart(4, '0');
const day = (rand) => `20${20 + Math.floor(rand() * 6)}-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}`;

/** Front matter as YAML: every value written as JSON, which YAML reads unchanged. */
export function yamlFrontMatter(frontMatter) {
  return Object.entries(frontMatter)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join('\n');
}

// About 1.5 KB of prose and structure per record, like a real short ADR.
export function recordBody(title, number) {
  const paragraph = `This paragraph stands in for the reasoning of record ${number}: the forces at play, the constraints of the platform and what the team knew at the time. It is long enough to look like a real decision record and to give the Markdown pipeline some work.`;
  return [
    `## Context and Problem Statement`,
    '',
    paragraph,
    '',
    `## Considered Options`,
    '',
    '* Option A',
    '* Option B',
    '* Option C',
    '',
    `## Decision Outcome`,
    '',
    `Chosen option: "Option A", because it is the simplest thing that meets the drivers of ${title}.`,
    '',
    '### Consequences',
    '',
    paragraph,
    '',
  ].join('\n');
}

// What a filled template says, varied by a second seeded stream so that the
// first stream (types, dates, people, statuses, risk levels) draws exactly
// what it drew when design docs were written in front matter.
const PRIORITIES = ['Must Have', 'Must Have', 'Should Have', 'Could Have', "Won't Have"];
const FEATURES = ['Serve the main use case', 'Export a report as CSV', 'Sign in with the company SSO', 'Keep an audit log of every change', 'Retry failed jobs automatically', 'Search by name and tag', 'Notify owners by email', 'Archive records older than a year'];
const QUALITIES = [
  ['Performance', 'API latency', '< 200ms p95'],
  ['Scalability', 'Concurrent users', '100k users'],
  ['Availability', 'Uptime', '99.9%'],
  ['Security', 'Data encryption', 'At rest & in transit'],
  ['Durability', 'Data loss on failover', 'None'],
  ['Cost', 'Monthly infrastructure', '< $2,000'],
];
const CHOICES = [
  ['Storage engine', 'PostgreSQL', ['DynamoDB', 'MongoDB'], 'Our data is relational and the team runs it already', 'We operate the database ourselves'],
  ['Messaging', 'Kafka', ['RabbitMQ', 'SQS'], 'Replay and ordering per key', 'More moving parts to run'],
  ['Architecture pattern', 'Modular monolith', ['Microservices', 'Serverless'], 'One deploy, clear module boundaries', 'Modules scale together'],
  ['API style', 'REST with OpenAPI', ['GraphQL', 'gRPC'], 'Every client already speaks it', 'More round trips for nested data'],
  ['Cache', 'Redis', ['Memcached', 'In-process LRU'], 'TTLs and shared state across instances', 'One more service to monitor'],
];
const RISKS = [
  ['Database becomes a bottleneck', 'Read replicas, caching, sharding plan'],
  ['Third-party API downtime', 'Circuit breaker, fallback logic, retries'],
  ['Scaling costs', 'Auto-scaling policies, cost monitoring'],
  ['Schema migrations block deploys', 'Expand-contract migrations'],
  ['Key people leave mid-project', 'Pairing and written runbooks'],
];
const CHECKLIST = ['All functional requirements addressed', 'All non-functional requirements have targets', 'Security design complete', 'Risks identified and mitigated', 'Feedback from principal-engineer incorporated'];

/** Picks `count` different entries of `list`, in a seeded order. */
function several(rand, list, count) {
  const left = [...list];
  const chosen = [];
  while (chosen.length < count && left.length > 0) {
    chosen.push(left.splice(Math.floor(rand() * left.length), 1)[0]);
  }
  return chosen;
}

/**
 * A filled design-doc template of 3–5 KB, with the values the first stream
 * drew (`fields`) and the first two risks as they were in front matter.
 */
export function templateBody(fields, number, risks, extra) {
  const {title, date, authors, reviewers, status} = fields;
  const prose = (topic) => `This paragraph stands in for what the design says about ${topic} for record ${number}: the current system, the constraints of the platform, and why the approach below is the simplest one that meets the requirements.`;
  const requirements = several(extra, FEATURES, 4).map((text, i) => `| FR-${i + 1} | ${text} | ${i === 0 ? 'Must Have' : pick(extra, PRIORITIES)} |`);
  const qualities = several(extra, QUALITIES, 4).map(([category, text, target]) => `| ${category} | ${text} | ${target} |`);
  const decisions = several(extra, CHOICES, 2).flatMap(([topic, chosen, alternatives, rationale, tradeoffs], i) => [
    `### Decision ${i + 1}: ${topic}`,
    `**Chosen**: ${chosen}`,
    `**Alternatives Considered**: ${alternatives.join(', ')}`,
    `**Rationale**: ${rationale}`,
    `**Trade-offs**: ${tradeoffs}`,
    '',
  ]);
  const moreRisks = several(extra, RISKS, 1 + Math.floor(extra() * 2)).map(([risk, mitigation]) => `| ${risk} | ${pick(extra, LEVELS)} | ${pick(extra, LEVELS)} | ${mitigation} |`);
  const questions = ['Which vendor do we pick for the first region?', 'Who owns the service after launch?', 'Do we need a migration window?'].slice(0, number % 3 === 0 ? 3 : 2);
  const revisions = [`| ${date} | ${authors[0]} | Initial draft |`];
  if (status !== 'Draft') {
    revisions.push(`| ${date} | ${authors[0]} | Changes after review by ${reviewers[0]} |`);
  }
  const checklist = CHECKLIST.map((item) => `- [${status === 'Approved' || extra() < 0.5 ? 'x' : ' '}] ${item}`);
  return [
    `# System Design Document: ${title}`,
    '',
    `**Author**: ${authors[0]} (System Architect)`,
    `**Date**: ${date}`,
    `**Status**: ${status}`,
    `**Reviewers**: ${reviewers.join(', ')}`,
    '',
    '## 1. Executive Summary',
    '',
    prose('what we are building and why'),
    '',
    prose('the high-level approach'),
    '',
    '## 2. Background & Context',
    '',
    '### 2.1 Problem Statement',
    '',
    prose('the problem and its pain points'),
    '',
    '### 2.2 Goals & Objectives',
    '',
    '- Serve the main use case without a manual step',
    '- Keep the latency budget of the calling services',
    '- Success metric: half the support tickets of today',
    '',
    '### 2.3 Non-Goals',
    '',
    'Replacing the billing system, and any change to the mobile clients.',
    '',
    '## 3. Requirements',
    '',
    '### 3.1 Functional Requirements',
    '| ID | Requirement | Priority |',
    '|----|-------------|----------|',
    ...requirements,
    '',
    '### 3.2 Non-Functional Requirements',
    '| Category | Requirement | Target |',
    '|----------|-------------|--------|',
    ...qualities,
    '',
    '### 3.3 Constraints',
    '- **Technical**: The existing TypeScript and PostgreSQL stack',
    '- **Business**: One quarter, two engineers',
    '',
    '## 4. High-Level Architecture',
    '',
    '### 4.2 Architecture Style',
    'Modular monolith',
    '',
    `**Justification**: ${prose('the architecture style')}`,
    '',
    '## 5. Detailed Component Design',
    '',
    `### 5.1 Record ${number} API`,
    '',
    '**Responsibility**: Accepts requests and validates them',
    '',
    '**API Interface**:',
    '```',
    'GET /api/v1/resource',
    'POST /api/v1/resource',
    'PUT /api/v1/resource/{id}',
    '```',
    '',
    '**Error Handling**: Every error has a code, a message and the field it is about.',
    '',
    '## 12. Trade-offs & Design Decisions',
    '',
    ...decisions,
    '## 13. Risks & Mitigation',
    '',
    '| Risk | Likelihood | Impact | Mitigation |',
    '|------|------------|--------|------------|',
    ...risks.map((risk) => `| ${risk.title} | ${risk.likelihood} | ${risk.impact} | ${risk.mitigation ?? ''} |`),
    ...moreRisks,
    '',
    '## 15. Open Questions',
    '',
    ...questions.map((question, i) => `${i + 1}. ${question}`),
    '',
    '## 16. Appendices',
    '',
    '### C. Revision History',
    '| Date | Author | Changes |',
    '|------|--------|---------|',
    ...revisions,
    '',
    '## Validation Checklist',
    '',
    ...checklist,
    '',
  ].join('\n');
}

/**
 * The generated records, each as `{doc, location}` (the model's input
 * shape, with the front matter the file's YAML holds: none for design
 * docs, whose body the front-matter hook reads), `markdown` (the file's
 * whole text) and `fields` (what the generator decided, whatever the
 * file's format says it in: status, date, people, for the MADR 2 copies).
 */
export function generateDocs(n, seed = 42) {
  const rand = random(seed);
  const extra = random(seed ^ 0x9e3779b9);
  const inputs = [];
  const types = Array.from({length: n}, () => {
    const roll = rand();
    return roll < 0.6 ? 'adr' : roll < 0.85 ? 'design-doc' : 'rfc';
  });
  const adrCount = types.filter((type) => type === 'adr').length;
  const counts = {adr: 0, 'design-doc': 0, rfc: 0};
  for (let i = 0; i < n; i += 1) {
    const type = types[i];
    counts[type] += 1;
    const number = counts[type];
    const folder = type === 'design-doc' ? 'design' : type;
    const file = `docs/${folder}/${pad(number)}-record-${number}.md`;
    const id = `${folder}/record-${number}`;
    const fields = {
      type,
      title: `${type} record ${number}`,
      date: day(rand),
      authors: [pick(rand, PEOPLE)],
      deciders: [pick(rand, PEOPLE), pick(rand, PEOPLE)],
      tags: [pick(rand, TAGS)],
    };
    let frontMatter = fields;
    let markdown;
    if (type === 'adr') {
      // Every fifth ADR supersedes the one before: chains across the set.
      if (number > 1 && number % 5 === 0) {
        fields.supersedes = `ADR-${pad(number - 1)}`;
      }
      fields.status = number % 5 === 4 ? `superseded by ADR-${pad(number + 1)}` : pick(rand, ['accepted', 'proposed', 'accepted', 'deprecated']);
      if (number % 5 === 4 && number + 1 > adrCount) {
        fields.status = 'accepted';
      }
    } else if (type === 'design-doc') {
      fields.status = pick(rand, ['Draft', 'Review', 'Approved']);
      fields.reviewers = [pick(rand, PEOPLE)];
      const risks = [
        {title: `Risk ${number}a`, likelihood: pick(rand, LEVELS), impact: pick(rand, LEVELS), mitigation: 'Monitor'},
        {title: `Risk ${number}b`, likelihood: pick(rand, LEVELS), impact: 'Critical'},
      ];
      // No front matter: the folder makes it a design doc, the body says the rest.
      frontMatter = {};
      markdown = templateBody(fields, number, risks, extra);
    } else {
      fields.status = pick(rand, ['draft', 'discussion', 'accepted', 'rejected']);
    }
    // ADRs and RFCs: their fields in front matter, as teams write new records.
    markdown ??= `---\n${yamlFrontMatter(frontMatter)}\n---\n\n${recordBody(fields.title, id)}`;
    const tags = (frontMatter.tags ?? []).map((label) => ({label, permalink: `/docs/tags/${label}`}));
    inputs.push({
      doc: {id, title: fields.title, permalink: `/docs/${id}`, source: `@site/${file}`, frontMatter, tags, lastUpdatedAt: null},
      location: {pluginId: 'default', versionName: 'current', isLatestVersion: true, file},
      markdown,
      fields,
    });
  }
  return inputs;
}

/**
 * A hub: ADR-0001, and `n - 1` ADRs that each say `related: ADR-0001`, in
 * the same shape as generateDocs gives. The hub ends up with a relation to
 * every other doc, the case that made the relation merge quadratic.
 */
export function generateHubDocs(n) {
  const inputs = [];
  for (let number = 1; number <= n; number += 1) {
    const file = `docs/adr/${pad(number)}-record-${number}.md`;
    const id = `adr/record-${number}`;
    const frontMatter = {type: 'adr', title: `adr record ${number}`, status: 'accepted', date: '2026-01-15', ...(number > 1 && {related: 'ADR-0001'})};
    inputs.push({
      doc: {id, title: frontMatter.title, permalink: `/docs/${id}`, source: `@site/${file}`, frontMatter, tags: [], lastUpdatedAt: null},
      location: {pluginId: 'default', versionName: 'current', isLatestVersion: true, file},
      markdown: `---\n${yamlFrontMatter(frontMatter)}\n---\n\n${recordBody(frontMatter.title, id)}`,
      fields: frontMatter,
    });
  }
  return inputs;
}
