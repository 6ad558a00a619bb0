// Bench entry: every primitive, production Lit (bundled by scripts/bench.mjs with esbuild).
import '@parvis/components';
