import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import customElements from '../custom-elements.json';
// Each theme file sets `:root, [data-pv-theme=…]`: the other themes come first and parvis.css
// (the default theme) last, so :root stays default and data-pv-theme switches the story's theme.
// Built by `pnpm --filter @parvis/tokens build`.
import '../packages/tokens/dist/themes/dark.css';
import '../packages/tokens/dist/themes/high-contrast.css';
import '../packages/tokens/dist/themes/auto.css';
import '../packages/tokens/dist/parvis.css';
import './preview.css';

setCustomElementsManifest(customElements);

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    theme: {
      description: 'Thème Parvis',
      toolbar: {
        title: 'Thème',
        icon: 'paintbrush',
        items: [
          { value: 'default', title: 'Par défaut' },
          { value: 'dark', title: 'Sombre' },
          { value: 'high-contrast', title: 'Contraste élevé' },
          { value: 'auto', title: 'Automatique (réglage du système)' },
        ],
        dynamicTitle: true,
      },
    },
    lang: {
      description: 'Langue des composants',
      toolbar: {
        title: 'Langue',
        icon: 'globe',
        items: [
          { value: 'fr', title: 'Français' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'default', lang: 'fr' },
  decorators: [
    (story, context) =>
      html`<div class="pv-story" data-pv-theme=${context.globals.theme ?? 'default'} lang=${context.globals.lang ?? 'fr'}>${story()}</div>`,
  ],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
    docs: { toc: true },
    options: {
      storySort: { order: ['Bien démarrer', ['Webmasters', 'Développeurs', 'Designers', 'Accessibilité'], 'Fondations', 'Composants', '*'] },
    },
  },
};
export default preview;
