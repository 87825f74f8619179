/** /du-lieu/nhiem-vu.json: every task with its responsible bodies (schema: docs/responsibilities.md). */
import type { APIRoute } from 'astro';
import { getResponsibilityData } from '../../data/agencies';
import { tasksExport } from '../../lib/responsibilities/json-exports';

export const GET: APIRoute = async () => {
  const { tasks, docById } = await getResponsibilityData();
  return new Response(JSON.stringify(tasksExport(tasks, (id) => docById.get(id)?.data.kind), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
