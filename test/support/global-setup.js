// Runs once before all suites. It probes the servers some suites need and tells them through
// the environment (inherited by jest's workers): CASETRAIL_KAFKA_AVAILABLE / CASETRAIL_MONGO_AVAILABLE
// = '1' | '0'. A suite whose server is absent FAILS under CI=true and prints one SKIPPED line
// otherwise. EventStoreDB cannot run on our machines: its contract runs only when configured.
const net = require('node:net');

function probe(host, port, timeoutMs = 1500) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

function hostPort(address, defaultPort) {
  const [host, port] = address.replace(/^[a-z+]+:\/\//, '').split('/')[0].split(',')[0].split(':');
  return { host: host || '127.0.0.1', port: Number(port || defaultPort) };
}

module.exports = async () => {
  const say = (line) => process.stdout.write(`${line}\n`);
  say('');
  if (!process.env.EVENTSTORE_CONNECTION_STRING) {
    say('SKIPPED: EventStoreDB contract (EVENTSTORE_CONNECTION_STRING not set)');
  }
  const kafka = process.env.KAFKA_BROKERS || '127.0.0.1:9092';
  const mongo = process.env.MONGODB_URI || 'mongodb://127.0.0.1:27017/casetrail';
  const k = hostPort(kafka, 9092);
  const m = hostPort(mongo, 27017);
  const [kafkaUp, mongoUp] = await Promise.all([probe(k.host, k.port), probe(m.host, m.port)]);
  process.env.KAFKA_BROKERS = kafka;
  process.env.MONGODB_URI = mongo;
  process.env.CASETRAIL_KAFKA_AVAILABLE = kafkaUp ? '1' : '0';
  process.env.CASETRAIL_MONGO_AVAILABLE = mongoUp ? '1' : '0';
  const ci = process.env.CI === 'true';
  // The browser suite drives Debian's Chromium against the built web app: build it once here
  // (a no-op when dist/web is newer than its sources) rather than in each suite at the same time.
  const chromium = [process.env.CASETRAIL_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && require('node:fs').existsSync(p));
  if (!chromium) say(ci ? 'FAIL: no Chromium under CI (apt-get install chromium)' : 'SKIPPED: browser suite (no Chromium; apt-get install chromium, or set CASETRAIL_CHROMIUM)');
  const build = require('node:child_process').spawnSync(process.execPath, [require('node:path').join(__dirname, '../../scripts/build-web-if-stale.js')], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`web app build failed:\n${build.stdout}${build.stderr}`);
  if (!kafkaUp) say(ci ? `FAIL: no Kafka broker at ${kafka} under CI (run npm run infra:up)` : `Kafka: no broker at ${kafka} (npm run infra:up starts one)`);
  if (!mongoUp) say(ci ? `FAIL: no MongoDB server at ${mongo} under CI (run npm run infra:up)` : `MongoDB: no server at ${mongo} (npm run infra:up starts one)`);
};
