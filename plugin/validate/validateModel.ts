import type {Problem} from '../types/model';
import type {BuiltModel, UnresolvedRelation} from '../model/buildModel';
import {quote} from '../normalize/problems';
import {parseQualifiedReference, referenceOf} from '../vocabulary/references';
import type {Vocabulary} from '../vocabulary/vocabulary';
import {findSupersedeCycles} from './supersedeCycles';
import {unknownStatusProblems} from './unknownStatuses';
import {approvalGateProblems} from './approvalGate';
import type {ApprovalGate} from '../types/options';
import {findDuplicateNumbers, findDuplicateRequirementIds, findStatusRelationMismatches} from './consistency';

function unresolvedMessage({doc, declared, reason}: UnresolvedRelation, vocabulary: Vocabulary, siteNames: string[]): string {
  const qualified = parseQualifiedReference(declared.target);
  switch (reason) {
    case 'itself':
      return `${quote(declared.target)} refers to this doc itself`;
    case 'unknown-site':
      return `${quote(declared.target)} names the site ${quote(qualified!.site)}, which is not one of federation.sources (${siteNames.length > 0 ? siteNames.join(', ') : 'none configured'})`;
    case 'no-match-on-site':
      return `${quote(declared.target)}: the site ${quote(qualified!.site)} has no record ${quote(qualified!.reference)}`;
    default:
      return `${quote(declared.target)} does not match any design doc (use a doc id, a reference such as ${referenceOf({...doc, number: doc.number ?? 1}, vocabulary)}, or a relative path)`;
  }
}

/**
 * A relation that leads nowhere: an error on this site's doc, except one
 * naming a site this build does not federate (a hub may; a warning); on
 * another site's record, a warning, since that site's own build owns it.
 */
function unresolvedProblem(unresolved: UnresolvedRelation, vocabulary: Vocabulary, siteNames: string[]): Problem {
  const {doc, declared, reason} = unresolved;
  const remote = doc.remote;
  return {
    file: remote ? `${remote.site}:${doc.file}` : doc.file,
    field: declared.field,
    message: unresolvedMessage(unresolved, vocabulary, siteNames),
    severity: remote || reason === 'unknown-site' ? 'warning' : 'error',
    ...(declared.line !== undefined && {line: declared.line}),
  };
}

/** Supersede cycles, each reported on every doc in it. */
function cycleProblems(built: BuiltModel, cycles: string[][], vocabulary: Vocabulary): Problem[] {
  const problems: Problem[] = [];
  for (const cycle of cycles) {
    const names = cycle.map((key) => {
      const doc = built.byKey.get(key)!;
      return referenceOf(doc, vocabulary) ?? doc.docId;
    });
    const path = [...names, names[0]].join(' -> ');
    for (const key of cycle) {
      const doc = built.byKey.get(key)!;
      const field = doc.relations.find((r) => r.kind === 'supersedes' || r.kind === 'superseded-by')?.field ?? 'supersedes';
      problems.push({
        file: doc.file,
        field,
        message: cycle.length === 1 ? 'a doc cannot supersede itself' : `supersede cycle: ${path}`,
        severity: 'error',
      });
    }
  }
  return problems;
}

/**
 * Every problem of a built model, in the order a reader meets them: each
 * doc's own (normalizing), the status words no type knows, relations that
 * lead nowhere, supersede cycles, the checks across docs, then the
 * approval gate.
 */
export function validateModel(built: BuiltModel, vocabulary: Vocabulary, approvalGate: ApprovalGate = 'warn'): Problem[] {
  const problems: Problem[] = [...built.normalizeProblems];
  problems.push(...unknownStatusProblems(built.unknownStatuses));
  for (const unresolved of built.unresolved) {
    // A site that could not be read was reported once, as such; its records are not missing.
    if (unresolved.reason !== 'site-unavailable') {
      problems.push(unresolvedProblem(unresolved, vocabulary, built.siteNames));
    }
  }
  const cycles = findSupersedeCycles(built.docs, built.relations);
  problems.push(...cycleProblems(built, cycles, vocabulary));
  problems.push(...findDuplicateNumbers(built.indexes, vocabulary));
  problems.push(...findDuplicateRequirementIds(built.docs));
  // A doc in a cycle already has an error; a status warning would only repeat it.
  const inCycle = new Set(cycles.flat());
  problems.push(
    ...findStatusRelationMismatches(
      inCycle.size === 0 ? built.docs : built.docs.filter((d) => !inCycle.has(d.key)),
      built.relations,
      built.byKey,
      vocabulary,
    ),
  );
  problems.push(...approvalGateProblems(built.docs, vocabulary, approvalGate));
  return problems;
}
