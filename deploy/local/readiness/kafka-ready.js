#!/usr/bin/env node
// Readiness probe for the local Kafka broker: an open port is not enough (the controller may
// still be electing, the offsets topic may not exist yet), so prove a full round trip:
// create a topic, produce one message, consume that same message back with a fresh group.
// Env: KAFKA_BROKERS (default 127.0.0.1:9092), READY_TIMEOUT_S (default 90).
'use strict';

const { Kafka, logLevel, Partitioners } = require('kafkajs');

const TOPIC = 'casetrail.readiness';
const brokers = (process.env.KAFKA_BROKERS || '127.0.0.1:9092').split(',');
const deadline = Date.now() + Number(process.env.READY_TIMEOUT_S || 90) * 1000;
const ATTEMPT_MS = 20000;

const kafka = new Kafka({
  clientId: 'casetrail-readiness',
  brokers,
  logLevel: logLevel.NOTHING,
  connectionTimeout: 1000,
  requestTimeout: 5000,
  retry: { retries: 2, initialRetryTime: 200, maxRetryTime: 1000 },
});

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function roundTrip() {
  const nonce = `ready-${process.pid}-${Date.now()}`;
  const groupId = `casetrail-readiness-${nonce}`;
  const admin = kafka.admin();
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  const consumer = kafka.consumer({ groupId, sessionTimeout: 10000, heartbeatInterval: 1000 });
  try {
    await admin.connect();
    // Returns false when the topic already exists: fine, it is reused across runs.
    await admin.createTopics({
      topics: [{ topic: TOPIC, numPartitions: 1, replicationFactor: 1 }],
      waitForLeaders: true,
    });
    await producer.connect();
    await producer.send({ topic: TOPIC, acks: -1, messages: [{ key: 'readiness', value: nonce }] });
    // From the beginning and matched by nonce, so no race between join and produce.
    await consumer.connect();
    await consumer.subscribe({ topic: TOPIC, fromBeginning: true });
    await new Promise((resolve, reject) => {
      consumer
        .run({
          eachMessage: async ({ message }) => {
            if (message.value && message.value.toString() === nonce) resolve();
          },
        })
        .catch(reject);
    });
  } finally {
    await Promise.allSettled([consumer.disconnect(), producer.disconnect()]);
    // The probe's group is throwaway: remove it so groups do not pile up across runs.
    await admin.deleteGroups([groupId]).catch(() => undefined);
    await admin.disconnect().catch(() => undefined);
  }
}

async function main() {
  const started = Date.now();
  let lastError;
  for (let attempt = 1; Date.now() < deadline; attempt += 1) {
    try {
      const budget = Math.max(1000, Math.min(ATTEMPT_MS, deadline - Date.now()));
      await withTimeout(roundTrip(), budget, 'round trip');
      const ms = Date.now() - started;
      console.log(`kafka: round trip ok on ${brokers.join(',')} (${ms} ms, attempt ${attempt})`);
      return 0;
    } catch (err) {
      lastError = err;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
  console.error(`kafka: no round trip on ${brokers.join(',')}: ${lastError && lastError.message}`);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`kafka: readiness probe crashed: ${err && err.stack}`);
    process.exit(1);
  },
);
