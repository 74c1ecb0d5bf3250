import type { TypedDocument } from './typed-document.ts';

// Why a request failed decides what the page tells the reader: an API that cannot be reached,
// an API whose database is down, and a query the API refused are different messages.
export type ApiErrorKind = 'unreachable' | 'database' | 'http' | 'graphql';

export class ApiError extends Error {
  readonly kind: ApiErrorKind;

  constructor(kind: ApiErrorKind, message: string) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
  }
}

export type GraphQLResponse<TData> = {
  data?: TData | null;
  errors?: ReadonlyArray<{ message: string; extensions?: { code?: unknown } }>;
};

/** POSTs a document to the API on this origin and returns its data, or throws an ApiError. */
export async function requestGraphQL<TData, TVariables>(
  document: TypedDocument<TData, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<TData> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: document, variables }),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError('unreachable', 'The Diplomacy Graph API cannot be reached.');
  }
  const body = await readJson<TData>(response);
  const failure = explainFailure(response.status, response.statusText, body);
  if (failure) throw failure;
  return body?.data as TData;
}

/** The error an answer stands for, or null when it carries data and no errors. */
export function explainFailure<TData>(
  status: number,
  statusText: string,
  body: GraphQLResponse<TData> | undefined,
): ApiError | null {
  const errors = body?.errors ?? [];
  if (errors.some((error) => error.extensions?.code === 'DATABASE_UNAVAILABLE')) {
    return new ApiError('database', 'The API is up, but its database is not answering.');
  }
  if (errors.length > 0) {
    return new ApiError('graphql', errors.map((error) => error.message).join('\n'));
  }
  // A gateway error, or a 5xx without a GraphQL body (the dev server's proxy when the API is
  // down), means nothing answered for the API.
  if (status === 502 || status === 503 || status === 504 || (status >= 500 && !body)) {
    return new ApiError('unreachable', 'The Diplomacy Graph API is not available right now.');
  }
  if (status < 200 || status >= 300 || !body?.data) {
    return new ApiError('http', `The API answered ${status} ${statusText}.`.trim());
  }
  return null;
}

async function readJson<TData>(response: Response): Promise<GraphQLResponse<TData> | undefined> {
  try {
    return (await response.json()) as GraphQLResponse<TData>;
  } catch {
    return undefined;
  }
}
