import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { define, formatDate, INTL_TAGS, PvFormControl, type FormValue, type Locale, type ValidationContext, type Validator } from '@parvis/core';
import { required } from '@parvis/core/validators';
import { componentMessages, localizeComponents } from '../i18n/index.js';
import { groupStyles } from '../fieldset/group.styles.js';
import { dateInputStyles } from './date-input.styles.js';

export type DatePart = 'day' | 'month' | 'year';
const PARTS: readonly DatePart[] = ['day', 'month', 'year'];
const MISSING_KEYS = { day: 'dateInput.missingDay', month: 'dateInput.missingMonth', year: 'dateInput.missingYear' } as const;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** What is wrong with the three parts as typed. */
export interface DateAnalysis {
  /** Parts left empty. */
  missing: DatePart[];
  /** Filled parts that are not a day, a month or a 4-digit year, or a day past the month's end. */
  wrong: DatePart[];
  /** Days in the month when the day is past its end (31 February). */
  daysInMonth?: number;
  /** `YYYY-MM-DD` for a real date, else ''. */
  iso: string;
}

/** Checks the three parts of a date as a person typed them ("14", "7", "2026"). */
export function analyseDate(day: string, month: string, year: string): DateAnalysis {
  const raw = { day: day.trim(), month: month.trim(), year: year.trim() };
  const missing = PARTS.filter((p) => raw[p] === '');
  if (missing.length) return { missing, wrong: [], iso: '' };
  const d = /^\d{1,2}$/.test(raw.day) ? Number(raw.day) : NaN;
  const m = /^\d{1,2}$/.test(raw.month) ? Number(raw.month) : NaN;
  const y = /^\d{4}$/.test(raw.year) ? Number(raw.year) : NaN;
  const wrong: DatePart[] = [];
  if (!(d >= 1 && d <= 31)) wrong.push('day');
  if (!(m >= 1 && m <= 12)) wrong.push('month');
  if (!(y >= 1000)) wrong.push('year');
  if (wrong.length) return { missing, wrong, iso: '' };
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > daysInMonth) return { missing, wrong: ['day'], daysInMonth, iso: '' };
  return { missing, wrong, iso: `${raw.year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}

/** "14/07/2026", "14.7.2026", "14 7 2026" or "2026-07-14" → ["14", "07", "2026"]; undefined otherwise. */
export function splitDate(text: string): [string, string, string] | undefined {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (iso) return [iso[3]!, iso[2]!, iso[1]!];
  const fr = /^(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{4})$/.exec(t);
  return fr ? [fr[1]!, fr[2]!, fr[3]!] : undefined;
}

/** A date at noon UTC: the same calendar day in Europe/Paris, whatever the reader's time zone. */
function isoToDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d, 12));
}

function t(locale: Locale, key: Parameters<typeof componentMessages.t>[1], params?: Record<string, string | number>): string {
  return componentMessages.t(locale, key, params);
}

/**
 * A date the person knows, typed as three fields — day, month, year — in a `<fieldset>` (GOV.UK
 * date input pattern): a date of birth, the date of an event. No calendar pop-up: for a known date
 * typing is faster and works with every assistive technology.
 *
 * The value is an ISO date `YYYY-MM-DD` ('' until the three parts make a real date). Pasting or
 * typing "14/07/2026" in any part fills the three.
 *
 * ```html
 * <pv-date-input label="Date de naissance" name="naissance" autocomplete="bday" required></pv-date-input>
 * ```
 *
 * @summary Saisie d’une date connue en trois champs : jour, mois, année.
 * @status stable
 * @since 0.1.0
 * @csspart label - the legend (the question)
 * @csspart hint - the hint ("Par exemple : 14 7 2026" by default)
 * @csspart feedback - the error message
 * @csspart input - each of the three inputs (also `day`, `month`, `year`)
 * @cssproperty --pv-control-border - border colour of the inputs
 * @cssstate user-invalid - an error message is shown
 * @fires input - on each keystroke (native, composed)
 * @fires change - when a part is committed
 */
export class PvDateInput extends PvFormControl<string> {
  static override styles = [...PvFormControl.styles, groupStyles, dateInputStyles];

  protected readonly msg = localizeComponents(this);
  #value = '';

  /** `YYYY-MM-DD`, or '' while the parts do not make a real date. Setting it fills the three parts. */
  @property()
  set value(value: string) {
    const match = ISO.exec(String(value ?? '').trim());
    [this.day, this.month, this.year] = match ? [String(Number(match[3])), String(Number(match[2])), match[1]!] : ['', '', ''];
    this.#value = this.analysis.iso;
  }
  get value(): string {
    return this.#value;
  }
  /** Earliest date accepted, `YYYY-MM-DD`. */
  @property() accessor min = '';
  /** Latest date accepted, `YYYY-MM-DD`. */
  @property() accessor max = '';
  /** `bday` for a date of birth: the parts get `bday-day`, `bday-month`, `bday-year` (RGAA 11.13); other tokens (`off`) are copied to the three. */
  @property() accessor autocomplete = '';
  /** Legend size: `lg` or `xl` when the question is the page's main question. */
  @property({ reflect: true }) accessor size: 'md' | 'lg' | 'xl' = 'md';

  /** The parts exactly as typed. */
  @state() accessor day = '';
  @state() accessor month = '';
  @state() accessor year = '';

  get analysis(): DateAnalysis {
    return analyseDate(this.day, this.month, this.year);
  }

  /** The first part in error, else the day. */
  protected get control(): HTMLElement | null {
    const root = this.renderRoot;
    return root?.querySelector<HTMLInputElement>('input[aria-invalid="true"]') ?? root?.querySelector<HTMLInputElement>('#day') ?? null;
  }

  protected formValue(): FormValue {
    return this.value;
  }

  /** A half-typed date is saved as typed ("31/2/2026"), so back navigation brings it back too. */
  protected override formState(): FormValue {
    return this.value || (this.day || this.month || this.year ? `${this.day}/${this.month}/${this.year}` : '');
  }

  protected restoreValue(state: string | File | FormData | null): string | undefined {
    if (typeof state !== 'string') return undefined;
    if (ISO.test(state) || state === '') return state;
    const parts = state.split('/');
    if (parts.length === 3) this.#setParts(parts as [string, string, string], false);
    return undefined;
  }

  protected override builtinValidators(): Validator<string>[] {
    const a = this.analysis;
    const rules: Validator<string>[] = [
      {
        name: 'dateIncomplete',
        flag: 'badInput',
        runsOnEmpty: true,
        check: () => a.missing.length === 0 || a.missing.length === 3,
        message: (_v, c) => {
          const parts = new Intl.ListFormat(INTL_TAGS[c.locale], { type: 'conjunction' }).format(a.missing.map((p) => t(c.locale, MISSING_KEYS[p])));
          return t(c.locale, 'dateInput.incomplete', { label: c.label, parts });
        },
      },
      { name: 'dateInvalid', flag: 'badInput', runsOnEmpty: true, check: () => a.wrong.length === 0, message: (_v, c) => this.#invalidMessage(a, c) },
    ];
    if (this.required) rules.push({ ...required<string>('text'), check: () => a.missing.length < 3 });
    if (ISO.test(this.min)) rules.push(this.#limit('min', this.min));
    if (ISO.test(this.max)) rules.push(this.#limit('max', this.max));
    return rules;
  }

  protected override validationDependsOn(changed: PropertyValues<this>): boolean {
    const keys = changed as Map<PropertyKey, unknown>;
    return ['day', 'month', 'year', 'min', 'max'].some((key) => keys.has(key));
  }

  /** Says which part is wrong; a general message when several are. */
  #invalidMessage(a: DateAnalysis, c: ValidationContext): string {
    if (a.daysInMonth) {
      const month = formatDate(isoToDate(`${this.year.trim()}-${this.month.trim().padStart(2, '0')}-01`), c.locale, { month: 'long', year: 'numeric' });
      return t(c.locale, 'dateInput.dayTooLate', { month, max: a.daysInMonth });
    }
    if (a.wrong.length > 1) return t(c.locale, 'dateInput.invalid');
    return t(c.locale, `dateInput.${a.wrong[0]!}Invalid` as 'dateInput.dayInvalid');
  }

  #limit(kind: 'min' | 'max', limit: string): Validator<string> {
    return {
      name: kind,
      flag: kind === 'min' ? 'rangeUnderflow' : 'rangeOverflow',
      check: (value) => (kind === 'min' ? value >= limit : value <= limit),
      message: (_v, c) => t(c.locale, `dateInput.${kind}`, { date: formatDate(isoToDate(limit), c.locale) }),
    };
  }

  /** Parts shown with aria-invalid: the missing or wrong ones, or all three for a whole-date error. */
  get invalidParts(): DatePart[] {
    const feedback = this.shownFeedback;
    if (feedback?.type !== 'error') return [];
    const a = this.analysis;
    if (feedback.validator === 'dateIncomplete') return a.missing;
    if (feedback.validator === 'dateInvalid') return a.wrong;
    return [...PARTS];
  }

  #setParts([day, month, year]: [string, string, string], byPerson: boolean): void {
    const old = this.#value;
    [this.day, this.month, this.year] = [day, month, year];
    this.#value = this.analysis.iso;
    this.requestUpdate('value', old);
    if (byPerson) {
      this.dirty = true;
      if (this.error) this.error = '';
    }
  }

  private onInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    const whole = splitDate(input.value);
    const parts: [string, string, string] = [this.day, this.month, this.year];
    if (whole) parts.splice(0, 3, ...whole);
    else parts[PARTS.indexOf(input.id as DatePart)] = input.value;
    this.#setParts(parts, true);
  }

  /** "14/07/2026" pasted in any part fills the three. */
  private onPaste(event: ClipboardEvent): void {
    const whole = splitDate(event.clipboardData?.getData('text') ?? '');
    if (!whole) return;
    event.preventDefault();
    this.#setParts(whole, true);
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  private onKeydown(event: KeyboardEvent): void {
    // Implicit submission: the inner inputs are not in the form, so Enter asks the form itself.
    if (event.key === 'Enter' && !event.isComposing && this.form) {
      event.preventDefault();
      this.form.requestSubmit();
    }
  }

  override render() {
    const invalid = this.invalidParts;
    const widths = { day: 2, month: 2, year: 4 };
    return html`
      <fieldset class="group" aria-describedby=${ifDefined(this.describedBy)}>
        <legend class="label" part="label">${this.label}${this.renderRequiredMarker()}</legend>
        <div id="hint" class="hint" part="hint">${this.hint || this.msg.t('dateInput.example')}</div>
        ${this.renderFeedback()}
        <div class="parts">
          ${PARTS.map(
            (p) => html`
              <div class="part">
                <label class="part-label" for=${p}>${this.msg.t(`dateInput.${p}`)}</label>
                <input
                  id=${p}
                  class="control width-${widths[p]}"
                  part="input ${p}"
                  type="text"
                  inputmode="numeric"
                  spellcheck="false"
                  .value=${live(this[p])}
                  ?disabled=${this.isDisabled}
                  aria-invalid=${invalid.includes(p) ? 'true' : nothing}
                  autocomplete=${ifDefined((this.autocomplete === 'bday' ? `bday-${p}` : this.autocomplete || undefined) as AutoFill | undefined)}
                  @input=${this.onInput}
                  @change=${this.emitChange}
                  @paste=${this.onPaste}
                  @keydown=${this.onKeydown}
                />
              </div>
            `,
          )}
        </div>
      </fieldset>
    `;
  }

  /** The hint is always shown (the example format), so it always describes the group. */
  protected override get describedBy(): string | undefined {
    return this.shownFeedback ? 'hint feedback' : 'hint';
  }
}

define('pv-date-input', PvDateInput);

declare global {
  interface HTMLElementTagNameMap {
    'pv-date-input': PvDateInput;
  }
}
