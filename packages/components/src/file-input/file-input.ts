import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { announce, define, PvFormControl, type FormValue, type ValidationResult, type Validator } from '@parvis/core';
import { required } from '@parvis/core/validators';
import { localizeComponents } from '../i18n/index.js';
import { fileInputStyles } from './file-input.styles.js';

const UNITS: Record<string, number> = { '': 1, k: 1e3, m: 1e6, g: 1e9 };

/**
 * Reads a size in bytes: a number, or a text such as "10 Mo", "10MB", "500 ko", "1,5 Go",
 * "2 Mio" (binary). Returns undefined when it cannot be read.
 */
export function parseFileSize(raw: string | number | null | undefined): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) && raw > 0 ? raw : undefined;
  const match = /^\s*(\d+(?:[.,]\d+)?)\s*([kmg]?)(i?)(?:o|b|octets?|bytes?)?\s*$/i.exec(String(raw ?? ''));
  if (!match) return undefined;
  const [, amount, prefix, binary] = match;
  const unit = prefix!.toLowerCase();
  const factor = binary ? 1024 ** ' kmg'.indexOf(unit || ' ') : UNITS[unit]!;
  const bytes = Math.round(Number(amount!.replace(',', '.')) * factor);
  return bytes > 0 ? bytes : undefined;
}

/** "12,4 Mo", "850 ko", "512 octets" (decimal units, one decimal at most). */
function formatSize(bytes: number, t: (key: 'fileInput.bytes' | 'fileInput.kB' | 'fileInput.MB' | 'fileInput.GB') => string, number: (n: number, o: Intl.NumberFormatOptions) => string): string {
  const steps = [
    [1e9, 'fileInput.GB'],
    [1e6, 'fileInput.MB'],
    [1e3, 'fileInput.kB'],
  ] as const;
  for (const [size, key] of steps) {
    if (bytes >= size) return `${number(bytes / size, { maximumFractionDigits: 1 })}\u00a0${t(key)}`;
  }
  return `${number(bytes, {})}\u00a0${t('fileInput.bytes')}`;
}

/** True when `file` matches one of the `accept` tokens (".pdf", "image/*", "application/pdf"). */
export function fileAccepted(file: File, accept: string): boolean {
  const tokens = accept.split(',').map((t) => t.trim().toLowerCase()).filter(Boolean);
  if (!tokens.length) return true;
  const name = file.name.toLowerCase();
  const type = file.type.toLowerCase();
  return tokens.some((token) =>
    token.startsWith('.') ? name.endsWith(token) : token.endsWith('/*') ? type.startsWith(token.slice(0, -1)) : type === token,
  );
}

/**
 * A file field: the person picks files, each is checked (format, size, count) BEFORE anything is
 * sent, then listed with its size and a "Retirer" button. Nothing is uploaded here: the files go
 * to the form as entries under `name`. The native `<input type="file">` stays the focusable,
 * labelled control; a button-like zone is drawn around it and also takes dropped files.
 *
 * @summary Champ d’ajout de fichiers.
 * @status stable
 * @since 0.1.0
 * @csspart label - the label
 * @csspart hint - the hint text
 * @csspart feedback - the error message
 * @csspart zone - the button-like zone around the native input
 * @csspart control - the native file input
 * @csspart list - the list of chosen files
 * @cssproperty --pv-button-background - background of the "Choisir un fichier" button
 * @cssstate user-invalid - an error message is shown
 * @fires input - when files are added or removed
 * @fires change - when files are added or removed
 */
export class PvFileInput extends PvFormControl<File[]> {
  static override styles = [...PvFormControl.styles, fileInputStyles];

  /** The chosen files. */
  @property({ attribute: false }) accessor value: File[] = [];
  /** Accepted formats, as in HTML: extensions and MIME types, comma separated (".pdf,image/*"). */
  @property() accessor accept = '';
  /** Largest size per file: bytes, or "10 Mo" / "10MB". */
  @property({ attribute: 'max-size' }) accessor maxSize: string | number = '';
  /** Most files allowed (with `multiple`). */
  @property({ type: Number, attribute: 'max-files' }) accessor maxFiles: number | undefined = undefined;
  /** Several files may be chosen. */
  @property({ type: Boolean, reflect: true }) accessor multiple = false;

  @query('#control') private accessor input!: HTMLInputElement | null;
  /**
   * Why the last files picked were refused. Shown as an error on the field, but it does not block
   * the form: refused files were never added, so what would be sent is still valid.
   */
  @state() private accessor rejected = '';

  private readonly msg = localizeComponents(this);

  protected get control(): HTMLElement | null {
    return this.input;
  }

  protected formValue(): FormValue {
    if (!this.value.length || !this.name) return null;
    const data = new FormData();
    for (const file of this.value) data.append(this.name, file);
    return data;
  }

  protected restoreValue(state: string | File | FormData | null): File[] | undefined {
    if (state instanceof File) return [state];
    if (state instanceof FormData) return Array.from(state.values()).filter((v): v is File => v instanceof File);
    return undefined;
  }

  protected override builtinValidators(): Validator<File[]>[] {
    return this.required ? [required<File[]>('file')] : [];
  }

  protected override validationDependsOn(changed: PropertyValues<this>): boolean {
    return changed.has('name');
  }

