import { css } from 'lit';

export const radioGroupStyles = css`
  /* inline: two short answers side by side (Oui / Non); they wrap on narrow screens. */
  :host([inline]) .choices {
    flex-direction: row;
    flex-wrap: wrap;
    column-gap: var(--pv-space-5, 1.5em);
  }
`;
