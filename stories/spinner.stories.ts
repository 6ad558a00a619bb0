import type { Meta } from '@storybook/web-components-vite';
import { examples } from '../packages/components/src/spinner/spinner.examples.js';
import { storyOf, themesStory } from './from-examples.js';

const meta: Meta = {
  title: 'Composants/Indicateur de chargement',
  component: 'pv-spinner',
  parameters: { docs: { description: { component: 'Voir aussi `packages/components/src/spinner/spinner.md`.' } } },
};
export default meta;

export const Default = storyOf(examples, 'Default');
export const CustomLabel = storyOf(examples, 'CustomLabel');
export const HiddenLabel = storyOf(examples, 'HiddenLabel');
export const Themes = themesStory(examples);
