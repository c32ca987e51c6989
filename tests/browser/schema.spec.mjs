// The published JSON Schema for packs accepts the shipped packs and rejects broken ones.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect } from '@playwright/test';
import Ajv2020 from 'ajv/dist/2020.js';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const schema = JSON.parse(readFileSync(`${dist}schema/pack-v2.schema.json`, 'utf8'));
const validate = new Ajv2020({ allErrors: true }).compile(schema);

test('every shipped pack in dist/ matches the published schema', () => {
  const packs = readdirSync(`${dist}packs`).filter((f) => f.endsWith('.json'));
  expect(packs.length).toBeGreaterThan(0);
  for (const file of packs) {
    const pack = JSON.parse(readFileSync(`${dist}packs/${file}`, 'utf8'));
    expect(validate(pack) ? [] : validate.errors, file).toEqual([]);
  }
});

test('the schema rejects what the widget would refuse', () => {
  const pack = JSON.parse(readFileSync(`${dist}packs/en.json`, 'utf8'));
  const broken = structuredClone(pack);
  broken.schema_version = 3;
  delete broken.questions[2].audiences;
  broken.questions[0].kind = 'essay';
  broken.questions[1].sources = [];
  delete broken.facts[0].body;
  const scenario = broken.questions.find((q) => q.kind === 'scenario');
  delete scenario.scenario;
  expect(validate(broken)).toBe(false);
  const where = validate.errors.map((e) => e.instancePath);
  for (const path of ['/schema_version', '/questions/0/kind', '/questions/2', '/questions/1/sources', '/facts/0']) {
    expect(where, path).toContain(path);
  }
  expect(where).toContain(`/questions/${broken.questions.indexOf(scenario)}`);
});
