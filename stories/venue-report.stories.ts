import type { Meta } from '@storybook/web-components-vite';
import { examples } from '../packages/venue-finder/src/report/report.examples.js';
import { storyOf, themesStory } from './from-examples.js';

const meta: Meta = {
  title: 'Composants/Rapport de qualité des lieux',
  component: 'pv-venue-report',
  parameters: {
    docs: {
      description: {
        component:
          'Rapport de qualité d’un fichier de lieux de médiation numérique, pour le webmestre : nombre de problèmes par type, exemples, ' +
          'téléchargement en CSV ou JSON. Voir la section « Rapport de qualité » de `docs/venue-finder.md`. ' +
          'Le catalogue n’a pas de serveur de données : les exemples utilisent la propriété `data` (texte CSV ou lieux écrits dans la page).',
      },
    },
  },
};
export default meta;

export const Loading = storyOf(examples, 'Loading');
export const Report = storyOf(examples, 'Report');
export const Clean = storyOf(examples, 'Clean');
export const Empty = storyOf(examples, 'Empty');
export const ErrorState = storyOf(examples, 'Error');
// "FromFile" reads /shared-data/… which only the test server serves: not a story.
export const Themes = themesStory(examples.filter((e) => e.name !== 'FromFile'));
