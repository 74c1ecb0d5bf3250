import { graphql } from '../../graphql/typed-document.ts';

export type ArticleMention = {
  start: number;
  end: number;
  kind: string;
  person: { id: string } | null;
  country: { code: string } | null;
};

export type ArticleData = {
  node: {
    __typename: 'Article';
    id: string;
    fileName: string;
    language: string;
    title: string | null;
    publishedOn: string | null;
    sourceAgency: string | null;
    dateline: string | null;
    text: string;
    evidence: { edges: Array<{ node: { id: string; start: number; end: number } }> };
    mentions: { edges: Array<{ node: ArticleMention }> };
  } | null;
};

export const ARTICLE_QUERY = graphql<ArticleData, { id: string }>(/* GraphQL */ `
  query Article($id: ID!) {
    node(id: $id) {
      __typename
      ... on Article {
        id
        fileName
        language
        title
        publishedOn
        sourceAgency
        dateline
        text
        # A page holds at most 100 spans (the API's cap); enough for a news article.
        evidence(first: 100) {
          edges {
            node {
              id
              start
              end
            }
          }
        }
        mentions(first: 100) {
          edges {
            node {
              start
              end
              kind
              person {
                id
              }
              country {
                code
              }
            }
          }
        }
      }
    }
  }
`);
