import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { ref } from 'lit/directives/ref.js';
// Built by `pnpm --filter @parvis/tokens build` (Storybook's Vite imports JSON directly).
import tokensFile from '../packages/tokens/dist/tokens.json';

interface FlatToken {
  name: string;
  value: string;
  type: string;
  description: string;
  layer: 'primitives' | 'semantic' | 'components' | string;
  ref?: string;
}
type ThemeName = 'default' | 'dark' | 'high-contrast';

const THEMES: ReadonlyArray<readonly [ThemeName, string]> = [
  ['default', 'Par défaut (clair)'],
  ['dark', 'Sombre'],
  ['high-contrast', 'Contraste élevé'],
];
const LAYERS = [
  ['semantic', 'Rôles sémantiques'],
  ['components', 'Contrats des composants'],
  ['primitives', 'Primitives'],
] as const;

const themes = (tokensFile as unknown as { themes: Record<ThemeName, FlatToken[]> }).themes;

/** Sets the swatch colour through the CSSOM (no style attribute: the catalogue runs under a strict CSP). */
const swatch = (value: string) =>
  ref((el?: Element) => {
    if (el instanceof HTMLElement) el.style.setProperty('--swatch', value);
  });

/**
 * Table of the tokens of one theme and one layer: swatch, custom property, resolved value, alias.
 * Rendered inside `[data-pv-theme=<theme>]` so its own text and borders use that theme.
 */
class DocTokenTable extends LitElement {
  static override properties = {
    theme: { reflect: true },
    layer: {},
    filter: {},
  };

  declare theme: ThemeName;
  declare layer: string;
  declare filter: string;

  constructor() {
    super();
    this.theme = 'default';
    this.layer = 'semantic';
    this.filter = '';
  }

  static override styles = css`
    :host {
      display: block;
      font-family: var(--pv-font-family-base);
      font-size: var(--pv-font-size-root);
      color: var(--pv-color-text-default);
      background: var(--pv-color-bg-default);
    }
    table {
      border-collapse: collapse;
      inline-size: 100%;
      font-size: var(--pv-font-size-sm);
    }
    caption {
      text-align: start;
      font-weight: var(--pv-font-weight-bold);
      font-size: var(--pv-font-size-lg);
      padding-block: var(--pv-space-3);
    }
    th,
    td {
      text-align: start;
      vertical-align: top;
      padding: var(--pv-space-2);
      border-block-end: 1px solid var(--pv-color-border-subtle);
    }
    th[scope='col'] {
      border-block-end: var(--pv-border-width-default) solid var(--pv-color-border-strong);
    }
    code {
      font-family: var(--pv-font-family-mono);
      overflow-wrap: anywhere;
    }
    .swatch {
      display: inline-block;
      inline-size: 2.5em;
      block-size: 1.75em;
      border-radius: var(--pv-radius-sm);
      border: 1px solid var(--pv-color-border-default);
      background: var(--swatch, transparent);
    }
    .description {
      color: var(--pv-color-text-subtle);
    }
  `;

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('theme') && !themes[this.theme]) this.theme = 'default';
  }

  override render() {
    const list = (themes[this.theme] ?? []).filter(
      (t) => (this.layer === 'all' || t.layer === this.layer) && (!this.filter || t.name.includes(this.filter)),
    );
    const title = THEMES.find(([name]) => name === this.theme)?.[1] ?? this.theme;
    const layerTitle = LAYERS.find(([name]) => name === this.layer)?.[1] ?? 'Tous les jetons';
    return html`<table>
      <caption>
        ${layerTitle} — thème ${title} (${list.length})
      </caption>
      <thead>
        <tr>
          <th scope="col">Aperçu</th>
          <th scope="col">Propriété</th>
          <th scope="col">Valeur</th>
          <th scope="col">Alias de</th>
          <th scope="col">Description</th>
        </tr>
      </thead>
      <tbody>
        ${list.map(
          (t) => html`<tr>
            <td>${t.type === 'color' ? html`<span class="swatch" ${swatch(t.value)}></span>` : nothing}</td>
            <th scope="row"><code>${t.name}</code></th>
            <td><code>${t.value}</code></td>
            <td>${t.ref ? html`<code>${t.ref}</code>` : nothing}</td>
            <td class="description">${t.description}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}
