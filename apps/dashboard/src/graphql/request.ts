import type { TypedDocument } from './typed-document.ts';

// Why a request failed decides what the page tells the reader: an unreachable API is a
// different message from a query the API refused.
export type ApiErrorKind = 'unreachable' | 'http' | 'graphql';

export class ApiError extends Error {
  readonly kind: ApiErrorKind;

  constructor(kind: ApiErrorKind, message: string) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
  }
}

type GraphQLResponse<TData> = {
  data?: TData | null;
  errors?: ReadonlyArray<{ message: string }>;
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
  if (body?.errors?.length) {
    throw new ApiError('graphql', body.errors.map((e) => e.message).join('\n'));
  }
  if (!response.ok || !body?.data) {
    const unavailable =
      response.status === 502 || response.status === 503 || response.status === 504;
    throw new ApiError(
      unavailable ? 'unreachable' : 'http',
      unavailable
        ? 'The Diplomacy Graph API is not available right now.'
        : `The API answered ${response.status} ${response.statusText}.`.trim(),
    );
  }
  return body.data;
}

async function readJson<TData>(response: Response): Promise<GraphQLResponse<TData> | undefined> {
  try {
    return (await response.json()) as GraphQLResponse<TData>;
  } catch {
    return undefined;
  }
}
