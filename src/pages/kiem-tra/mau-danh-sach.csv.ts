/**
 * /kiem-tra/mau-danh-sach.csv: the batch template, generated from the CSV module (the same code
 * that reads the files), with per-year columns for the five years up to last year.
 */
import type { APIRoute } from 'astro';
import { templateCsv, templateYear } from '../../lib/checker/batch/template';

export const GET: APIRoute = () =>
  new Response(templateCsv(templateYear()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
