// Seeded synthetic design docs, shaped like the docs plugin's loaded docs:
// 60% ADRs (with supersede chains), 25% design docs carrying decisions,
// risks and requirements, 15% RFCs.

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

/** `{doc, location}` inputs for buildDesignDocModel, plus raw Markdown files. */
export function generateDocs(n, seed = 42) {
  const rand = random(seed);
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
    const frontMatter = {
      type,
      title: `${type} record ${number}`,
      date: day(rand),
      authors: [pick(rand, PEOPLE)],
      deciders: [pick(rand, PEOPLE), pick(rand, PEOPLE)],
      tags: [pick(rand, TAGS)],
    };
    if (type === 'adr') {
      // Every fifth ADR supersedes the one before: chains across the set.
      if (number > 1 && number % 5 === 0) {
        frontMatter.supersedes = `ADR-${pad(number - 1)}`;
      }
      frontMatter.status = number % 5 === 4 ? `superseded by ADR-${pad(number + 1)}` : pick(rand, ['accepted', 'proposed', 'accepted', 'deprecated']);
      if (number % 5 === 4 && number + 1 > adrCount) {
        frontMatter.status = 'accepted';
      }
    } else if (type === 'design-doc') {
      frontMatter.status = pick(rand, ['Draft', 'Review', 'Approved']);
      frontMatter.reviewers = [pick(rand, PEOPLE)];
      frontMatter.requirements = [
        {id: 'FR-1', text: 'Serve the main use case', priority: 'Must Have'},
        {id: 'NFR-1', category: 'Performance', text: 'Latency', target: '< 200ms p95'},
      ];
      frontMatter.decisions = [{title: `Decision ${number}`, chosen: 'Option A', alternatives: ['Option B'], rationale: 'Simpler', tradeoffs: 'Less flexible'}];
      frontMatter.risks = [
        {title: `Risk ${number}a`, likelihood: pick(rand, LEVELS), impact: pick(rand, LEVELS), mitigation: 'Monitor'},
        {title: `Risk ${number}b`, likelihood: pick(rand, LEVELS), impact: 'Critical'},
      ];
      frontMatter['open-questions'] = number % 3 === 0 ? ['Which vendor?'] : [];
    } else {
      frontMatter.status = pick(rand, ['draft', 'discussion', 'accepted', 'rejected']);
    }
    const id = `${folder}/record-${number}`;
    inputs.push({
      doc: {id, title: frontMatter.title, permalink: `/docs/${id}`, source: `@site/${file}`, frontMatter, tags: frontMatter.tags.map((label) => ({label, permalink: `/docs/tags/${label}`})), lastUpdatedAt: null},
      location: {pluginId: 'default', versionName: 'current', isLatestVersion: true, file},
    });
  }
  return inputs;
}
