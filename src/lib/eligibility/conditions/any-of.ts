/**
 * Condition `any-of`: At least one condition in `of` must be met ("một trong các tiêu chuẩn sau").
 *
 * Its schema (as written in content/khen-thuong/*.yaml), its evaluation, the inputs it reads,
 * the awards it names and its description on award pages. See docs/eligibility.md §4.
 */
import * as vi from '../copy';
import { conditionLabel, group, groupAwards, groupFields, groupInputs } from './common';
import type { Definition, Evaluation } from './types';

/** How the engine evaluates it and which profile fields it reads (the browser checker runs this). */
export const evaluation: Evaluation<'any-of'> = {
  evaluate(c, ctx, ev) {
    const parts = c.of.map((x) => ({ label: conditionLabel(x), f: ev(x, ctx) }));
    const findings = parts.map((p) => p.f);
    const route = (p: (typeof parts)[number]) => [p.label, p.f.via].filter(Boolean).join(', ');
    const body = (p: (typeof parts)[number]) => p.f.raw ?? p.f.text;
    const hit = parts.find((p) => p.f.status === 'met');
    if (hit) {
      const via = route(hit);
      const raw = body(hit);
      return { ...group('met', vi.alternativeMet(via, raw), [], findings), via, raw };
    }
    const relevant = parts.every((p) => p.f.inapplicable) ? parts : parts.filter((p) => !p.f.inapplicable);
    const open = relevant.filter((p) => p.f.status === 'unknown');
    const failed = relevant.filter((p) => p.f.status === 'not-met');
    const routed = (p: (typeof parts)[number]) => (route(p) && p.f.advice.length ? vi.routedAdvice(route(p), p.f.advice) : p.f.advice);
    if (open.length) {
      const raw = [...open.map((p) => vi.alternativeLine(route(p), 'unknown', body(p))), ...failed.map((p) => vi.alternativeLine(route(p), 'not-met', body(p)))].join('; ');
      return { ...group('unknown', vi.sentence(raw), [...open.flatMap((p) => p.f.advice), ...failed.flatMap(routed)], findings), raw };
    }
    if (relevant.length === 1) {
      const only = relevant[0];
      const via = route(only);
      const raw = body(only);
      return { ...group('not-met', vi.alternativeOnly(via, raw), only.f.advice, findings), via, raw, inapplicable: only.f.inapplicable };
    }
    const raw = relevant.map((p) => vi.alternativeLine(route(p), null, body(p))).join('; ');
    const advice = relevant.filter((p) => p.f.advice.length).map((p) => vi.alternativeAdvice(route(p), p.f.advice));
    return {
      ...group('not-met', vi.alternativesNone(raw), advice.length ? vi.alternativesAdvice(advice) : [], findings),
      raw,
      inapplicable: relevant.every((p) => p.f.inapplicable),
    };
  },
  inputs: groupInputs,
};

/** How it is written in the registry (schema), the awards it names and how award pages describe it. */
export const definition: Definition<'any-of'> = {
  schema: (kit) => kit.conditionOf('any-of', groupFields(kit, 2)),
  awards: groupAwards,
  describe: (c, _nameOf, describe) => c.label ?? `một trong: ${c.of.map((x) => describe(x)).join('; hoặc ')}`,
};
