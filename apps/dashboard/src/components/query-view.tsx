import type { ReactNode } from 'react';
import { ApiError } from '../graphql/request.ts';
import type { QueryResult } from '../graphql/use-query.ts';

type QueryViewProps<TData> = {
  result: QueryResult<TData>;
  /** What is being loaded, for the status line: "people", "the event". */
  label: string;
  children: (data: TData) => ReactNode;
};

/** Renders a query's loading and error states the same way on every page. */
export function QueryView<TData>({ result, label, children }: QueryViewProps<TData>) {
  if (result.status === 'loading') {
    return (
      <p className="status" role="status" aria-live="polite">
        Loading {label}…
      </p>
    );
  }
  if (result.status === 'error') {
    return <ErrorPanel error={result.error} onRetry={result.retry} />;
  }
  return <>{children(result.data)}</>;
}

const ERROR_TITLES = {
  unreachable: 'The API is not reachable',
  database: 'The database is not answering',
  http: 'Something went wrong',
  graphql: 'The API refused this request',
} as const;

function ErrorPanel({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const kind = error instanceof ApiError ? error.kind : 'http';
  return (
    <div className="error-panel" role="alert">
      <h2>{ERROR_TITLES[kind]}</h2>
      <p>{error.message}</p>
      {kind === 'unreachable' && (
        <p className="hint">
          Start it with <code>pnpm start</code> (it serves this dashboard and <code>/graphql</code>{' '}
          on port 4000), then try again.
        </p>
      )}
      {kind === 'database' && (
        <p className="hint">The API reconnects by itself once the database is back.</p>
      )}
      <button type="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}

/** A short "nothing here" line, so an empty list never looks like a broken page. */
export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}

/** Says when a list shows only its first page, so a reader never mistakes it for all of it. */
export function PartialListNote({ shown, total }: { shown: number; total: number }) {
  if (shown >= total) return null;
  return (
    <p className="hint">
      Showing the first {shown} of {total}.
    </p>
  );
}
