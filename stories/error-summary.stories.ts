import type { Meta } from '@storybook/web-components-vite';
import { examples } from '../packages/components/src/error-summary/error-summary.examples.js';
import { storyOf, themesStory } from './from-examples.js';

const meta: Meta = {
  title: 'Composants/Récapitulatif des erreurs',
  component: 'pv-error-summary',
  parameters: { docs: { description: { component: 'Voir aussi `packages/components/src/error-summary/error-summary.md`.' } } },
};
export default meta;

export const InForm = storyOf(examples, 'InForm');
export const ServerErrors = storyOf(examples, 'ServerErrors');
export const CustomHeading = storyOf(examples, 'CustomHeading');
export const Themes = themesStory(examples);
