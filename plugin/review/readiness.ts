import type {DesignDocRecord, Feedback, FeedbackCounts, ReadinessBlocker, ReviewFinding, ReviewReadiness} from '../types/model';
import type {RequiredSection, ReviewDefinition} from '../types/options';
import {sectionName} from '../formats/outline';
import {normalizeLabel} from '../formats/labels';
import {isPlaceholder} from '../formats/lists';
import {referenceOf} from '../vocabulary/references';
import type {Vocabulary} from '../vocabulary/vocabulary';
import {remember} from '../vocabulary/remember';

/**
 * A doc's review readiness (the seed's "Validation Checklist", its
 * "Feedback Categories" and the template's sections), from its record
 * and its type's review definition alone: no page, build or file is
 * read, so the doc header, the review queue, design-docs.json, the
 * approval gate and `design-docs:review` all say the same.
 */

export const FEEDBACK_CATEGORIES = ['critical', 'important', 'nice-to-have', 'question'] as const;

const NO_REVIEW: ReviewDefinition = {
  sections: [],
  rules: {nfrTargets: false, riskMitigations: false, riskOwners: false, decisionAlternatives: false, decisionRationales: false, reviewers: false},
};

/** A value left empty, or still the template's `[placeholder]`. */
function missing(value: string | null): boolean {
  return value === null || value.trim() === '' || isPlaceholder(value);
}

/** Register kinds that count as a section when the doc lists entries of them, in front matter or anywhere in the body. */
function registerKinds(doc: DesignDocRecord): Set<string> {
  const kinds = new Set<string>();
  if (doc.requirements.some((r) => r.kind === 'functional')) {
    kinds.add('functional-requirements');
  }
  if (doc.requirements.some((r) => r.kind === 'non-functional')) {
    kinds.add('non-functional-requirements');
  }
  if (doc.risks.length > 0) {
    kinds.add('risks');
  }
  if (doc.decisions.length > 0) {
    kinds.add('decisions');
  }
  if (doc.openQuestions.length > 0) {
    kinds.add('open-questions');
  }
  if (doc.revisions.length > 0) {
    kinds.add('revisions');
  }
  return kinds;
}

/**
 * `12. Trade-offs & Design Decisions` is found as "trade offs and design
 * decisions", and by each side of its "and": "trade offs", "design decisions".
 */
// Remembered: every doc written from the template repeats the same headings.
const namesOf = remember((title: string): string[] => {
  const name = sectionName(title);
  const parts = name.split(/ and /).map((part) => part.trim()).filter(Boolean);
  return parts.length > 1 ? [name, ...parts] : [name];
});

/** A required section's aliases as headings' names compare, once per section definition. */
const aliasNames = new WeakMap<RequiredSection, string[]>();
function aliasesOf(section: RequiredSection): string[] {
  let names = aliasNames.get(section);
  if (!names) {
    names = section.aliases.map(normalizeLabel);
    aliasNames.set(section, names);
  }
  return names;
}

function isPresent(section: RequiredSection, names: Set<string>, kinds: Set<string>): boolean {
  return section.kinds.some((kind) => kinds.has(kind)) || aliasesOf(section).some((alias) => names.has(alias));
}

function missingSections(doc: DesignDocRecord, review: ReviewDefinition): string[] {
  if (review.sections.length === 0) {
    return [];
  }
  const names = new Set(doc.sections.flatMap((section) => namesOf(section.title)));
  const kinds = registerKinds(doc);
  for (const section of doc.sections) {
    if (section.kind) {
      kinds.add(section.kind);
    }
  }
  return review.sections.filter((section) => !isPresent(section, names, kinds)).map((section) => section.label);
}

