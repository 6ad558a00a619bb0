import type { Meta } from '@storybook/web-components-vite';
import { examples } from '../packages/components/src/fieldset/fieldset.examples.js';
import { storyOf, themesStory } from './from-examples.js';

const meta: Meta = {
  title: 'Composants/Groupe de champs',
  component: 'pv-fieldset',
  parameters: { docs: { description: { component: 'Voir aussi la page « Accessibilité » et `packages/components/src/fieldset/fieldset.md`.' } } },
};
export default meta;

export const Address = storyOf(examples, 'Address');
export const WithHint = storyOf(examples, 'WithHint');
export const PageHeading = storyOf(examples, 'PageHeading');
export const Nested = storyOf(examples, 'Nested');
export const Disabled = storyOf(examples, 'Disabled');
export const Themes = themesStory(examples);
