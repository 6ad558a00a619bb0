import type { Meta } from '@storybook/web-components-vite';
import { examples } from '../packages/data-viewer/src/chart/chart.examples.js';
import { storyOf, themesStory } from './from-examples.js';

const meta: Meta = {
  title: 'Composants/Visionneuse de données/Graphique',
  component: 'pv-data-chart',
  parameters: {
    docs: {
      description: {
        component:
          'Graphique en barres, en ligne ou en secteurs des groupes de la visionneuse de données (nombre, somme ou moyenne par colonne). ' +
          'Chaque catégorie a une couleur de la palette des graphiques (`--pv-color-data-1` à `--pv-color-data-8`, fixée par le thème) et un motif ; ' +
          'le graphique a un nom, une description écrite à partir des données, ' +
          'et le bouton « Voir les données » montre les mêmes valeurs en tableau.',
      },
    },
  },
};
export default meta;

export const Bar = storyOf(examples, 'Bar');
export const Line = storyOf(examples, 'Line');
export const Pie = storyOf(examples, 'Pie');
export const Palette = storyOf(examples, 'Palette');
export const TableView = storyOf(examples, 'TableView');
export const Empty = storyOf(examples, 'Empty');
export const English = storyOf(examples, 'English');
export const Themes = themesStory(examples);
