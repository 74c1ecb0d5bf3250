import { useCallback, useEffect, useState } from 'react';
import { requestGraphQL } from './request.ts';
import type { TypedDocument } from './typed-document.ts';

export type QueryState<TData> =
  | { status: 'loading' }
  | { status: 'error'; error: Error }
  | { status: 'ready'; data: TData };

export type QueryResult<TData> = QueryState<TData> & { retry: () => void };

/**
 * Runs a query whenever its variables change; a stale answer never overwrites a newer one
 * because the previous request is aborted.
 */
export function useQuery<TData, TVariables>(
  document: TypedDocument<TData, TVariables>,
  variables: TVariables,
): QueryResult<TData> {
  const [state, setState] = useState<QueryState<TData>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  // Variables are usually a fresh object each render; their JSON is the stable identity.
  const key = JSON.stringify(variables);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry trigger.
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    requestGraphQL(document, JSON.parse(key) as TVariables, controller.signal).then(
      (data) => setState({ status: 'ready', data }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({
          status: 'error',
          error: error instanceof Error ? error : new Error(String(error)),
        });
      },
    );
    return () => controller.abort();
  }, [document, key, attempt]);

  return { ...state, retry };
}
