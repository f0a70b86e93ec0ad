import {spawnSync} from 'node:child_process';
import {cpSync, existsSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {beforeEach, describe, expect, it} from 'vitest';
import {repoRoot} from '../helpers/docusaurus';
import {copyFormatsSite, formatsFixture as fixture, runCli} from '../helpers/cliSite';
import {makeTempDir} from '../helpers/tempDirs';

const docusaurusBin = path.join(repoRoot, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');
let site: string;

beforeEach(() => {
  site = copyFormatsSite();
});

const run = (...args: string[]) => runCli(site, ...args);

const read = (file: string) => readFileSync(path.join(site, file), 'utf8');
const original = (file: string) => readFileSync(path.join(fixture, file), 'utf8');

/** Lines that differ between two versions of a file, as [before, after]. */
function changedLines(before: string, after: string): [string | undefined, string | undefined][] {
  const a = before.split('\n');
  const b = after.split('\n');
  const changes: [string | undefined, string | undefined][] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    if (a[i] !== b[i]) {
      changes.push([a[i], b[i]]);
    }
  }
  return changes;
}

describe('docusaurus design-docs:* commands', () => {
  it('lint: validates like the build and exits 0 when all is well', () => {
    const result = run('design-docs:lint');
    expect(result.output).toContain('14 design docs, no problems.');
    expect(result.code).toBe(0);
  });

  it('lint: the warnings real ADR folders give, each with its line, and the notice for an untyped folder', () => {
    const config = path.join(site, 'docusaurus.config.js');
    writeFileSync(config, readFileSync(config, 'utf8').replace("    instance('teams'),\n", "    instance('teams'),\n    instance('realworld'),\n"));
    cpSync(path.join(fixture, 'realworld'), path.join(site, 'realworld'), {recursive: true});
    writeFileSync(path.join(site, 'realworld/architecture-decisions/0033-ip-allow-lists.md'), '# 3. IP allow lists\n\nDate: 03/05/2020\n\n## Status\n\nOn hold\n');
    const result = run('design-docs:lint', '--format', 'json');
    expect(result.code).toBe(1);
    const problems = JSON.parse(result.stdout) as {file: string; line: number | null; field: string; message: string; severity: string}[];
    expect(problems.map((p) => [p.file, p.line, p.field, p.severity, p.message.slice(0, 40)])).toEqual([
      ['realworld/architecture-decisions/0033-ip-allow-lists.md', 1, 'number', 'warning', 'the heading "3. IP allow lists" gives th'],
      ['realworld/architecture-decisions/0033-ip-allow-lists.md', 3, 'Date', 'error', '"03/05/2020" could be day/month or month'],
      ['realworld/architecture-decisions/0033-ip-allow-lists.md', 7, 'Status', 'error', '1 record uses "On hold", which is not a '],
      ['realworld/records', null, 'folderTypes', 'warning', 'holds 2 numbered records with a status, '],
    ]);
    expect(run("design-docs:lint").output).toMatch(/warning number \(line 1\b/);
  });

  it('lint --format json: every problem with file, line, field, message and severity; exit 1', () => {
    writeFileSync(path.join(site, 'madr4/adr/0003-bad.md'), '---\ntype: adr\nstatus: acepted\nrisks:\n  - title: x\n    likelihood: sometimes\n---\n\n# Bad\n');
    const result = run('design-docs:lint', '--format', 'json');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual([
      {file: 'madr4/adr/0003-bad.md', line: 3, field: 'status', message: expect.stringContaining('1 record uses "acepted"'), severity: 'error'},
      {file: 'madr4/adr/0003-bad.md', line: 6, field: 'risks[0].likelihood', message: expect.stringContaining('"sometimes" is not on the scale'), severity: 'error'},
    ]);
  });

  it('lint --format json: problems sorted by file, then line, whatever order the readers found them in', () => {
    // The status is read before the risks, but written after them.
    writeFileSync(path.join(site, 'madr4/adr/0003-bad.md'), '---\ntype: adr\nrisks:\n  - title: x\n    likelihood: sometimes\nstatus: acepted\n---\n\n# Bad\n');
    const problems = JSON.parse(run('design-docs:lint', '--format', 'json').stdout) as {file: string; line: number | null; field: string}[];
    const mine = problems.filter((p) => p.file === 'madr4/adr/0003-bad.md');
    expect(mine.map((p) => [p.line, p.field])).toEqual([
      [5, 'risks[0].likelihood'],
      [6, 'status'],
    ]);
    const order = problems.map((p) => `${p.file}\n${String(p.line ?? Number.MAX_SAFE_INTEGER).padStart(20, '0')}`);
    expect(order).toEqual([...order].sort());
  });

  it('new --supersedes: the next padded number from the template, and the old Nygard record changes one line', () => {
    const result = run('design-docs:new', 'adr', 'Use Redis for sessions', '--dir', 'nygard/decisions', '--supersedes', 'nygard/decisions/0004-use-mysql-8.md');
    expect(result.code, result.output).toBe(0);
    const created = read('nygard/decisions/0005-use-redis-for-sessions.md');
    expect(created).toMatch(/^---\ntype: adr\ntitle: "Use Redis for sessions"\nstatus: proposed\ndate: \d{4}-\d{2}-\d{2}\nsupersedes: ADR-0004\n/);
    expect(created).toContain('\n# Use Redis for sessions\n');
    expect(changedLines(original('nygard/decisions/0004-use-mysql-8.md'), read('nygard/decisions/0004-use-mysql-8.md'))).toEqual([
      ['Accepted', 'Superseded by [5. Use Redis for sessions](0005-use-redis-for-sessions.md)'],
    ]);
    // The build reads the edit back: the old record now names its successor.
    const lint = run('design-docs:lint', '--format', 'json');
    expect(JSON.parse(lint.stdout)).toEqual([]);
  });

  it('new --supersedes on a MADR 2 record edits its Status bullet, keeping the template comment', () => {
    const file = 'madr2/adrs/0002-use-yaml-front-matter.md';
    writeFileSync(path.join(site, file), original(file).replace('superseded by [ADR-0003](0003-keep-bullets.md)', 'accepted'));
    const before = read(file);
    expect(run('design-docs:new', 'adr', 'Use TOML', '--supersedes', file).code).toBe(0);
    expect(changedLines(before, read(file))).toEqual([
      ['* Status: accepted <!-- optional -->', '* Status: superseded by [ADR-0005](0005-use-toml.md) <!-- optional -->'],
    ]);
    expect(existsSync(path.join(site, 'madr2/adrs/0005-use-toml.md'))).toBe(true);
  });

  it('status: a transition written in the record\'s own format, front matter included', () => {
    expect(run('design-docs:status', 'madr4/adr/0002-use-assertj.md', 'Accepted').code).toBe(0);
    expect(changedLines(original('madr4/adr/0002-use-assertj.md'), read('madr4/adr/0002-use-assertj.md'))).toEqual([['status: proposed', 'status: accepted']]);
    expect(run('design-docs:status', 'nygard/decisions/0001-record-architecture-decisions.md', 'deprecated').code).toBe(0);
    expect(changedLines(original('nygard/decisions/0001-record-architecture-decisions.md'), read('nygard/decisions/0001-record-architecture-decisions.md'))).toEqual([['Accepted', 'Deprecated']]);
  });

  it('status: edits the template\'s **Status** line in place, every other byte kept, and the build reads it back', () => {
    const file = 'teams/design/checkout-service.md';
    // Its review done: every checklist item ticked (cliReview.test.ts refuses it otherwise).
    const reviewed = original(file).replaceAll('- [ ] ', '- [x] ');
    writeFileSync(path.join(site, file), reviewed);
    const result = run('design-docs:status', file, 'approved');
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain('review -> approved (template)');
    expect(changedLines(reviewed, read(file))).toEqual([['**Status**: Review', '**Status**: Approved']]);
    const lint = run('design-docs:lint', '--format', 'json');
    expect(JSON.parse(lint.stdout)).toEqual([]);
  });

  it('new design-doc: the seed\'s template in the body, no front matter in a design folder, and it lints clean', () => {
    const result = run('design-docs:new', 'design-doc', 'Payments Gateway', '--dir', 'teams/design');
    expect(result.code, result.output).toBe(0);
    const created = read('teams/design/0001-payments-gateway.md');
    expect(created.startsWith('# System Design Document: Payments Gateway\n\n**Author**: ')).toBe(true);
    expect(created).toMatch(/\n\*\*Date\*\*: \d{4}-\d{2}-\d{2}\n\*\*Status\*\*: Draft\n/);
    expect(created).toContain('\n### 3.1 Functional Requirements\n| ID | Requirement | Priority |\n');
    expect(created).toContain('\n### Decision 1: [Technology Choice]\n**Chosen**: [Option A]\n');
    expect(created).toContain('\n- [ ] Risks identified and mitigated\n');
    const lint = run('design-docs:lint', '--format', 'json');
    expect(JSON.parse(lint.stdout)).toEqual([]);
  });

  it('lint --format json: problems read from the body come with their line and column', () => {
    const file = 'teams/design/checkout-service.md';
    writeFileSync(path.join(site, file), original(file).replace('| FR-2 | Save a basket for later | Should Have |', '| FR-2 | Save a basket for later | Soonish |'));
    const result = run('design-docs:lint', '--format', 'json');
    expect(JSON.parse(result.stdout)).toEqual([
      {file, line: 18, column: 36, field: 'Priority', message: expect.stringContaining('"Soonish" is not a priority'), severity: 'warning'},
    ]);
    // A warning alone does not fail CI.
    expect(result.code).toBe(0);
    expect(run('design-docs:lint').output).toContain('warning Priority (line 18, column 36): "Soonish" is not a priority');
  });

  it('status: refuses a status outside the lifecycle, and changes nothing', () => {
    const result = run('design-docs:status', 'madr4/adr/0002-use-assertj.md', 'shipped');
    expect(result.code).toBe(1);
    expect(result.output).toContain('`shipped` is not a status of adr; use one of proposed, accepted, rejected, deprecated, superseded.');
    expect(read('madr4/adr/0002-use-assertj.md')).toBe(original('madr4/adr/0002-use-assertj.md'));
  });

  it('status and new --supersedes on records saved with a BOM: the BOM kept, one front matter block, the doc still listed', () => {
    const withStatus = 'madr4/adr/0003-saved-with-a-bom.md';
    const withoutStatus = 'madr4/adr/0004-no-status-yet.md';
    writeFileSync(path.join(site, withStatus), '\uFEFF---\ntype: adr\nstatus: proposed\ndate: 2026-02-01\n---\n\n# Saved with a BOM\n');
    writeFileSync(path.join(site, withoutStatus), '\uFEFF---\r\ntype: adr\r\ndate: 2026-02-01\r\n---\r\n\r\n# No status yet\r\n');
    const edited = run('design-docs:status', withStatus, 'accepted');
    expect(edited.output).toContain(`"${withStatus}": proposed -> accepted (front-matter)`);
    expect(read(withStatus)).toBe('\uFEFF---\ntype: adr\nstatus: accepted\ndate: 2026-02-01\n---\n\n# Saved with a BOM\n');
    const inserted = run('design-docs:status', withoutStatus, 'accepted');
    expect(inserted.output).toContain(`"${withoutStatus}": no status -> accepted (front-matter)`);
    expect(read(withoutStatus)).toBe('\uFEFF---\r\ntype: adr\r\ndate: 2026-02-01\r\nstatus: accepted\r\n---\r\n\r\n# No status yet\r\n');
    const superseded = run('design-docs:new', 'adr', 'Keep the BOM', '--supersedes', withStatus);
    expect(superseded.code, superseded.output).toBe(0);
    expect(read(withStatus)).toBe('\uFEFF---\ntype: adr\nstatus: superseded\nsuperseded-by: ADR-0005\ndate: 2026-02-01\n---\n\n# Saved with a BOM\n');
    const lint = JSON.parse(run('design-docs:lint', '--format', 'json').stdout) as {file: string}[];
    expect(lint.filter((problem) => problem.file.startsWith('madr4/adr/000'))).toEqual([]);
    expect(run('design-docs:lint').output).toContain('17 design docs, no problems.');
  });

  it('status: a record with no status gets one in its front matter, not in a Status bullet of its Rollout section', () => {
    const file = 'madr4/adr/0003-roll-out.md';
    const source = '---\ntype: adr\ndate: 2026-02-01\n---\n\n# Roll out\n\n## Rollout\n\n- Status: blocked on vendor\n';
    writeFileSync(path.join(site, file), source);
    const result = run('design-docs:status', file, 'accepted');
    expect(result.output).toContain(`"${file}": no status -> accepted (front-matter)`);
    expect(read(file)).toBe(source.replace('date: 2026-02-01\n', 'date: 2026-02-01\nstatus: accepted\n'));
  });

  it('status: an edit that would change more than the status is undone and reported, the file as it was', () => {
    const file = 'madr4/adr/0003-anchored.md';
    // The anchored value is also the value of another field: editing one edits both.
    const source = '---\ntype: adr\nstatus: &current proposed\nreview-status: *current\n---\n\n# Anchored\n';
    writeFileSync(path.join(site, file), source);
    const result = run('design-docs:status', file, 'accepted');
    expect(result.code).toBe(1);
    expect(result.output).toContain(`"${file}" was not changed: the edit would also change extra.review-status`);
    expect(read(file)).toBe(source);
  });

  it('status: refuses to write through a link to a file outside the site folder', () => {
    const outside = path.join(makeTempDir('outside'), 'elsewhere.md');
    const source = '---\ntype: adr\nstatus: proposed\n---\n\n# Elsewhere\n';
    writeFileSync(outside, source);
    symlinkSync(outside, path.join(site, 'madr4/adr/0003-elsewhere.md'));
    const result = run('design-docs:status', 'madr4/adr/0003-elsewhere.md', 'accepted');
    expect(result.code).toBe(1);
    expect(result.output).toContain('"madr4/adr/0003-elsewhere.md" was not changed: it is a link to');
    expect(result.output).toContain('outside the site folder');
    expect(readFileSync(outside, 'utf8')).toBe(source);
  });

  it('a file that cannot be parsed: a clear message naming it, and nothing changes', () => {
    const broken = '---\nstatus: [unclosed\n---\n# Broken\n';
    writeFileSync(path.join(site, 'madr4/adr/0003-broken.md'), broken);
    for (const args of [
      ['design-docs:status', 'madr4/adr/0003-broken.md', 'accepted'],
      ['design-docs:new', 'adr', 'Replace it', '--supersedes', 'madr4/adr/0003-broken.md'],
    ]) {
      const result = run(...args);
      expect(result.code).toBe(1);
      expect(result.output).toContain('madr4/adr/0003-broken.md" cannot be edited: its front matter is not valid YAML');
      expect(result.output).toContain('Nothing was changed.');
    }
    expect(read('madr4/adr/0003-broken.md')).toBe(broken);
    expect(existsSync(path.join(site, 'madr4/adr/0003-replace-it.md'))).toBe(false);
    // Lint names the file and the field.
    const lint = run('design-docs:lint', '--format', 'json');
    expect(JSON.parse(lint.stdout)).toContainEqual(expect.objectContaining({file: 'madr4/adr/0003-broken.md', field: 'front matter'}));
    rmSync(path.join(site, 'madr4/adr/0003-broken.md'));
  });
});

/** The site compiles `.md` as MDX, Docusaurus' default. */
function compileMarkdownAsMdx() {
  const config = path.join(site, 'docusaurus.config.js');
  writeFileSync(config, read('docusaurus.config.js').replace("markdown: {format: 'detect'}", "markdown: {format: 'mdx'}"));
}

/** Lint's problems with the files given, as JSON. */
function lintProblemsOf(...files: string[]) {
  return (JSON.parse(run('design-docs:lint', '--format', 'json').stdout) as {file: string}[]).filter((p) => files.includes(p.file));
}

describe('design-docs:new: records that build, numbers that stay unique', () => {
  it('escapes the heading for MDX, which then compiles, and writes it as is where .md is CommonMark', () => {
    compileMarkdownAsMdx();
    const title = 'Cache <Session> data in {Redis}';
    const result = run('design-docs:new', 'adr', title, '--dir', 'madr4/adr');
    expect(result.code, result.output).toBe(0);
    const created = read('madr4/adr/0003-cache-session-data-in-redis.md');
    expect(created).toContain('\ntitle: "Cache <Session> data in {Redis}"\n');
    expect(created).toContain('\n# Cache \\<Session> data in \\{Redis\\}\n');
    const design = run('design-docs:new', 'design-doc', title, '--dir', 'teams/design');
    expect(design.code, design.output).toBe(0);
    const createdDesign = read('teams/design/0001-cache-session-data-in-redis.md');
    // Docusaurus' sidebar label would show the backslashes: the title is given once more, as written.
    expect(createdDesign.startsWith('---\ntitle: "Cache <Session> data in {Redis}"\n---\n\n# System Design Document: Cache \\<Session> data in \\{Redis\\}\n')).toBe(true);
    // Lint compiles MDX records: both compile, and read back with the title given.
    expect(lintProblemsOf('madr4/adr/0003-cache-session-data-in-redis.md', 'teams/design/0001-cache-session-data-in-redis.md')).toEqual([]);

    writeFileSync(path.join(site, 'docusaurus.config.js'), read('docusaurus.config.js').replace("markdown: {format: 'mdx'}", "markdown: {format: 'detect'}"));
    expect(run('design-docs:new', 'adr', 'Use <T> for {types}', '--dir', 'madr4/adr').code).toBe(0);
    expect(read('madr4/adr/0004-use-t-for-types.md')).toContain('\n# Use <T> for {types}\n');
  });

  it('lint flags < and { that break MDX records, naming file and line, and leaves CommonMark records alone', () => {
    const broken = '---\ntype: adr\nstatus: proposed\n---\n\n# Cache <Session> data\n\nText.\n';
    const undefinedName = '---\ntype: adr\nstatus: proposed\n---\n\n# Use Redis\n\nWe keep sessions in {Redis}.\n';
    writeFileSync(path.join(site, 'madr4/adr/0003-cache.md'), broken);
    writeFileSync(path.join(site, 'madr4/adr/0004-cache-mdx.mdx'), broken);
    writeFileSync(path.join(site, 'madr4/adr/0005-use-redis.mdx'), undefinedName);
    const detect = run('design-docs:lint', '--format', 'json');
    expect(detect.code).toBe(1);
    expect(JSON.parse(detect.stdout)).toEqual([
      {file: 'madr4/adr/0004-cache-mdx.mdx', line: 6, column: 1, field: 'MDX', message: expect.stringContaining('Expected a closing tag for `<Session>`'), severity: 'error'},
      {file: 'madr4/adr/0005-use-redis.mdx', line: 8, column: 21, field: 'MDX', message: expect.stringContaining('Redis is not defined'), severity: 'error'},
    ]);
    compileMarkdownAsMdx();
    // A record can still ask for CommonMark in its own front matter.
    writeFileSync(path.join(site, 'madr4/adr/0006-plain.md'), broken.replace('status: proposed', 'status: proposed\nformat: md'));
    const mdx = run('design-docs:lint');
    expect(mdx.code).toBe(1);
    expect(mdx.output).toContain('"madr4/adr/0003-cache.md"\n    error MDX (line 6, column 1): ');
    expect(mdx.output).not.toContain('0006-plain.md');
  });

  it('numbers after the highest record of the docs instance: front-matter numbers count, other files do not', () => {
    writeFileSync(path.join(site, 'madr4/adr/use-gradle.md'), '---\nnumber: 7\nstatus: accepted\n---\n\n# Use Gradle\n');
    writeFileSync(path.join(site, 'madr4/adr/0420-diagram.png'), '');
    const result = run('design-docs:new', 'adr', 'Use Maven', '--dir', 'madr4/adr');
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain('Created ADR-0008 at "madr4/adr/0008-use-maven.md"');
    expect(read('madr4/adr/0008-use-maven.md')).toContain('\n# Use Maven\n');
  });

  it('two runs at once never take the same number', () => {
    // Stands for a second `design-docs:new` that creates its record while
    // this one runs: just before this run creates its file, the other
    // run's file with the same number appears.
    const hook = path.join(site, '..', 'parallel-run.cjs');
    writeFileSync(
      hook,
      `const fs = require('fs');
const path = require('path');
let raced = false;
function race(file, flags) {
  const name = path.basename(String(file));
  if (!raced && /x/.test(String(flags)) && /^\\d+-.*\\.md$/.test(name)) {
    raced = true;
    const number = /^\\d+/.exec(name)[0];
    fs.writeFileSync(path.join(path.dirname(String(file)), number + '-parallel-run.md'), '# ' + Number(number) + '. Parallel run\\n\\n## Status\\n\\nProposed\\n');
  }
}
for (const name of ['openSync', 'writeFileSync']) {
  const original = fs[name];
  fs[name] = function (file, ...rest) {
    const options = name === 'openSync' ? rest[0] : rest[1];
    race(file, typeof options === 'object' && options ? options.flag : options);
    return original.call(this, file, ...rest);
  };
}
`,
    );
    const result = spawnSync(process.execPath, [docusaurusBin, 'design-docs:new', 'adr', 'Use Redis for sessions', '--dir', 'nygard/decisions'], {
      cwd: site,
      encoding: 'utf8',
      env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0', NODE_OPTIONS: `--require ${hook}`},
    });
    expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
    expect(existsSync(path.join(site, 'nygard/decisions/0005-parallel-run.md'))).toBe(true);
    expect(existsSync(path.join(site, 'nygard/decisions/0005-use-redis-for-sessions.md'))).toBe(false);
    expect(`${result.stdout}${result.stderr}`).toContain('Created ADR-0006 at "nygard/decisions/0006-use-redis-for-sessions.md"');
    expect(JSON.parse(run('design-docs:lint', '--format', 'json').stdout)).toEqual([]);
  });

  it('refuses a title whose doc id or URL another doc has, naming that doc, and changes nothing', () => {
    const first = '# 5. Use Redis for sessions\n\nDate: 2026-01-05\n\n## Status\n\nAccepted\n\nSupersedes [4. Use MySQL 8](0004-use-mysql-8.md)\n';
    writeFileSync(path.join(site, 'nygard/decisions/0005-use-redis-for-sessions.md'), first);
    const again = run('design-docs:new', 'adr', 'Use Redis for sessions', '--supersedes', 'nygard/decisions/0004-use-mysql-8.md');
    expect(again.code).toBe(1);
    expect(again.output).toContain('"Use Redis for sessions" would get the doc id decisions/use-redis-for-sessions, which "nygard/decisions/0005-use-redis-for-sessions.md" already has');
    expect(existsSync(path.join(site, 'nygard/decisions/0006-use-redis-for-sessions.md'))).toBe(false);
    expect(read('nygard/decisions/0004-use-mysql-8.md')).toBe(original('nygard/decisions/0004-use-mysql-8.md'));

    writeFileSync(path.join(site, 'nygard/kafka.md'), '---\nslug: /decisions/use-kafka\n---\n\n# Kafka notes\n');
    const slug = run('design-docs:new', 'adr', 'Use Kafka', '--dir', 'nygard/decisions');
    expect(slug.code).toBe(1);
    expect(slug.output).toContain('"Use Kafka" would be published at /nygard/decisions/use-kafka, where "nygard/kafka.md" already is');
    expect(existsSync(path.join(site, 'nygard/decisions/0006-use-kafka.md'))).toBe(false);
  });

  it('refuses --dir outside the site, and reports the path it wrote', () => {
    const outside = path.resolve(site, '../..');
    const absoluteOutside = makeTempDir('outside');
    const written = [outside, absoluteOutside, path.join(site, absoluteOutside)].map((folder) => path.join(folder, '0001-escape-the-site.md'));
    try {
      const escape = run('design-docs:new', 'adr', 'Escape the site', '--dir', '../..');
      expect(escape.code).toBe(1);
      expect(escape.output).toContain('--dir ../.. is outside the site folder');
      const absolute = run('design-docs:new', 'adr', 'Escape the site', '--dir', absoluteOutside);
      expect(absolute.code).toBe(1);
      expect(absolute.output).toContain(`--dir ${absoluteOutside} is outside the site folder`);
      expect(written.filter((file) => existsSync(file))).toEqual([]);
    } finally {
      written.forEach((file) => rmSync(file, {force: true}));
      rmSync(absoluteOutside, {recursive: true, force: true});
    }

    const inside = run('design-docs:new', 'adr', 'Stay inside', '--dir', path.join(site, 'madr4/adr'));
    expect(inside.code, inside.output).toBe(0);
    expect(inside.output).toContain('Created ADR-0003 at "madr4/adr/0003-stay-inside.md"');
    expect(read('madr4/adr/0003-stay-inside.md')).toContain('\n# Stay inside\n');
  });
});

describe('docusaurus swizzle', () => {
  it('wraps the status badge without --danger, and refuses to touch the injection wrappers', () => {
    const wrap = run('swizzle', 'docusaurus-plugin-design-docs', 'StatusBadge', '--wrap', '--typescript');
    expect(wrap.code, wrap.output).toBe(0);
    expect(read('src/theme/StatusBadge/index.tsx')).toContain("from '@theme-original/StatusBadge'");

    const forbidden = run('swizzle', 'docusaurus-plugin-design-docs', 'DocItem/Content', '--wrap', '--typescript', '--danger');
    expect(forbidden.code).not.toBe(0);
    expect(forbidden.output).toMatch(/forbidden/i);
    expect(existsSync(path.join(site, 'src/theme/DocItem'))).toBe(false);
  });
});
