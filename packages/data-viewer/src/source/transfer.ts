/**
 * A `DataTable` across a worker boundary without a long main-thread task: numeric columns move as
 * transferred Float64Array buffers, text columns as their UTF-16 code units in one transferred
 * Uint16Array plus offsets (structured-cloning millions of small strings, or even one 20 MB string,
 * made a main-thread task of 100–250 ms). The main thread rebuilds the strings column by column and
 * slice by slice, yielding in between.
 */
import type { ColumnValues } from './columns.js';
import type { DataTable } from './table.js';

export interface PackedStrings {
  /** The column's values end to end, as UTF-16 code units. */
  units: Uint16Array;
  /** Value i is code units offsets[i] to offsets[i + 1]. */
  offsets: Uint32Array;
}

export type PackedTable = Omit<DataTable, 'data'> & { data: (Float64Array | PackedStrings)[] };

function packStrings(values: string[]): PackedStrings {
  const offsets = new Uint32Array(values.length + 1);
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    offsets[i] = total;
    total += values[i]!.length;
  }
  offsets[values.length] = total;
  const units = new Uint16Array(total);
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    for (let j = 0; j < v.length; j++) units[at++] = v.charCodeAt(j);
  }
  return { units, offsets };
}

export function packTable(table: DataTable): { packed: PackedTable; transfer: ArrayBuffer[] } {
  const transfer: ArrayBuffer[] = [];
  const data = table.data.map((values) => {
    if (values instanceof Float64Array) {
      transfer.push(values.buffer as ArrayBuffer);
      return values;
    }
    const packed = packStrings(values);
    transfer.push(packed.units.buffer as ArrayBuffer, packed.offsets.buffer as ArrayBuffer);
    return packed;
  });
  return { packed: { ...table, data }, transfer };
}

/** Values rebuilt per slice; the page gets the hand back between slices. */
const SLICE = 20_000;

const yieldToPage = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export async function unpackTable(packed: PackedTable): Promise<DataTable> {
  const data: ColumnValues[] = [];
  // TextDecoder keeps code units as they are, except unpaired surrogates (invalid text) → U+FFFD,
  // one unit for one unit: the offsets stay right.
  const decoder = new TextDecoder('utf-16le');
  for (const column of packed.data) {
    if (column instanceof Float64Array) {
      data.push(column);
      continue;
    }
    const { units, offsets } = column;
    const text = decoder.decode(units);
    await yieldToPage();
    const n = offsets.length - 1;
    // push, not `new Array(n)`: a large preallocated array is a slow dictionary in V8.
    const values: string[] = [];
    for (let start = 0; start < n; start += SLICE) {
      const end = Math.min(n, start + SLICE);
      for (let i = start; i < end; i++) values.push(text.slice(offsets[i]!, offsets[i + 1]!));
      if (end < n) await yieldToPage();
    }
    data.push(values);
  }
  return { ...packed, data };
}
