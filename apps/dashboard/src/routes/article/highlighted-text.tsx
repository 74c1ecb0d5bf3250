import { useEffect, useRef } from 'react';
import { segmentText } from '../../format/segment-text.ts';
import { Link } from '../../router/link.tsx';
import { paths } from '../../router/paths.ts';
import type { ArticleMention } from './article-query.ts';

type HighlightedTextProps = {
  text: string;
  evidence: Array<{ start: number; end: number }>;
  mentions: ArticleMention[];
  /** The sentence the reader came to see; it is marked and scrolled into view. */
  selected: { start: number; end: number } | null;
};

type Highlight = { start: number; end: number; kind: string; mention?: ArticleMention };

/** The article's text with evidence sentences and mentions highlighted at their exact offsets. */
export function HighlightedText({ text, evidence, mentions, selected }: HighlightedTextProps) {
  const selectedRef = useRef<HTMLElement>(null);
  useEffect(() => {
    selectedRef.current?.scrollIntoView({ block: 'center' });
  }, []);

  const highlights: Highlight[] = [
    ...evidence.map((e) => ({ start: e.start, end: e.end, kind: 'EVIDENCE' })),
    ...mentions.map((m) => ({ start: m.start, end: m.end, kind: m.kind, mention: m })),
    ...(selected ? [{ ...selected, kind: 'SELECTED' }] : []),
  ];
  let firstSelected = true;
  return (
    <div className="article-text">
      {segmentText(text, highlights).map((segment) => {
        if (segment.spans.length === 0) return segment.text;
        const spans = segment.spans as Highlight[];
        const kinds = spans.map((s) => s.kind);
        const isSelected = kinds.includes('SELECTED');
        const className = kinds.map((k) => `hl-${k.toLowerCase()}`).join(' ');
        const mention = spans.find((s) => s.mention)?.mention;
        const ref = isSelected && firstSelected ? selectedRef : undefined;
        if (isSelected) firstSelected = false;
        const content = mention ? (
          <MentionLink mention={mention} text={segment.text} />
        ) : (
          segment.text
        );
        const Tag = kinds.includes('EVIDENCE') || isSelected ? 'mark' : 'span';
        return (
          <Tag
            key={segment.start}
            ref={ref}
            className={className}
            data-selected={isSelected || undefined}
          >
            {content}
          </Tag>
        );
      })}
    </div>
  );
}

function MentionLink({ mention, text }: { mention: ArticleMention; text: string }) {
  if (mention.person) return <Link href={paths.person(mention.person.id)}>{text}</Link>;
  if (mention.country) return <Link href={paths.country(mention.country.code)}>{text}</Link>;
  return <>{text}</>;
}
