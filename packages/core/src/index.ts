// The pure domain shared by every package: no I/O here. Database access lives in ./db.
export {
  DatePrecision,
  EventType,
  GatheringKind,
  MentionKind,
  OfficeRole,
  OrganizationKind,
  ParticipantRole,
  PlaceKind,
  VisitKind,
} from './generated/prisma/enums.ts';
