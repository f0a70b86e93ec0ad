import path from 'node:path';
import {repoRoot} from './docusaurus';
import {writeFixtureSite} from './fixtureSite';

/**
 * Three sites of one organisation: Payments (A) and Platform (B), each
 * with its own records and portal, and the hub (C), which federates both
 * and has records of its own that name theirs. A and B are written with
 * the address they are served from, so the hub's links to them work.
 */
const adr = (fields: string, title: string, body = 'Why, in a sentence.') => `---\n${fields}\n---\n\n# ${title}\n\n${body}\n`;

function siteConfig(title: string, url: string, pluginOptions = '{}'): string {
  return `module.exports = {
  title: ${JSON.stringify(title)}, url: ${JSON.stringify(url)}, baseUrl: '/', onBrokenLinks: 'throw',
  future: {v4: true, faster: true},
  presets: [['classic', {docs: {routeBasePath: '/', remarkPlugins: [require(${JSON.stringify(path.join(repoRoot, 'remark.js'))})]}, blog: false, pages: false}]],
  plugins: [[${JSON.stringify(repoRoot)}, ${pluginOptions}]],
};
`;
}

export function writePaymentsSite(url: string): string {
  return writeFixtureSite('payments', {
    docs: {
      'adr/0001-use-postgres.md': adr('status: accepted\ndate: 2026-02-01\ntags: [storage]', 'Use Postgres for the ledger', 'The ledger lives in Postgres.'),
      'adr/0002-queue-payments.md': adr(
        'status: accepted\ndate: 2026-03-01\nrelated: [platform:ADR-0001]\nrisks:\n  - {id: R-1, title: "Kafka <b>outage</b> stops payouts", likelihood: high, impact: critical, mitigation: A second cluster, owner: Ana}',
        'Queue payments through Kafka',
      ),
      'adr/0003-split-ledger.md': adr('status: proposed\ndate: 2026-11-20\nreviewers: [Mei Chen]', 'Split the ledger by region'),
    },
    home: '---\nslug: /\n---\n\n# Payments\n',
    config: siteConfig('Payments', url),
  });
}

export function writePlatformSite(url: string): string {
  return writeFixtureSite('platform', {
    docs: {
      'adr/0001-run-on-kubernetes.md': adr(
        'status: accepted\ndate: 2026-01-15\nrequirements:\n  - {id: NFR-1, text: Every service restarts within a minute, priority: must, kind: non-functional, target: "< 60 s"}',
        'Run every service on Kubernetes',
      ),
    },
    home: '---\nslug: /\n---\n\n# Platform\n',
    config: siteConfig('Platform', url),
  });
}

/**
 * The hub: a superseded record whose successor is Payments' ADR-0002 (the
 * banner links there), one related to Platform's, and the two sources, A
 * by its address and B by the file its build wrote.
 * `FEDERATION_THROW=1` in the build's environment fails on a bad source.
 */
export function writeHubSite(sites: {paymentsUrl: string; platformUrl: string; platformExport: string}): string {
  const options = `{
    federation: {
      name: 'hub',
      label: 'Architecture hub',
      sources: [
        {name: 'payments', label: 'Payments', export: ${JSON.stringify(`${sites.paymentsUrl}/design-docs.json`)}, siteUrl: ${JSON.stringify(sites.paymentsUrl)}},
        {name: 'platform', label: 'Platform', export: ${JSON.stringify(sites.platformExport)}, siteUrl: ${JSON.stringify(sites.platformUrl)}},
      ],
    },
    onFederationError: process.env.FEDERATION_THROW ? 'throw' : 'warn',
  }`;
  return writeFixtureSite('hub', {
    docs: {
      'adr/0001-retire-legacy-queue.md': adr('status: superseded by payments:ADR-0002\ndate: 2025-06-01', 'Retire the legacy queue'),
      'adr/0002-adopt-event-sourcing.md': adr(
        'status: accepted\ndate: 2026-04-10\nrelated: [platform:ADR-0001]\nrisks:\n  - {id: R-1, title: The event store grows without bound, likelihood: medium, impact: medium, mitigation: Snapshots, owner: Kim}',
        'Adopt event sourcing',
      ),
    },
    home: '---\nslug: /\n---\n\n# Architecture hub\n',
    config: siteConfig('Architecture hub', 'https://hub.example.com', options),
  });
}
