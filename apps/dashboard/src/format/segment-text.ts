export type Span = { start: number; end: number; kind: string };

export type Segment = { start: number; end: number; text: string; spans: Span[] };

/**
 * Cuts a text at every span boundary so overlapping spans (a name inside an evidence
 * sentence) can be highlighted together; each segment lists the spans that cover it.
 * @example segmentText('Lima, Peru', [{ start: 6, end: 10, kind: 'COUNTRY' }])
 * // [{ text: 'Lima, ', spans: [] }, { text: 'Peru', spans: [COUNTRY span] }]
 */
export function segmentText(text: string, spans: readonly Span[]): Segment[] {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
  const cuts = new Set([0, text.length]);
  for (const span of valid) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    segments.push({
      start,
      end,
      text: text.slice(start, end),
      spans: valid.filter((s) => s.start <= start && s.end >= end),
    });
  }
  return segments;
}
