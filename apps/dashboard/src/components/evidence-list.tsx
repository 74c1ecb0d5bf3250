import type { EvidenceFields } from '../graphql/fragments/evidence.ts';
import { Link } from '../router/link.tsx';
import { paths } from '../router/paths.ts';

/** The sentences that state a fact, each linking to its place in the article. */
export function EvidenceList({ evidence }: { evidence: EvidenceFields[] }) {
  if (evidence.length === 0) return null;
  return (
    <ul className="evidence-list">
      {evidence.map((item) => (
        <li key={item.id}>
          <blockquote className="evidence">
            <p>{item.quote}</p>
            <footer>
              <Link href={paths.article(item.article.id, item)}>
                {item.article.title ?? item.article.fileName}
              </Link>
            </footer>
          </blockquote>
        </li>
      ))}
    </ul>
  );
}
