/**
 * "1 event", "6 events", or "Showing 100 of 240 events" when only a page is shown.
 * @example countLabel(6, 6, ['event', 'events']) // '6 events'
 */
export function countLabel(shown: number, total: number, [one, many]: [string, string]): string {
  const noun = total === 1 ? one : many;
  return shown === total ? `${total} ${noun}` : `Showing ${shown} of ${total} ${noun}`;
}
