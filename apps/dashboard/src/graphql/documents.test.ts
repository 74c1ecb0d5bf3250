import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';

// Every query the dashboard sends must be valid against the API's checked-in schema, so a
// renamed field fails here, not in a reader's browser.
const schema = buildSchema(
  readFileSync(new URL('../../../../packages/api/schema.graphql', import.meta.url), 'utf8'),
);

const modules = import.meta.glob<Record<string, unknown>>('../routes/**/*-query.ts', {
  eager: true,
});
// A module exports documents, or records of them (one query per list of a person).
const documents = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .flatMap(([name, value]) =>
      value !== null && typeof value === 'object'
        ? Object.entries(value).map(([key, inner]) => [`${name}.${key}`, inner] as const)
        : [[name, value] as const],
    )
    .filter((entry): entry is readonly [string, string] => typeof entry[1] === 'string')
    .filter(([, source]) => /^\s*query\b/.test(source))
    .map(([name, source]) => ({ name: `${file} ${name}`, source })),
);

describe('the dashboard documents', () => {
  it('are found', () => {
    expect(documents.length).toBeGreaterThanOrEqual(15);
  });

  it.each(documents)('$name is valid against packages/api/schema.graphql', ({ source }) => {
    const errors = validate(schema, parse(source)).map((error) => error.message);
    expect(errors).toEqual([]);
  });
});
