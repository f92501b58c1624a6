import { strict as assert } from 'assert';
import { looksLikeBudget, SNIFF_HEAD_CHARS } from '../../server/src/core/format/sniff';
import { example } from '../helpers';

const GITHUB_WORKFLOW = `name: CI
on:
  push:
    branches: [main]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm test
`;

const K8S = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: budget
  labels: { app: budget }
spec:
  replicas: 2
---
apiVersion: v1
kind: Service
metadata:
  name: budget
`;

const COMPOSE = `version: "3.8"
services:
  web:
    image: nginx
    ports: ["80:80"]
volumes:
  data: {}
`;

const HEAD = `# 沧州经济开发区 2018 年部门预算
budget: 1
region: 沧州经济开发区
department: 沧州经济开发区管理委员会
year: 2018
unit: 万元
`;

describe('looksLikeBudget: a YAML file that is a budget document under another name', () => {
  it('says yes for the example', () => {
    assert.equal(looksLikeBudget(example('cangzhou-2018.budget.yaml')), true);
  });

  it('says yes for a head of five required keys, CRLF line ends and a byte order mark', () => {
    assert.equal(looksLikeBudget(`\uFEFF${HEAD.replace(/\n/g, '\r\n')}`), true);
  });

  it('says yes for quoted keys after a document start marker', () => {
    assert.equal(looksLikeBudget(`---\n"budget": 1\n'region': 沧州\n"year": 2018\n`), true);
  });

  it('says yes with budget keys at the top and a syntax error at the end', () => {
    assert.equal(looksLikeBudget(`${HEAD}organization:\n  units: [ { name: 开发区管委会\n  duties: - "unclosed\n`), true);
  });

  it('says no for a GitHub workflow, a Kubernetes manifest and a docker-compose file', () => {
    assert.equal(looksLikeBudget(GITHUB_WORKFLOW), false);
    assert.equal(looksLikeBudget(K8S), false);
    assert.equal(looksLikeBudget(COMPOSE), false);
  });

  it('says no for an empty file, a comment only and a scalar', () => {
    assert.equal(looksLikeBudget(''), false);
    assert.equal(looksLikeBudget('# budget: 1\n# region: 沧州\n# year: 2018\n'), false);
    assert.equal(looksLikeBudget('budget region year\n'), false);
  });

  it('says no for two required keys alone, and for keys of the format nested under another mapping', () => {
    assert.equal(looksLikeBudget('budget: 1\nyear: 2018\n'), false);
    assert.equal(looksLikeBudget('config:\n  budget: 1\n  region: 沧州\n  year: 2018\n  unit: 万元\n'), false);
  });

  it('says no when most top-level keys are not the format\'s', () => {
    assert.equal(looksLikeBudget('name: plan\nbudget: 1\nregion: 沧州\nyear: 2018\nowner: x\nstatus: y\ntags: []\nitems: []\n'), false);
  });

  it('reads the keys of the first YAML document only', () => {
    assert.equal(looksLikeBudget(`${K8S}---\n${HEAD}`), false);
  });

  it('answers a 10 MB file from its head alone', () => {
    const tail = 'x'.repeat(10 * 1024 * 1024);
    // The budget keys in the head decide; what follows is not read, not even the unknown keys it holds.
    assert.equal(looksLikeBudget(`${HEAD}notes:\n  - ${tail}\nname: a\nkind: b\nspec: c\nstatus: d\nitems: e\n`), true);
    // Keys past the head are not read either.
    assert.equal(looksLikeBudget(`# ${'x'.repeat(SNIFF_HEAD_CHARS)}\n${HEAD}${tail}`), false);
  });

});
