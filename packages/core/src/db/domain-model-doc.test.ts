import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getDatamodel } from '../generated/prisma/pothos-types.ts';
import { repoRoot } from './paths.ts';

// docs/domain-model.md must describe the schema as it is: its diagram is compared with the
// datamodel Prisma generates from schema.prisma.

type DocumentedField = { name: string; optional: boolean };

async function readDiagram(): Promise<string> {
  const doc = await readFile(join(repoRoot, 'docs/domain-model.md'), 'utf8');
  const diagram = /```mermaid\n(erDiagram[\s\S]*?)```/.exec(doc)?.[1];
  if (!diagram) throw new Error('docs/domain-model.md has no Mermaid erDiagram');
  return diagram;
}

function documentedEntities(diagram: string): Record<string, DocumentedField[]> {
  const entities: Record<string, DocumentedField[]> = {};
  for (const [, name, body] of diagram.matchAll(/^\s*(\w+) \{\n([\s\S]*?)^\s*\}/gm)) {
    entities[name as string] = (body as string)
      .trim()
      .split('\n')
      .map((line) => {
        const [, fieldName, comment = ''] = /^\s*\S+ (\w+)[^"]*(?:"(.*)")?$/.exec(line) ?? [];
        return { name: fieldName ?? line, optional: comment.startsWith('optional') };
      });
  }
  return entities;
}

function documentedRelations(diagram: string): string[] {
  return [...diagram.matchAll(/^\s*(\w+) \S+--\S+ (\w+) :/gm)]
    .map(([, from, to]) => [from, to].sort().join(' – '))
    .sort();
}

const { models } = getDatamodel().datamodel;

describe('docs/domain-model.md', () => {
  it('shows every model with its columns, in schema order, optional ones marked', async () => {
    const schemaEntities = Object.fromEntries(
      Object.entries(models).map(([name, model]) => [
        name,
        model.fields
          .filter((field) => field.kind !== 'object')
          .map((field) => ({ name: field.name, optional: !field.isRequired })),
      ]),
    );
    expect(documentedEntities(await readDiagram())).toEqual(schemaEntities);
  });

  it('draws each relation of the schema once', async () => {
    const relations = new Map<string, string[]>();
    for (const [name, model] of Object.entries(models)) {
      for (const field of model.fields) {
        if (field.kind !== 'object' || !field.relationName) continue;
        relations.set(field.relationName, [...(relations.get(field.relationName) ?? []), name]);
      }
    }
    const schemaRelations = [...relations.values()]
      .map((ends) => [ends[0], ends[1] ?? ends[0]].sort().join(' – '))
      .sort();
    expect(documentedRelations(await readDiagram())).toEqual(schemaRelations);
  });
});
