import type { ItemType } from '../../domain/item.js';
import type { PageContext } from '../context.js';

/** The item type as a small coloured label. */
export function TypeBadge({ ctx, type }: { ctx: PageContext; type: ItemType }) {
  return <span class={`badge badge-${type}`}>{ctx.t[`type_${type}`]}</span>;
}
