import type { Meta } from '@storybook/web-components-vite';
import { examples } from '../packages/components/src/button/button.examples.js';
import { storyOf, themesStory } from './from-examples.js';

const meta: Meta = {
  title: 'Composants/Bouton',
  component: 'pv-button',
  parameters: { docs: { description: { component: 'Voir aussi la page « Accessibilité » et `packages/components/src/button/button.md`.' } } },
};
export default meta;

export const Primary = storyOf(examples, 'Primary');
export const Secondary = storyOf(examples, 'Secondary');
export const Tertiary = storyOf(examples, 'Tertiary');
export const Danger = storyOf(examples, 'Danger');
export const WithIcon = storyOf(examples, 'WithIcon');
export const Small = storyOf(examples, 'Small');
export const Link = storyOf(examples, 'Link');
export const Loading = storyOf(examples, 'Loading');
export const Disabled = storyOf(examples, 'Disabled');
export const Themes = themesStory(examples);
