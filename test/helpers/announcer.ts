import { announcerRegions } from '@parvis/core';

/**
 * The shared live regions of `announce()` (core/announcer.ts), read and emptied by the tests of
 * components that speak to screen readers.
 */

/** What the polite region says now ('' when nothing). */
export const politeText = (): string => announcerRegions().polite.textContent ?? '';

/** What the assertive region says now ('' when nothing). */
export const assertiveText = (): string => announcerRegions().assertive.textContent ?? '';

/** Empties both regions, so a test hears only what it causes. */
export function clearAnnouncer(): void {
  const { polite, assertive } = announcerRegions();
  polite.textContent = '';
  assertive.textContent = '';
}
