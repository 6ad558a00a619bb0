import type { Meta } from '@storybook/web-components-vite';
import { examples } from '../packages/components/src/select/select.examples.js';
import { storyOf, themesStory } from './from-examples.js';

const meta: Meta = {
  title: 'Composants/Liste déroulante',
  component: 'pv-select',
  parameters: { docs: { description: { component: 'Voir aussi la page « Accessibilité » et `packages/components/src/select/select.md`.' } } },
};
export default meta;

export const Empty = storyOf(examples, 'Empty');
export const Filled = storyOf(examples, 'Filled');
export const Groups = storyOf(examples, 'Groups');
export const ErrorState = storyOf(examples, 'Error');
export const Disabled = storyOf(examples, 'Disabled');
export const Themes = themesStory(examples);
