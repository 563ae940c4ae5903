import { describe, expect, it } from 'vitest';
import { DEFAULT_PASS_MARKS, SCORING_FORMULA, WEIGHTS, normalise, normaliseAll, overallScore, scoreTotals, verdict, verdictBand, weightedGain } from '../../src/core/scoring';
import { DIMENSIONS } from '../../src/core/vocabulary';

const ranges = { listening: { min: -2, max: 6 }, promise_keeping: { min: 0, max: 4 }, ownership: { min: -4, max: 4 } };

describe('scoring', () => {
  it('places a raw total on 0–100 between the lowest and highest total the story allows', () => {
    expect(normalise(-2, { min: -2, max: 6 })).toBe(0);
    expect(normalise(6, { min: -2, max: 6 })).toBe(100);
    expect(normalise(2, { min: -2, max: 6 })).toBe(50);
    expect(normalise(3, { min: -2, max: 6 })).toBe(63);
  });

  it('never leaves 0–100, even for a total outside the range', () => {
    expect(normalise(40, { min: 0, max: 4 })).toBe(100);
    expect(normalise(-9, { min: 0, max: 4 })).toBe(0);
  });

  it('gives full marks on a dimension the story cannot move', () => {
    expect(normalise(0, { min: 0, max: 0 })).toBe(100);
    expect(normalise(-3, { min: -3, max: -3 })).toBe(100);
  });

  it('places negative totals by the same rule, when the story\'s range is below zero', () => {
    expect(normalise(-6, { min: -8, max: -4 })).toBe(50);
    expect(normalise(-8, { min: -8, max: -4 })).toBe(0);
    expect(normalise(-1, { min: -8, max: -4 })).toBe(100);
  });

  it('normalises all three dimensions at once', () => {
    expect(normaliseAll({ listening: 6, promise_keeping: 2, ownership: 0 }, ranges)).toEqual({ listening: 100, promise_keeping: 50, ownership: 50 });
  });

  it('puts each score in a verdict band', () => {
    expect([100, 90, 89, 70, 69, 40, 39, 0].map(verdictBand)).toEqual(['excellent', 'excellent', 'good', 'good', 'mixed', 'mixed', 'poor', 'poor']);
  });

  it('weighs a choice by each dimension\'s range, so a wide dimension does not drown a narrow one', () => {
    expect(weightedGain({ listening: 8, promise_keeping: 0, ownership: 0 }, ranges)).toBe(1);
    expect(weightedGain({ listening: 0, promise_keeping: 4, ownership: 0 }, ranges)).toBe(1);
  });

  it('weighs every dimension the vocabulary lists equally by default', () => {
    expect(Object.keys(WEIGHTS)).toEqual([...DIMENSIONS]);
    expect(new Set(Object.values(WEIGHTS))).toEqual(new Set([1]));
  });

  it('makes the overall score the weighted mean of the dimension scores', () => {
    const scores = { listening: 100, promise_keeping: 50, ownership: 0 };
    expect(overallScore(scores)).toBe(50);
    expect(overallScore(scores, { listening: 2, promise_keeping: 1, ownership: 1 })).toBe(63);
    expect(overallScore(scores, { listening: 0, promise_keeping: 1, ownership: 0 })).toBe(50);
  });

  it('gives an overall 100 when no dimension carries weight, and refuses a negative or missing weight', () => {
    expect(overallScore({ listening: 10, promise_keeping: 20, ownership: 30 }, { listening: 0, promise_keeping: 0, ownership: 0 })).toBe(100);
    expect(() => overallScore({ listening: 10, promise_keeping: 20, ownership: 30 }, { listening: -1, promise_keeping: 1, ownership: 1 })).toThrow(/weight of listening is -1/);
    expect(() => overallScore({ listening: 10, promise_keeping: 20, ownership: 30 }, { listening: Number.NaN, promise_keeping: 1, ownership: 1 })).toThrow(/weight of listening/);
  });

  it('passes only when every dimension reaches its pass mark, and names the ones below', () => {
    expect(verdict({ listening: 70, promise_keeping: 90, ownership: 100 })).toEqual({ passed: true, below: [] });
    expect(verdict({ listening: 69, promise_keeping: 90, ownership: 10 })).toEqual({ passed: false, below: ['listening', 'ownership'] });
    expect(verdict({ listening: 40, promise_keeping: 40, ownership: 40 }, { listening: 40, promise_keeping: 40, ownership: 41 })).toEqual({ passed: false, below: ['ownership'] });
    expect(Object.keys(DEFAULT_PASS_MARKS)).toEqual([...DIMENSIONS]);
  });

  it('records scores with the formula version that made them', () => {
    expect(scoreTotals({ listening: 6, promise_keeping: 2, ownership: -4 }, ranges)).toEqual({
      formula: SCORING_FORMULA,
      scores: { listening: 100, promise_keeping: 50, ownership: 0 },
      overall: 50,
    });
  });
});
