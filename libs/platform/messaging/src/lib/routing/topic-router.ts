/** Picks the bus topic of an event from its stream id. */
export type TopicRouter = (streamId: string) => string;

const CONTEXT = /^[a-z0-9_]+$/i;

/**
 * One topic per bounded context. Convention: a stream id starts with its context and a `-`
 * (`enforcement-case-<uuid>`), and the topic is `<prefix>.<context>` (`casetrail.enforcement`).
 * A stream id without such a prefix is refused loudly rather than sent to a catch-all topic.
 */
export function createTopicRouter(prefix = 'casetrail'): TopicRouter {
  return (streamId) => {
    const dash = streamId.indexOf('-');
    const context = dash > 0 ? streamId.slice(0, dash) : '';
    if (!CONTEXT.test(context)) {
      throw new Error(`Stream id "${streamId}" does not start with a bounded context and "-"`);
    }
    return `${prefix}.${context.toLowerCase()}`;
  };
}

/** The default router: `enforcement-case-<uuid>` → `casetrail.enforcement`. */
export const topicForStream: TopicRouter = createTopicRouter();
