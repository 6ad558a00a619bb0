import { html, nothing, svg } from 'lit';
import { property, state } from 'lit/decorators.js';
import { define, PvElement, safeUrl } from '@parvis/core';
import { localizeComponents } from '../i18n/index.js';
import { stepperStyles } from './stepper.styles.js';

export type StepState = 'done' | 'current' | 'error' | 'todo';

/** One step of the stepper. */
export interface StepData {
  label: string;
  state: StepState;
  /** Where the step's page is; done and error steps with a safe URL become links back to it. */
  href?: string;
}

/** Detail of `pv-step-select`. */
export interface StepSelectDetail {
  /** Position of the step, from 0. */
  index: number;
  step: StepData;
}

const STATES: readonly StepState[] = ['done', 'current', 'error', 'todo'];
const asState = (value: unknown): StepState => (STATES.includes(value as StepState) ? (value as StepState) : 'todo');
const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

const ICONS: Record<StepState, ReturnType<typeof svg> | typeof nothing> = {
  done: svg`<path fill="currentColor" d="M6.2 11.4 2.8 8l-1.1 1.1 4.5 4.5 8-8-1.1-1.1z" />`,
  error: svg`<path fill="currentColor" d="M7 2h2v8H7zm0 10h2v2H7z" />`,
  current: svg`<path fill="currentColor" d="M5.4 2.6 4.3 3.7 8.6 8l-4.3 4.3 1.1 1.1L10.8 8z" />`,
  todo: nothing,
};

/**
 * The steps of a multi-step form (an application to a call for projects): where the person is,
 * what is done, what must be fixed. Done and error steps with a URL are links back to them.
 *
 * Steps come from light-DOM list items (a plain `<ol>` that works without JavaScript):
 * `<li data-state="done"><a href="…">Éligibilité</a></li>`, or from the `steps` property.
 * In a container of 320 px or less, only "Étape 2 sur 5 : Budget" and a progress bar are shown.
 *
 * @summary Étapes d’un formulaire en plusieurs pages.
 * @status stable
 * @since 0.1.0
 * @csspart heading - "Étape 2 sur 5"
 * @csspart list - the list of steps
 * @csspart step - each step
 * @csspart progress - the progress bar of the compact view
 * @cssproperty --pv-stepper-done - colour of done steps
 * @cssproperty --pv-stepper-current - colour of the current step
 * @cssproperty --pv-stepper-todo - colour of steps not started
 * @cssproperty --pv-stepper-error - colour of steps to fix
 * @fires pv-step-select - when a link to a step is activated; cancelable (a single-page app cancels it and navigates itself); `detail: { index, step }`
 */
export class PvStepper extends PvElement {
  static override styles = [...(PvElement.styles as []), stepperStyles];

  /** The steps, set from JavaScript; when empty, the light-DOM `<li>` are read instead. */
  @property({ attribute: false }) accessor steps: StepData[] = [];
  /** Accessible name of the list (default "Étapes"). */
  @property() accessor label = '';
  /** Always shows the compact view ("Étape 2 sur 5 : Budget" and a progress bar), e.g. in a narrow column. */
  @property({ type: Boolean, reflect: true }) accessor compact = false;
  /** Makes "Étape 2 sur 5" a heading of this level (1 to 6); a paragraph otherwise. */
  @property({ type: Number, attribute: 'heading-level' }) accessor headingLevel: number | undefined = undefined;

  @state() private accessor lightSteps: StepData[] = [];

  private readonly msg = localizeComponents(this);
  #observer?: MutationObserver;

  /** The steps shown: `steps` if set, else those read from the light DOM. */
  get items(): StepData[] {
    const steps = Array.isArray(this.steps) && this.steps.length ? this.steps : this.lightSteps;
    return steps.map((step) => ({ label: clean(String(step?.label ?? '')), state: asState(step?.state), href: step?.href }));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.readLightSteps();
    this.#observer ??= new MutationObserver(() => this.readLightSteps());
    this.#observer.observe(this, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['data-state', 'data-href', 'href'] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
  }

  private readLightSteps(): void {
    this.lightSteps = Array.from(this.querySelectorAll<HTMLLIElement>(':scope > ol > li, :scope > ul > li, :scope > li')).map((li) => ({
      label: clean(li.textContent),
      state: asState(li.dataset.state),
      href: li.dataset.href ?? li.querySelector('a[href]')?.getAttribute('href') ?? undefined,
    }));
  }

  private onStepClick(event: MouseEvent, index: number, step: StepData): void {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const proceed = this.dispatchEvent(
      new CustomEvent<StepSelectDetail>('pv-step-select', { bubbles: true, composed: true, cancelable: true, detail: { index, step } }),
    );
    if (!proceed) event.preventDefault();
  }

  override render() {
    const items = this.items;
    if (!items.length) return nothing;
    const t = this.msg;
    const total = items.length;
    const currentIndex = items.findIndex((step) => step.state === 'current');
    const current = items[currentIndex];
    const done = items.filter((step) => step.state === 'done').length;
    const full = current ? t.t('stepper.heading', { current: currentIndex + 1, total }) : t.t('stepper.allDone', { count: done, total });
    const compact = current ? t.t('stepper.headingWithLabel', { current: currentIndex + 1, total, label: current.label }) : full;
    const level = this.headingLevel && this.headingLevel >= 1 && this.headingLevel <= 6 ? Math.floor(this.headingLevel) : undefined;
    return html`<div class="stepper">
      <p class="heading" part="heading" role=${level ? 'heading' : nothing} aria-level=${level ?? nothing}>
        <span class="full">${full}</span><span class="compact">${compact}</span>
      </p>
      <svg class="progress" part="progress" aria-hidden="true" focusable="false" viewBox="0 0 ${total * 10 - 1} 10" preserveAspectRatio="none">
        ${items.map((step, index) => svg`<rect class="segment" data-state=${step.state} x=${index * 10} width="9" height="10" />`)}
      </svg>
      <ol class="steps" part="list" aria-label=${this.label || t.t('stepper.list')}>
        ${items.map((step, index) => {
          const href = step.state === 'done' || step.state === 'error' ? safeUrl(step.href) : undefined;
          const content = html`<span class="marker" aria-hidden="true"
              >${ICONS[step.state] === nothing ? nothing : html`<svg viewBox="0 0 16 16" focusable="false">${ICONS[step.state]}</svg>`}${t.number(index + 1)}</span
            ><span class="label" aria-hidden="true">${step.label}</span
            ><span class="visually-hidden">${t.t('stepper.step', { index: index + 1, total, label: step.label, state: t.t(`stepper.${step.state}`) })}</span>`;
          return html`<li class="step" part="step" data-state=${step.state} aria-current=${step.state === 'current' ? 'step' : nothing}>
            ${href
              ? html`<a class="box" href=${href} @click=${(event: MouseEvent) => this.onStepClick(event, index, step)}>${content}</a>`
              : html`<span class="box">${content}</span>`}
          </li>`;
        })}
      </ol>
    </div>`;
  }
}

define('pv-stepper', PvStepper);

declare global {
  interface HTMLElementTagNameMap {
    'pv-stepper': PvStepper;
  }
}
