// Writes the app's Content-Security-Policy into index.html from the one list every shell
// serves (resources/security/content-security-policy.json), so the page, Electron's app://
// protocol and the web server can never drift apart.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import type { Plugin } from 'vite';

// Relative to the repository root: electron-vite runs its config from a bundled copy, where
// this module's own folder is not scripts/.
const POLICY_FILE = 'resources/security/content-security-policy.json';
const PLACEHOLDER = '%FLEET_AUDIT_CSP%';

/** The policy for a `<meta>` tag: frame-ancestors only works as a header, browsers warn on it. */
export function metaPolicy(root: string): string {
  const directives = JSON.parse(readFileSync(resolve(root, POLICY_FILE), 'utf8')) as string[];
  return directives.filter((directive) => !directive.startsWith('frame-ancestors')).join('; ');
}

/** Fills the CSP placeholder of index.html; a page without it fails the build. */
export function contentSecurityPolicy(root: string): Plugin {
  return {
    name: 'fleet-audit-csp',
    transformIndexHtml(html: string): string {
      if (!html.includes(PLACEHOLDER)) throw new Error(`index.html lacks ${PLACEHOLDER}`);
      return html.replace(PLACEHOLDER, metaPolicy(root));
    },
  };
}
