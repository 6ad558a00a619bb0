// opening_hours.js ships the public and school holidays of ~60 countries (about half of its
// 113 kB gzip chunk). Parvis evaluates hours in France only (packages/venue-finder/src/hours/hours.ts
// always passes `country_code: 'fr'`): keep the French definitions, and the bundler drops the others.
// Only the script-tag bundle is trimmed; the npm packages and the tests (WTR) use the library as is;
// test/embed/opening-hours.test.mjs checks the trimmed chunk still knows the French holidays.
const MODULE = /[\\/]opening_hours[\\/]build[\\/]opening_hours\.esm\.mjs$/;
const DEFINITIONS = /var holiday_definitions = (\/\*#__PURE__\*\/)?Object\.freeze\(\{[^}]*\}\);/;

/** @param {{ keep?: string[] }} options country codes to keep (default: fr) */
export function openingHoursCountries({ keep = ['fr'] } = {}) {
  return {
    name: 'parvis-opening-hours-countries',
    transform(code, id) {
      if (!MODULE.test(id.split('?')[0])) return null;
      const match = DEFINITIONS.exec(code);
      // The library changed shape: fail rather than ship all countries (or none) silently.
      if (!match) this.error('opening_hours: `var holiday_definitions = Object.freeze({…})` not found; update scripts/opening-hours-fr.mjs');
      for (const cc of keep) if (!new RegExp(`\\b${cc}: ${cc}\\b`).test(match[0])) this.error(`opening_hours: no holiday definitions for "${cc}"`);
      const kept = `var holiday_definitions = /*#__PURE__*/Object.freeze({ __proto__: null, ${keep.map((cc) => `${cc}: ${cc}`).join(', ')} });`;
      return { code: code.replace(DEFINITIONS, kept), map: null };
    },
  };
}
