import { EmptyState, QueryView } from '../../components/query-view.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { formatEventDate } from '../../format/format-date.ts';
import { useQuery } from '../../graphql/use-query.ts';
import { useLocation } from '../../router/navigation.ts';
import { ARTICLE_QUERY, type ArticleData } from './article-query.ts';
import { HighlightedText } from './highlighted-text.tsx';

type Article = NonNullable<ArticleData['node']>;

export function ArticlePage({ id }: { id: string }) {
  const result = useQuery(ARTICLE_QUERY, { id });
  const selected = readSpan(useLocation().search.get('span'));
  return (
    <QueryView result={result} label="the article">
      {(data) =>
        data.node ? (
          <ArticleView article={data.node} selected={selected} />
        ) : (
          <EmptyState>No such article.</EmptyState>
        )
      }
    </QueryView>
  );
}

function ArticleView({
  article,
  selected,
}: {
  article: Article;
  selected: { start: number; end: number } | null;
}) {
  const title = article.title ?? article.fileName;
  usePageTitle(title);
  return (
    <article className="entity">
      <header>
        <p className="eyebrow">Article</p>
        <h1>{title}</h1>
        <dl className="facts-grid">
          <dt>File</dt>
          <dd>
            <code>{article.fileName}</code>
          </dd>
          <dt>Language</dt>
          <dd>{article.language}</dd>
          {article.publishedOn && (
            <>
              <dt>Published</dt>
              <dd>{formatEventDate({ start: article.publishedOn, precision: 'DAY' })}</dd>
            </>
          )}
          {article.sourceAgency && (
            <>
              <dt>Source</dt>
              <dd>{article.sourceAgency}</dd>
            </>
          )}
        </dl>
        <p className="legend" aria-hidden="true">
          <mark className="hl-evidence">evidence sentence</mark>{' '}
          <span className="hl-person">person</span> <span className="hl-country">country</span>{' '}
          <span className="hl-place">place</span>
        </p>
      </header>
      <HighlightedText
        text={article.text}
        evidence={article.evidence.edges.map((edge) => edge.node)}
        mentions={article.mentions.edges.map((edge) => edge.node)}
        selected={selected}
      />
    </article>
  );
}

/** Reads `?span=120-245`, the sentence an evidence link points at. */
function readSpan(value: string | null): { start: number; end: number } | null {
  const match = value?.match(/^(\d+)-(\d+)$/);
  if (!match) return null;
  return { start: Number(match[1]), end: Number(match[2]) };
}
