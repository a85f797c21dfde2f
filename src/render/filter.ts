// Which nodes the filter leaves on the network (drawn and pickable), as a mask by node index.
import type { NetworkFilter, NodeInfo } from '../engine/api';

export function visibleMask(nodes: readonly NodeInfo[], filter: NetworkFilter): Uint8Array<ArrayBuffer> {
  const kinds = filter.kinds && new Set(filter.kinds);
  const areas = filter.areas && new Set(filter.areas);
  const mask = new Uint8Array(nodes.length);
  for (const n of nodes) mask[n.index] = (!kinds || kinds.has(n.kind)) && (!areas || areas.has(n.area)) ? 1 : 0;
  return mask;
}
