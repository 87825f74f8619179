/** /co-quan/<id>.csv: an agency's tasks (direct, through groups, inherited) as a spreadsheet. */
import type { APIRoute } from 'astro';
import { getResponsibilityData } from '../../data/agencies';
import { currentBodyText } from '../../lib/responsibilities/successors';
import { dutiesCsv } from '../../lib/responsibilities/csv-exports';
import { dutiesOf } from '../../lib/responsibilities/duties';
import { anchorLabel } from '../../lib/outline';
import { TASK_BASES, type TaskBasis } from '../../schemas/task';

export async function getStaticPaths() {
  const { agencies } = await getResponsibilityData();
  return agencies.map((a) => ({ params: { id: a.id } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const { agencies, byId, tasks, docs } = await getResponsibilityData();
  const d = dutiesOf(params.id!, agencies, tasks);
  const docLabels = new Map(docs.map((doc) => [doc.id, { id: doc.id, kind: doc.data.kind, shortTitle: doc.data.shortTitle, number: doc.data.number }]));
  const csv = dutiesCsv(
    [...d.direct, ...d.viaGroups, ...d.viaPredecessors],
    docLabels,
    byId,
    { anchor: anchorLabel, basis: (b) => TASK_BASES[b as TaskBasis] ?? b },
    (site ?? new URL('http://localhost:4321')).href,
    currentBodyText(params.id!, agencies),
  );
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
