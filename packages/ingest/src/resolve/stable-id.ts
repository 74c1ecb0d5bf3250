import { hash } from 'node:crypto';

/**
 * An id derived only from content, so that resolving the same articles again (in any order, in a
 * reseed or one by one) gives the same id.
 * @example stableId('person', 'luong cuong', 'VN') // 'person_3f…' (20 hex digits)
 */
export function stableId(prefix: string, ...parts: readonly (string | number | null)[]): string {
  // One-shot hashing: a graph has hundreds of thousands of ids, and a Hash object per id costs more
  // than the digest itself.
  const digest = hash('sha256', parts.map((part) => String(part ?? '')).join('\u0001'), 'hex');
  return `${prefix}_${digest.slice(0, 20)}`;
}
