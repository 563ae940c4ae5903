import { describe, expect, it } from 'vitest';
import { normalise, normaliseAll, verdictBand, weightedGain } from '../../src/core/scoring';

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
});
