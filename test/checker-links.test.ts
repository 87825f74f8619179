/**
 * Links to checker results that people have already saved or shared keep opening the same
 * answers. The fixture holds links the checker wrote on 30/11/2026 (fragment links, and older
 * `?award=` links), each with the engine profile it decoded to and the verdict the page showed,
 * generated once from that day's code. However the URL codes change, each link must still decode
 * to the same profile and verdict.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { registry } from './eligibility/registry';
import { readAnswers, toProfile, urlParams } from '../src/lib/checker/answers';
import { checkAnswers } from '../src/lib/checker/check-answers';

interface SavedLink {
  name: string;
  url: string;
  profile: unknown;
  verdict: string;
  criteria: { id: string; status: string }[];
}

const { links } = JSON.parse(readFileSync('test/fixtures/checker-links.json', 'utf8')) as { links: SavedLink[] };
const reg = registry();

/**
 * An initiative's `id` is a name the checker gives it for the result sheet (once "sk-1", now
 * "năm 2025, cấp cơ sở"), not an answer: the link is compared without it.
 */
function withoutInitiativeIds(profile: unknown): unknown {
  const p = profile as { initiatives?: { id?: string }[] };
  return p.initiatives ? { ...p, initiatives: p.initiatives.map(({ id: _id, ...rest }) => rest) } : p;
}

function open(url: string) {
  const u = new URL(url, 'https://example.org');
  const answers = readAnswers(urlParams(u.search, u.hash), reg);
  return { profile: toProfile(answers, reg), result: checkAnswers(answers, reg) };
}

describe('Saved checker links', () => {
  it('cover every kind of question and both link forms', () => {
    const all = links.map((l) => l.url).join('&');
    for (const key of ['#award=', '?award=', 'r2025=', 't2025=', 'months=', 'maternity=', 'initiatives=', 'awards=', 'achievements=', 'discipline=', 'pending=', 'crating=', 'members=', 'laoDongTienTien=', 'sector=', 'subject=', 'khong-ro']) {
      expect(all, key).toContain(key);
    }
    expect(new Set(links.map((l) => l.verdict))).toEqual(new Set(['eligible', 'not-eligible', 'needs-info', 'deferred']));
  });

  for (const link of links) {
    it(`"${link.name}" opens the same answers and verdict`, () => {
      const { profile, result } = open(link.url);
      expect(withoutInitiativeIds(profile)).toEqual(withoutInitiativeIds(link.profile));
      expect(result.verdict).toBe(link.verdict);
      expect(result.criteria.map((c) => ({ id: c.id, status: c.status }))).toEqual(link.criteria);
    });
  }
});
