// A readable summary of extractions for the terminal.
import type { ArticleExtraction } from '../extract/types.ts';

export function formatSummary(articles: readonly ArticleExtraction[]): string {
  const lines: string[] = [];
  for (const article of articles) {
    const meta = [
      article.language,
      article.published && `published ${article.published}`,
      article.dateline && `dateline ${article.dateline}`,
      article.sourceAgency,
    ]
      .filter(Boolean)
      .join(', ');
    lines.push(`${article.file} (${meta})`);
    for (const leader of article.leaders)
      lines.push(
        `  leader   ${leader.name} [${leader.country ?? '?'}] ${leader.titles.join('; ')}`,
      );
    for (const meeting of article.meetings)
      lines.push(
        `  meeting  ${meeting.participants.join(' — ')}${meeting.date ? ` on ${meeting.date.value}` : ''}${meeting.place ? ` in ${meeting.place}` : ''}`,
      );
    for (const visit of article.visits)
      lines.push(
        `  visit    ${visit.visitor} → ${visit.country}${visit.date ? ` (${visit.date.value})` : ''}`,
      );
    for (const gathering of article.gatherings)
      lines.push(
        `  gathering ${gathering.name}: ${gathering.attendees.join(', ')}${gathering.parent ? ` (within ${gathering.parent})` : ''}`,
      );
    for (const award of article.awards)
      lines.push(
        `  award    ${award.award} → ${award.recipient}${award.presenter ? ` from ${award.presenter}` : ''}`,
      );
    lines.push('');
  }
  lines.push(`${articles.length} article(s)`);
  return `${lines.join('\n')}\n`;
}
