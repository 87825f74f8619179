/**
 * /kiem-tra/mau-danh-sach.xlsx: the batch template as an Excel workbook with drop-down lists,
 * written at build time (src/lib/checker/batch/template-xlsx.ts) from the same description as the CSV
 * template; no JavaScript in the browser.
 */
import type { APIRoute } from 'astro';
import { checkerData } from '../../components/checker/checker-data';
import { templateYear } from '../../lib/checker/batch/template';
import { templateXlsx } from '../../lib/checker/batch/template-xlsx';

export const GET: APIRoute = async () => {
  const { registry } = await checkerData();
  return new Response(templateXlsx(templateYear(), registry), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
};
