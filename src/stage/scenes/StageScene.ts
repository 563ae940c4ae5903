import * as Phaser from 'phaser';
import type { CustomerValues, Speaker } from '../../core/encounter';
import { EXPRESSIONS, type Character, type Expression, type Setting } from '../../core/vocabulary';
import {
  artKeys,
  bodyArt,
  CHARACTER_ART_SIZE,
  faceArt,
  HEAD_TOP,
  settingArt,
  STAGE_SIZE,
  type FacePose,
} from '../art';

export interface StageSetup {
  setting: Setting;
  customer: Character;
  /** Everyone else who may speak, drawn when they do. */
  cast: Character[];
}

export const STAGE_EVENTS = { ready: 'counterpart-stage-ready' } as const;

const FIGURE_HEIGHT = 600;
const FIGURE_SCALE = FIGURE_HEIGHT / CHARACTER_ART_SIZE.height;
const CUSTOMER_X = STAGE_SIZE.width * 0.6;
const SIDE_X = STAGE_SIZE.width * 0.27;
const FIGURE_BASE_Y = STAGE_SIZE.height + 24;
const SPOT_COLOUR = 0xffc53d;
const SPOT_OUTLINE = 0x1f2a36;
const LISTENER_SHADE = 0xb4b4b4;
/** Where each group of the queue stands, back and to the right, smaller with distance. */
const CROWD_SLOTS = [
  { x: STAGE_SIZE.width * 0.86, y: FIGURE_BASE_Y - 30, scale: FIGURE_SCALE * 0.82 },
  { x: STAGE_SIZE.width * 0.99, y: FIGURE_BASE_Y - 50, scale: FIGURE_SCALE * 0.74 },
  { x: STAGE_SIZE.width * 0.12, y: FIGURE_BASE_Y - 50, scale: FIGURE_SCALE * 0.74 },
];

/** One character on stage: a body and a face drawn over it, so faces can change and blink. */
class Figure {
  readonly container: Phaser.GameObjects.Container;
  private readonly body: Phaser.GameObjects.Image;
  private readonly face: Phaser.GameObjects.Image;
  private pose: Expression = 'neutral';

  constructor(
    scene: Phaser.Scene,
    readonly character: Character,
    x: number,
    placement: { scale: number; y: number; depth: number } = { scale: FIGURE_SCALE, y: FIGURE_BASE_Y, depth: 2 },
  ) {
    this.body = scene.add.image(0, 0, artKeys.body(character)).setOrigin(0.5, 1);
    this.face = scene.add.image(0, 0, artKeys.face(character, 'neutral')).setOrigin(0.5, 1);
    this.container = scene.add.container(x, placement.y, [this.body, this.face]).setScale(placement.scale).setDepth(placement.depth);
    this.baseScale = placement.scale;
  }

  readonly baseScale: number;

  get expression(): Expression {
    return this.pose;
  }

  /** Listeners are shaded a little so the speaker stands out; alpha would show the body through the face. */
  setShaded(shaded: boolean): void {
    for (const part of [this.body, this.face]) {
      if (shaded) part.setTint(LISTENER_SHADE);
      else part.clearTint();
    }
  }

  show(pose: FacePose): void {
    this.face.setTexture(artKeys.face(this.character, pose));
    if (pose !== 'blink') this.pose = pose;
  }
}

/** Draws the setting and the people in it. It shows state; it never decides anything. */
export class StageScene extends Phaser.Scene {
  static readonly KEY = 'stage';
  private setup!: StageSetup;
  private customer!: Figure;
  private side: Figure | null = null;
  private spotlight!: Phaser.GameObjects.Graphics;
  /** The waiting queue behind the customer: it grows and sours as patience runs out. */
  private crowd: Figure[] = [];

  constructor(private readonly options: { reducedMotion: boolean }) {
    super(StageScene.KEY);
  }

  init(setup: StageSetup): void {
    this.setup = setup;
    this.side = null;
    this.crowd = [];
  }

  preload(): void {
    const { setting, customer, cast } = this.setup;
    const load = (key: string, url: string, width: number, height: number) => {
      if (!this.textures.exists(key)) this.load.svg(key, url, { width, height });
    };
    load(artKeys.setting(setting), settingArt(setting), STAGE_SIZE.width, STAGE_SIZE.height);
    for (const character of new Set([customer, ...cast])) {
      load(artKeys.body(character), bodyArt(character), CHARACTER_ART_SIZE.width, CHARACTER_ART_SIZE.height);
      for (const pose of [...EXPRESSIONS, 'blink'] as const) {
        load(artKeys.face(character, pose), faceArt(character, pose), CHARACTER_ART_SIZE.width, CHARACTER_ART_SIZE.height);
      }
    }
  }