  override get shownFeedback(): ValidationResult | undefined {
    return this.rejected ? { validator: 'file', type: 'error', flag: 'customError', message: this.rejected } : super.shownFeedback;
  }

  override formResetCallback(): void {
    super.formResetCallback();
    this.rejected = '';
  }

  private size(bytes: number): string {
    return formatSize(bytes, (key) => this.msg.t(key), (n, o) => this.msg.number(n, o));
  }

  /** "PDF, JPG, images" from the accept attribute. */
  private get formats(): string {
    const names = this.accept
      .split(',')
      .map((token) => token.trim().toLowerCase())
      .filter(Boolean)
      .map((token) => {
        if (token.startsWith('.')) return token.slice(1).toUpperCase();
        const [kind, sub] = token.split('/');
        if (sub === '*' && (kind === 'image' || kind === 'audio' || kind === 'video')) return this.msg.t(`fileInput.${kind}`);
        return (sub ?? kind ?? '').replace(/^x-/, '').toUpperCase();
      });
    return [...new Set(names)].join(', ');
  }

  /** Checks the files just chosen; keeps the good ones, reports the others by name. */
  private addFiles(picked: File[]): void {
    if (!picked.length || this.isDisabled) return;
    const maxSize = parseFileSize(this.maxSize);
    const limit = this.multiple ? (this.maxFiles && this.maxFiles > 0 ? this.maxFiles : Infinity) : 1;
    let kept = this.multiple ? [...this.value] : [];
    const added: File[] = [];
    const problems: string[] = [];
    for (const file of picked) {
      const name = file.name;
      if (!fileAccepted(file, this.accept)) {
        problems.push(this.msg.t('fileInput.type', { name, formats: this.formats }));
      } else if (maxSize !== undefined && file.size > maxSize) {
        problems.push(this.msg.t('fileInput.size', { name, size: this.size(file.size), max: this.size(maxSize) }));
      } else if (kept.some((f) => f.name === name && f.size === file.size && f.lastModified === file.lastModified)) {
        // Already in the list: nothing to do.
      } else if (kept.length >= limit) {
        problems.push(this.msg.t('fileInput.count', { name, max: limit, count: limit }));
      } else {
        kept.push(file);
        added.push(file);
      }
    }
    if (!this.multiple && !added.length) kept = [...this.value];
    this.commitInput(kept);
    this.rejected = problems.join(' ');
    const said = [
      added.length ? this.msg.t('fileInput.added', { count: added.length, name: added[0]!.name }) : '',
      ...problems,
      this.msg.t('fileInput.selected', { count: kept.length }),
    ];
    announce(said.filter(Boolean).join(' '), 'polite');
    this.fire();
  }

  /** Removes one file, then puts the focus on the next "Retirer" button, or on the input. */
  async removeFile(index: number): Promise<void> {
    const file = this.value[index];
    if (!file || this.isDisabled) return;
    this.commitInput(this.value.filter((_f, i) => i !== index));
    this.rejected = '';
    announce(`${this.msg.t('fileInput.removed', { name: file.name })} ${this.msg.t('fileInput.selected', { count: this.value.length })}`, 'polite');
    this.fire();
    await this.updateComplete;
    const buttons = this.renderRoot.querySelectorAll<HTMLButtonElement>('.remove');
    (buttons[index] ?? this.input)?.focus();
  }

  private fire(): void {
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.emitChange();
  }

  /** Handles both `input` and `change` (engines differ); files are read once, then the input is emptied. */
  private onPick(event: Event): void {
    event.stopPropagation();
    const input = event.target as HTMLInputElement;
    const picked = Array.from(input.files ?? []);
    if (!picked.length) return;
    input.value = '';
    this.addFiles(picked);
  }

  override render() {
    const files = this.value;
    const many = this.multiple;
    return html`
      ${this.renderLabel()} ${this.renderHint()} ${this.renderFeedback()}
      <div class="zone" part="zone">
        <input
          id="control"
          class="input"
          part="control"
          type="file"
          accept=${ifDefined(this.accept || undefined)}
          ?multiple=${many}
          ?disabled=${this.isDisabled}
          aria-required=${this.required ? 'true' : nothing}
          aria-invalid=${this.ariaInvalidValue}
          aria-describedby=${ifDefined(this.describedBy)}
          @input=${this.onPick}
          @change=${this.onPick}
        />
        <span class="button" aria-hidden="true">${this.msg.t(many ? 'fileInput.chooseMany' : 'fileInput.choose')}</span>
        <span class="drop" aria-hidden="true">${this.msg.t(many ? 'fileInput.dropMany' : 'fileInput.drop')}</span>
      </div>
      ${files.length
        ? html`<ul class="files" part="list">
            ${files.map(
              (file, index) => html`<li class="file">
                <span class="name">${file.name}</span>
                <span class="size">${this.size(file.size)}</span>
                <button class="remove" type="button" ?disabled=${this.isDisabled} @click=${() => this.removeFile(index)}>
                  ${this.msg.t('fileInput.remove')}<span class="visually-hidden"> ${this.msg.t('fileInput.quoted', { name: file.name })}</span>
                </button>
              </li>`,
            )}
          </ul>`
        : nothing}
    `;
  }
}

define('pv-file-input', PvFileInput);

declare global {
  interface HTMLElementTagNameMap {
    'pv-file-input': PvFileInput;
  }
}
