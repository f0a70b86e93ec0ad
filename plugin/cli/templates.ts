import {SEED_DESIGN_DOC_TEMPLATE} from './designDocTemplate';
import {escapeMdxText} from './mdxText';

/**
 * Bodies of new records. The design doc is the seed's template itself,
 * with its data in the body; ADRs and RFCs keep theirs in front matter.
 */

export type TemplateValues = {
  title: string;
  status: string;
  date: string;
  reference: string | null;
  supersedes: string | null;
  /** The author from git config, when it is set. */
  author?: string | null;
  /** Whether the file needs `type:` (its folder does not imply the type). */
  frontMatter?: boolean;
  /** Whether the site compiles the file as MDX, so its body text is escaped for it. */
  mdx?: boolean;
};

/** Text of the body as the file's compiler reads it back: the title, a reference. */
function bodyText(text: string, values: TemplateValues): string {
  return values.mdx ? escapeMdxText(text) : text;
}

/** A reference as YAML: as is when plain (`ADR-0004`), else quoted (a doc id may hold `: ` or `#`). */
function yamlText(text: string): string {
  return /^[A-Za-z0-9][\w./-]*$/.test(text) ? text : JSON.stringify(text);
}

function frontMatter(type: string, values: TemplateValues, extra: string[] = []): string {
  return [
    '---',
    `type: ${type}`,
    `title: ${JSON.stringify(values.title)}`,
    `status: ${values.status}`,
    `date: ${values.date}`,
    ...(values.supersedes ? [`supersedes: ${yamlText(values.supersedes)}`] : []),
    ...extra,
    '---',
    '',
  ].join('\n');
}

const ADR_BODY = `
## Context and Problem Statement

What is the issue that we are seeing that motivates this decision or change?

## Considered Options

- Option 1
- Option 2

## Decision

What is the change that we are proposing and/or doing?

## Consequences

What becomes easier or more difficult to do because of this change?
`;

const RFC_BODY = `
## Summary

One paragraph explanation of the proposal.

## Motivation

Why are we doing this? What use cases does it support?

## Detailed Design

The proposal in enough detail for someone to implement it.

## Drawbacks

Why should we not do this?

## Alternatives

What other designs have been considered?

## Unresolved Questions

What parts of the design are still to be decided?
`;

/** The seed's bold header and first revision row, filled in; the rest of the template as written. */
function designDocFromSeed(values: TemplateValues): string {
  const author = values.author ? bodyText(values.author, values) : '[Your name]';
  const title = bodyText(values.title, values);
  const supersedes = values.supersedes && bodyText(values.supersedes, values);
  const filled = SEED_DESIGN_DOC_TEMPLATE.replace('# System Design Document: [System Name]', () => `# System Design Document: ${title}`)
    .replace('**Author**: Claude (System Architect)', () => `**Author**: ${author}`)
    .replace('**Date**: [Current Date]', () => `**Date**: ${values.date}`)
    .replace('**Status**: Draft | Review | Approved', () => `**Status**: ${capitalize(values.status)}`)
    .replace('**Reviewers**: [Principal Engineer, Code Reviewer]', () => `**Reviewers**: [Principal Engineer, Code Reviewer]${supersedes ? `\n**Supersedes**: ${supersedes}` : ''}`)
    .replace('| 2024-11-16 | Claude | Initial draft |', () => `| ${values.date} | ${author} | Initial draft |`);
  const fields = [
    // Only where the folder does not already make it a design doc.
    ...(values.frontMatter ? ['type: design-doc'] : []),
    // Docusaurus takes a doc's title from the heading's source, escapes
    // included, so the sidebar would show them: it gets the title as given.
    ...(title !== values.title ? [`title: ${JSON.stringify(values.title)}`] : []),
  ];
  return fields.length > 0 ? `---\n${fields.join('\n')}\n---\n\n${filled}` : filled;
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export function renderTemplate(type: string, values: TemplateValues): string {
  const heading = `# ${bodyText(values.title, values)}\n`;
  switch (type) {
    case 'design-doc':
      return designDocFromSeed(values);
    case 'rfc':
      return `${frontMatter(type, values, ['authors: []'])}\n${heading}${RFC_BODY}`;
    default:
      return `${frontMatter(type, values, ['deciders: []'])}\n${heading}${ADR_BODY}`;
  }
}
