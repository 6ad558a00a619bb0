export * from './form-control.js';
export * from './form-controller.js';
export * from './field.styles.js';
export * from './native-messages.js';
