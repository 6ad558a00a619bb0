#!/usr/bin/env node
// Prints the <script type="importmap"> that pins every Parvis module by its hash, for the URL
// where the dist/ folder is served, and the CSP source to allow it (an import map is an inline
// script: with `script-src 'self'` it needs its own hash).
//
//   npx parvis-importmap https://www.example.fr/parvis/0.1.0/
//   (in this repository: node packages/embed/scripts/importmap.mjs …)
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const embedRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

const base = process.argv[2];
if (!base || !/^(https?:\/\/[^/]+)?\/.*\/$/.test(base)) {
  console.error('usage: importmap.mjs <URL of the dist folder, ending with "/">  e.g. https://www.example.fr/parvis/0.1.0/ or /parvis/0.1.0/');
  process.exit(2);
}
const map = JSON.parse(readFileSync(join(embedRoot, 'dist/importmap.json'), 'utf8'));
const integrity = Object.fromEntries(Object.entries(map.integrity).map(([k, v]) => [base + k.replace(/^\.\//, ''), v]));
const json = JSON.stringify({ integrity });
const hash = createHash('sha256').update(json).digest('base64');
console.log(`<script type="importmap">${json}</script>`);
console.log(`\nCSP: script-src 'self' 'sha256-${hash}'`);
