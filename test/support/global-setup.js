// Runs once before all suites. Suites that need a server nobody configured say so here, loudly.
module.exports = async () => {
  if (!process.env.EVENTSTORE_CONNECTION_STRING) {
    process.stdout.write('\nSKIPPED: EventStoreDB contract (EVENTSTORE_CONNECTION_STRING not set)\n');
  }
};
