import type { Meta } from '@storybook/web-components-vite';
import { examples } from '../packages/components/src/date-input/date-input.examples.js';
import { storyOf, themesStory } from './from-examples.js';

const meta: Meta = {
  title: 'Composants/Saisie de date',
  component: 'pv-date-input',
  parameters: { docs: { description: { component: 'Voir aussi la page « Accessibilité » et `packages/components/src/date-input/date-input.md`.' } } },
};
export default meta;

export const Empty = storyOf(examples, 'Empty');
export const Birthdate = storyOf(examples, 'Birthdate');
export const Filled = storyOf(examples, 'Filled');
export const Range = storyOf(examples, 'Range');
export const ErrorState = storyOf(examples, 'Error');
export const PageQuestion = storyOf(examples, 'PageQuestion');
export const Disabled = storyOf(examples, 'Disabled');
export const Themes = themesStory(examples);
