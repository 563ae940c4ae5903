/**
 * Takes a V8 heap snapshot through the DevTools protocol and sums it by kind, to tell a leak
 * (JS objects, strings, arrays that pile up) from V8 warming up (optimised code and its
 * metadata, which grow as more of the game's code gets hot).
 */
import type { CDPSession } from 'playwright-core';

export interface HeapBreakdown {
  /** V8 compiled code and its metadata (node type "code"). */
  code: number;
  /** Everything else V8 holds for JS: objects, closures, arrays, strings, numbers, shapes. */
  js: number;
  /** Blink objects the snapshot includes (node type "native"); not part of JSHeapUsedSize. */
  native: number;
}

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
}

export async function heapBreakdown(cdp: CDPSession): Promise<HeapBreakdown> {
  const chunks: string[] = [];
  const onChunk = ({ chunk }: { chunk: string }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  const data = JSON.parse(chunks.join('')) as Snapshot;
  const fields = data.snapshot.meta.node_fields;
  const types = data.snapshot.meta.node_types[0];
  const width = fields.length;
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  const out: HeapBreakdown = { code: 0, js: 0, native: 0 };
  for (let i = 0; i < data.nodes.length; i += width) {
    const type = types[data.nodes[i + typeAt]!];
    const size = data.nodes[i + sizeAt]!;
    if (type === 'code') out.code += size;
    else if (type === 'native' || type === 'synthetic') out.native += size;
    else out.js += size;
  }
  return out;
}
