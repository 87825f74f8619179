/** /du-lieu/van-ban.json: every document of the library (schema: docs/responsibilities.md). */
import type { APIRoute } from 'astro';
import { getDocuments } from '../../data/documents';
import { documentsExport } from '../../lib/responsibilities/json-exports';

export const GET: APIRoute = async () => {
  const docs = await getDocuments();
  return new Response(JSON.stringify(documentsExport(docs), null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
