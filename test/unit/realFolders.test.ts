import {describe, expect, it} from 'vitest';
import {loadMarkdownParser} from '../../plugin/formats/markdown';
import {readBody} from '../../plugin/formats/readBody';
import {blankLines, restatedLines} from '../../plugin/normalize/restatedLines';
import {vocabulary} from '../helpers/model';
import {modelOf, parseFrontMatter, recordOf} from '../helpers/markdown';
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import {parseProblemsOf} from '../../plugin/formats/frontMatterHook';

// The patterns issue 13 met in public ADR folders, each in this project's
// own wording, in the format where real folders use it.

const summary = (problems: {field: string; message: string; severity: string; line?: number}[]) =>
  problems.map((p) => `${p.severity} ${p.field}${p.line ? `@${p.line}` : ''}: ${p.message}`);

/** The page's Markdown once the lines that restate the header are blanked. */
async function page(source: string, frontMatter: Record<string, unknown> = {}) {
  return blankLines(source, restatedLines(readBody(source, await loadMarkdownParser()), frontMatter, 'adr', vocabulary));
}

describe('numbers', () => {
  it('takes a log4brains date prefix, with or without dashes, as the date and not the number', async () => {
    const model = await modelOf({
      'docs/adr/2023-04-05-use-kafka.md': '# Use Kafka\n\n- Status: accepted\n\n## Context\n\nEvents.\n',
      'docs/adr/20230611-use-redis.md': '# Use Redis\n\n- Status: accepted\n\n## Context\n\nCache.\n',
    });
    expect(model.docs.map((d) => [d.title, d.number, d.date])).toEqual([
      ['Use Kafka', null, '2023-04-05'],
      ['Use Redis', null, '2023-06-11'],
    ]);
    expect(summary(model.problems)).toEqual([]);
  });

  it('numbers adr-001-title.md and ADR-0007-title.md file names by their digits', async () => {
    const model = await modelOf({
      'docs/adr/adr-001-pick-a-queue.md': '# ADR-001: Pick a queue\n\n## Status\n\nAccepted\n',
      'docs/adr/ADR-0007-split-the-monolith.md': '# Split the monolith\n\n## Status\n\nProposed\n',
    });
    expect(model.docs.map((d) => [d.number, d.title])).toEqual([
      [1, 'Pick a queue'],
      [7, 'Split the monolith'],
    ]);
  });

  it("leaves the file's number out of a heading that writes it without a full stop", async () => {
    const model = await modelOf({'docs/adr/023-logging.md': '# 23 Logging\n\n## Status\n\nAccepted\n', 'docs/adr/0024-2024-budget.md': '# 2024 budget\n\n## Status\n\nAccepted\n'});
    expect(model.docs.map((d) => [d.number, d.title])).toEqual([
      [23, 'Logging'],
      [24, '2024 budget'],
    ]);
  });

  it("takes the file's number over the heading's, and warns when they differ", async () => {
    const model = await modelOf({
      'docs/adr/0003-audit-trail.md': '# 3. Audit trail\n\n## Status\n\nAccepted\n',
      'docs/adr/0033-ip-allow-lists.md': '# 3. IP allow lists\n\n## Status\n\nAccepted\n',
    });
    expect(model.docs.map((d) => [d.number, d.title])).toEqual([
      [3, 'Audit trail'],
      [33, 'IP allow lists'],
    ]);
    expect(summary(model.problems)).toEqual([
      'warning number@1: the heading "3. IP allow lists" gives the number 3 but the file name 0033-ip-allow-lists.md gives 33; the file name\'s number is used',
    ]);
  });
});

