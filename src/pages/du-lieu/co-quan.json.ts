/** /du-lieu/co-quan.json: every agency and group (schema: docs/responsibilities.md). */
import type { APIRoute } from 'astro';
import { getResponsibilityData } from '../../data/agencies';
import { agenciesExport } from '../../lib/responsibilities/json-exports';

export const GET: APIRoute = async () => {
  const { agencies } = await getResponsibilityData();
  return new Response(JSON.stringify(agenciesExport(agencies), null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
