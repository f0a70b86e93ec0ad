import type {DesignDocRecord, ResolvedRelation} from '../types/model';

/**
 * Strongly connected components of the "supersedes" graph that form a
 * cycle (including a doc superseding itself), each as its docs in order.
 * Tarjan's algorithm, iterative so a long chain cannot overflow the stack.
 */
export function findSupersedeCycles(
  docs: DesignDocRecord[],
  relations: Map<string, ResolvedRelation[]>,
): string[][] {
  const successors = (key: string) =>
    (relations.get(key) ?? []).filter((r) => r.kind === 'supersedes').map((r) => r.target);
  const indexOf = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  let counter = 0;
  // A cursor, not shift(): a doc superseded by every other one has a
  // successor list as long as the repository, and shift() on a long array
  // moves all of it each time.
  const work: {key: string; next: string[]; at: number}[] = [];
  const visit = (key: string, next: string[]) => {
    indexOf.set(key, counter);
    lowLink.set(key, counter);
    counter += 1;
    stack.push(key);
    onStack.add(key);
    work.push({key, next, at: 0});
  };

  for (const doc of docs) {
    if (indexOf.has(doc.key)) {
      continue;
    }
    // A doc that supersedes nothing closes no cycle; most docs are such,
    // and skipping them keeps this linear and allocation-free for them.
    if (!relations.get(doc.key)?.some((r) => r.kind === 'supersedes')) {
      continue;
    }
    visit(doc.key, successors(doc.key));
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      if (frame.at < frame.next.length) {
        const child = frame.next[frame.at]!;
        frame.at += 1;
        if (!indexOf.has(child)) {
          visit(child, successors(child));
        } else if (onStack.has(child)) {
          lowLink.set(frame.key, Math.min(lowLink.get(frame.key)!, indexOf.get(child)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) {
        lowLink.set(parent.key, Math.min(lowLink.get(parent.key)!, lowLink.get(frame.key)!));
      }
      if (lowLink.get(frame.key) === indexOf.get(frame.key)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.key);
        const selfLoop = frame.next.includes(frame.key);
        if (component.length > 1 || selfLoop) {
          cycles.push(component.reverse());
        }
      }
    }
  }
  return cycles;
}
