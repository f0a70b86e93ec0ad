// Types of benchmarksFile.mjs, for the unit test that splices a copy of BENCHMARKS.md.
export type BenchRun = {command: string; date: string; machine: string};
export type BenchSection = {run: BenchRun; text: string};

export const SECTION_ORDER: string[];
export function readSections(markdown: string): Record<string, BenchSection>;
export function markSection(id: string, run: BenchRun, lines: string[]): BenchSection;
export function spliceBenchmarks(parts: {previous: string | null; fresh: Record<string, BenchSection>; intro: string; closing: string}): string;
