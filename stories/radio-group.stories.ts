import type { Meta } from '@storybook/web-components-vite';
import { examples } from '../packages/components/src/radio-group/radio-group.examples.js';
import { storyOf, themesStory } from './from-examples.js';

const meta: Meta = {
  title: 'Composants/Boutons radio',
  component: 'pv-radio-group',
  parameters: { docs: { description: { component: 'Voir aussi la page « Accessibilité » et `packages/components/src/radio-group/radio-group.md`.' } } },
};
export default meta;

export const Empty = storyOf(examples, 'Empty');
export const Inline = storyOf(examples, 'Inline');
export const WithHints = storyOf(examples, 'WithHints');
export const Filled = storyOf(examples, 'Filled');
export const PageQuestion = storyOf(examples, 'PageQuestion');
export const ErrorState = storyOf(examples, 'Error');
export const Disabled = storyOf(examples, 'Disabled');
export const Themes = themesStory(examples);
