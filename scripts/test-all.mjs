#!/usr/bin/env node
// `npm test`: every check in order, then one summary line per step and a closing count.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
rmSync('reports', { recursive: true, force: true });
mkdirSync('reports', { recursive: true });

const steps = [
  { name: 'typecheck', cmd: ['tsc', '-b', '--pretty'] },
  { name: 'lint', cmd: ['eslint', '--max-warnings', '0', '.'] },
  { name: 'format', cmd: ['prettier', '--check', '.'] },
  {
    name: 'unit',
    cmd: ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/unit.json'],
    counts: () => vitestCounts('reports/unit.json'),
  },
  { name: 'e2e', cmd: ['playwright', 'test'], counts: () => playwrightCounts('reports/e2e.json') },
];

const results = [];
for (const step of steps) {
  console.log(`\n━━ ${step.name}: ${step.cmd.join(' ')}`);
  const started = Date.now();
  const run = spawnSync(npx, step.cmd, { stdio: 'inherit' });
  const counts = step.counts?.() ?? undefined;
  results.push({ name: step.name, ok: run.status === 0, seconds: (Date.now() - started) / 1000, counts });
}

console.log('\n━━ summary');
const total = { passed: 0, failed: 0, skipped: 0 };
for (const r of results) {
  const detail = r.counts
    ? ` — ${r.counts.passed} passed, ${r.counts.failed} failed, ${r.counts.skipped} skipped`
    : '';
  console.log(
    `${r.ok ? 'PASS' : 'FAIL'}  ${r.name.padEnd(10)} ${r.seconds.toFixed(1).padStart(6)} s${detail}`,
  );
  if (r.counts) for (const key of Object.keys(total)) total[key] += r.counts[key];
  else if (!r.ok) total.failed += 1;
}
const failedSteps = results.filter((r) => !r.ok).length;
// Checks that fail without counts (typecheck, lint, format) count as one failure each.
console.log(
  `\n${total.passed} passed, ${Math.max(total.failed, failedSteps)} failed, ${total.skipped} skipped`,
);
process.exit(failedSteps ? 1 : 0);

function vitestCounts(file) {
  if (!existsSync(file)) return undefined;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

function playwrightCounts(file) {
  if (!existsSync(file)) return undefined;
  const { stats } = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped };
}
