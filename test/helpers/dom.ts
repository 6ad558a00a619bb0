import { expect, fixtureSync } from '@open-wc/testing';
import type { ReactiveElement, TemplateResult } from 'lit';

/** Resolves after `ms` milliseconds. */
export const wait = (ms: number): Promise<unknown> => new Promise((r) => setTimeout(r, ms));

/** Element identity without chai's deep inspection of DOM nodes (slow on big trees). */
export function same(actual: unknown, expected: unknown): void {
  expect(actual === expected, `${(actual as Element | null)?.outerHTML?.slice(0, 80)} is not ${(expected as Element | null)?.outerHTML?.slice(0, 80)}`).to.equal(true);
}

/** Waits for a render, then a task (observers, queued work), then the render that follows. */
export async function settle(el: { updateComplete: Promise<unknown> }): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}

/**
 * Like `fixture`, without waiting for an animation frame on plain wrappers: frames never come
 * while the test page is a background tab (concurrent runs).
 */
export async function mount<T extends Element>(template: TemplateResult): Promise<T> {
  const root = fixtureSync<T>(template);
  for (const el of [root, ...root.querySelectorAll('*')]) await (el as Partial<ReactiveElement>).updateComplete;
  return root;
}

/**
 * What a person does to the native field inside a component (an input, a textarea, a select):
 * focus it, give it `value` (`input`, composed, then `change`), leave it unless `blur` is false;
 * then waits for the component to render.
 */
export async function enterValue(
  host: { updateComplete: Promise<unknown> },
  field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement,
  value: string,
  blur = true,
): Promise<void> {
  field.focus();
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
  if (blur) field.blur();
  await host.updateComplete;
}
