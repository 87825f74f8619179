/**
 * /kiem-tra/mau-danh-sach.csv: the batch template, generated from the CSV module (the same code
 * that reads the files), with per-year columns for the five years up to last year.
 */
import type { APIRoute } from 'astro';
import { templateCsv } from '../../lib/checker/csv';

/** The year the template's example rows are proposed for: last year (achievements are proposed the year after). */
const TEMPLATE_YEAR = new Date().getFullYear() - 1;

export const GET: APIRoute = () =>
  new Response(templateCsv(TEMPLATE_YEAR), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
