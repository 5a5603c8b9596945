/** The parts of a HAR file (Schemathesis `--report har`) the stateful check reads. */
export interface HarLike {
  log: { entries: Array<{ request: { method: string; url: string }; response: { status: number; content?: { text?: string } } }> };
}

export interface StatefulSummary {
  /** 201 answers to `POST /api/enforcement/cases`. */
  casesOpened: number;
  /** Requests on something created earlier in the run (its id in the path), with the status answered. */
  actedOn: Array<{ operation: string; status: number }>;
}

const OPEN_CASE = 'POST /api/enforcement/cases';

/**
 * What a stateful run did with what it created: every id a 201 answer named (`caseId`,
 * `suspectId`, …) is remembered, and a later request whose path carries one acted on it.
 */
export function statefulSummary(har: HarLike): StatefulSummary {
  const created = new Set<string>();
  const summary: StatefulSummary = { casesOpened: 0, actedOn: [] };
  for (const { request, response } of har.log.entries) {
    const path = new URL(request.url).pathname;
    const segments = path.split('/').map(decodeURIComponent);
    const shape = segments.map((s) => (created.has(s) ? '{id}' : s)).join('/');
    if (segments.some((s) => created.has(s))) summary.actedOn.push({ operation: `${request.method} ${shape}`, status: response.status });
    if (response.status !== 201) continue;
    if (`${request.method} ${path.replace(/\/$/, '')}` === OPEN_CASE) summary.casesOpened++;
    for (const id of idsIn(response.content?.text)) created.add(id);
  }
  return summary;
}

/** String values of the `…Id` fields of a JSON object answer. */
function idsIn(text: string | undefined): string[] {
  if (!text) return [];
  try {
    const body = JSON.parse(text) as unknown;
    if (!body || typeof body !== 'object' || Array.isArray(body)) return [];
    return Object.entries(body)
      .filter(([key, value]) => /Id$/.test(key) && typeof value === 'string' && value.length > 0)
      .map(([, value]) => value as string);
  } catch {
    return [];
  }
}

/** `Scenarios` and covered `API Links` from the stateful phase's console summary (Schemathesis 4.x). */
export function statefulConsoleFigures(stdout: string): { scenarios?: number; linksCovered?: number; linksTotal?: number } {
  const scenarios = /Scenarios:\s+(\d+)/.exec(stdout);
  const links = /API Links:\s+(\d+) covered \/ \d+ selected \/ (\d+) total/.exec(stdout);
  return {
    scenarios: scenarios ? Number(scenarios[1]) : undefined,
    linksCovered: links ? Number(links[1]) : undefined,
    linksTotal: links ? Number(links[2]) : undefined,
  };
}
