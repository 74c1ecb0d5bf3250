import { describe, expect, it } from 'vitest';
import { toMigrationFolderName, toMigrationSlug } from './migrations-folder.ts';

describe('migration folder names', () => {
  it('are a UTC timestamp and a snake_case slug, as the Prisma CLI writes them', () => {
    expect(toMigrationFolderName('Add event notes', new Date('2026-01-02T03:04:05.678Z'))).toBe(
      '20260102030405_add_event_notes',
    );
    expect(toMigrationSlug('add-event-notes')).toBe('add_event_notes');
    expect(toMigrationSlug('  Évènement: v2 ')).toBe('v_nement_v2');
  });

  it('need at least one letter or digit', () => {
    expect(() => toMigrationSlug('--')).toThrow(/not a usable migration name/);
  });
});
