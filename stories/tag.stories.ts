import type { Meta } from '@storybook/web-components-vite';
import { examples } from '../packages/components/src/tag/tag.examples.js';
import { storyOf, themesStory } from './from-examples.js';

const meta: Meta = {
  title: 'Composants/Étiquette',
  component: 'pv-tag',
  parameters: { docs: { description: { component: 'Voir aussi la page « Accessibilité » et `packages/components/src/tag/tag.md`.' } } },
};
export default meta;

export const Simple = storyOf(examples, 'Simple');
export const Removable = storyOf(examples, 'Removable');
export const Selected = storyOf(examples, 'Selected');
export const Disabled = storyOf(examples, 'Disabled');
export const LongLabel = storyOf(examples, 'LongLabel');
export const Themes = themesStory(examples);
