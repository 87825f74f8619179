/**
 * The checker's evaluation of answers with its own words (copy.ts), for the batch page, the
 * command-side code and tests. The step-by-step checker in the browser calls `checkAnswersWith`
 * with the same words read from the page, so its script does not carry them.
 */
import type { Registry } from '../eligibility/index';
import type { Answers } from './answers';
import { UNSETTLED } from './copy';
import { checkAnswersWith } from './result';

export const checkAnswers = (answers: Answers, registry: Registry) => checkAnswersWith(answers, registry, UNSETTLED);
