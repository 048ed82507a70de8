import type { OutboundDisposition, OutboundDispositionTree } from "./disposition-types.js";

/** Every disposition code of a tree, retired ones included (what the catalog must keep once recorded). */
export function dispositionCodes(tree: OutboundDispositionTree): string[] {
  return tree.groups.flatMap((g) => g.dispositions.map((d) => d.code));
}

/** The tree as the advisor's desktop offers it: retired groups and dispositions left out, empty groups dropped. */
export function offeredTree(tree: OutboundDispositionTree) {
  return tree.groups
    .filter((g) => !g.retired)
    .map((g) => ({
      code: g.code,
      name: g.name,
      dispositions: g.dispositions.filter((d) => !d.retired).map(({ code, name, resolution }) => ({ code, name, resolution })),
    }))
    .filter((g) => g.dispositions.length > 0);
}

/** The disposition an advisor may record with this code on a record of this tree, or undefined (unknown or retired). */
export function offeredDisposition(tree: OutboundDispositionTree, code: string): OutboundDisposition | undefined {
  for (const group of offeredTree(tree)) {
    const found = group.dispositions.find((d) => d.code === code);
    if (found) return found;
  }
  return undefined;
}
