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

/**
 * The topic a consumer reads for an event type: `casetrail.<context>`, the type's prefix before
 * the first dot. It names the topic the publisher routes the type's streams to, because a
 * context's types are named `<context>.…` (checked at start with the hosted contexts) and its
 * stream ids `<context>-…` (the contracts' stream id helpers).
 */
export function topicOfEventType(type: string): string {
  const context = type.split('.')[0];
  if (!context || context === type || !CONTEXT.test(context)) throw new Error(`Event type ${type} has no context prefix`);
  return `casetrail.${context}`;
}
