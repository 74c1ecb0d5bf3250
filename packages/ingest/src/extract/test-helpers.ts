// Shared by the extraction tests: one article from a string, and its facts in short forms.
import { loadArticleText } from '../load/load-article.ts';
import { extractArticle } from './extract-article.ts';
import type { ArticleExtraction } from './types.ts';

export const extractText = (text: string, file = 'test.txt'): ArticleExtraction =>
  extractArticle(loadArticleText(file, text));

export const leaderOf = (text: string, name: string) =>
  extractText(text).leaders.find((leader) => leader.name === name);

export const meetingPairs = (text: string): string[] =>
  extractText(text).meetings.map((meeting) => meeting.participants.join(' + '));
