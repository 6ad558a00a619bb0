import type { Meta } from '@storybook/web-components-vite';
import { examples } from '../packages/data-viewer/src/table/table.examples.js';
import { storyOf, themesStory } from './from-examples.js';

const meta: Meta = {
  title: 'Composants/Tableau de données',
  component: 'pv-data-table',
  parameters: {
    docs: {
      description: {
        component:
          'Tableau accessible du visualiseur de données ouvertes (issue #5) : vraie sémantique de tableau, seules les lignes visibles dans la page, ' +
          'tri demandé au visualiseur (`pv-sort-change`), mode paginé. Les lignes viennent de la propriété `source` (un `RowSource`).',
      },
    },
  },
};
export default meta;

export const Filled = storyOf(examples, 'Filled');
export const Paged = storyOf(examples, 'Paged');
export const Empty = storyOf(examples, 'Empty');
export const Loading = storyOf(examples, 'Loading');
export const HiddenColumns = storyOf(examples, 'HiddenColumns');
export const English = storyOf(examples, 'English');
export const Themes = themesStory(examples);