describe('statuses', () => {
  it('reads a prose status section as its status word, its relation and a note, never the paragraph', async () => {
    const model = await modelOf({
      'docs/adr/0012-shard-by-tenant.md': '# 12. Shard by tenant\n\n## Status\n\nSuperseded by [21. Shard by region](0021-shard-by-region.md).\n\n## Context\n\nGrowth.\n',
      'docs/adr/0021-shard-by-region.md': '# 21. Shard by region\n\n## Status\n\nAccepted\n\nSupersedes [12. Shard by tenant](0012-shard-by-tenant.md)\n',
    });
    const record = model.docs[0]!;
    expect([record.status, record.statusNote]).toEqual(['superseded', null]);
    expect(record.relations).toEqual([{kind: 'superseded-by', target: '0021-shard-by-region.md', field: 'Status', line: 5}]);
    expect(summary(model.problems)).toEqual([]);

    const prose = await recordOf(
      'docs/adr/0013-cache-sessions.md',
      '# 13. Cache sessions\n\n## Status\n\nAccepted, but see [0021-shard-by-region](0021-shard-by-region.md) for the newer discussion of where sessions live.\n\n## Context\n',
    );
    expect(prose.record.status).toBe('accepted');
    expect(prose.record.statusNote).toBe('but see 0021-shard-by-region for the newer discussion of where sessions live.');
  });

  it('warns, and takes no status, when a status section is prose without a status word', async () => {
    const {record, problems} = await recordOf(
      'docs/adr/0014-drop-soap.md',
      '# 14. Drop SOAP\n\n## Status\n\nWe talked about this at length in https://example.com/minutes and will come back to it.\n\n## Context\n',
    );
    expect(record.status).toBeNull();
    expect(record.statusNote).toBe('We talked about this at length in https://example.com/minutes and will come back to it.');
    expect(summary(problems)).toEqual([
      'warning Status@5: "We talked about this at length in https://example.com/min..." does not start with a status of type adr; use one of proposed, accepted, rejected, deprecated, superseded (the text is kept as a note)',
    ]);
  });

  it('reads a note after the status word in a MADR bullet', async () => {
    const {record} = await recordOf(
      'docs/decisions/0005-monorepo.md',
      '# Use a monorepo\n\n- Status: proposed. **Parked: the teams could not agree on tooling.**\n- Date: 2022-03-14\n\n## Context and Problem Statement\n\nMany repositories.\n',
    );
    expect([record.status, record.statusNote, record.date]).toEqual(['proposed', 'Parked: the teams could not agree on tooling.', '2022-03-14']);
  });

  it('reads "accepted; supersedes ADR-0045" in front matter as a status and a relation', async () => {
    const {record, problems} = await recordOf('docs/adr/0046-x.md', '---\nstatus: "accepted; supersedes ADR-0045"\n---\n# Event sourcing\n');
    expect(record.status).toBe('accepted');
    expect(record.relations).toEqual([{kind: 'supersedes', target: 'ADR-0045', field: 'status'}]);
    expect(problems.filter((p) => p.severity === 'error').map((p) => p.message)).toEqual([expect.stringContaining('ADR-0045')]);
  });

  it('gives the ADR lifecycle the words real folders use', async () => {
    const model = await modelOf({
      'docs/adr/0001-a.md': '# 1. A\n\n## Status\n\nApproved\n',
      'docs/adr/0002-b.md': '# 2. B\n\n## Status\n\nPending\n',
      'docs/adr/0003-c.md': '# 3. C\n\n## Status\n\nIn review\n',
      'docs/adr/0004-d.md': '# 4. D\n\n## Status\n\nReview\n',
      'docs/adr/0005-e.md': '# 5. E\n\n## Status\n\nInvalidated by [6. F](0006-f.md)\n',
      'docs/adr/0006-f.md': '# 6. F\n\n## Status\n\nAccepted\n\nReplaces [5. E](0005-e.md)\n',
      'docs/adr/0007-g.md': '# 7. G\n\n## Status\n\nReplaced by [6. F](0006-f.md)\n',
    });
    expect(model.docs.map((d) => d.status)).toEqual(['accepted', 'proposed', 'proposed', 'proposed', 'superseded', 'accepted', 'superseded']);
    expect(model.docs[4]!.relations).toEqual([{kind: 'superseded-by', target: '0006-f.md', field: 'Status', line: 5}]);
    expect(summary(model.problems)).toEqual([]);
  });

  it('reads a status after a symbol, in brackets, before a rule, or with who changed it', async () => {
    const model = await modelOf({
      'docs/adr/0001-a.md': '# 1. A\n\n## Status\n\n✅ Accepted\n',
      'docs/adr/0002-b.md': '# 2. B\n\n- Status: [draft] <!-- optional -->\n',
      'docs/adr/0003-c.md': '# 3. C\n\n## Status\n\nAccepted\n\n---\n\n## Context\n\nWhy.\n',
      'docs/adr/0004-d.md': '# 4. D\n\n## Status\n\nReverted by the steering group\n',
    });
    expect(model.docs.map((d) => [d.status, d.statusNote])).toEqual([
      ['accepted', null],
      ['proposed', null],
      ['accepted', null],
      ['reverted', 'by the steering group'],
    ]);
    expect(summary(model.problems)).toEqual([
      expect.stringContaining('error Status@5: 1 record uses "Reverted", which is not a status of type adr'),
    ]);
    // Only pictographs are decoration: a `<` or `$` before a word is the author's text.
    const written = await recordOf('docs/adr/0005-e.md', '---\nstatus: "<b>shipped"\n---\n# E\n');
    expect(written.record.status).toBe('<b>shipped');
    // The rule after the status stays on the page; the status lines go.
    expect(await page('# 3. C\n\n## Status\n\nAccepted\n\n---\n\n## Context\n\nWhy.\n')).toBe('# 3. C\n\n\n\n\n\n---\n\n## Context\n\nWhy.\n');
  });

  it('reports an unknown status word once, with the count of records using it', async () => {
    const files: Record<string, string> = {};
    for (let n = 1; n <= 12; n += 1) {
      files[`docs/adr/${String(n).padStart(4, '0')}-r${n}.md`] = `# ${n}. R${n}\n\n## Status\n\nOn hold\n`;
    }
    files['docs/adr/0013-r13.md'] = '# 13. R13\n\n## Status\n\nParked\n';
    const model = await modelOf(files);
    const messages = model.problems.map((p) => p.message);
    expect(messages.filter((m) => m.includes('On hold'))).toEqual([
      '12 records use "On hold", which is not a status of type adr (proposed, accepted, rejected, deprecated, superseded); add it to a status\'s `aliases` or fix the records',
    ]);
    expect(messages.filter((m) => m.includes('Parked'))).toEqual([
      '1 record uses "Parked", which is not a status of type adr (proposed, accepted, rejected, deprecated, superseded); add it to a status\'s `aliases` or fix the record',
    ]);
    // Each record is still named, so the author can find it.
    expect(model.problems.filter((p) => p.message.includes('On hold'))[0]!.file).toBe('docs/adr/0001-r1.md');
  });
});

