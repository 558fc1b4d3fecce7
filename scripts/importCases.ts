// Labelled import cases from a folder (NAME.txt, the page; NAME.json, its stories) and the measure of an importer over them.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { caseLabelsSchema, compareCase, type CaseLabels, type CaseResult, type FormatByline, type ReadStory } from './importAccuracy';

export interface LabelledCase {
  name: string;
  page: string;
  labels: CaseLabels;
}

export interface CaseFolder {
  cases: LabelledCase[];
  /** Cases that could not be measured, each with what is wrong with it. */
  problems: string[];
}

/** Reads every NAME.txt of a folder with its NAME.json, in name order. A page without labels, or labels that do not read, is a problem. */
export function readCases(folder: string): CaseFolder {
  const out: CaseFolder = { cases: [], problems: [] };
  const files = readdirSync(folder).sort();
  for (const file of files.filter((f) => f.endsWith('.txt'))) {
    const name = file.slice(0, -'.txt'.length);
    const labelsFile = `${name}.json`;
    if (!files.includes(labelsFile)) {
      out.problems.push(`${name}: no ${labelsFile} beside ${file}`);
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path.join(folder, labelsFile), 'utf8'));
    } catch (e) {
      out.problems.push(`${name}: ${labelsFile} is not JSON (${(e as Error).message})`);
      continue;
    }
    const labels = caseLabelsSchema.safeParse(json);
    if (!labels.success) {
      const issues = labels.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`);
      out.problems.push(`${name}: ${labelsFile} does not read as labels (${issues.join('; ')})`);
      continue;
    }
    out.cases.push({ name, page: readFileSync(path.join(folder, file), 'utf8'), labels: labels.data });
  }
  for (const file of files.filter((f) => f.endsWith('.json') && !files.includes(`${f.slice(0, -'.json'.length)}.txt`)))
    out.problems.push(`${file.slice(0, -'.json'.length)}: ${file} has no page beside it`);
  return out;
}

/** The importer measured: parsePage's shape, as any checkout's shared/parse/parsePage.ts has it. */
export type PageReader = (
  text: string,
  options: { now: Date; newId: () => string },
) => {
  stories: ReadStory[];
  decisions: Array<{ kind: string; text?: string }>;
};

/** Reads each case's page with the importer and compares what it read with the labels. */
export function measureCases(cases: readonly LabelledCase[], readPage: PageReader, formatByline: FormatByline): CaseResult[] {
  return cases.map((c) => {
    let n = 0;
    const page = readPage(c.page, { now: new Date(0), newId: () => `case-${++n}` });
    const unplaced = page.decisions
      .filter((d) => d.kind === 'unplaced')
      .reduce((sum, d) => sum + (d.text ?? '').replace(/\s/gu, '').length, 0);
    return compareCase(c.name, c.labels, page.stories, formatByline, unplaced);
  });
}
