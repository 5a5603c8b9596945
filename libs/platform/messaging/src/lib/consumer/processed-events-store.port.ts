/** Which events a consumer group has already applied, by event id. */
export interface ProcessedEventsStore {
  has(subscriberId: string, eventId: string): Promise<boolean>;
  add(subscriberId: string, eventId: string): Promise<void>;
}
