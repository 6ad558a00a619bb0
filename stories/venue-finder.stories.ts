import type { Meta } from '@storybook/web-components-vite';
import { examples } from '../packages/venue-finder/src/finder/finder.examples.js';
import { storyOf, themesStory } from './from-examples.js';

const meta: Meta = {
  title: 'Composants/Recherche de lieux',
  component: 'pv-venue-finder',
  parameters: {
    docs: {
      description: {
        component:
          'Liste de lieux de médiation numérique lue depuis un fichier du standard (CSV ou JSON). Voir `docs/venue-finder.md`. ' +
          'Le catalogue n’a pas de serveur de données : les exemples utilisent la propriété `data` (lieux écrits dans la page).',
      },
    },
  },
};
export default meta;

export const Loading = storyOf(examples, 'Loading');
export const InlineData = storyOf(examples, 'InlineData');
export const NoResult = storyOf(examples, 'NoResult');
export const NearPlace = storyOf(examples, 'NearPlace');
export const English = storyOf(examples, 'English');
export const Offline = storyOf(examples, 'Offline');
export const ErrorState = storyOf(examples, 'Error');
// "Results" reads /shared-data/… which only the test server serves: not a story.
export const Themes = themesStory(examples.filter((e) => e.name !== 'Results'));
