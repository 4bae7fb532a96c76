/** What the start-up banner shows: where the API and the portal are, and the demo accounts when seeded. */
export interface BannerFacts {
  /** e.g. http://127.0.0.1:3000/api */
  apiUrl: string;
  /** The portal as people open it (PUBLIC_ORIGIN, as tickets' QR codes print it), or null when it is not built. */
  portalUrl: string | null;
  docsEnabled: boolean;
  accounts: Array<{ username: string; role: string; organisation: string }>;
  demoPassword: string;
}

/** A plain banner for people (the logs are JSON for machines). */
export function bannerText({ apiUrl, portalUrl, docsEnabled, accounts, demoPassword }: BannerFacts): string {
  const lines = [
    `API ready at ${apiUrl}  (${docsEnabled ? `OpenAPI: ${apiUrl}/docs, ` : ''}health: ${apiUrl}/health)`,
    portalUrl ? `Portal at ${portalUrl}` : 'Portal not built: run npm run --workspace @agp/web build (npm run up does it), then reload',
  ];
  if (accounts.length > 0) {
    lines.push(`Demo accounts${portalUrl ? ` for the portal at ${portalUrl}` : ''}, password ${demoPassword}:`);
    for (const a of accounts) lines.push(`  ${a.username.padEnd(14)} ${a.role.padEnd(14)} ${a.organisation}`);
  }
  return `\n${lines.join('\n')}\n\n`;
}
