// The stylesheet against the oldest browsers the app runs in (README "Browsers"; Safari 14 here,
// below the wasm's 15.1, so that a build without its last features would need no CSS work):
// scripts/test.sh runs
//   npx stylelint --config scripts/stylelint.config.mjs static/style.css
// and fails on any feature those browsers lack, but for the ones below: the page works and reads
// the same without them there.
export const BROWSERS = ['chrome >= 80', 'firefox >= 78', 'safari >= 14'];

const ALLOWED = [
  // `contain: strict` on the editor box: a key's relayout stops there where it exists
  // (Safari 15.4); without it the layout is the same, only a key costs more
  'css-containment',
  // scroll anchoring switched off where browsers have it; Safari has none to switch off
  'css-overflow-anchor',
  // a long list's scroll does not chain to the page (Safari 16): a nicety
  'css-overscroll-behavior',
  // "partial" in caniuse means `overflow: clip` and two-value `overflow`, which this sheet does
  // not use; the one-value `auto` / `hidden` it uses are in every browser
  'css-overflow',
  // print only (@media print / @page): page numbers in the margin boxes, orphans and widows,
  // a heading kept with its paragraph; the screen layout does not use them, and a print
  // without them is still the speech in its 公文 fonts (the Word export is the exact layout)
  'css-paged-media',
  'css-widows-orphans',
  'multicolumn',
  // "partial": text-indent's `hanging` / `each-line` keywords, not used (two characters' indent is)
  'css-text-indent',
  // "partial": text-decoration-thickness and friends; the wavy underline of a flagged phrase uses
  // the shorthand's line, style and colour, which Chrome 57, Firefox 36 and Safari 12.1 draw
  'text-decoration',
  // "partial" before Chrome 91: sticky on table parts; the ledger's table as read keeps its
  // header cells (th) in view while its rows scroll, and without it the header scrolls away
  'css-sticky',
  // the keyboard focus ring drawn only for the keyboard (Chrome 86, Safari 15.4); older browsers
  // draw their own focus outline on every focus, and the rule stands alone so that its unknown
  // pseudo-class drops no other rule there (`label:focus-within` is a rule of its own)
  'css-focus-visible',
];

export default {
  plugins: ['stylelint-no-unsupported-browser-features'],
  rules: {
    'plugin/no-unsupported-browser-features': [true, { browsers: BROWSERS, ignore: ALLOWED, severity: 'error' }],
  },
};
