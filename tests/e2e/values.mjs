// A value that fits each kind of field, as a writer would type it: shared by run.mjs and
// browsers.mjs.
export const SAMPLE = {
  'fact:place': '青山县', 'fact:level': '县', 'fact:year': '2026',
  'fact:meeting': '全县重大项目建设推进会', 'fact:speaker': '李华',
};
export const BY_KIND = {
  count: '12', money: '8.5', percent: '35', points: '1.2', rank: '3', year: '2026', month: '6',
  day: '18', 'month-range': '1-5', quantity: '120', person: '王明', organization: '发改',
  place: '东港', text: '新材料',
};
