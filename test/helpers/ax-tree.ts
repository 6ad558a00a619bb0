import { executeServerCommand } from '@web/test-runner-commands';

/** A node of Chromium's accessibility tree, as the `ax-tree` command returns it. */
export type AxNode = { role: string; name: string; description?: string; children: AxNode[] };

/**
 * Chromium's full accessibility tree (`ax-tree` command of test/wtr-ax-tree.mjs). Where the runner
 * has no such command (Firefox), the calling test is skipped rather than failed.
 */
export async function axTree(test: Mocha.Context): Promise<AxNode> {
  try {
    return await executeServerCommand<AxNode, undefined>('ax-tree');
  } catch (error) {
    if (String(error).includes('Unknown command')) test.skip();
    throw error;
  }
}
