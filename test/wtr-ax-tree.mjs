// `ax-tree` test command: Chromium's full accessibility tree ({ role, name, description, children },
// ignored nodes flattened), read through the DevTools protocol. Playwright no longer exposes an
// accessibility snapshot and puppeteer's hides plain groups; tests need to see fieldset groups.
function buildTree(nodes) {
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const convert = (node) => {
    const children = (node.childIds ?? []).map((id) => byId.get(id)).filter(Boolean).flatMap(convert);
    if (node.ignored) return children;
    return [{ role: node.role?.value ?? '', name: node.name?.value ?? '', description: node.description?.value, children }];
  };
  return convert(nodes[0])[0];
}

export const axTreePlugin = {
  name: 'ax-tree-command',
  async executeCommand({ command, session }) {
    if (command !== 'ax-tree') return undefined;
    const page = session.browser.getPage?.(session.id);
    if (!page) return undefined; // not a Chromium launcher (e.g. Firefox): tests skip
    const cdp = typeof page.context === 'function' ? await page.context().newCDPSession(page) : await page.createCDPSession();
    try {
      const { nodes } = await cdp.send('Accessibility.getFullAXTree');
      return buildTree(nodes);
    } finally {
      await cdp.detach();
    }
  },
};
