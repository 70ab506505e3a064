import { vi } from 'vitest';

/**
 * The little of `window` the renderer's client touches when it loads (its transport, the focus
 * listener, the address it was opened at), for tests that draw screens in Node and call nothing.
 */
export function stubWindow(): void {
  // React Aria, under test, fills in what a browser has (window.screen's orientation) when it loads.
  vi.stubGlobal('window', { addEventListener: () => undefined, location: { hash: '' }, screen: {} });
}
