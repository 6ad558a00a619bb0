import type { Meta } from '@storybook/web-components-vite';
import { examples } from '../packages/data-viewer/src/viewer/viewer.examples.js';
import { storyOf, themesStory } from './from-examples.js';

const meta: Meta = {
  title: 'Composants/Visionneuse de données',
  component: 'pv-data-viewer',
  parameters: {
    docs: {
      description: {
        component:
          'Un fichier CSV ou JSON de données ouvertes en tableau accessible (recherche, filtres, tri, colonnes, téléchargement) et en graphique. Voir `docs/data-viewer.md`. ' +
          'Le catalogue n’a pas de serveur de données : les exemples donnent le fichier dans la propriété `data`.',
      },
    },
  },
};
export default meta;

export const Loading = storyOf(examples, 'Loading');
export const Table = storyOf(examples, 'Table');
export const Chart = storyOf(examples, 'Chart');
export const Paged = storyOf(examples, 'Paged');
export const SchemaErrors = storyOf(examples, 'SchemaErrors');
export const ErrorState = storyOf(examples, 'Error');
export const Themes = themesStory(examples.filter((e) => e.name !== 'Loading'));
