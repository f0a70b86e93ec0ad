#!/usr/bin/env node
// Held-out accuracy of the plugin on real public ADR folders (issue 13).
//
// Each folder listed in repositories.json is read from a git snapshot
// already on this machine (nothing is fetched), published through the
// plugin's own pipeline in process, as a site with default options does
// it (the front-matter hook, then the model), and every record is held
// against what its own file says, as read by the oracle below. The oracle
// is a set of regular expressions written for this measurement, sharing
// no code with the plugin. A field counts only where the file states it;
// a record the plugin did not publish misses every field it states.
//
//   node scripts/adr-accuracy/run.mjs [--lib <dir>] [--misses] [--mirror <dir>]
//        [--only <owner/name>] [--patterns <n>] [--oracle]
//
// --lib     the compiled lib to measure (default: this checkout's lib/)
// --misses  print every miss: `repo file field: expected X, got Y`
// --mirror  where the snapshots are (default /work/.mirror): <owner>+<name>/
// --only    measure one repository
// --patterns how many of the most common miss patterns to print (default 15)
// --oracle  print what the oracle read from every record, to check it
//
// A measurement, not a test: the exit code is 0 whatever it finds.
import {execFileSync} from 'node:child_process';
import {createRequire} from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const checkout = path.resolve(here, '../..');

// ---------------------------------------------------------------- arguments

function parseArgs(argv) {
  const args = {lib: path.join(checkout, 'lib'), misses: false, mirror: '/work/.mirror', only: null, patterns: 15};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = () => {
      const next = argv[i + 1];
      if (next === undefined) {
        console.error(`${arg} needs a value`);
        process.exit(0);
      }
      i += 1;
      return next;
    };
    if (arg === '--lib') args.lib = path.resolve(value());
    else if (arg === '--mirror') args.mirror = path.resolve(value());
    else if (arg === '--only') args.only = value();
    else if (arg === '--patterns') args.patterns = Number(value());
    else if (arg === '--misses') args.misses = true;
    else if (arg === '--oracle') args.oracle = true;
    else if (arg === '--follow-notices') args.followNotices = true;
    else if (arg === '--help' || arg === '-h') {
      console.log('node scripts/adr-accuracy/run.mjs [--lib <dir>] [--misses] [--follow-notices] [--mirror <dir>] [--only <owner/name>] [--patterns <n>]');
      process.exit(0);
    } else {
      console.error(`unknown argument ${arg}`);
      process.exit(0);
    }
  }
  return args;
}

// ------------------------------------------------------------------ plugin

/**
 * The pipeline of the build whose lib/ is measured. Docusaurus packages
 * are taken from the node_modules that lib/ sits with, else from this
 * checkout's.
 */
function loadPipeline(libDir) {
  const own = createRequire(path.join(checkout, 'package.json'));
  const beside = createRequire(path.join(libDir, 'index.js'));
  const pkg = (name) => {
    try {
      return beside(name);
    } catch {
      return own(name);
    }
  };
  const lib = (p, {optional = false} = {}) => {
    const file = path.join(libDir, 'plugin', p);
    if (!fs.existsSync(file)) {
      if (optional) return null;
      throw new Error(`${file} is missing: is ${libDir} a build of this plugin?`);
    }
    return beside(file);
  };
  const utils = pkg('@docusaurus/utils');
  let numberPrefixParser = null;
  let validateDocFrontMatter = (frontMatter) => frontMatter;
  try {
    numberPrefixParser = pkg('@docusaurus/plugin-content-docs/lib/numberPrefix.js').DefaultNumberPrefixParser;
    validateDocFrontMatter = pkg('@docusaurus/plugin-content-docs/lib/frontMatter.js').validateDocFrontMatter;
  } catch {
    // An older Docusaurus: the id keeps its number, front matter is not validated.
  }
  const hook = lib('formats/frontMatterHook.js');
  return {
    utils,
    numberPrefixParser: numberPrefixParser ?? ((filename) => ({filename, numberPrefix: undefined})),
    validateDocFrontMatter,
    wrapParseFrontMatter: hook.wrapParseFrontMatter,
    parseProblemsOf: hook.parseProblemsOf ?? null,
    designDocTypeOf: hook.designDocTypeOf,
    DEFAULT_FOLDER_TYPES: lib('defaults.js').DEFAULT_FOLDER_TYPES,
    getDefaultOptions: lib('options.js').getDefaultOptions,
    createVocabulary: lib('vocabulary/vocabulary.js').createVocabulary,
    buildDesignDocModel: lib('validate/designDocModel.js').buildDesignDocModel,
    collectDesignDocs: lib('collectDocs.js', {optional: true})?.collectDesignDocs ?? null,
    restatedLines: lib('normalize/restatedLines.js', {optional: true})?.restatedLines ?? null,
    BODY_READING_KEY: lib('formats/types.js', {optional: true})?.BODY_READING_KEY ?? '__designDocBody',
  };
}