function findingsOf(doc: DesignDocRecord, review: ReviewDefinition, inReview: boolean): ReviewFinding[] {
  const {rules} = review;
  const findings: ReviewFinding[] = [];
  if (rules.nfrTargets) {
    for (const requirement of doc.requirements) {
      if (requirement.kind === 'non-functional' && missing(requirement.target)) {
        findings.push({rule: 'nfrTargets', message: `${requirement.id ?? requirement.text} has no target`, anchor: requirement.anchor});
      }
    }
  }
  for (const risk of doc.risks) {
    const name = `Risk ${risk.id ?? `"${risk.title}"`}`;
    if (rules.riskMitigations && missing(risk.mitigation)) {
      findings.push({rule: 'riskMitigations', message: `${name} has no mitigation`, anchor: risk.anchor});
    }
    if (rules.riskOwners && missing(risk.owner)) {
      findings.push({rule: 'riskOwners', message: `${name} has no owner`, anchor: risk.anchor});
    }
  }
  for (const decision of doc.decisions) {
    if (rules.decisionAlternatives && decision.alternatives.filter((a) => !missing(a)).length === 0) {
      findings.push({rule: 'decisionAlternatives', message: `Decision "${decision.title}" names no alternatives`, anchor: decision.anchor});
    }
    if (rules.decisionRationales && missing(decision.rationale)) {
      findings.push({rule: 'decisionRationales', message: `Decision "${decision.title}" gives no rationale`, anchor: decision.anchor});
    }
  }
  if (rules.reviewers && inReview && doc.people.reviewers.length === 0) {
    findings.push({rule: 'reviewers', message: 'In review, but no reviewers are named', anchor: null});
  }
  return findings;
}

export function countOpenFeedback(feedback: Feedback[]): FeedbackCounts {
  const open: FeedbackCounts = {critical: 0, important: 0, 'nice-to-have': 0, question: 0};
  for (const item of feedback) {
    if (!item.resolved) {
      open[item.category] += 1;
    }
  }
  return open;
}

export function reviewReadinessOf(doc: DesignDocRecord, vocabulary: Vocabulary): ReviewReadiness {
  if (doc.remote) {
    // Another site's record was judged by its own site's review rules, sections and types, not this one's.
    return doc.remote.readiness;
  }
  const review = vocabulary.types.get(doc.type)?.review ?? NO_REVIEW;
  const status = doc.status === null ? undefined : vocabulary.findStatus(doc.type, doc.status);
  const openChecklist = doc.checklist.filter((item) => !item.done).map((item) => item.text);
  const open = countOpenFeedback(doc.feedback);
  const missingNames = missingSections(doc, review);
  const blockers: ReadinessBlocker[] = [];
  if (openChecklist.length > 0) {
    blockers.push('checklist');
  }
  if (open.critical > 0) {
    blockers.push('critical-feedback');
  }
  if (missingNames.length > 0) {
    blockers.push('sections');
  }
  return {
    ready: blockers.length === 0,
    blockers,
    checklist: {done: doc.checklist.length - openChecklist.length, total: doc.checklist.length, open: openChecklist},
    feedback: {total: doc.feedback.length, open, openItems: doc.feedback.filter((item) => !item.resolved)},
    sections: {required: review.sections.length, missing: missingNames},
    findings: findingsOf(doc, review, status?.review ?? false),
  };
}

/**
 * What the approval gate holds against a doc: its unticked checklist items
 * and its open critical feedback. From the record itself, not a whole
 * readiness: the build asks it of every approved doc of the site.
 */
export function approvalBlockers(doc: Pick<DesignDocRecord, 'checklist' | 'feedback'>): {checklist: string[]; critical: Feedback[]} {
  return {
    checklist: doc.checklist.filter((item) => !item.done).map((item) => item.text),
    critical: doc.feedback.filter((item) => !item.resolved && item.category === 'critical'),
  };
}

/** `DD-0003 "Checkout service"`: how a message names a doc. */
export function docName(doc: DesignDocRecord, vocabulary: Vocabulary): string {
  const reference = referenceOf(doc, vocabulary);
  return reference ? `${reference} "${doc.title}"` : `"${doc.title}"`;
}
