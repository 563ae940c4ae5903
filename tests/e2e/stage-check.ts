import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { decodePng } from './png';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface StageReport {
  host: Box;
  canvas: Box | null;
  /** Distinct colours (4 bits a channel) in the canvas's part of the screen: a blank canvas has one or two. */
  colours: number;
  scrollWidth: number;
  viewportWidth: number;
}

/** Where the encounter's stage and its canvas are, and what the canvas shows, read from the screen. */
export async function measureStage(page: Page): Promise<StageReport> {
  const viewportWidth = page.viewportSize()!.width;
  const boxes = await page.evaluate(() => {
    const box = (element: Element) => {
      const r = element.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const host = document.querySelector('.encounter-screen .stage');
    const canvas = host?.querySelector('canvas');
    return { host: host ? box(host) : null, canvas: canvas ? box(canvas) : null, scrollWidth: document.scrollingElement!.scrollWidth };
  });
  if (!boxes.host) throw new Error('no stage on screen');
  let colours = 0;
  const { canvas } = boxes;
  if (canvas && canvas.width >= 4 && canvas.height >= 4) {
    // Inside the canvas's edges, so the host's rounded corners and background are not counted.
    const clip = { x: Math.ceil(canvas.x) + 1, y: Math.ceil(canvas.y) + 1, width: Math.floor(canvas.width) - 2, height: Math.floor(canvas.height) - 2 };
    const { rgba } = decodePng(await page.screenshot({ clip }));
    const seen = new Set<number>();
    for (let i = 0; i < rgba.length; i += 4) seen.add(((rgba[i]! >> 4) << 8) | ((rgba[i + 1]! >> 4) << 4) | (rgba[i + 2]! >> 4));
    colours = seen.size;
  }
  return { host: boxes.host, canvas, colours, scrollWidth: boxes.scrollWidth, viewportWidth };
}

/** The canvas lies inside its host and fills it one way (the stage keeps its 16:9 picture). */
const fillsHost = ({ host, canvas }: StageReport) =>
  canvas !== null &&
  canvas.x >= host.x - 1 &&
  canvas.y >= host.y - 1 &&
  canvas.x + canvas.width <= host.x + host.width + 1 &&
  canvas.y + canvas.height <= host.y + host.height + 1 &&
  (Math.abs(canvas.width - host.width) <= 1 || Math.abs(canvas.height - host.height) <= 1);

const drawsArt = (report: StageReport) => fillsHost(report) && report.colours > 40;

/**
 * Waits until the stage has drawn its scene in its host (it loads after the first line), then
 * checks it: the canvas fills the host, shows art, and the page does not scroll sideways.
 */
export async function expectStageDrawn(page: Page, when: string): Promise<StageReport> {
  const deadline = Date.now() + 15_000;
  let report = await measureStage(page);
  while (!drawsArt(report) && Date.now() < deadline) {
    await page.waitForTimeout(200);
    report = await measureStage(page);
  }
  expect(fillsHost(report), `${when}: the canvas fills its host (${JSON.stringify(report)})`).toBe(true);
  expect(report.canvas!.width, `${when}: the canvas has a size`).toBeGreaterThan(100);
  expect(report.colours, `${when}: the canvas draws the scene`).toBeGreaterThan(40);
  expect(report.host.width, `${when}: the stage fits the screen`).toBeLessThanOrEqual(report.viewportWidth);
  expect(report.scrollWidth, `${when}: the page does not scroll sideways`).toBeLessThanOrEqual(report.viewportWidth);
  return report;
}
