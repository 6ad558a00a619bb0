import { css } from 'lit';

export const fieldsetStyles = css`
  .heading {
    font: inherit;
  }
  .content {
    display: flow-root;
  }
  /* The last field's own bottom margin is enough between groups. */
  ::slotted(:last-child) {
    margin-block-end: 0;
  }
`;
