import type { Meta } from '@storybook/web-components-vite';
import { examples } from '../packages/components/src/notice/notice.examples.js';
import { storyOf, themesStory } from './from-examples.js';

const meta: Meta = {
  title: 'Composants/Message',
  component: 'pv-notice',
  parameters: { docs: { description: { component: 'Voir aussi `packages/components/src/notice/notice.md`.' } } },
};
export default meta;

export const Info = storyOf(examples, 'Info');
export const Success = storyOf(examples, 'Success');
export const Warning = storyOf(examples, 'Warning');
export const ErrorState = storyOf(examples, 'Error');
export const Offline = storyOf(examples, 'Offline');
export const Dismissible = storyOf(examples, 'Dismissible');
export const Themes = themesStory(examples);
