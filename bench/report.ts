import { budgets, type Budget, type BudgetId } from './budgets';
import type { Summary } from './stats';

export interface Figure {
  scenario: string;
  /** What is measured, as printed. */
  label: string;
  /** The reported value: a median for repeated samples. */
  value: number;
  unit: string;
  /** Repeated samples: the spread around the median. */
  spread?: Summary;
  /** Extra context printed in the table (e.g. the floor's and Pouet's medians for a ratio). */
  detail?: string;
  budget?: BudgetId;
}

export type Verdict = 'PASS' | 'FAIL' | '';

export interface JudgedFigure extends Figure {
  limit?: string;
  verdict: Verdict;
}

const holds = (value: number, budget: Budget): boolean => {
  if (Number.isNaN(value)) return false;
  switch (budget.compare) {
    case '<=':
      return value <= budget.limit;
    case '<':
      return value < budget.limit;
    case '>=':
      return value >= budget.limit;
  }
};

export function judge(figure: Figure): JudgedFigure {
  if (!figure.budget) return { ...figure, verdict: '' };
  const budget: Budget = budgets[figure.budget];
  return {
    ...figure,
    limit: `${budget.compare} ${formatNumber(budget.limit)}`,
    verdict: holds(figure.value, budget) ? 'PASS' : 'FAIL',
  };
}

export function formatNumber(value: number): string {
  if (Number.isNaN(value)) return 'n/a';
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
  return value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

function spreadText(spread: Summary | undefined): string {
  if (!spread || spread.n < 2) return '';
  return `IQR ${formatNumber(spread.p25)}–${formatNumber(spread.p75)}, range ${formatNumber(spread.min)}–${formatNumber(spread.max)}, n=${spread.n}`;
}

/** A plain-text table (also valid Markdown) of every figure with its budget and verdict. */
export function formatTable(figures: readonly JudgedFigure[]): string {
  const header = ['Scenario', 'Figure', 'Value', 'Spread', 'Budget', 'Result'];
  const rows = figures.map((f) => [
    f.scenario,
    f.label,
    `${formatNumber(f.value)} ${f.unit}`.trim(),
    [spreadText(f.spread), f.detail].filter(Boolean).join('; '),
    f.limit ? `${f.limit} ${f.unit}`.trim() : '—',
    f.verdict || '—',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