describe('relations', () => {
  it('resolves a link followed by a full stop, and prose targets without it', async () => {
    const model = await modelOf({
      'docs/adr/0001-x.md': '# 1. X\n\n## Status\n\nAccepted\n',
      'docs/adr/0002-y.md': '# 2. Y\n\n## Status\n\nAccepted\n\nRelated to [ADR-0001](0001-x.md).\n\nAmends ADR-0001.\n',
    });
    expect(model.relations.get(model.docs[1]!.key)?.map((r) => r.kind)).toEqual(['related', 'amends']);
    expect(summary(model.problems)).toEqual([]);
  });

  it('keeps an http(s) target as an external link, and still reports any other target that is no record', async () => {
    const {record, problems} = await recordOf(
      'docs/adr/0002-y.md',
      '---\nrelated: [https://example.com/rfc/7, ADR-0099]\n---\n# 2. Y\n\n## Status\n\nAccepted\n',
    );
    expect(record.relations.map((r) => r.target)).toEqual(['https://example.com/rfc/7', 'ADR-0099']);
    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining('ADR-0099')]);
  });
});

describe('titles', () => {
  it('takes a heading with a relation in brackets as the plain title and the relation', async () => {
    const {record} = await recordOf(
      'docs/adr/0011-push-metrics.md',
      '# [Superseded by [ADR-0019](0019-pull-metrics.md)] Push metrics to InfluxDB\n\n* Status: superseded\n',
    );
    expect(record.title).toBe('Push metrics to InfluxDB');
    expect(record.relations).toEqual([expect.objectContaining({kind: 'superseded-by', target: '0019-pull-metrics.md'})]);
  });

  it('finds the title after an HTML comment above the heading', async () => {
    const {frontMatter} = await parseFrontMatter({
      filePath: '/site/docs/adr/0004-x.md',
      fileContent: '<!-- markdownlint-disable-next-line MD025 -->\n# 4. Keep **one** queue\n\n## Status\n\nAccepted\n',
      defaultParseFrontMatter: DEFAULT_PARSE_FRONT_MATTER,
    });
    expect(frontMatter.title).toBe('Keep one queue');
  });
});

