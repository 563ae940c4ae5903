/**
 * The Phaser layer: the one place that creates the game. The rest of the interface talks to it
 * through `StageView` and never sees Phaser.
 */
import * as Phaser from 'phaser';
import type { CustomerValues, Speaker } from '../core/encounter';
import type { Character, Expression, Setting } from '../core/vocabulary';
import { STAGE_SIZE } from './art';
import { StageScene, STAGE_EVENTS, type StageSetup } from './scenes/StageScene';

export interface StageView {
  /** Sets the scene for an encounter; resolves when its art is drawn. */
  setScene(setup: StageSetup): Promise<void>;
  speak(speaker: Speaker | null, expression: Expression | null): void;
  /** How the customer feels now; background characters react to it. */
  setMood(customer: CustomerValues): void;
  /** Moves the stage into a new host element (each screen builds its own layout). */
  attach(host: HTMLElement): void;
  /** What the stage holds now, for the benchmark's leak check. */
  stats(): StageStats;
  destroy(): void;
}

export interface StageStats {
  textures: number;
  displayObjects: number;
  tweens: number;
}

export function createStage(host: HTMLElement, options: { reducedMotion: boolean }): Promise<StageView> {
  const container = document.createElement('div');
  container.className = 'stage-canvas';
  host.append(container);
  return new Promise((resolve) => {
    const game = new Phaser.Game({
      type: Phaser.AUTO,
      parent: container,
      width: STAGE_SIZE.width,
      height: STAGE_SIZE.height,
      backgroundColor: '#1f2a36',
      banner: false,
      audio: { noAudio: true },
      // A conversation needs no more: half the frames of 60 fps spares phone batteries and slow laptops.
      fps: { target: 30, limit: 30 },
      input: { keyboard: false },
      scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
      scene: [],
      callbacks: {
        postBoot: () => {
          observer.observe(container);
          resolve(view);
        },
      },
    });
    // Phaser measures its parent only after sizing the canvas, so a refresh right after the stage
    // moves into a new screen sized it from the detached (0×0) host and never corrected itself.
    // The stage follows its box as the browser lays it out instead; an empty box (detached or
    // hidden) is ignored so the canvas keeps its last good size until it is shown again.
    const fitToBox = (width: number, height: number) => {
      if (width > 0 && height > 0) game.scale.setParentSize(width, height);
    };
    // Observed from boot on: before it the scale manager has no canvas to size.
    const observer = new ResizeObserver((entries) => {
      const box = entries.at(-1)?.contentRect;
      if (box) fitToBox(box.width, box.height);
    });
    game.scene.add(StageScene.KEY, new StageScene({ reducedMotion: options.reducedMotion }), false);
    const scene = () => game.scene.getScene(StageScene.KEY) as StageScene;
    const view: StageView = {
      setScene: (setup) =>
        new Promise((ready) => {
          game.events.once(STAGE_EVENTS.ready, () => ready());
          if (game.scene.isActive(StageScene.KEY)) game.scene.stop(StageScene.KEY);
          game.scene.start(StageScene.KEY, setup);
        }),
      speak: (speaker, expression) => {
        if (game.scene.isActive(StageScene.KEY)) scene().speak(speaker, expression);
      },
      setMood: (customer) => {
        if (game.scene.isActive(StageScene.KEY)) scene().setMood(customer);
      },
      attach: (newHost) => {
        newHost.append(container);
        const box = container.getBoundingClientRect();
        fitToBox(box.width, box.height);
      },
      stats: () => {
        const active = game.scene.getScenes(true);
        return {
          textures: game.textures.getTextureKeys().length,
          displayObjects: active.reduce((n, sc) => n + sc.children.length, 0),
          tweens: active.reduce((n, sc) => n + sc.tweens.getTweens().length, 0),
        };
      },
      destroy: () => {
        observer.disconnect();
        game.destroy(true);
      },
    };
  });
}

export type { StageSetup, Character, Setting };
