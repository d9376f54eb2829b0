/**
 * `physics-step`: advances an n-body system (gravity with softening) by `steps` velocity-Verlet
 * steps, the integrator games use for orbital and particle simulation because it conserves
 * energy well. Bodies come in the payload or are generated from a seed.
 */
import { TaskInputError, type TaskKind, type TaskOutput } from './types';
import { decodeJsonObject, encodeJson, intField, numberField, seededRandom } from './payload';

const KIND = 'physics-step';
export const MAX_BODIES = 4096;
export const MAX_STEPS = 100_000;

export interface Body {
  x: number;
  y: number;
  z: number;
  vx: number;
  vy: number;
  vz: number;
  m: number;
}

export interface PhysicsInput {
  bodies: Body[];
  steps: number;
  dt: number;
  gravity: number;
  softening: number;
}

function decodeBody(raw: unknown, i: number): Body {
  if (typeof raw !== 'object' || raw === null) throw new TaskInputError(KIND, `payload.bodies[${i}] must be an object`);
  const o = raw as Record<string, unknown>;
  const read = (k: string, fallback?: number) => {
    const v = o[k] ?? fallback;
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new TaskInputError(KIND, `payload.bodies[${i}].${k} must be a finite number, got ${JSON.stringify(o[k])}`);
    return v;
  };
  const m = read('m');
  if (m <= 0) throw new TaskInputError(KIND, `payload.bodies[${i}].m must be positive, got ${m}`);
  return { x: read('x'), y: read('y'), z: read('z', 0), vx: read('vx', 0), vy: read('vy', 0), vz: read('vz', 0), m };
}

function decode(payload: Uint8Array): PhysicsInput {
  const obj = decodeJsonObject(KIND, payload);
  let bodies: Body[];
  if (obj.bodies !== undefined) {
    if (!Array.isArray(obj.bodies) || obj.bodies.length === 0 || obj.bodies.length > MAX_BODIES) throw new TaskInputError(KIND, `payload.bodies must be an array of 1..${MAX_BODIES} bodies`);
    bodies = obj.bodies.map(decodeBody);
  } else {
    const count = intField(KIND, obj, 'count', { min: 1, max: MAX_BODIES });
    const random = seededRandom(intField(KIND, obj, 'seed', { min: 0, max: 2 ** 32 - 1, default: 1 }));
    bodies = Array.from({ length: count }, () => ({
      x: random() * 200 - 100, y: random() * 200 - 100, z: random() * 20 - 10,
      vx: random() - 0.5, vy: random() - 0.5, vz: 0, m: 1 + random() * 9,
    }));
  }
  return {
    bodies,
    steps: intField(KIND, obj, 'steps', { min: 1, max: MAX_STEPS, default: 10 }),
    dt: numberField(KIND, obj, 'dt', { min: 1e-6, max: 10, default: 0.01 }),
    gravity: numberField(KIND, obj, 'gravity', { min: 0, max: 1e6, default: 1 }),
    softening: numberField(KIND, obj, 'softening', { min: 1e-6, max: 1e3, default: 0.1 }),
  };
}

interface State {
  pos: Float64Array;
  vel: Float64Array;
  acc: Float64Array;
  mass: Float64Array;
}

function accelerations(s: State, gravity: number, eps2: number): void {
  const n = s.mass.length;
  s.acc.fill(0);
  for (let i = 0; i < n; i++) {
    const xi = s.pos[3 * i];
    const yi = s.pos[3 * i + 1];
    const zi = s.pos[3 * i + 2];
    for (let j = i + 1; j < n; j++) {
      const dx = s.pos[3 * j] - xi;
      const dy = s.pos[3 * j + 1] - yi;
      const dz = s.pos[3 * j + 2] - zi;
      const r2 = dx * dx + dy * dy + dz * dz + eps2;
      const inv = gravity / (r2 * Math.sqrt(r2));
      const mi = s.mass[i];
      const mj = s.mass[j];
      s.acc[3 * i] += dx * inv * mj;
      s.acc[3 * i + 1] += dy * inv * mj;
      s.acc[3 * i + 2] += dz * inv * mj;
      s.acc[3 * j] -= dx * inv * mi;
      s.acc[3 * j + 1] -= dy * inv * mi;
      s.acc[3 * j + 2] -= dz * inv * mi;
    }
  }
}

/** Kinetic plus (softened) potential energy: its drift measures the integration error. */
export function totalEnergy(s: State, gravity: number, eps2: number): number {
  const n = s.mass.length;
  let e = 0;
  for (let i = 0; i < n; i++) {
    const v2 = s.vel[3 * i] ** 2 + s.vel[3 * i + 1] ** 2 + s.vel[3 * i + 2] ** 2;
    e += 0.5 * s.mass[i] * v2;
    for (let j = i + 1; j < n; j++) {
      const dx = s.pos[3 * j] - s.pos[3 * i];
      const dy = s.pos[3 * j + 1] - s.pos[3 * i + 1];
      const dz = s.pos[3 * j + 2] - s.pos[3 * i + 2];
      e -= (gravity * s.mass[i] * s.mass[j]) / Math.sqrt(dx * dx + dy * dy + dz * dz + eps2);
    }
  }
  return e;
}

export function simulate(input: PhysicsInput): { bodies: Body[]; energyBefore: number; energyAfter: number } {
  const n = input.bodies.length;
  const s: State = { pos: new Float64Array(3 * n), vel: new Float64Array(3 * n), acc: new Float64Array(3 * n), mass: new Float64Array(n) };
  input.bodies.forEach((b, i) => {
    s.pos.set([b.x, b.y, b.z], 3 * i);
    s.vel.set([b.vx, b.vy, b.vz], 3 * i);
    s.mass[i] = b.m;
  });
  const eps2 = input.softening ** 2;
  const energyBefore = totalEnergy(s, input.gravity, eps2);
  const half = input.dt / 2;
  accelerations(s, input.gravity, eps2);
  for (let step = 0; step < input.steps; step++) {
    for (let k = 0; k < 3 * n; k++) {
      s.vel[k] += s.acc[k] * half;
      s.pos[k] += s.vel[k] * input.dt;
    }
    accelerations(s, input.gravity, eps2);
    for (let k = 0; k < 3 * n; k++) s.vel[k] += s.acc[k] * half;
  }
  const bodies = input.bodies.map((b, i) => ({ x: s.pos[3 * i], y: s.pos[3 * i + 1], z: s.pos[3 * i + 2], vx: s.vel[3 * i], vy: s.vel[3 * i + 1], vz: s.vel[3 * i + 2], m: b.m }));
  return { bodies, energyBefore, energyAfter: totalEnergy(s, input.gravity, eps2) };
}

export const physicsStepTask: TaskKind<PhysicsInput> = {
  name: KIND,
  description: 'n-body gravity advanced by velocity-Verlet steps; commits the new body states',
  decode,
  run(input): TaskOutput {
    const out = simulate(input);
    const drift = out.energyBefore === 0 ? 0 : Math.abs((out.energyAfter - out.energyBefore) / out.energyBefore);
    return {
      summary: { bodies: input.bodies.length, steps: input.steps, simulatedSeconds: input.steps * input.dt, energyBefore: out.energyBefore, energyAfter: out.energyAfter, relativeEnergyDrift: drift },
      artifacts: [{ name: 'bodies', contentType: 'application/json', bytes: encodeJson(out.bodies) }],
    };
  },
};
