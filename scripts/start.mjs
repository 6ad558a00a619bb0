#!/usr/bin/env node
// `pnpm start`: builds what the catalogue and the demo need, then serves both and prints their URLs.
import { spawn, spawnSync } from 'node:child_process';
import { startStaticServer } from './serve.mjs';

const build = spawnSync('pnpm build', { shell: true, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const demoPort = Number(process.env.DEMO_PORT ?? 8080);
const storybookPort = Number(process.env.STORYBOOK_PORT ?? 6006);
await startStaticServer({ dir: process.cwd(), listenPort: demoPort, listenHost: '127.0.0.1' });
const storybook = spawn(`pnpm exec storybook dev -p ${storybookPort} --host 127.0.0.1 --no-open --ci --quiet`, { shell: true, stdio: 'inherit' });

// The URLs are printed once the catalogue answers, whatever Storybook itself prints.
for (let attempt = 0; attempt < 240; attempt += 1) {
  const ready = await fetch(`http://127.0.0.1:${storybookPort}/`).then((r) => r.ok, () => false);
  if (ready) {
    console.log(`\n  Catalogue (Storybook) : http://127.0.0.1:${storybookPort}/`);
    console.log(`  Page de démonstration : http://127.0.0.1:${demoPort}/demo/`);
    console.log(`  Recherche de lieux : http://127.0.0.1:${demoPort}/demo/lieux.html`);
    console.log(`  Données ouvertes : http://127.0.0.1:${demoPort}/demo/subventions.html\n`);
    break;
  }
  await new Promise((r) => setTimeout(r, 500));
}
storybook.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => storybook.kill(signal));
