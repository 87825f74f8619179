/** /du-lieu/co-quan.csv: every agency with its successors and who does its work today (docs/responsibilities.md). */
import type { APIRoute } from 'astro';
import { getResponsibilityData } from '../../data/agencies';
import { agenciesCsv } from '../../lib/responsibilities/csv-exports';
import { AGENCY_KINDS, AGENCY_LEVELS, type AgencyKind, type AgencyLevel } from '../../schemas/agency';

export const GET: APIRoute = async ({ site }) => {
  const { agencies } = await getResponsibilityData();
  const csv = agenciesCsv(
    agencies,
    { kind: (k) => AGENCY_KINDS[k as AgencyKind] ?? k, level: (l) => AGENCY_LEVELS[l as AgencyLevel] ?? l },
    (site ?? new URL('http://localhost:4321')).href,
  );
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
