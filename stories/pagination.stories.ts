import type { Meta } from '@storybook/web-components-vite';
import { examples } from '../packages/components/src/pagination/pagination.examples.js';
import { storyOf, themesStory } from './from-examples.js';

const meta: Meta = {
  title: 'Composants/Pagination',
  component: 'pv-pagination',
  parameters: { docs: { description: { component: 'Voir aussi la page « Accessibilité » et `packages/components/src/pagination/pagination.md`.' } } },
};
export default meta;

export const Links = storyOf(examples, 'Links');
export const Buttons = storyOf(examples, 'Buttons');
export const LastPage = storyOf(examples, 'LastPage');
export const FewPages = storyOf(examples, 'FewPages');
export const SinglePage = storyOf(examples, 'SinglePage');
export const English = storyOf(examples, 'English');
export const Themes = themesStory(examples);
