import type { Meta } from '@storybook/web-components-vite';
import { examples } from '../packages/components/src/text-field/text-field.examples.js';
import { storyOf, themesStory } from './from-examples.js';

const meta: Meta = {
  title: 'Composants/Champ de texte',
  component: 'pv-text-field',
  parameters: { docs: { description: { component: 'Voir aussi la page « Accessibilité » et `packages/components/src/text-field/text-field.md`.' } } },
};
export default meta;

export const Empty = storyOf(examples, 'Empty');
export const WithHint = storyOf(examples, 'WithHint');
export const Filled = storyOf(examples, 'Filled');
export const Required = storyOf(examples, 'Required');
export const ErrorState = storyOf(examples, 'Error');
export const Amount = storyOf(examples, 'Amount');
export const Disabled = storyOf(examples, 'Disabled');
export const Themes = themesStory(examples);
