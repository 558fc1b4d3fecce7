// axe-core on a page of the app: its serious and critical violations as readable lines, less the few judged wrong for this app.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** A rule switched off for one element only, and why it does not apply there. */
interface Allowance {
  rule: string;
  /** axe's CSS selector of the element (its `target`), matched exactly. */
  target: string;
  why: string;
}

const ALLOWED: Allowance[] = [];

const SERIOUS = new Set(['serious', 'critical']);

/** Runs axe on the whole page; answers one line per serious or critical violation and element ("where: rule (impact) target: summary"). */
export async function axeProblems(page: Page, where: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  const lines: string[] = [];
  for (const v of results.violations) {
    if (!SERIOUS.has(v.impact ?? '')) continue;
    for (const node of v.nodes) {
      const target = node.target.map(String).join(' ');
      if (ALLOWED.some((a) => a.rule === v.id && a.target === target)) continue;
      const summary = (node.failureSummary ?? v.help).replace(/\s+/g, ' ').trim();
      lines.push(`${where}: ${v.id} (${v.impact}) ${target}: ${summary}`);
    }
  }
  return lines;
}