describe('fields written as real folders write them', () => {
  it('reads a bold Date, a Date without colon, a singular Decider and a month', async () => {
    const bold = await recordOf('docs/adr/0001-a.md', '# 1. A\n\n**Date**: 2024-09-13\n\n## Status\n\nAccepted\n');
    expect(bold.record.date).toBe('2024-09-13');
    const bullets = await recordOf('docs/decisions/0002-b.md', '# B\n\n- Status: accepted\n- Decider: Ana Lima\n- Date 2023-09-26\n\n## Context\n');
    expect([bullets.record.date, bullets.record.people.deciders]).toEqual(['2023-09-26', ['Ana Lima']]);
    const month = await recordOf('docs/adr/0003-c.md', '# 3. C\n\nDate: 2018-11\n\n## Status\n\nAccepted\n');
    expect(month.record.date).toBe('2018-11');
    expect(month.problems).toEqual([]);
  });

  it('reads European dates, a date with a note after it, and reports a date that could be either way round', async () => {
    const dates = await modelOf({
      'docs/adr/0001-a.md': '# 1. A\n\nDate: 03.05.2020\n\n## Status\n\nAccepted\n',
      'docs/adr/0002-b.md': '# 2. B\n\nDate: 25/03/2021\n\n## Status\n\nAccepted\n',
      'docs/adr/0003-c.md': '# 3. C\n\nDate: 2019-05-13, updated 2023-01-02\n\n## Status\n\nAccepted\n',
      'docs/adr/0004-d.md': '# 4. D\n\nDate: 03/05/2020\n\n## Status\n\nAccepted\n',
    });
    // The folder's 25/03/2021 says it writes the day first.
    expect(dates.docs.map((d) => d.date)).toEqual(['2020-05-03', '2021-03-25', '2019-05-13', '2020-05-03']);
    expect(dates.problems).toEqual([]);
    const unknown = await modelOf({'docs/adr/0001-a.md': '# 1. A\n\nDate: 03/05/2020\n\n## Status\n\nAccepted\n'});
    expect(summary(unknown.problems)).toEqual([
      'error Date@3: "03/05/2020" could be day/month or month/day, and no other record in its folder writes a date that tells which; write it as YYYY-MM-DD',
    ]);
  });

  it('reads created: as the date and summary: as the summary', async () => {
    const {record} = await recordOf('docs/adr/0004-d.md', '---\ncreated: 2021-05-02\nsummary: Keep one queue for all events.\nstatus: accepted\n---\n# D\n');
    expect([record.date, record.summary]).toEqual(['2021-05-02', 'Keep one queue for all events.']);
    expect(record.extra).toEqual({});
  });

  it('warns about a line that looks like a field but cannot be read', async () => {
    const {problems} = await recordOf('docs/adr/0005-e.md', '# 5. E\n\nDate: last spring\n\n## Status\n\nAccepted\n');
    expect(summary(problems)).toEqual([expect.stringMatching(/^error Date@3: "last spring" is not a date/)]);
  });

  it('reads tag: Web Client as a one-item list, and a comma-separated string as several', async () => {
    const one = await parseFrontMatter({
      filePath: '/site/docs/adr/0006-f.md',
      fileContent: '---\ntag: Web Client\nstatus: accepted\n---\n# F\n',
      defaultParseFrontMatter: DEFAULT_PARSE_FRONT_MATTER,
    });
    expect(one.frontMatter.tags).toEqual(['Web Client']);
    const several = await parseFrontMatter({
      filePath: '/site/docs/adr/0007-g.md',
      fileContent: '---\ntags: "web, mobile"\nstatus: accepted\n---\n# G\n',
      defaultParseFrontMatter: DEFAULT_PARSE_FRONT_MATTER,
    });
    expect(several.frontMatter.tags).toEqual(['web', 'mobile']);
    const {record} = await recordOf('docs/adr/0006-f.md', '---\ntag: Web Client\nstatus: accepted\n---\n# F\n');
    expect(record.extra).toEqual({});
  });
});

describe('printed once', () => {
  it('leaves out body status and date lines that say what the header shows, wherever the status came from', async () => {
    const body = '---\nstatus: accepted\ndate: 2020-02-02\n---\n# 9. X\n\nDate: 2020-02-02\n\n## Status\n\nAccepted\n\n## Context\n\nWhy.\n';
    expect(await page(body, {status: 'accepted', date: '2020-02-02'})).toBe('---\nstatus: accepted\ndate: 2020-02-02\n---\n# 9. X\n\n\n\n\n\n\n\n## Context\n\nWhy.\n');
  });

  it('keeps a slashed date line, whose order only the folder tells, so it is never lost', async () => {
    const source = '# 9. X\n\nDate: 05/02/2018\n\n## Status\n\nAccepted\n\n## Context\n';
    expect(await page(source)).toBe('# 9. X\n\nDate: 05/02/2018\n\n\n\n\n\n## Context\n');
  });

  it('keeps them, with a warning, when they disagree', async () => {
    const source = '---\nstatus: accepted\ndate: 2020-02-02\n---\n# 9. X\n\nDate: 2020-03-03\n\n## Status\n\nAccepted\n\n## Context\n';
    expect(await page(source, {status: 'accepted', date: '2020-02-02'})).toContain('Date: 2020-03-03');
    const {problems} = await recordOf('docs/adr/0009-x.md', source);
    expect(summary(problems)).toEqual([expect.stringContaining('the body\'s "Date" on line 7 says "2020-03-03"')]);
  });
});

