/**
 * Condition `any-of`: At least one condition in `of` must be met ("một trong các tiêu chuẩn sau").
 *
 * Its schema (as written in content/khen-thuong/*.yaml), its evaluation, the inputs it reads,
 * the awards it names and its description on award pages. See docs/eligibility.md §4.
 */
import * as vi from '../copy';
import { conditionLabel, met, notMet, unknown } from './shared';
import type { Definition, Evaluation } from './types';

/** How the engine evaluates it and which profile fields it reads (the browser checker runs this). */
export const evaluation: Evaluation<'any-of'> = {
  evaluate(c, ctx, ev) {
    const parts = c.of.map((x) => ({ label: conditionLabel(x), f: ev(x, ctx) }));
    const chain = (p: (typeof parts)[number]) => [p.label, p.f.via].filter(Boolean).join(', ');
    const body = (p: (typeof parts)[number]) => vi.clause(p.f.raw ?? p.f.text);
    const line = (p: (typeof parts)[number], mark?: string) => {
      const name = chain(p);
      const tag = [name, mark ? `(${mark})` : ''].filter(Boolean).join(' ');
      return tag ? `${tag}: ${body(p)}` : body(p);
    };
    const hit = parts.find((p) => p.f.status === 'met');
    if (hit) {
      const via = chain(hit);
      const raw = hit.f.raw ?? hit.f.text;
      return { ...met(via ? vi.sentence(`Đạt theo ${via}: ${vi.clause(raw)}`) : raw), via, raw };
    }
    const relevant = parts.every((p) => p.f.inapplicable) ? parts : parts.filter((p) => !p.f.inapplicable);
    const open = relevant.filter((p) => p.f.status === 'unknown');
    const failed = relevant.filter((p) => p.f.status === 'not-met');
    const labelledAdvice = (p: (typeof parts)[number]) => (chain(p) && p.f.advice.length ? [vi.sentence(`${vi.sentence(chain(p)).replace(/\.$/, '')}: ${vi.clause(p.f.advice.join(' '))}`)] : p.f.advice);
    if (open.length) {
      const raw = [...open.map((p) => line(p, 'chưa xác định')), ...failed.map((p) => line(p, 'chưa đạt'))].join('; ');
      return { ...unknown(vi.sentence(raw), [...open.flatMap((p) => p.f.advice), ...failed.flatMap(labelledAdvice)]), raw };
    }
    if (relevant.length === 1) {
      const only = relevant[0];
      const via = chain(only);
      const raw = only.f.raw ?? only.f.text;
      return { ...notMet(via ? vi.sentence(`Chưa đạt (${via}): ${vi.clause(raw)}`) : raw, only.f.advice), via, raw, inapplicable: only.f.inapplicable };
    }
    const raw = relevant.map((p) => line(p)).join('; ');
    const advice = relevant.filter((p) => p.f.advice.length).map((p) => (chain(p) ? `${chain(p)}: ${vi.clause(p.f.advice.join(' '))}` : vi.clause(p.f.advice.join(' '))));
    return {
      ...notMet(vi.sentence(`Chưa đạt tiêu chuẩn nào trong các tiêu chuẩn: ${raw}`), advice.length ? [vi.sentence(`Cần đáp ứng một trong các tiêu chuẩn: ${advice.join('; hoặc ')}`)] : []),
      raw,
      inapplicable: relevant.every((p) => p.f.inapplicable),
    };
  },
  inputs(c, ctx, inputsOf) {
    return c.of.flatMap((x) => inputsOf(x, ctx));
  },
};

/** How it is written in the registry (schema), the awards it names and how award pages describe it. */
export const definition: Definition<'any-of'> = {
  schema: ({ z, condition }) =>
    z.strictObject({ type: z.literal('any-of'), of: z.array(condition).min(2), label: z.string().min(3).optional() }),
  awards(c, awardsOf) {
    return c.of.flatMap(awardsOf);
  },
  describe(c, nameOf, describe) {
    return c.label ?? `một trong: ${c.of.map((x) => describe(x)).join('; hoặc ')}`;
  },
};
