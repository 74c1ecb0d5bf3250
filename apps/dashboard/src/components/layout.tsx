import type { ReactNode } from 'react';
import { Link } from '../router/link.tsx';
import { useLocation } from '../router/navigation.ts';

const SECTIONS = [
  { href: '/', label: 'Overview' },
  { href: '/people', label: 'People' },
  { href: '/events', label: 'Events' },
  { href: '/countries', label: 'Countries' },
] as const;

/** The frame of every page: the product's name, the main sections, and the page itself. */
export function Layout({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link href="/" className="brand">
          Diplomacy Graph
        </Link>
        <nav aria-label="Main">
          <ul>
            {SECTIONS.map((section) => (
              <li key={section.href}>
                <Link
                  href={section.href}
                  aria-current={isCurrent(section.href, pathname) ? 'page' : undefined}
                >
                  {section.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main">{children}</main>
    </>
  );
}

function isCurrent(href: string, pathname: string): boolean {
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}