  create(): void {
    this.add.image(0, 0, artKeys.setting(this.setup.setting)).setOrigin(0, 0).setDisplaySize(STAGE_SIZE.width, STAGE_SIZE.height);
    this.spotlight = this.add.graphics().setDepth(5);
    if (this.setup.cast.includes('queue')) this.setCrowdSize(1);
    this.customer = new Figure(this, this.setup.customer, CUSTOMER_X);
    this.animateIdle(this.customer);
    if (!this.options.reducedMotion) this.cameras.main.fadeIn(350, 31, 42, 54);
    this.game.events.emit(STAGE_EVENTS.ready);
  }

  /** Background characters react to how the customer's patience is holding up. */
  setMood(customer: CustomerValues): void {
    if (this.crowd.length === 0) return;
    const patience = customer.patience;
    this.setCrowdSize(patience >= 7 ? 1 : patience >= 4 ? 2 : 3);
    const mood: Expression = patience >= 7 ? 'neutral' : patience >= 4 ? 'annoyed' : 'angry';
    for (const figure of this.crowd) {
      if (figure.expression !== mood) {
        figure.show(mood);
        this.react(figure);
      }
    }
  }

  speak(speaker: Speaker | null, expression: Expression | null): void {
    let figure: Figure | null = null;
    if (speaker === this.setup.customer) figure = this.customer;
    else if (speaker === 'queue' && this.crowd[0]) figure = this.crowd[0];
    else if (speaker && speaker !== 'you') figure = this.bringOn(speaker);
    if (figure && expression && expression !== figure.expression) {
      figure.show(expression);
      this.react(figure);
    }
    this.markSpeaker(figure);
  }

  private setCrowdSize(size: number): void {
    while (this.crowd.length < size) {
      const slot = CROWD_SLOTS[this.crowd.length]!;
      const figure = new Figure(this, 'queue', slot.x, { scale: slot.scale, y: slot.y, depth: 1 - this.crowd.length * 0.1 });
      figure.show(this.crowd[0]?.expression ?? 'neutral');
      this.animateIdle(figure);
      if (!this.options.reducedMotion) {
        figure.container.setAlpha(0);
        this.tweens.add({ targets: figure.container, alpha: 1, duration: 400 });
      }
      this.crowd.push(figure);
    }
  }

  private bringOn(character: Character): Figure {
    if (this.side?.character === character) return this.side;
    const leaving = this.side;
    if (leaving) this.exit(leaving);
    const figure = new Figure(this, character, SIDE_X, { scale: FIGURE_SCALE, y: FIGURE_BASE_Y, depth: 3 });
    this.animateIdle(figure);
    if (!this.options.reducedMotion) {
      figure.container.setAlpha(0).x -= 60;
      this.tweens.add({ targets: figure.container, alpha: 1, x: SIDE_X, duration: 300, ease: 'Sine.easeOut' });
    }
    this.side = figure;
    return figure;
  }

  private exit(figure: Figure): void {
    if (this.options.reducedMotion) {
      figure.container.destroy();
      return;
    }
    this.tweens.killTweensOf(figure.container);
    this.tweens.add({ targets: figure.container, alpha: 0, duration: 200, onComplete: () => figure.container.destroy() });
  }

  private markSpeaker(figure: Figure | null): void {
    this.spotlight.clear();
    for (const f of [this.customer, this.side, ...this.crowd]) f?.setShaded(figure !== null && f !== figure);
    if (!figure) return;
    const x = figure.container.x;
    const tip = figure.container.y - (CHARACTER_ART_SIZE.height - HEAD_TOP[figure.character]) * figure.baseScale - 10;
    const marker = [x - 18, tip - 26, x + 18, tip - 26, x, tip] as const;
    this.spotlight.fillStyle(SPOT_COLOUR, 1).fillTriangle(...marker);
    this.spotlight.lineStyle(4, SPOT_OUTLINE, 1).strokeTriangle(...marker);
  }

  /** Breathing and blinking, so the stage never looks frozen. */
  private animateIdle(figure: Figure): void {
    if (this.options.reducedMotion) return;
    this.tweens.add({
      targets: figure.container,
      scaleY: figure.baseScale * 1.012,
      duration: 1800,
      yoyo: true,
      repeat: -1,
      ease: 'Sine.easeInOut',
    });
    this.time.addEvent({
      delay: 3200 + (figure.character.length % 5) * 450,
      loop: true,
      callback: () => {
        if (!figure.container.active) return;
        const pose = figure.expression;
        figure.show('blink');
        this.time.delayedCall(140, () => figure.container.active && figure.show(pose));
      },
    });
  }

  /** A small hop when a mood changes, so the change is seen as well as read. */
  private react(figure: Figure): void {
    if (this.options.reducedMotion) return;
    this.tweens.add({ targets: figure.container, y: figure.container.y - 14, duration: 120, yoyo: true, ease: 'Quad.easeOut' });
  }
}
