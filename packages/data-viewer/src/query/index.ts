/** The query engine of the data viewer: sort, filters, search, groups, pick-lists, in a worker. */
export { createQueryEngine, OTHER_LABEL, type QueryEngine, type QueryTable, type DistinctValue } from './engine.js';
export { createRemoteQuery, isStale, type RemoteQuery, type RemoteQueryOptions } from './client.js';
export { foldText, searchWords } from './fold.js';
export type { QueryRequest, QueryResponse, TransferTable } from './protocol.js';
