// The three representative reads, each as a GraphQL document and as hand-written SQL through `pg`
// returning the same data: the floor a GraphQL layer is measured against.
import type pg from 'pg';

export type Scenario<P> = {
  name: string;
  graphql: string;
  variables: (parameter: P) => Record<string, unknown>;
  rawSql: (pool: pg.Pool, parameter: P) => Promise<unknown>;
};

const MEETING_TYPES = ['BILATERAL_MEETING', 'TALKS'];

export type PersonParameter = { name: string; nameKey: string };

export const personPage: Scenario<PersonParameter> = {
  name: 'person page',
  graphql: `query PersonPage($name: String!) {
    person(name: $name) {
      name aliases country { code name }
      offices(first: 5) { totalCount edges { node { title role } } }
      meetings(first: 10) { totalCount edges { node {
        role counterparts { name }
        event { type date { start precision } place { name } parent { name }
                evidence(first: 1) { edges { node { quote } } } }
      } } }
      counterparts(first: 10) { edges { node { meetingCount person { name } } } }
    }
  }`,
  variables: ({ name }) => ({ name }),
  rawSql: async (pool, { nameKey }) => {
    const person = (
      await pool.query(
        'SELECT id, "canonicalName", aliases, "countryCode" FROM "Person" WHERE "nameKey" = $1 ORDER BY confidence DESC LIMIT 1',
        [nameKey],
      )
    ).rows[0];
    if (!person) return null;
    const [country, offices, officeCount, meetings, meetingCount, counterparts] = await Promise.all(
      [
        pool.query('SELECT code, "nameEn" FROM "Country" WHERE code = $1', [person.countryCode]),
        pool.query(
          'SELECT title, role FROM "Office" WHERE "personId" = $1 ORDER BY "startDate", title LIMIT 5',
          [person.id],
        ),
        pool.query('SELECT count(*) FROM "Office" WHERE "personId" = $1', [person.id]),
        pool.query(
          `SELECT ep.role, e.id, e.type, e."dateStart", e."datePrecision", pl.name AS place, par.name AS parent
         FROM "EventParticipant" ep JOIN "Event" e ON e.id = ep."eventId"
         LEFT JOIN "Place" pl ON pl.id = e."placeId" LEFT JOIN "Event" par ON par.id = e."parentId"
         WHERE ep."personId" = $1 AND e.type::text = ANY($2)
         ORDER BY e."dateStart", ep."eventId" LIMIT 10`,
          [person.id, MEETING_TYPES],
        ),
        pool.query(
          `SELECT count(*) FROM "EventParticipant" ep JOIN "Event" e ON e.id = ep."eventId"
         WHERE ep."personId" = $1 AND e.type::text = ANY($2)`,
          [person.id, MEETING_TYPES],
        ),
        pool.query(
          `SELECT p."canonicalName", count(DISTINCT e.id)::int AS meetings
         FROM "EventParticipant" mine JOIN "Event" e ON e.id = mine."eventId"
         JOIN "EventParticipant" theirs ON theirs."eventId" = mine."eventId" AND theirs."personId" <> mine."personId"
         JOIN "Person" p ON p.id = theirs."personId"
         WHERE mine."personId" = $1 AND e.type::text = ANY($2)
         GROUP BY p.id ORDER BY meetings DESC LIMIT 10`,
          [person.id, MEETING_TYPES],
        ),
      ],
    );
    const eventIds = meetings.rows.map((row) => row.id);
    const [others, evidence] = await Promise.all([
      pool.query(
        `SELECT ep."eventId", p."canonicalName" FROM "EventParticipant" ep JOIN "Person" p ON p.id = ep."personId"
         WHERE ep."eventId" = ANY($1) AND ep."personId" <> $2`,
        [eventIds, person.id],
      ),
      pool.query(
        `SELECT DISTINCT ON (ee."eventId") ee."eventId", ev.quote FROM "EventEvidence" ee
         JOIN "Evidence" ev ON ev.id = ee."evidenceId" WHERE ee."eventId" = ANY($1) ORDER BY ee."eventId", ev.start`,
        [eventIds],
      ),
    ]);
    return {
      person,
      country,
      offices,
      officeCount,
      meetings,
      meetingCount,
      counterparts,
      others,
      evidence,
    };
  },
};

