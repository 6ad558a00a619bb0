export declare const HOSTILE_COLUMN: string;
export declare const HOSTILE_VALUES: string[];
export declare const COLUMNS: Array<{ name: string; odsName?: string; python: string; ckan: string; ods: string; label: string }>;
export declare const ROWS: Array<[string, string, number, number, boolean, string | null]>;
export declare function objectJson(pairs: Array<[string, unknown]>): string;
