// Reader-facing names for the domain's enums; data, not strings scattered through pages.
export const EVENT_TYPE_LABELS = {
  BILATERAL_MEETING: 'Bilateral meeting',
  TALKS: 'Talks',
  VISIT: 'Visit',
  GATHERING: 'Gathering',
  CEREMONY: 'Ceremony',
  AWARD_CONFERRAL: 'Award conferral',
  SPEECH: 'Speech',
  PRESS_CONFERENCE: 'Press conference',
  AGREEMENT_SIGNED: 'Agreement signed',
  INVITATION: 'Invitation',
} as const;

export type EventType = keyof typeof EVENT_TYPE_LABELS;

export const EVENT_TYPES = Object.keys(EVENT_TYPE_LABELS) as EventType[];

export const PARTICIPANT_ROLE_LABELS: Record<string, string> = {
  HOST: 'Host',
  GUEST: 'Guest',
  ATTENDEE: 'Attendee',
  RECIPIENT: 'Recipient',
  PRESENTER: 'Presenter',
  SPEAKER: 'Speaker',
  VISITOR: 'Visitor',
};

/** Visit protocol levels and gathering kinds; OTHER says nothing and is never shown. */
export const EVENT_KIND_LABELS: Record<string, string> = {
  OFFICIAL: 'Official',
  STATE: 'State',
  WORKING: 'Working',
  SUMMIT: 'Summit',
  MEETING: 'Meeting',
  FORUM: 'Forum',
  DIALOGUE: 'Dialogue',
  WEEK: 'Leaders’ week',
  CONFERENCE: 'Conference',
  RECEPTION: 'Reception',
  FUNERAL: 'Funeral',
};

export const OFFICE_ROLE_LABELS: Record<string, string> = {
  HEAD_OF_STATE: 'Head of state',
  HEAD_OF_GOVERNMENT: 'Head of government',
  FOREIGN_MINISTER: 'Foreign minister',
  MINISTER: 'Minister',
  PARTY_LEADER: 'Party leader',
  DEPUTY: 'Deputy',
  LEGISLATURE_HEAD: 'Head of legislature',
  JUDICIARY_HEAD: 'Head of judiciary',
  MAYOR: 'Mayor',
  AMBASSADOR: 'Ambassador',
  MONARCH: 'Monarch',
  OTHER: 'Other',
};

/** A label for any enum value, falling back to a readable form of an unknown one. */
export function labelFor(labels: Readonly<Record<string, string>>, value: string): string {
  return labels[value] ?? humanize(value);
}

function humanize(value: string): string {
  const words = value.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
