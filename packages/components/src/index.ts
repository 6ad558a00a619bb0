/**
 * Every Parvis primitive. Importing this module registers all pv-* elements; import
 * `@parvis/components/<name>` instead to register only what a page uses.
 */
export * from './button/button.js';
export * from './text-field/text-field.js';
export * from './textarea/textarea.js';
export * from './select/select.js';
export * from './checkbox/checkbox.js';
export * from './checkbox-group/checkbox-group.js';
export * from './radio-group/radio-group.js';
export * from './date-input/date-input.js';
export * from './file-input/file-input.js';
export * from './fieldset/fieldset.js';
export * from './error-summary/error-summary.js';
export * from './notice/notice.js';
export * from './progress/progress.js';
export * from './stepper/stepper.js';
export * from './pagination/pagination.js';
export * from './tag/tag.js';
export * from './dialog/dialog.js';
export * from './spinner/spinner.js';
export { componentMessages, type ComponentMessages } from './i18n/index.js';
