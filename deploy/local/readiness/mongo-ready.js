#!/usr/bin/env node
// Readiness probe for the local FerretDB (MongoDB wire protocol): a `ping` answered by the
// server, through the driver that mongoose ships (no extra dependency).
// Env: MONGODB_URI (default mongodb://127.0.0.1:27017/casetrail), READY_TIMEOUT_S (default 60).
'use strict';

const { MongoClient } = require('mongoose').mongo;

const uri = process.env.MONGODB_URI || 'mongodb://127.0.0.1:27017/casetrail';
const deadline = Date.now() + Number(process.env.READY_TIMEOUT_S || 60) * 1000;

async function ping() {
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 2000, connectTimeoutMS: 2000 });
  try {
    await client.connect();
    await client.db().admin().command({ ping: 1 });
  } finally {
    await client.close().catch(() => undefined);
  }
}

async function main() {
  const started = Date.now();
  let lastError;
  for (let attempt = 1; Date.now() < deadline; attempt += 1) {
    try {
      await ping();
      console.log(`ferretdb: ping ok (${Date.now() - started} ms, attempt ${attempt})`);
      return 0;
    } catch (err) {
      lastError = err;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  console.error(`ferretdb: no answer to ping: ${lastError && lastError.message}`);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`ferretdb: readiness probe crashed: ${err && err.stack}`);
    process.exit(1);
  },
);
