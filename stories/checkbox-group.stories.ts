import type { Meta } from '@storybook/web-components-vite';
import { examples } from '../packages/components/src/checkbox-group/checkbox-group.examples.js';
import { storyOf, themesStory } from './from-examples.js';

const meta: Meta = {
  title: 'Composants/Groupe de cases à cocher',
  component: 'pv-checkbox-group',
  parameters: { docs: { description: { component: 'Voir aussi la page « Accessibilité » et `packages/components/src/checkbox-group/checkbox-group.md`.' } } },
};
export default meta;

export const Empty = storyOf(examples, 'Empty');
export const WithHints = storyOf(examples, 'WithHints');
export const Filled = storyOf(examples, 'Filled');
export const Exclusive = storyOf(examples, 'Exclusive');
export const Limits = storyOf(examples, 'Limits');
export const ErrorState = storyOf(examples, 'Error');
export const Disabled = storyOf(examples, 'Disabled');
export const Themes = themesStory(examples);