// The events between countries a and b as findBilateralEvents defines them (participants from
// both sides, gatherings aside, or a visit by one side to the other), in its one pass over the
// two countries' participations, with what the page shows of each.
const BILATERAL_EVENTS = `
  SELECT e.id, e.type::text AS type, e.name, e."dateStart"
  FROM (
    SELECT ep."eventId", bool_or(p."countryCode" = $1) AS "fromA", bool_or(p."countryCode" = $2) AS "fromB"
    FROM "Person" p JOIN "EventParticipant" ep ON ep."personId" = p.id
    WHERE p."countryCode" IN ($1, $2)
    GROUP BY ep."eventId"
  ) sides
  JOIN "Event" e ON e.id = sides."eventId"
  WHERE (sides."fromA" AND sides."fromB" AND e.type <> 'GATHERING')
     OR (e.type = 'VISIT' AND e."visitedCountryCode" = $2 AND sides."fromA")
     OR (e.type = 'VISIT' AND e."visitedCountryCode" = $1 AND sides."fromB")
  ORDER BY e."dateStart", e.id`;

type BilateralRow = { id: string; type: string; name: string | null; dateStart: Date | null };

export const countryRelation: Scenario<[string, string]> = {
  name: 'country relation',
  graphql: `query Relation($a: String!, $b: String!) {
    country(code: $a) { name relations(with: $b) {
      partner { name }
      meetingCount visitCount awardCount agreementCount firstContact lastContact
      events(first: 10) { totalCount edges { node { type name date { start } } } }
      evidence(first: 5) { totalCount edges { node { quote } } }
    } }
  }`,
  variables: ([a, b]) => ({ a, b }),
  // Read the relationship's events once and count, date and page them in the application, as
  // a hand-written client would; then the page of sentences with their total.
  rawSql: async (pool, [a, b]) => {
    const [countries, bilateral] = await Promise.all([
      pool.query('SELECT code, "nameEn" FROM "Country" WHERE code = ANY($1)', [[a, b]]),
      pool.query<BilateralRow>(BILATERAL_EVENTS, [a, b]),
    ]);
    const events = bilateral.rows;
    const countsByType = new Map<string, number>();
    for (const event of events)
      countsByType.set(event.type, (countsByType.get(event.type) ?? 0) + 1);
    const contacts = events.filter((event) => event.dateStart && event.type !== 'INVITATION');
    const evidence = await pool.query(
      `SELECT ev.quote, count(*) OVER () AS total FROM "Evidence" ev
       WHERE ev.id IN (SELECT "evidenceId" FROM "EventEvidence" WHERE "eventId" = ANY($1))
       ORDER BY ev."articleId", ev.start LIMIT 5`,
      [events.map((event) => event.id)],
    );
    return {
      countries: countries.rows,
      countsByType,
      firstContact: contacts.at(0)?.dateStart ?? null,
      lastContact: contacts.at(-1)?.dateStart ?? null,
      events: events.slice(0, 10),
      eventCount: events.length,
      evidence: evidence.rows,
    };
  },
};

export type EventListParameter = { country: string; from: string; to: string };

const EVENT_FILTER = `e.type::text = ANY($1) AND e."dateStart" >= $2 AND e."dateStart" <= $3 AND (
  EXISTS (SELECT 1 FROM "Place" pl WHERE pl.id = e."placeId" AND pl."countryCode" = $4)
  OR e."visitedCountryCode" = $4
  OR EXISTS (SELECT 1 FROM "EventParticipant" x JOIN "Person" p ON p.id = x."personId" WHERE x."eventId" = e.id AND p."countryCode" = $4))`;

const LISTED_TYPES = ['VISIT', 'BILATERAL_MEETING', 'TALKS'];

export const eventList: Scenario<EventListParameter> = {
  name: 'filtered event list',
  graphql: `query Events($filter: EventFilter!) {
    events(filter: $filter, first: 20) { totalCount edges { node {
      type name date { start precision } place { name }
      participants(first: 6) { edges { node { role person { name } } } }
    } } }
  }`,
  variables: ({ country, from, to }) => ({ filter: { type: LISTED_TYPES, country, from, to } }),
  rawSql: async (pool, { country, from, to }) => {
    const parameters = [LISTED_TYPES, from, to, country];
    const [page, total] = await Promise.all([
      pool.query(
        `SELECT e.id, e.type, e.name, e."dateStart", e."datePrecision", pl.name AS place
         FROM "Event" e LEFT JOIN "Place" pl ON pl.id = e."placeId"
         WHERE ${EVENT_FILTER} ORDER BY e."dateStart", e.id LIMIT 20`,
        parameters,
      ),
      pool.query(`SELECT count(*) FROM "Event" e WHERE ${EVENT_FILTER}`, parameters),
    ]);
    const participants = await pool.query(
      `SELECT * FROM (SELECT ep."eventId", ep.role, p."canonicalName",
         row_number() OVER (PARTITION BY ep."eventId" ORDER BY ep.role, ep."personId") AS n
       FROM "EventParticipant" ep JOIN "Person" p ON p.id = ep."personId" WHERE ep."eventId" = ANY($1)) ranked WHERE n <= 6`,
      [page.rows.map((row) => row.id)],
    );
    return { page, total, participants };
  },
};
