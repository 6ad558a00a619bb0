import type { Meta } from '@storybook/web-components-vite';
import { examples } from '../packages/components/src/textarea/textarea.examples.js';
import { storyOf, themesStory } from './from-examples.js';

const meta: Meta = {
  title: 'Composants/Zone de texte',
  component: 'pv-textarea',
  parameters: { docs: { description: { component: 'Voir aussi la page « Accessibilité » et `packages/components/src/textarea/textarea.md`.' } } },
};
export default meta;

export const Empty = storyOf(examples, 'Empty');
export const WithCount = storyOf(examples, 'WithCount');
export const Filled = storyOf(examples, 'Filled');
export const OverLimit = storyOf(examples, 'OverLimit');
export const ErrorState = storyOf(examples, 'Error');
export const Disabled = storyOf(examples, 'Disabled');
export const Themes = themesStory(examples);
