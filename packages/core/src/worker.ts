// Starting Parvis's own module workers under Trusted Types (`@parvis/core/worker`): a module of its
// own, imported by the widgets only, so that pages without a widget never download it.
/** Name of the Trusted Types policy that vouches for Parvis's own worker URLs (pages with `trusted-types` list it). */
export const WORKER_POLICY = 'parvis-worker';

interface ScriptUrlPolicy {
  createScriptURL(input: string): unknown;
}
let workerPolicy: ScriptUrlPolicy | undefined;

/**
 * Starts a module worker from one of Parvis's own worker files. Under
 * `require-trusted-types-for 'script'` its URL must be a TrustedScriptURL: one policy, created once
 * here and shared by every package (a page that does not allow duplicate policies accepts it once).
 * It vouches only for the URLs Parvis modules compute from `import.meta.url`. Where the page's CSP
 * forbids the policy or workers, this throws: callers fall back to the main thread.
 */
export function startModuleWorker(url: URL | string): Worker {
  const tt = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: { createScriptURL(s: string): string }): ScriptUrlPolicy } }).trustedTypes;
  const trusted = tt ? (workerPolicy ??= tt.createPolicy(WORKER_POLICY, { createScriptURL: (s) => s })).createScriptURL(String(url)) : String(url);
  return new Worker(trusted as string, { type: 'module' });
}
