/** /du-lieu/khen-thuong.json: one row per entry of the award registry (schema: docs/exports.md). */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getDocuments } from '../../data/documents';
import { exportRows } from '../../lib/awards/export';

export const GET: APIRoute = async () => {
  const awards = (await getCollection('khenThuong')).map((e) => e.data).sort((a, b) => a.id.localeCompare(b.id));
  const kinds = new Map((await getDocuments()).map((d) => [d.id, d.data.kind]));
  return new Response(JSON.stringify(exportRows(awards, (id) => kinds.get(id)), null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
