import { describe, expect, it } from 'vitest';
import { explainFailure } from './request.ts';

describe('explainFailure', () => {
  it('accepts an answer with data and no errors', () => {
    expect(explainFailure(200, 'OK', { data: { health: 'ok' } })).toBeNull();
  });

  it('tells a database outage apart from a refused query', () => {
    const outage = explainFailure(200, 'OK', {
      data: null,
      errors: [{ message: 'unavailable', extensions: { code: 'DATABASE_UNAVAILABLE' } }],
    });
    expect(outage?.kind).toBe('database');
    const refused = explainFailure(200, 'OK', {
      errors: [{ message: 'Query cost 25000 is over the limit' }],
    });
    expect(refused?.kind).toBe('graphql');
    expect(refused?.message).toBe('Query cost 25000 is over the limit');
  });

  it('treats a gateway error as an unreachable API and anything else as an HTTP failure', () => {
    expect(explainFailure(502, 'Bad Gateway', undefined)?.kind).toBe('unreachable');
    expect(explainFailure(500, 'Internal Server Error', undefined)?.kind).toBe('unreachable');
    expect(explainFailure(404, 'Not Found', undefined)?.message).toBe(
      'The API answered 404 Not Found.',
    );
  });
});
