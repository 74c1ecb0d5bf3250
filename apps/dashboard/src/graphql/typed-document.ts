// A GraphQL document that carries its result and variable types, so a page cannot read a field
// its query did not ask for. The brand exists only at compile time; at run time it is a string.
export type TypedDocument<TData, TVariables> = string & {
  readonly __data?: TData;
  readonly __variables?: TVariables;
};

export type NoVariables = Record<string, never>;

/** A named fragment and the fragments it spreads, so a document can include each exactly once. */
export type Fragment = { readonly source: string; readonly uses: readonly Fragment[] };

export function fragment(source: string, uses: readonly Fragment[] = []): Fragment {
  return { source, uses };
}

/**
 * Declares a document and its types in one place, appending every fragment it uses once.
 * @example graphql<PersonData, { id: string }>(`query Person($id: ID!) { … }`, [EVIDENCE_FIELDS])
 */
export function graphql<TData, TVariables = NoVariables>(
  source: string,
  fragments: readonly Fragment[] = [],
): TypedDocument<TData, TVariables> {
  const included = new Set<Fragment>();
  const include = (f: Fragment) => {
    if (included.has(f)) return;
    included.add(f);
    f.uses.forEach(include);
  };
  fragments.forEach(include);
  return [source, ...[...included].map((f) => f.source)].join('\n') as TypedDocument<
    TData,
    TVariables
  >;
}
