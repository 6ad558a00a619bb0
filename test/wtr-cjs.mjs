// A few well-kept libraries ship UMD/CommonJS only (papaparse, suncalc under opening_hours). Vite
// converts them in builds; for the test server, this wraps such a file as an ES module with a
// default export. Only for self-contained UMD files (no require() of other modules).
const UMD = /\/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?(papaparse\/papaparse(?:\.min)?\.js|suncalc\/suncalc\.js)$/;

export const umdAsEsm = {
  name: 'parvis-umd-as-esm',
  transform(context) {
    if (!UMD.test(context.path)) return undefined;
    const body = `const module = { exports: {} }; const exports = module.exports;\n${context.body}\nexport default module.exports;\n`;
    return { body, transformCache: false };
  },
};
