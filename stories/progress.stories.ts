import type { Meta } from '@storybook/web-components-vite';
import { examples } from '../packages/components/src/progress/progress.examples.js';
import { storyOf, themesStory } from './from-examples.js';

const meta: Meta = {
  title: 'Composants/Barre de progression',
  component: 'pv-progress',
  parameters: { docs: { description: { component: 'Voir aussi `packages/components/src/progress/progress.md`.' } } },
};
export default meta;

export const Start = storyOf(examples, 'Start');
export const Percent = storyOf(examples, 'Percent');
export const Count = storyOf(examples, 'Count');
export const Indeterminate = storyOf(examples, 'Indeterminate');
export const Complete = storyOf(examples, 'Complete');
export const Themes = themesStory(examples);