describe('summaries and rationales', () => {
  it('summarizes an ADR by the first sentence of its context, never by a metadata line', async () => {
    const {record} = await recordOf(
      'docs/adr/0001-a.md',
      '# 1. A\n\nDate: 2016-02-12\n\n## Status\n\nAccepted\n\n## Context\n\nThe billing job runs for six hours. It blocks the nightly import.\n\n## Decision\n\nWe will split it.\n',
    );
    expect(record.summary).toBe('The billing job runs for six hours.');
    const madr = await recordOf(
      'docs/decisions/0002-b.md',
      '# B\n\n* Status: accepted\n\n## Context and Problem Statement\n\nWe need one log format. Teams use three.\n\n## Decision Outcome\n\nChosen option: "JSON lines", because every tool reads it.\n',
    );
    expect(madr.record.summary).toBe('We need one log format.');
  });

  it("takes an ADR's decision and rationale from its Decision section, with MADR's considered options", async () => {
    const {record} = await recordOf(
      'docs/adr/0001-a.md',
      '# 1. Split billing\n\n## Status\n\nAccepted\n\n## Context\n\nThe billing job runs for six hours.\n\n## Decision\n\nWe will split the job by region. Each region then finishes within the hour.\n',
    );
    expect(record.decisions).toEqual([
      expect.objectContaining({title: 'Split billing', chosen: 'We will split the job by region.', rationale: 'Each region then finishes within the hour.', anchor: 'decision'}),
    ]);
    const madr = await recordOf(
      'docs/decisions/0002-b.md',
      '# Log format\n\n* Status: accepted\n\n## Context and Problem Statement\n\nWe need one log format.\n\n## Considered Options\n\n* JSON lines\n* logfmt\n* Plain text\n\n## Decision Outcome\n\nChosen option: "JSON lines", because every tool we run reads it.\n\n### Positive Consequences\n\n* One parser.\n',
    );
    expect(madr.record.decisions).toEqual([
      expect.objectContaining({
        title: 'Log format',
        chosen: 'JSON lines',
        alternatives: ['logfmt', 'Plain text'],
        rationale: 'Every tool we run reads it.',
        anchor: 'decision-outcome',
      }),
    ]);
    expect(madr.problems).toEqual([]);
  });
});

describe('folders', () => {
  it('publishes the folder names ADR folders often have as ADRs', async () => {
    const model = await modelOf({
      'docs/architecture-decisions/0001-a.md': '# 1. A\n\n## Status\n\nAccepted\n',
      'docs/adr-log/0001-b.md': '# 1. B\n\n## Status\n\nAccepted\n',
      'docs/architecture-decision-records/0001-c.md': '# 1. C\n\n## Status\n\nAccepted\n',
    });
    expect(model.docs.map((d) => [d.type, d.title])).toEqual([
      ['adr', 'A'],
      ['adr', 'B'],
      ['adr', 'C'],
    ]);
  });

  it('names a folder of numbered records with a status that no type applies to, once', async () => {
    const files = {
      '/site/docs/records/0001-first.md': '# 1. First\n\n## Status\n\nAccepted\n',
      '/site/docs/records/0002-second.md': '# 2. Second\n\n* Status: proposed\n',
      '/site/docs/records/README.md': '# Records\n\n## Status\n\nAll fine\n',
      '/site/docs/guides/0001-setup.md': '# Setup\n\nInstall it.\n',
      '/site/docs/guides/0002-usage.md': '# Usage\n\nRun it.\n',
    };
    for (const [filePath, fileContent] of Object.entries(files)) {
      const {frontMatter} = await parseFrontMatter({filePath, fileContent, defaultParseFrontMatter: DEFAULT_PARSE_FRONT_MATTER});
      expect(frontMatter.type).toBeUndefined();
    }
    const notices = parseProblemsOf(parseFrontMatter).untypedFolderNotices('/site', (filePath) => filePath in files);
    expect(notices).toEqual([
      {
        file: 'docs/records',
        field: 'folderTypes',
        message: 'holds 2 numbered records with a status, but no type applies to the folder, so they are published as plain pages; add {"records": "adr"} to the plugin\'s folderTypes option, or give each record `type: adr`',
        severity: 'warning',
      },
    ]);
  });
});
