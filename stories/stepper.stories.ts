import type { Meta } from '@storybook/web-components-vite';
import { examples } from '../packages/components/src/stepper/stepper.examples.js';
import { storyOf, themesStory } from './from-examples.js';

const meta: Meta = {
  title: 'Composants/Étapes',
  component: 'pv-stepper',
  parameters: { docs: { description: { component: 'Voir aussi la page « Accessibilité » et `packages/components/src/stepper/stepper.md`.' } } },
};
export default meta;

export const InProgress = storyOf(examples, 'InProgress');
export const FirstStep = storyOf(examples, 'FirstStep');
export const WithError = storyOf(examples, 'WithError');
export const Compact = storyOf(examples, 'Compact');
export const AllDone = storyOf(examples, 'AllDone');
export const English = storyOf(examples, 'English');
export const Themes = themesStory(examples);
