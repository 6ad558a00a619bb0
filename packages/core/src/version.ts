/** Version of this copy of Parvis, compared by `define` when a tag is already registered. */
export const VERSION = '0.0.0';
