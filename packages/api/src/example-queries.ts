// The queries GraphiQL opens with and the README lists; a test runs each one on the seeds.
export type ExampleQuery = { title: string; query: string };

export const exampleQueries: ExampleQuery[] = [
  {
    title: 'A person page',
    query: `# Lương Cường, found without diacritics: offices, meetings and counterparts
query PersonPage {
  person(name: "Luong Cuong") {
    name
    aliases
    country { code name }
    offices { totalCount edges { node { title role } } }
    meetings(first: 10) {
      totalCount
      edges {
        node {
          role
          counterparts { name country { code } }
          event {
            type
            date { start precision }
            place { name }
            parent { name }
            evidence(first: 1) { edges { node { quote } } }
          }
        }
      }
    }
    counterparts(first: 10) { edges { node { meetingCount person { name } } } }
  }
}`,
  },
  {
    title: 'Vietnam and Peru',
    query: `# The bilateral relationship, with the sentences that describe it
query VietnamPeru {
  country(code: "VN") {
    name
    relations(with: "PE") {
      partner { name }
      meetingCount
      visitCount
      awardCount
      agreementCount
      firstContact
      lastContact
      events(first: 10) { edges { node { type name date { start } } } }
      evidence(first: 5) { totalCount edges { node { quote article { fileName } } } }
    }
  }
}`,
  },
  {
    title: 'Events in November 2024',
    query: `# Visits and meetings in a date range, with who took part
query November2024 {
  events(filter: { type: [VISIT, BILATERAL_MEETING, TALKS], from: "2024-11-01", to: "2024-11-30" }, first: 20) {
    totalCount
    edges {
      node {
        type
        name
        date { start end precision timeOfDay }
        place { name country { code } }
        participants { edges { node { role person { name } } } }
      }
    }
  }
}`,
  },
  {
    title: 'Search',
    query: `# Diacritic-insensitive search across people, countries, places and events
query Search {
  search(text: "apec") {
    totalCount
    edges {
      node {
        __typename
        ... on Person { name }
        ... on Country { name }
        ... on Place { name }
        ... on Event { type eventName: name }
      }
    }
  }
}`,
  },
  {
    title: 'An article with highlights',
    query: `# An article's spans, for highlighting, and the dashboard's counts
query ArticleAndStats {
  stats { people countries events articles eventsByType { type count } }
  events(filter: { place: "Lima" }, first: 1) {
    edges {
      node {
        name
        evidence(first: 1) {
          edges {
            node {
              start
              end
              article { fileName language title mentions(first: 10) { edges { node { start end text kind } } } }
            }
          }
        }
      }
    }
  }
}`,
  },
];
