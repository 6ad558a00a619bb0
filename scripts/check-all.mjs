#!/usr/bin/env node
// `pnpm test`: every check, in the order a failure is cheapest to read. Each step streams its own
// output; the runners' summary lines are repeated at the end with one total line.
import { spawn } from 'node:child_process';

const steps = [
  { name: 'build', cmd: 'pnpm build', fatal: true },
  { name: 'lint', cmd: 'pnpm lint' },
  { name: 'typecheck', cmd: 'pnpm typecheck' },
  { name: 'browser tests (Chromium, coverage)', cmd: 'pnpm test:unit', runner: 'wtr' },
  { name: 'browser tests (Firefox ESR, second engine)', cmd: 'pnpm test:firefox', runner: 'wtr' },
  { name: 'node tests (tokens, embed under strict CSP)', cmd: 'pnpm test:node', runner: 'node' },
  { name: 'storybook build + check', cmd: 'pnpm build-storybook && node scripts/check-storybook.mjs', runner: 'plain' },
  { name: 'size budgets', cmd: 'node scripts/size.mjs' }, // built by the first step
];

function run(cmd) {
  return new Promise((resolve) => {
    const child = spawn(cmd, { shell: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
    let out = '';
    const tee = (stream, sink) => stream.on('data', (chunk) => { out += chunk; sink.write(chunk); });
    tee(child.stdout, process.stdout);
    tee(child.stderr, process.stderr);
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

function counts(runner, raw) {
  // runners colour their summaries; the numbers are read from plain text
  const out = raw.replace(/\x1b\[[0-9;]*m/g, '');
  if (runner === 'wtr' || runner === 'plain') {
    const all = [...out.matchAll(/(\d+) passed, (\d+) failed(?:, (\d+) skipped)?/g)];
    const last = all.at(-1);
    return last ? { passed: +last[1], failed: +last[2], skipped: +(last[3] ?? 0), line: last[0] } : undefined;
  }
  if (runner === 'node') {
    const sum = (re) => [...out.matchAll(re)].reduce((n, m) => n + Number(m[1]), 0);
    const passed = sum(/^# pass (\d+)$/gm);
    const failed = sum(/^# fail (\d+)$/gm);
    const skipped = sum(/^# skipped (\d+)$/gm);
    return { passed, failed, skipped, line: `# pass ${passed}\n# fail ${failed}` };
  }
  return undefined;
}

const summary = [];
let failedSteps = 0;
const total = { passed: 0, failed: 0, skipped: 0 };
for (const step of steps) {
  const started = Date.now();
  console.log(`\n━━━ ${step.name} ━━━ (${step.cmd})`);
  const { code, out } = await run(step.cmd);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const c = step.runner ? counts(step.runner, out) : undefined;
  if (c) {
    total.passed += c.passed;
    total.failed += c.failed;
    total.skipped += c.skipped;
  }
  const ok = code === 0;
  if (!ok) failedSteps += 1;
  summary.push(`${ok ? '✔' : '✘'} ${step.name} (${seconds} s)${c ? ` — ${c.passed} passed, ${c.failed} failed` : ''}`);
  if (!ok && step.fatal) break;
}

console.log('\n━━━ summary ━━━');
for (const line of summary) console.log(line);
if (failedSteps) console.log(`${failedSteps} step(s) failed`);
console.log(`Total: ${total.passed} passed, ${total.failed + (failedSteps && !total.failed ? failedSteps : 0)} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(failedSteps ? 1 : 0);
