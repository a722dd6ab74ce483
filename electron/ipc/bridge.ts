/**
 * Builds the `window.pouet` object from capability names: `pouet.settings.update(input)` calls
 * `invoke('settings.update', input)`. The preload and the e2e harness both use it, so the page sees the same
 * bridge in both. Keep the body free of imports and outer references: the harness ships it into the page
 * with Function#toString.
 */
export function buildBridge(
  names: readonly string[],
  invoke: (name: string, input: unknown) => Promise<unknown>,
  subscribe: (event: string, listener: (payload: unknown) => void) => () => void,
): Record<string, Record<string, unknown>> {
  const bridge: Record<string, Record<string, unknown>> = { events: { on: subscribe } };
  for (const name of names) {
    const dot = name.indexOf('.');
    const group = name.slice(0, dot);
    const method = name.slice(dot + 1);
    const target = (bridge[group] ??= {});
    target[method] = (input?: unknown) => invoke(name, input);
  }
  return bridge;
}
