import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { announce, define, PvElement } from '@parvis/core';
import { localizeComponents } from '../i18n/index.js';
import { progressStyles } from './progress.styles.js';

/**
 * A progress bar with its text equivalent: a native `<progress>` labelled by `label`, and the
 * same value written out ("45 %" or "3 fichiers sur 8"). Without `value` it is indeterminate.
 * Milestones (every `announce-every` %) and completion are said politely through the shared live
 * region, never each small step.
 *
 * @summary Barre de progression avec texte.
 * @status stable
 * @since 0.1.0
 * @csspart label - the label
 * @csspart bar - the native progress element
 * @csspart text - the written value
 * @cssproperty --pv-progress-track - colour of the empty track
 * @cssproperty --pv-progress-bar - colour of the filled part
 */
export class PvProgress extends PvElement {
  static override styles = [...(PvElement.styles as []), progressStyles];

  /** Current value, from 0 to `max`; leave out for an indeterminate bar. */
  @property({ type: Number }) accessor value: number | undefined = undefined;
  /** Value at completion. */
  @property({ type: Number }) accessor max = 100;
  /** Visible label of the bar ("Envoi des pièces jointes"). */
  @property() accessor label = '';
  /**
   * Text equivalent instead of the percentage; `{value}`, `{max}` and `{percent}` are replaced:
   * `value-text="{value} fichiers sur {max}"`.
   */
  @property({ attribute: 'value-text' }) accessor valueText = '';
  /** Announce each time this many percent more is done (0: only completion). */
  @property({ type: Number, attribute: 'announce-every' }) accessor announceEvery = 25;

  private readonly msg = localizeComponents(this);
  /** Last milestone said, in percent; -1 before the first update. */
  #milestone = -1;

  private get safeMax(): number {
    return Number.isFinite(this.max) && this.max > 0 ? this.max : 100;
  }

  /** The value clamped to [0, max]; undefined when indeterminate. */
  private get current(): number | undefined {
    const v = this.value;
    return typeof v === 'number' && Number.isFinite(v) ? Math.min(Math.max(v, 0), this.safeMax) : undefined;
  }

  /** Whole percentage done; undefined when indeterminate. */
  get percent(): number | undefined {
    const v = this.current;
    return v === undefined ? undefined : Math.floor((v / this.safeMax) * 100);
  }

  /** The written value, as shown and read. */
  get text(): string {
    const percent = this.percent;
    if (percent === undefined) return this.msg.t('progress.busy');
    const params = { value: this.current ?? 0, max: this.safeMax, percent };
    if (this.valueText) return this.valueText.replace(/\{(value|max|percent)\}/g, (_m, key: keyof typeof params) => this.msg.number(params[key]));
    return this.msg.t('progress.percent', { percent });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const percent = this.percent;
    if (percent === undefined) return;
    const every = this.announceEvery > 0 ? this.announceEvery : 100;
    const milestone = percent >= 100 ? 100 : Math.floor(percent / every) * every;
    const first = this.#milestone < 0;
    const passed = milestone > this.#milestone;
    this.#milestone = milestone;
    // The state on arrival is shown, not said; going back (a new upload) is silent too.
    if (first || !passed || milestone === 0) return;
    const text = milestone === 100 ? this.msg.t('progress.done') : this.text;
    announce(this.label ? this.msg.t('progress.announce', { label: this.label, text }) : text, 'polite');
  }

  override render() {
    const current = this.current;
    const text = this.text;
    return html`
      ${this.label ? html`<label class="label" part="label" for="bar">${this.label}</label>` : nothing}
      <div class="row">
        <progress
          id="bar"
          part="bar"
          max=${this.safeMax}
          value=${ifDefined(current)}
          aria-label=${ifDefined(this.label ? undefined : text)}
          aria-valuetext=${ifDefined(current === undefined ? undefined : text)}
        ></progress>
        <span class="text" part="text" aria-hidden="true">${text}</span>
      </div>
    `;
  }
}

define('pv-progress', PvProgress);

declare global {
  interface HTMLElementTagNameMap {
    'pv-progress': PvProgress;
  }
}
