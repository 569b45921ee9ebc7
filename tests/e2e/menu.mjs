// The header's two menus (文件, 导出): an item is picked as a writer picks it, its menu opened
// first when it is not open.
const FILE = new Set(['open-start', 'open-returned', 'open-history', 'save-version', 'export-workfile']);

export const menuOf = (testid) => (FILE.has(testid) ? 'menu-file' : 'menu-export');

export async function pick(page, testid) {
  const item = page.getByTestId(testid);
  if (!(await item.isVisible())) await page.getByTestId(menuOf(testid)).click();
  await item.click();
}
