import type { Meta } from '@storybook/web-components-vite';
import { examples } from '../packages/components/src/checkbox/checkbox.examples.js';
import { storyOf, themesStory } from './from-examples.js';

const meta: Meta = {
  title: 'Composants/Case à cocher',
  component: 'pv-checkbox',
  parameters: { docs: { description: { component: 'Voir aussi la page « Accessibilité » et `packages/components/src/checkbox/checkbox.md`.' } } },
};
export default meta;

export const Empty = storyOf(examples, 'Empty');
export const WithHint = storyOf(examples, 'WithHint');
export const Checked = storyOf(examples, 'Checked');
export const Indeterminate = storyOf(examples, 'Indeterminate');
export const ErrorState = storyOf(examples, 'Error');
export const Disabled = storyOf(examples, 'Disabled');
export const Themes = themesStory(examples);