if (!customElements.get('pv-doc-token-table')) customElements.define('pv-doc-token-table', DocTokenTable);

const ROLES = ['action', 'accent', 'info', 'success', 'warning', 'error', 'disabled', 'selected', 'focus'];
const VARIANTS = ['default', 'hover', 'active', 'subtle', 'inverse'];

/** Roles × variants of the three themes side by side: the palette at a glance. */
class DocRoleGrid extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font-family: var(--pv-font-family-base);
      font-size: var(--pv-font-size-root);
      color: var(--pv-color-text-default);
      background: var(--pv-color-bg-default);
    }
    table {
      border-collapse: collapse;
      font-size: var(--pv-font-size-sm);
    }
    caption {
      text-align: start;
      font-weight: var(--pv-font-weight-bold);
      font-size: var(--pv-font-size-lg);
      padding-block: var(--pv-space-3);
    }
    th,
    td {
      padding: var(--pv-space-1) var(--pv-space-2);
      text-align: start;
    }
    .swatch {
      display: block;
      inline-size: 4.5em;
      block-size: 2em;
      border-radius: var(--pv-radius-sm);
      border: 1px solid var(--pv-color-border-default);
      background: var(--swatch, transparent);
    }
    code {
      font-family: var(--pv-font-family-mono);
      font-size: var(--pv-font-size-xs);
    }
  `;

  override render() {
    const value = (theme: ThemeName, name: string) => themes[theme]?.find((t) => t.name === name)?.value ?? '';
    return html`${THEMES.map(
      ([theme, title]) => html`<table>
        <caption>
          Rôles de couleur — thème ${title}
        </caption>
        <thead>
          <tr>
            <th scope="col">Rôle</th>
            ${VARIANTS.map((v) => html`<th scope="col">${v}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${ROLES.map(
            (role) => html`<tr>
              <th scope="row">${role}</th>
              ${VARIANTS.map((variant) => {
                const v = value(theme, `--pv-color-${role}-${variant}`);
                return html`<td><span class="swatch" ${swatch(v)}></span><code>${v}</code></td>`;
              })}
            </tr>`,
          )}
        </tbody>
      </table>`,
    )}`;
  }
}
if (!customElements.get('pv-doc-role-grid')) customElements.define('pv-doc-role-grid', DocRoleGrid);

interface Args {
  layer: string;
  filter: string;
}

const meta: Meta<Args> = {
  title: 'Fondations/Jetons',
  parameters: {
    docs: {
      description: {
        component:
          'Jetons de conception `--pv-*` (source : `packages/tokens/tokens/`, format DTCG). Trois couches : primitives → rôles sémantiques → contrats des composants. ' +
          'Les composants ne lisent que des propriétés `--pv-*` ; un thème ne fait que changer des valeurs. Voir `docs/theming.md`.',
      },
    },
  },
  argTypes: {
    layer: { control: 'select', options: ['semantic', 'components', 'primitives', 'all'], description: 'Couche affichée' },
    filter: { control: 'text', description: 'Filtrer par nom (ex. « action »)' },
  },
  args: { layer: 'semantic', filter: '' },
};
export default meta;

type Story = StoryObj<Args>;

const tableStory = (theme: ThemeName, title: string): Story => ({
  name: title,
  render: ({ layer, filter }) =>
    html`<section class="pv-story" data-pv-theme=${theme} aria-label=${`Jetons du thème ${title}`}>
      <pv-doc-token-table theme=${theme} layer=${layer} filter=${filter}></pv-doc-token-table>
    </section>`,
});

export const Roles: Story = {
  name: 'Rôles de couleur (3 thèmes)',
  render: () => html`<pv-doc-role-grid></pv-doc-role-grid>`,
};
export const Default = tableStory('default', 'Par défaut (clair)');
export const Dark = tableStory('dark', 'Sombre');
export const HighContrast = tableStory('high-contrast', 'Contraste élevé');
