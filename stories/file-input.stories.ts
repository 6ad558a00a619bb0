import type { Meta } from '@storybook/web-components-vite';
import { examples } from '../packages/components/src/file-input/file-input.examples.js';
import { storyOf, themesStory } from './from-examples.js';

const meta: Meta = {
  title: 'Composants/Ajout de fichiers',
  component: 'pv-file-input',
  parameters: { docs: { description: { component: 'Voir aussi `packages/components/src/file-input/file-input.md`.' } } },
};
export default meta;

export const Empty = storyOf(examples, 'Empty');
export const Multiple = storyOf(examples, 'Multiple');
export const Filled = storyOf(examples, 'Filled');
export const Required = storyOf(examples, 'Required');
export const ErrorState = storyOf(examples, 'Error');
export const Disabled = storyOf(examples, 'Disabled');
export const Themes = themesStory(examples);
