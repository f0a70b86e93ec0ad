/** Bodies of new records. The design-doc one follows the section structure of the common system-design template. */

export type TemplateValues = {
  title: string;
  status: string;
  date: string;
  reference: string | null;
  supersedes: string | null;
};

function frontMatter(type: string, values: TemplateValues, extra: string[] = []): string {
  return [
    '---',
    `type: ${type}`,
    `title: ${JSON.stringify(values.title)}`,
    `status: ${values.status}`,
    `date: ${values.date}`,
    ...(values.supersedes ? [`supersedes: ${values.supersedes}`] : []),
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

const DESIGN_DOC_BODY = `
## 1. Executive Summary

What are we building, why, and the high-level approach.

## 2. Background & Context

### 2.1 Problem Statement

### 2.2 Goals & Objectives

### 2.3 Non-Goals

## 3. Requirements

### 3.1 Functional Requirements

::requirements{kind=functional}

### 3.2 Non-Functional Requirements

::requirements{kind=non-functional}

### 3.3 Constraints

## 4. High-Level Architecture

### 4.1 System Context

### 4.2 Architecture Style

### 4.3 Component Overview

## 5. Detailed Component Design

## 6. Data Design

## 7. API Design

## 8. Infrastructure & Deployment

## 9. Security Design

## 10. Observability

## 11. Performance Optimization

## 12. Trade-offs & Design Decisions

::decision-log

## 13. Risks & Mitigation

::risk-matrix

::risk-register

## 14. Future Considerations

## 15. Open Questions

## 16. Appendices

### A. Glossary

### B. References

### C. Revision History
`;

const DESIGN_DOC_FIELDS = [
  'authors: []',
  'reviewers: []',
  'requirements:',
  '  - id: FR-1',
  '    text: Describe the first functional requirement',
  '    priority: Must Have',
  '  - id: NFR-1',
  '    category: Performance',
  '    text: API latency',
  '    target: "< 200ms p95"',
  'decisions: []',
  'risks: []',
  'open-questions: []',
  'revisions: []',
];

export function renderTemplate(type: string, values: TemplateValues): string {
  const heading = `# ${values.title}\n`;
  switch (type) {
    case 'design-doc':
      return `${frontMatter(type, values, DESIGN_DOC_FIELDS)}\n${heading}${DESIGN_DOC_BODY}`;
    case 'rfc':
      return `${frontMatter(type, values, ['authors: []'])}\n${heading}${RFC_BODY}`;
    default:
      return `${frontMatter(type, values, ['deciders: []'])}\n${heading}${ADR_BODY}`;
  }
}
