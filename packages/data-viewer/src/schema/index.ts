/** Frictionless Table Schema support of the data viewer: reading a schema, checking cells. */
export * from './types.js';
export { readTableSchema } from './read.js';
export { checkValue, checkRows, type CheckOptions, type TableCheck } from './check.js';
export { castNumber, strptimePattern } from './cast.js';
export { schemaMessagesFr, schemaMessagesEn, type SchemaMessages } from './messages.js';
