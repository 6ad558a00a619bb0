import type { Meta } from '@storybook/web-components-vite';
import { examples } from '../packages/components/src/dialog/dialog.examples.js';
import { storyOf, themesStory } from './from-examples.js';

const meta: Meta = {
  title: 'Composants/Boîte de dialogue',
  component: 'pv-dialog',
  parameters: { docs: { description: { component: 'Voir aussi la page « Accessibilité » et `packages/components/src/dialog/dialog.md`.' } } },
};
export default meta;

export const Confirm = storyOf(examples, 'Confirm');
// An open modal would cover the docs page: this story is rendered in its own frame there.
const open = storyOf(examples, 'Open');
export const Open = { ...open, parameters: { ...open.parameters, docs: { ...open.parameters?.docs, story: { inline: false, iframeHeight: 420 } } } };
export const LightDismiss = storyOf(examples, 'LightDismiss');
export const LongContent = storyOf(examples, 'LongContent');
export const English = storyOf(examples, 'English');
// Closed dialogs and their buttons in each theme (three open modals would stack on each other).
export const Themes = themesStory(examples.filter((example) => example.name !== 'Open'));