// --------------------------------------------------------------- snapshots

function git(gitDir, args, options = {}) {
  return execFileSync('git', ['--git-dir', gitDir, ...args], {maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'], ...options});
}

/** The bare git directory of a snapshot: the folder itself, or one below it. */
function findGitDir(root) {
  const isGitDir = (dir) => fs.existsSync(path.join(dir, 'HEAD')) && fs.existsSync(path.join(dir, 'objects'));
  if (!fs.existsSync(root)) return null;
  if (isGitDir(root)) return root;
  for (const candidate of [path.join(root, '.git'), path.join(root, 'repo')]) {
    if (isGitDir(candidate)) return candidate;
  }
  for (const entry of fs.readdirSync(root, {withFileTypes: true})) {
    if (entry.isDirectory()) {
      const dir = path.join(root, entry.name);
      if (isGitDir(dir)) return dir;
      if (isGitDir(path.join(dir, '.git'))) return path.join(dir, '.git');
    }
  }
  return null;
}

/** The folder's Markdown files at the listed commit, as {path inside the folder: text}. */
function readFolder(gitDir, commit, dir) {
  const prefix = dir === '.' || dir === '' ? '' : `${dir.replace(/\/+$/, '')}/`;
  const listing = git(gitDir, ['ls-tree', '-r', '-z', '--name-only', commit, '--', prefix || '.']).toString('utf8');
  const files = {};
  for (const name of listing.split('\0')) {
    if (!/\.mdx?$/i.test(name)) continue;
    files[name.slice(prefix.length)] = git(gitDir, ['show', `${commit}:${name}`]).toString('utf8');
  }
  return files;
}

// ------------------------------------------------------------------ oracle
//
// What a file itself says, read with regular expressions and nothing of
// the plugin's. Deliberately plain: where it cannot tell, it says nothing,
// and the field is not counted.

const NOT_RECORD_NAME = /^(?:_.*|index|readme|template|.*[-_ ]template|template[-_ ].*|adr-template.*)\.mdx?$/i;

/** `0001-x.md`, `adr-001-x.md`, `ADR-0001-x.md`, `adr001-x.md`; a date prefix is not a number. */
export function fileNumber(fileName) {
  if (/^\d{8}[-_]/.test(fileName) || /^\d{4}-\d{2}-\d{2}[-_]/.test(fileName)) return null;
  const match = /^(?:adr[-_ ]?)?(\d+)[-_. ]/i.exec(fileName);
  return match ? Number(match[1]) : null;
}

function splitFrontMatter(text) {
  const source = text.replace(/^\uFEFF/, '');
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) return {yaml: null, bodyStartLine: 1};
  return {yaml: match[1], bodyStartLine: match[0].split('\n').length};
}

/** A top-level `key: value` of the front matter, unquoted; null when absent or empty. */
function yamlValue(yaml, keys) {
  if (yaml === null) return null;
  for (const key of keys) {
    const match = new RegExp(`^${key}[ \\t]*:[ \\t]*(.*?)[ \\t]*$`, 'mi').exec(yaml);
    if (!match) continue;
    let value = match[1].replace(/[ \t]+#.*$/, '');
    const quoted = /^(["'])(.*)\1$/.exec(value);
    if (quoted) value = quoted[1] === "'" ? quoted[2].replace(/''/g, "'") : quoted[2].replace(/\\"/g, '"');
    value = value.trim();
    if (value !== '' && value !== '~' && value.toLowerCase() !== 'null') {
      const line = yaml.slice(0, match.index).split('\n').length + 1;
      return {value, line};
    }
  }
  return null;
}

/** Markdown to the text a reader sees: links by their text, no emphasis, code or tags. */
export function plain(text) {
  return text
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/!\[([^\][]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\][]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\][]*)\]\[[^\]]*\]/g, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
    .replace(/<\/?[A-Za-z][\w-]*(?:\s[^>]*)?\/?>/g, '')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\s][^*_]*?)[*_](?![\w*])/g, '$1$2')
    .replace(/\s*\{#[\w-]+\}\s*$/, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The body's lines with their numbers, code blocks and comments blanked. */
function bodyLines(text, bodyStartLine) {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const out = [];
  let fence = null;
  let comment = false;
  for (let i = bodyStartLine - 1; i < lines.length; i += 1) {
    let line = lines[i];
    const fenceMatch = /^\s*(```+|~~~+)/.exec(line);
    if (fence) {
      if (fenceMatch && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length) fence = null;
      out.push({n: i + 1, text: ''});
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1];
      out.push({n: i + 1, text: ''});
      continue;
    }
    if (comment) {
      const end = line.indexOf('-->');
      if (end === -1) {
        out.push({n: i + 1, text: ''});
        continue;
      }
      comment = false;
      line = line.slice(end + 3);
    }
    line = line.replace(/<!--.*?-->/g, '');
    const open = line.indexOf('<!--');
    if (open !== -1) {
      comment = true;
      line = line.slice(0, open);
    }
    out.push({n: i + 1, text: line});
  }
  return out;
}

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;

/** The first line of text under a `## <name>` heading, before the next heading. */
function sectionValue(lines, name) {
  for (let i = 0; i < lines.length; i += 1) {
    const heading = HEADING.exec(lines[i].text);
    if (!heading || plain(heading[2]).replace(/:$/, '').toLowerCase() !== name) continue;
    for (let j = i + 1; j < lines.length; j += 1) {
      const text = lines[j].text.trim();
      if (HEADING.test(text) || /^---+$/.test(text) && j > i + 1 && lines.slice(i + 1, j).some((l) => l.text.trim())) break;
      if (text === '' || /^---+$/.test(text)) continue;
      return {raw: text, line: lines[j].n, headingLine: lines[i].n};
    }
    return null;
  }
  return null;
}

/** A `Label: value` line: bulleted, bold (`**Label**:` or `**Label:**`) or neither; the colon optional when asked. */
function labelLine(lines, label, {colonOptional = false} = {}) {
  const colon = colonOptional ? '(?:\\s*:|\\s+(?=\\S))' : '\\s*:';
  const re = new RegExp(`^\\s*(?:>\\s*)?(?:[-*+]\\s+)?(?:\\*\\*|__)?${label}(?:\\*\\*|__)?${colon}(?:\\*\\*|__)?\\s*(.*)$`, 'i');
  for (const {n, text} of lines) {
    if (HEADING.test(text)) continue;
    const match = re.exec(text);
    if (match && match[1].trim() !== '') return {raw: match[1].trim(), line: n};
  }
  return null;
}

/** Obvious synonyms, on the oracle's side and the model's alike. */
export function canonicalStatus(word) {
  if (word === null || word === undefined) return null;
  const w = String(word).toLowerCase().replace(/[\s_-]+/g, ' ').trim();
  const map = {
    approved: 'accepted',
    agreed: 'accepted',
    adopted: 'accepted',
    pending: 'proposed',
    proposal: 'proposed',
    review: 'proposed',
    'in review': 'proposed',
    'under review': 'proposed',
    'in discussion': 'proposed',
    draft: 'proposed',
    decided: 'accepted',
    superseded: 'superseded',
    superceded: 'superseded',
    replaced: 'superseded',
    invalidated: 'superseded',
    declined: 'rejected',
  };
  return map[w] ?? w;
}

/**
 * The status a status line states, or null when it states none (a
 * placeholder, a list of choices). Prose after the first word is left out:
 * "Superseded by [21. X](...)." is superseded, "proposed. **note**" proposed.
 */
export function statusWord(raw) {
  let text = plain(raw);
  // The template's choices, unfilled: `{proposed | rejected | accepted}`, `[Proposed | Accepted]`.
  if (/[|]/.test(text) || /^\{.*\}$/.test(text) || /\b(?:proposed|accepted|rejected)\s*\/\s*(?:proposed|accepted|rejected|deprecated)\b/i.test(text)) return null;
  text = text.replace(/^\[([^\]]+)\]/, '$1');
  text = text.replace(/^status\s*:\s*/i, '');
  text = text.replace(/^[^\p{L}]+/u, '');
  // `Partly superseded by ...`: the status, not its qualifier.
  text = text.replace(/^(?:partly|partially|mostly)\s+/i, '');
  const multi = /^(in review|under review|in discussion|in progress|not implemented)\b/i.exec(text);
  if (multi) return canonicalStatus(multi[1]);
  const word = /^\p{L}[\p{L}]*/u.exec(text);
  return word ? canonicalStatus(word[0]) : null;
}

const MONTHS = {jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12};
const pad = (n) => String(n).padStart(2, '0');
const validDay = (y, m, d) => m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();

/**
 * The dates a date line can mean: one, or two when it is `03/04/2019`
 * (day first or month first); empty when it holds none (a placeholder).
 */
export function datesOf(raw) {
  const text = plain(raw).replace(/[\u2010-\u2015\u2212]/g, '-');
  let m = /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/.exec(text);
  if (m) return validDay(+m[1], +m[2], +m[3]) ? [`${m[1]}-${pad(m[2])}-${pad(m[3])}`] : [];
  m = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/.exec(text);
  if (m) {
    const [a, b, y] = [+m[1], +m[2], +m[3]];
    const out = [];
    if (validDay(y, b, a)) out.push(`${y}-${pad(b)}-${pad(a)}`);
    if (validDay(y, a, b) && a !== b) out.push(`${y}-${pad(a)}-${pad(b)}`);
    return out;
  }
  m = /\b(\d{4})(\d{2})(\d{2})\b/.exec(text);
  if (m && validDay(+m[1], +m[2], +m[3])) return [`${m[1]}-${m[2]}-${m[3]}`];
  m = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,})\.?,?\s+(\d{4})\b/.exec(text);
  if (m && MONTHS[m[2].slice(0, 3).toLowerCase()] && validDay(+m[3], MONTHS[m[2].slice(0, 3).toLowerCase()], +m[1])) {
    return [`${m[3]}-${pad(MONTHS[m[2].slice(0, 3).toLowerCase()])}-${pad(m[1])}`];
  }
  m = /\b([A-Za-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(text);
  if (m && MONTHS[m[1].slice(0, 3).toLowerCase()] && validDay(+m[3], MONTHS[m[1].slice(0, 3).toLowerCase()], +m[2])) {
    return [`${m[3]}-${pad(MONTHS[m[1].slice(0, 3).toLowerCase()])}-${pad(m[2])}`];
  }
  m = /\b([A-Za-z]{3,})\.?,?\s+(\d{4})\b/.exec(text);
  if (m && MONTHS[m[1].slice(0, 3).toLowerCase()]) return [`${m[2]}-${pad(MONTHS[m[1].slice(0, 3).toLowerCase()])}`];
  m = /\b(\d{4})-(\d{2})\b/.exec(text);
  if (m && +m[2] >= 1 && +m[2] <= 12) return [`${m[1]}-${m[2]}`];
  return [];
}

/** `12. Title`, `ADR-12: Title`, `ADR 12 - Title`, `0001: Title` -> `Title`. */
export function titleWithoutNumber(text) {
  // Issue 13: `[Superseded by ADR-0019] Push metrics` is the title "Push metrics" plus a relation.
  text = text.replace(/^\[(?:superseded|superceded|replaced|deprecated|amended|related)[^\]]*\]\s*(?=\S)/i, '');
  return text.replace(/^(?:(?:adr|rfc)[-\s]*)?\d+\s*(?:[.:)\-–—]\s*|\s+(?=\S))/i, '').trim() || text;
}

/** What one file states, as the oracle reads it. */
export function readOracle(fileName, text) {
  const {yaml, bodyStartLine} = splitFrontMatter(text);
  const lines = bodyLines(text, bodyStartLine);
  const found = {number: fileNumber(fileName), status: null, date: null, title: null};

  const fmStatus = yamlValue(yaml, ['status']);
  if (fmStatus) {
    const word = statusWord(fmStatus.value);
    if (word) found.status = {expected: word, raw: fmStatus.value, line: fmStatus.line, inBody: false};
  }
  // The body's statement, also when front matter gives one: the page may print it again.
  let bodyStatus = sectionValue(lines, 'status');
  if (bodyStatus) {
    const inner = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?status(?:\*\*|__)?\s*:(?:\*\*|__)?\s*(.+)$/i.exec(bodyStatus.raw);
    if (inner) bodyStatus = {...bodyStatus, raw: inner[1]};
  } else {
    bodyStatus = labelLine(lines, 'status');
  }
  const bodyStatusWord = bodyStatus ? statusWord(bodyStatus.raw) : null;
  if (bodyStatusWord) {
    const statement = {expected: bodyStatusWord, raw: bodyStatus.raw, line: bodyStatus.line, inBody: true};
    if (!found.status) found.status = statement;
    found.bodyStatus = statement;
  }

  const fmDate = yamlValue(yaml, ['date', 'created']);
  if (fmDate && datesOf(fmDate.value).length > 0) {
    found.date = {expected: datesOf(fmDate.value), raw: fmDate.value, line: fmDate.line, inBody: false};
  }
  const bodyDate = labelLine(lines, 'date', {colonOptional: true}) ?? sectionValue(lines, 'date');
  if (bodyDate && datesOf(bodyDate.raw).length > 0) {
    const statement = {expected: datesOf(bodyDate.raw), raw: bodyDate.raw, line: bodyDate.line, inBody: true};
    if (!found.date) found.date = statement;
    found.bodyDate = statement;
  }

  const fmTitle = yamlValue(yaml, ['title']);
  if (fmTitle) {
    found.title = {expected: plain(fmTitle.value), raw: fmTitle.value};
  } else {
    const h1 = lines.find((l) => /^#\s+\S/.test(l.text));
    if (h1) {
      const written = plain(HEADING.exec(h1.text)[2]);
      found.title = {expected: titleWithoutNumber(written), raw: written};
    }
  }
  found.isRecord = !NOT_RECORD_NAME.test(fileName) && (found.number !== null || found.status !== null);
  return found;
}

// ----------------------------------------------------------------- publish

/**
 * The folder's files through the plugin as a site publishes them: every
 * file through the front-matter hook the plugin installs, loaded the way
 * the docs plugin loads it (title: front matter's, else the first
 * heading; id without its number prefix), then the model.
 */
async function publish(pipeline, siteDir, files, folderTypes = pipeline.DEFAULT_FOLDER_TYPES) {
  const {utils, wrapParseFrontMatter} = pipeline;
  const settings = {siteDir, folderTypes};
  const parseFrontMatter = wrapParseFrontMatter(utils.DEFAULT_PARSE_FRONT_MATTER, settings);
  const vocabulary = pipeline.createVocabulary(pipeline.getDefaultOptions());
  const docs = [];
  const failures = new Map();
  const pages = new Map();
  for (const file of files) {
    const filePath = path.join(siteDir, file);
    const fileContent = fs.readFileSync(filePath, 'utf8');
    try {
      const {frontMatter: unsafe, contentTitle, excerpt} = await utils.parseMarkdownFile({filePath, fileContent, parseFrontMatter});
      const frontMatter = pipeline.validateDocFrontMatter(unsafe);
      const relative = path.relative(path.join(siteDir, 'docs'), filePath).split(path.sep).join('/');
      const dirName = path.posix.dirname(relative);
      const baseName = path.posix.basename(relative).replace(/\.mdx?$/i, '');
      const unprefixed = pipeline.numberPrefixParser(baseName).filename;
      const dirId = dirName === '.' ? '' : dirName.split('/').map((s) => pipeline.numberPrefixParser(s).filename).join('/');
      const id = [dirId, frontMatter.id ?? unprefixed].filter(Boolean).join('/');
      const tags = Array.isArray(frontMatter.tags)
        ? frontMatter.tags.map((t) => (typeof t === 'string' ? {label: t, permalink: `/docs/tags/${t}`} : {label: String(t.label), permalink: `/docs/tags/${t.label}`}))
        : [];
      docs.push({
        id,
        title: frontMatter.title ?? contentTitle ?? unprefixed,
        description: frontMatter.description ?? excerpt ?? '',
        permalink: `/docs/${id}`,
        source: `@site/${file}`,
        frontMatter,
        tags,
        lastUpdatedAt: null,
      });
      pages.set(file, {fileContent, filePath});
    } catch (error) {
      // The docs plugin would stop the build here.
      failures.set(file, (error instanceof Error ? error.message : String(error)).split('\n')[0]);
    }
  }
  let inputs;
  if (pipeline.collectDesignDocs) {
    const allContent = {'docusaurus-plugin-content-docs': {default: {loadedVersions: [{versionName: 'current', isLast: true, docs}]}}};
    inputs = pipeline.collectDesignDocs(allContent, []);
  } else {
    inputs = docs
      .filter((doc) => doc.frontMatter.type !== undefined && doc.frontMatter.type !== null)
      .map((doc) => ({doc, location: {pluginId: 'default', versionName: 'current', isLatestVersion: true, file: doc.source.replace(/^@site\//, '')}}));
  }
  const model = pipeline.buildDesignDocModel(inputs, vocabulary);
  const byFile = new Map(model.docs.map((record) => [record.file, record]));

  // What each published page leaves out of its body: the lines that only restate its header.
  const hidden = new Map();
  for (const record of model.docs) {
    const page = pages.get(record.file);
    const input = inputs.find((i) => i.location.file === record.file);
    const holder = input?.doc.frontMatter[pipeline.BODY_READING_KEY];
    const reading = holder?.reading ?? (holder && holder.version !== undefined ? holder : null);
    let ranges = [];
    if (page && reading && pipeline.restatedLines) {
      const raw = (await utils.DEFAULT_PARSE_FRONT_MATTER({filePath: page.filePath, fileContent: page.fileContent})).frontMatter;
      const type = pipeline.designDocTypeOf ? pipeline.designDocTypeOf(page.filePath, raw, settings) : record.type;
      if (type !== null) ranges = pipeline.restatedLines(reading, raw, type, vocabulary);
    }
    hidden.set(record.file, ranges);
  }
  // The notices a build prints for folders of records that no type applies to.
  const problems = pipeline.parseProblemsOf?.(parseFrontMatter);
  const notices = problems?.untypedFolderNotices ? problems.untypedFolderNotices(siteDir, () => true) : [];
  return {byFile, failures, hidden, model, notices};
}

// ----------------------------------------------------------------- compare

const FIELDS = ['status', 'date', 'number', 'title'];

const normTitle = (t) => String(t).replace(/\s+/g, ' ').trim();

/** Whether the model's value is what the file states. */
function isRight(field, statement, record) {
  if (!record) return false;
  switch (field) {
    case 'status':
      // The model's status as the page shows it: a lifecycle id, or the words kept as written.
      return record.status !== null && String(record.status).toLowerCase() === statement.expected;
    case 'date':
      return record.date !== null && statement.expected.includes(String(record.date));
    case 'number':
      return record.number === statement;
    case 'title':
      return typeof record.title === 'string' && normTitle(record.title) === normTitle(statement.expected);
    default:
      return false;
  }
}

const show = (v) => (v === null || v === undefined ? 'nothing' : JSON.stringify(v));

function expectedText(field, statement) {
  if (field === 'number') return String(statement);
  if (field === 'date') return statement.expected.join(' or ');
  return statement.expected;
}

function gotText(field, record, failure) {
  if (!record) return failure ? `no record (the docs plugin fails: ${failure})` : 'no record';
  return show(record[field]);
}

/** A miss's shape, so misses of one cause fall together. */
function missPattern(field, statement, record, oracle, failure) {
  if (!record) return `${field}: no record published${failure ? ' (the docs plugin fails on the file)' : ''}`;
  const got = record[field];
  const shape = (s) => String(s).replace(/\p{L}+/gu, 'w').replace(/\d/g, '9').replace(/(w )+w/g, 'w…').slice(0, 40);
  switch (field) {
    case 'status':
      return `status: file says ${statement.expected} (${statement.inBody ? 'body' : 'front matter'}), got ${got === null ? 'nothing' : String(got).length > 24 ? `${String(got).slice(0, 24)}…` : got}`;
    case 'date':
      return `date: file says ${shape(statement.raw)} (${statement.inBody ? 'body' : 'front matter'}), got ${got === null ? 'nothing' : shape(got)}`;
    case 'number': {
      const form = oracle.fileName.replace(/^(adr[-_ ]?)?\d+.*$/i, (_, p) => `${p ?? ''}NNN-`);
      return `number: file name ${form}, got ${got === null ? 'nothing' : got === statement ? 'same' : 'another number'}`;
    }
    case 'title': {
      if (got === null || got === undefined) return 'title: got nothing';
      const g = normTitle(got);
      const e = normTitle(statement.expected);
      if (g === normTitle(statement.raw) && g !== e) return 'title: number prefix kept';
      if (plain(g) === e) return 'title: Markdown kept';
      if (g.toLowerCase() === e.toLowerCase()) return 'title: case differs';
      if (g.endsWith(e)) return 'title: a prefix kept';
      if (e.endsWith(g)) return 'title: more cut than the number';
      return 'title: other text';
    }
    default:
      return field;
  }
}

// -------------------------------------------------------------------- main

function pct(right, stated) {
  return stated === 0 ? '   -  ' : `${((100 * right) / stated).toFixed(1).padStart(5)}%`;
}

function cell(counts) {
  return `${String(counts.right).padStart(4)}/${String(counts.stated).padEnd(4)} ${pct(counts.right, counts.stated)}`;
}

async function measureRepository(pipeline, entry, args, tmpRoot) {
  const [owner, name] = entry.repo.split('/');
  const gitDir = findGitDir(path.join(args.mirror, `${owner}+${name}`));
  if (!gitDir) {
    return {entry, skipped: `no snapshot of ${entry.repo} under ${path.join(args.mirror, `${owner}+${name}`)} (fetch it, or git clone it at ${entry.commit.slice(0, 12)})`};
  }
  try {
    git(gitDir, ['cat-file', '-e', `${entry.commit}^{commit}`]);
  } catch {
    return {entry, skipped: `the snapshot of ${entry.repo} in ${gitDir} lacks commit ${entry.commit}`};
  }
  const files = readFolder(gitDir, entry.commit, entry.dir);
  const folder = entry.dir === '.' || entry.dir === '' ? name : path.posix.basename(entry.dir);
  const siteDir = path.join(tmpRoot, `${owner}+${name}`);
  const written = [];
  for (const [relative, text] of Object.entries(files)) {
    const file = path.posix.join('docs', folder, relative);
    fs.mkdirSync(path.dirname(path.join(siteDir, file)), {recursive: true});
    fs.writeFileSync(path.join(siteDir, file), text);
    written.push(file);
  }
  let run = await publish(pipeline, siteDir, written);
  const notices = run.notices.map((notice) => `${notice.file} ${notice.message}`);
  if (args.followNotices && run.notices.length > 0) {
    // As a team would: the folderTypes entry each notice names.
    const folderTypes = Object.fromEntries(run.notices.map((notice) => [path.posix.basename(notice.file).toLowerCase(), 'adr']));
    run = await publish(pipeline, siteDir, written, {...pipeline.DEFAULT_FOLDER_TYPES, ...folderTypes});
  }
  const {byFile, failures, hidden} = run;

  const counts = Object.fromEntries(FIELDS.map((f) => [f, {right: 0, stated: 0}]));
  const countsPublished = Object.fromEntries(FIELDS.map((f) => [f, {right: 0, stated: 0}]));
  const misses = [];
  let records = 0;
  let published = 0;
  let twice = 0;
  const twiceFiles = [];
  for (const file of written) {
    const text = fs.readFileSync(path.join(siteDir, file), 'utf8');
    const fileName = path.posix.basename(file);
    const oracle = {...readOracle(fileName, text), fileName};
    if (args.oracle) {
      const o = (s) => (s ? JSON.stringify(s.expected) : '-');
      console.log(`ORACLE ${entry.repo} ${fileName} record=${oracle.isRecord} number=${oracle.number ?? '-'} status=${o(oracle.status)}${oracle.status ? `@${oracle.status.line}` : ''} date=${o(oracle.date)} title=${o(oracle.title)}`);
    }
    if (!oracle.isRecord) continue;
    records += 1;
    const record = byFile.get(file) ?? null;
    if (record) published += 1;
    for (const field of FIELDS) {
      const statement = oracle[field];
      if (statement === null || statement === undefined) continue;
      counts[field].stated += 1;
      if (record) countsPublished[field].stated += 1;
      if (isRight(field, statement, record)) {
        counts[field].right += 1;
        countsPublished[field].right += 1;
      } else {
        misses.push({
          repo: entry.repo,
          file: path.posix.join(entry.dir === '.' ? '' : entry.dir, path.posix.relative(path.posix.join('docs', folder), file)),
          field,
          expected: expectedText(field, statement),
          got: gotText(field, record, failures.get(file)),
          pattern: missPattern(field, statement, record, oracle, failures.get(file)),
        });
      }
    }
    // Printed twice: the header shows the status or date, and the body still prints a line saying the same.
    if (record) {
      const ranges = hidden.get(file) ?? [];
      const isHidden = (line) => ranges.some(([start, end]) => line >= start && line <= end);
      const status = oracle.bodyStatus && record.status !== null && canonicalStatus(record.status) === oracle.bodyStatus.expected && !isHidden(oracle.bodyStatus.line);
      const date = oracle.bodyDate && record.date !== null && oracle.bodyDate.expected.includes(String(record.date)) && !isHidden(oracle.bodyDate.line);
      if (status || date) {
        twice += 1;
        twiceFiles.push(`${file}${status ? ` status@${oracle.bodyStatus.line}` : ''}${date ? ` date@${oracle.bodyDate.line}` : ''} hidden=${JSON.stringify(ranges)}`);
        if (args.oracle) console.log(`TWICE ${entry.repo} ${twiceFiles.at(-1)}`);
      }
    }
  }
  const extra = [...byFile.keys()].filter((file) => {
    const oracle = readOracle(path.posix.basename(file), fs.readFileSync(path.join(siteDir, file), 'utf8'));
    return !oracle.isRecord;
  });
  return {entry, notices, files: written.length, records, published, extra, counts, countsPublished, misses, twice, twiceFiles, failures: failures.size, folder};
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const entries = JSON.parse(fs.readFileSync(path.join(here, 'repositories.json'), 'utf8')).filter((e) => !args.only || e.repo === args.only);
  let pipeline;
  try {
    pipeline = loadPipeline(args.lib);
  } catch (error) {
    console.log(`cannot load the plugin from ${args.lib}: ${error instanceof Error ? error.message : error}`);
    return;
  }
  const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'adr-accuracy-'));
  const results = [];
  try {
    for (const entry of entries) {
      try {
        results.push(await measureRepository(pipeline, entry, args, tmpRoot));
      } catch (error) {
        results.push({entry, skipped: `${entry.repo} could not be measured: ${error instanceof Error ? error.stack : error}`});
      }
    }
  } finally {
    fs.rmSync(tmpRoot, {recursive: true, force: true});
  }

  console.log(`ADR accuracy of ${args.lib}: each field right / stated in the file\n`);
  const header = `${'repository'.padEnd(38)} ${'folder'.padEnd(30)} records published ${FIELDS.map((f) => f.padEnd(17)).join(' ')} twice`;
  console.log(header);
  const zero = () => Object.fromEntries(FIELDS.map((f) => [f, {right: 0, stated: 0}]));
  const total = {records: 0, published: 0, twice: 0, extra: 0, counts: zero(), countsPublished: zero()};
  const misses = [];
  for (const result of results) {
    if (result.skipped) {
      console.log(`${result.entry.repo.padEnd(38)} SKIPPED: ${result.skipped}`);
      continue;
    }
    const notes = [];
    if (result.published === 0 && result.records > 0) notes.push('no record published');
    if (result.notices?.length > 0) notes.push(`notice: ${result.notices.join('; ')}`);
    if (result.failures > 0) notes.push(`${result.failures} file(s) the docs plugin fails on`);
    if (result.extra.length > 0) notes.push(`${result.extra.length} published page(s) that are not records: ${result.extra.map((f) => path.posix.basename(f)).join(', ')}`);
    console.log(
      `${result.entry.repo.padEnd(38)} ${result.folder.slice(0, 30).padEnd(30)} ${String(result.records).padStart(7)} ${String(result.published).padStart(9)} ${FIELDS.map((f) => cell(result.counts[f])).join(' ')} ${String(result.twice).padStart(5)}${notes.length ? `  (${notes.join('; ')})` : ''}`,
    );
    total.records += result.records;
    total.published += result.published;
    total.twice += result.twice;
    total.extra += result.extra.length;
    for (const f of FIELDS) {
      total.counts[f].right += result.counts[f].right;
      total.counts[f].stated += result.counts[f].stated;
      total.countsPublished[f].right += result.countsPublished[f].right;
      total.countsPublished[f].stated += result.countsPublished[f].stated;
    }
    misses.push(...result.misses);
  }
  console.log(
    `${'TOTAL'.padEnd(38)} ${''.padEnd(30)} ${String(total.records).padStart(7)} ${String(total.published).padStart(9)} ${FIELDS.map((f) => cell(total.counts[f])).join(' ')} ${String(total.twice).padStart(5)}`,
  );
  console.log(
    `${'TOTAL of the published records'.padEnd(38)} ${''.padEnd(30)} ${String(total.published).padStart(7)} ${String(total.published).padStart(9)} ${FIELDS.map((f) => cell(total.countsPublished[f])).join(' ')} ${String(total.twice).padStart(5)}`,
  );
  console.log('\n"twice": pages whose header shows the status or date while the body still prints a line saying the same.');

  if (args.misses) {
    console.log('\nMisses:');
    for (const miss of misses) {
      console.log(`${miss.repo} ${miss.file} ${miss.field}: expected ${miss.expected}, got ${miss.got}`);
    }
  }
  if (args.patterns > 0 && misses.length > 0) {
    const byPattern = new Map();
    for (const miss of misses) {
      const group = byPattern.get(miss.pattern) ?? {count: 0, example: miss, repos: new Set()};
      group.count += 1;
      group.repos.add(miss.repo);
      byPattern.set(miss.pattern, group);
    }
    console.log(`\nMost common miss patterns (of ${misses.length} misses):`);
    for (const [pattern, group] of [...byPattern].sort((a, b) => b[1].count - a[1].count).slice(0, args.patterns)) {
      const e = group.example;
      console.log(`${String(group.count).padStart(4)}  ${pattern}  [${group.repos.size} repo(s); e.g. ${e.repo} ${e.file}: expected ${e.expected}, got ${e.got}]`);
    }
  }
}

await main();
process.exitCode = 0;
