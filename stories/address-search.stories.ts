import type { Meta } from '@storybook/web-components-vite';
import { examples } from '../packages/venue-finder/src/address/address-search.examples.js';
import { storyOf, themesStory } from './from-examples.js';

const meta: Meta = {
  title: 'Composants/Recherche d’adresse',
  component: 'pv-address-search',
  parameters: {
    docs: {
      description: {
        component:
          'Champ d’adresse avec suggestions (combobox ARIA 1.2) et bouton « Autour de moi », pour la recherche de lieux. ' +
          'Il émet `pv-location-change` (`{ lat, lon, label, source }` ou `null`). ' +
          'Seul le premier exemple interroge la Géoplateforme, et seulement quand vous tapez ; les autres utilisent un géocodeur d’exemple sans réseau.',
      },
    },
  },
};
export default meta;

export const Default = storyOf(examples, 'Default');
export const Offline = storyOf(examples, 'Offline');
export const Filled = storyOf(examples, 'Filled');
export const WithoutNearMe = storyOf(examples, 'WithoutNearMe');
export const English = storyOf(examples, 'English');
export const Themes = themesStory(examples.filter((e) => e.name !== 'Default'));
