// Leaflet 1.9 tests, when its module is evaluated, whether the browser supports inline SVG by writing
// `div.innerHTML = '<svg/>'`. Under a Trusted Types CSP (`require-trusted-types-for 'script'`) that
// string assignment throws, the map chunk fails to load, and the finder shows "La carte n'a pas pu
// être chargée". Every browser Parvis supports has inline SVG when it has SVG: the test is replaced
// by that fact. test/embed/venue-finder.test.mjs opens the map under such a CSP.
// (Leaflet's other innerHTML writes are in controls and popups Parvis does not use: its zoom
// buttons and attribution are its own, and markers are DivIcons given an element.)
const MODULE = /[\\/]leaflet[\\/]dist[\\/]leaflet-src\.esm\.js$/;
const PROBE = /var inlineSvg = !!svg\$1 && \(function \(\) \{\s*var div = document\.createElement\('div'\);\s*div\.innerHTML = '<svg\/>';\s*return \(div\.firstChild && div\.firstChild\.namespaceURI\) === 'http:\/\/www\.w3\.org\/2000\/svg';\s*\}\)\(\);/;

export function leafletTrustedTypes() {
  return {
    name: 'parvis-leaflet-trusted-types',
    transform(code, id) {
      if (!MODULE.test(id.split('?')[0])) return null;
      // Leaflet changed: fail the build rather than ship a map that breaks under Trusted Types.
      if (!PROBE.test(code)) this.error('leaflet: inline-SVG probe not found; update packages/embed/scripts/leaflet-trusted-types.mjs');
      return { code: code.replace(PROBE, 'var inlineSvg = !!svg$1;'), map: null };
    },
  };
}
