import { findCountry } from '@diplomacy-graph/core';

const ISO_CODE = /^[A-Za-z]{2}$/;

/**
 * The ISO code an analyst means: a code as typed, or a name or demonym in English, French or
 * Vietnamese through the core lexicon.
 * @example resolveCountryCode('pe') // 'PE'
 * @example resolveCountryCode('Việt Nam') // 'VN'
 */
export function resolveCountryCode(text: string): string | null {
  const trimmed = text.trim();
  if (ISO_CODE.test(trimmed)) return trimmed.toUpperCase();
  return findCountry(trimmed)?.code ?? null;
}
