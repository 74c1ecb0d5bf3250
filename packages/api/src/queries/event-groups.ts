import type { EventType } from '@diplomacy-graph/core';

// How the API groups event types into the lists an analyst asks for.

/** Two sides sitting down together: a meeting or formal talks. */
export const MEETING_TYPES = ['BILATERAL_MEETING', 'TALKS'] as const satisfies EventType[];

/** Signed texts: agreements, declarations, memoranda. */
export const AGREEMENT_TYPES = ['AGREEMENT_SIGNED'] as const satisfies EventType[];

/** Orders, medals and prizes conferred. */
export const AWARD_TYPES = ['AWARD_CONFERRAL'] as const satisfies EventType[];

/**
 * Announced rather than happened: an invitation is dated with the visit it proposes (often a
 * later year), so it is part of a relationship but not a contact.
 */
export const ANNOUNCEMENT_TYPES = ['INVITATION'] as const satisfies EventType[];
