// PARVIS_EMBED_ANALYZE=1 vite build: prints, per chunk, each module's size once minified alone
// (and gzipped alone, which overestimates): where the bytes of the bundle come from.
import { transformSync } from 'esbuild';
import { gzipSync } from 'node:zlib';

export function analyze() {
  return {
    name: 'parvis-analyze',
    generateBundle(_options, bundle) {
      if (process.env.PARVIS_EMBED_ANALYZE !== '1') return;
      for (const [file, chunk] of Object.entries(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const rows = [];
        for (const [id, m] of Object.entries(chunk.modules)) {
          if (!m.code) continue;
          let min = m.code;
          try { min = transformSync(m.code, { minify: true, loader: 'js' }).code; } catch { /* keep raw */ }
          rows.push([min.length, gzipSync(min, { level: 9 }).length, id.replace(/.*node_modules\//, '').replace(/.*packages\//, '')]);
        }
        rows.sort((a, b) => b[0] - a[0]);
        console.log(`\n== ${file}: ${rows.reduce((s, r) => s + r[0], 0)} B minified (sum of modules)`);
        for (const [min, gz, id] of rows) console.log(`${String(min).padStart(7)} ${String(gz).padStart(6)}  ${id}`);
      }
    },
  };
}
